package org.physiokiosk.settings;

import java.nio.file.Path;

/**
 * A setting that could not be used as written. The message names the file, the key,
 * the value found, what is expected and what the kiosk uses instead.
 */
public record SettingsProblem(Path file, String key, String value, String message) {

    @Override
    public String toString() {
        String where = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (key.isEmpty()) {
            return where + ": " + message;
        }
        return where + ": " + key + " = \"" + value + "\": " + message;
    }
}
