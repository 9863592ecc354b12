package org.physiokiosk.printing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Whether a printer's queue is stopped. Java's print services report a stopped CUPS queue
 * as accepting jobs, so a patient would wait at a printer that never prints; where CUPS's
 * {@code lpstat} is present, it is asked (with a time limit).
 */
@FunctionalInterface
public interface QueueStatus {

    boolean isStopped(String printerName);

    /** Asks {@code lpstat -p NAME} where it exists; elsewhere no queue is known to be stopped. */
    static QueueStatus system() {
        return system(Path.of("/usr/bin/lpstat"));
    }

    /** As {@link #system()}, asking {@code lpstat} (tests pass a stand-in). */
    static QueueStatus system(Path lpstat) {
        if (!Files.isExecutable(lpstat)) {
            return name -> false;
        }
        System.Logger log = System.getLogger(QueueStatus.class.getName());
        return name -> {
            try {
                Process p = new ProcessBuilder(lpstat.toString(), "-p", name).redirectErrorStream(true).start();
                String output;
                try (InputStream in = p.getInputStream()) {
                    if (!p.waitFor(3, TimeUnit.SECONDS)) {
                        p.destroyForcibly();
                        log.log(System.Logger.Level.WARNING, "lpstat did not answer within 3 s about \"" + name
                                + "\"; printing as if the queue were running");
                        return false;
                    }
                    output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                return output.toLowerCase(Locale.ROOT).contains(" disabled");
            } catch (IOException e) {
                // The print itself will then say what is wrong; here we only could not look ahead.
                log.log(System.Logger.Level.WARNING, "Cannot ask lpstat about \"" + name
                        + "\"; printing as if the queue were running", e);
                return false;
            } catch (InterruptedException e) {
                // The kiosk is stopping this work: keep the flag for the caller, nothing to report.
                Thread.currentThread().interrupt();
                return false;
            }
        };
    }
}
