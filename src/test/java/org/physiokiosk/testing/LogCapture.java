package org.physiokiosk.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** The warnings the kiosk logs while a test runs (System.Logger goes to java.util.logging). */
public final class LogCapture extends Handler implements AutoCloseable {

    private final Logger logger;
    private final List<String> warnings = new CopyOnWriteArrayList<>();

    private LogCapture(Logger logger) {
        this.logger = logger;
    }

    /** Starts capturing what loggers under {@code name} log (e.g. "org.physiokiosk"). */
    public static LogCapture of(String name) {
        Logger logger = Logger.getLogger(name);
        LogCapture capture = new LogCapture(logger);
        logger.addHandler(capture);
        return capture;
    }

    /** Warnings and worse, formatted. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    @Override
    public void publish(LogRecord record) {
        if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
            String message = record.getMessage();
            Object[] params = record.getParameters();
            warnings.add(params == null || params.length == 0 ? message
                    : java.text.MessageFormat.format(message, params));
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        logger.removeHandler(this);
    }
}
