package org.physiokiosk.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/** The kiosk's log: files under {@code logs/}, 1 MB each, the last five kept, for the clinic's IT person. */
final class KioskLogs {

    private KioskLogs() {
    }

    /** Adds the rotating file log; the console log stays. Returns false (and says why) when logs/ cannot be used. */
    static boolean install(Path logsDir) {
        try {
            Files.createDirectories(logsDir);
            FileHandler file = new FileHandler(logsDir.resolve("kiosk-%g.log").toString(), 1_000_000, 5, true);
            file.setFormatter(new SimpleFormatter());
            file.setEncoding("UTF-8");
            file.setLevel(Level.INFO);
            Logger.getLogger("").addHandler(file);
            return true;
        } catch (IOException | SecurityException e) {
            System.err.println("physio-kiosk: cannot write the log in " + logsDir + " (" + e.getMessage()
                    + "); logging to the console only");
            return false;
        }
    }
}
