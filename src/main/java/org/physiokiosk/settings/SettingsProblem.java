package org.physiokiosk.settings;

import java.nio.file.Path;

/**
 * A setting that could not be used as written. The message names the file (and the line,
 * when one is to blame), the key, the value found, what is expected and what the kiosk uses
 * instead.
 *
 * @param line 1-based line in the file, or 0 when no single line is to blame
 */
public record SettingsProblem(Path file, int line, String key, String value, String message) {

    @Override
    public String toString() {
        String where = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (line > 0) {
            where += ":" + line;
        }
        if (key.isEmpty()) {
            return where + ": " + message;
        }
        if (value.isEmpty()) {
            return where + ": " + key + ": " + message;
        }
        return where + ": " + key + " = \"" + (value.length() > 80 ? value.substring(0, 80) + "…" : value)
                + "\": " + message;
    }
}
