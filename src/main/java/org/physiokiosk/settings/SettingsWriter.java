package org.physiokiosk.settings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Changes values in {@code kiosk.properties} the way a person would: the line of each key is
 * rewritten in place, comments, order and every other line stay exactly as they were, and a
 * key not yet in the file is added at the end. Returns the new text; writing it is the
 * caller's (atomically, with a backup).
 */
public final class SettingsWriter {

    private SettingsWriter() {
    }

    public static String update(Path file, Map<String, String> changes) throws IOException {
        String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        return update(text, changes);
    }

    static String update(String text, Map<String, String> changes) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        for (Map.Entry<String, String> change : changes.entrySet()) {
            Pattern keyLine = Pattern.compile("^\\s*" + Pattern.quote(change.getKey()) + "\\s*[=:].*$");
            String line = change.getKey() + " = " + escape(change.getValue());
            boolean found = false;
            for (int i = 0; i < lines.size(); i++) {
                if (keyLine.matcher(lines.get(i)).matches()) {
                    lines.set(i, line);
                    found = true;
                    break;
                }
            }
            if (!found) {
                lines.add(line);
            }
        }
        return String.join("\n", lines) + "\n";
    }

    /** As {@link java.util.Properties#load} reads it back: backslashes, line breaks and a leading space kept. */
    static String escape(String value) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(i == 0 && c == ' ' ? "\\ " : String.valueOf(c));
            }
        }
        return out.toString();
    }
}
