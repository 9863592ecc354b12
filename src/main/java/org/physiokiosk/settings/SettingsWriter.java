package org.physiokiosk.settings;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Changes values in {@code kiosk.properties} the way a person would: the line of each key is
 * rewritten in place, comments, order and every other line stay exactly as they were (byte for
 * byte, even a line that is not valid UTF-8), and a key not yet in the file is added at the end.
 * The line changed is the one the loader reads ({@link PropertiesFile#keyOf}, first line of the
 * key). Returns the new bytes; writing them is the caller's (atomically, with a backup).
 */
public final class SettingsWriter {

    private SettingsWriter() {
    }

    public static byte[] update(Path file, Map<String, String> changes) throws IOException {
        if (!Files.exists(file)) {
            return update(new byte[0], changes);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(PropertiesFile.MAX_BYTES + 1);
            if (bytes.length > PropertiesFile.MAX_BYTES) {
                throw new IOException(file + " is larger than " + PropertiesFile.MAX_BYTES / (1024 * 1024)
                        + " MB; it is not changed (is it the right file?)");
            }
            return update(bytes, changes);
        }
    }

    static byte[] update(byte[] text, Map<String, String> changes) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length; i++) {
            if (i == text.length || text[i] == '\n') {
                lines.add(java.util.Arrays.copyOfRange(text, start, i));
                start = i + 1;
            }
        }
        if (lines.get(lines.size() - 1).length == 0) {
            lines.remove(lines.size() - 1); // the file's last line break
        }
        for (Map.Entry<String, String> change : changes.entrySet()) {
            String line = SettingsLoader.lineFor(change.getKey(), change.getValue());
            boolean found = false;
            for (int i = 0; i < lines.size() && !found; i++) {
                String old = new String(lines.get(i), StandardCharsets.UTF_8);
                Optional<String> key = PropertiesFile.keyOf(old);
                if (key.isPresent() && key.get().equals(change.getKey())) {
                    String prefix = i == 0 && old.startsWith("\uFEFF") ? "\uFEFF" : "";
                    String ending = old.endsWith("\r") ? "\r" : "";
                    lines.set(i, (prefix + line + ending).getBytes(StandardCharsets.UTF_8));
                    found = true;
                }
            }
            if (!found) {
                lines.add(line.getBytes(StandardCharsets.UTF_8));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length + 256);
        for (byte[] l : lines) {
            out.writeBytes(l);
            out.write('\n');
        }
        return out.toByteArray();
    }

    /** For tests and callers holding text: {@link #update(byte[], Map)} on its UTF-8 bytes. */
    static String update(String text, Map<String, String> changes) {
        return new String(update(text.getBytes(StandardCharsets.UTF_8), changes), StandardCharsets.UTF_8);
    }
}
