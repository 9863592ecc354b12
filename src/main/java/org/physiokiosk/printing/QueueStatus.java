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
        Path lpstat = Path.of("/usr/bin/lpstat");
        if (!Files.isExecutable(lpstat)) {
            return name -> false;
        }
        return name -> {
            try {
                Process p = new ProcessBuilder(lpstat.toString(), "-p", name).redirectErrorStream(true).start();
                String output;
                try (InputStream in = p.getInputStream()) {
                    if (!p.waitFor(3, TimeUnit.SECONDS)) {
                        p.destroyForcibly();
                        return false;
                    }
                    output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                return output.toLowerCase(Locale.ROOT).contains(" disabled");
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        };
    }
}
