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
    private final List<LogRecord> all = new CopyOnWriteArrayList<>();
    private final Level before;

    private LogCapture(Logger logger) {
        this.logger = logger;
        this.before = logger.getLevel();
    }

    /** Starts capturing what loggers under {@code name} log (e.g. "org.physiokiosk"). */
    public static LogCapture of(String name) {
        Logger logger = Logger.getLogger(name);
        LogCapture capture = new LogCapture(logger);
        logger.addHandler(capture);
        return capture;
    }

    /**
     * Like {@link #of}, but also records the DEBUG lines (java.util.logging FINE) the kiosk keeps out of
     * the normal log; the logger's level is put back on {@link #close()}.
     */
    public static LogCapture everythingOf(String name) {
        LogCapture capture = of(name);
        capture.logger.setLevel(Level.ALL);
        return capture;
    }

    /** Every record captured, at any level the logger let through. */
    public List<LogRecord> records() {
        return List.copyOf(all);
    }

    /** Warnings and worse, formatted. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    @Override
    public void publish(LogRecord record) {
        all.add(record);
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
        logger.setLevel(before);
    }
}
