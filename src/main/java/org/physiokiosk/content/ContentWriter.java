package org.physiokiosk.content;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * Writes content back in the format of {@link ContentSchema}, keys in the schema's order so
 * changes diff cleanly. The comment lines at the top of the original file (its
 * source in the article) are kept.
 */
public final class ContentWriter {

    private ContentWriter() {
    }

    public static String technique(Technique t, List<String> leadingComments) {
        return write(ContentSchema.TECHNIQUE, t, leadingComments);
    }

    public static String symptom(Symptom s, List<String> leadingComments) {
        return write(ContentSchema.SYMPTOM, s, leadingComments);
    }

    /** {@code item} as a file of its kind: every key the schema has, in its order; empty ones left out. */
    public static <T> String write(ContentSchema.Kind<T> kind, T item, List<String> leadingComments) {
        StringBuilder out = new StringBuilder();
        leadingComments.forEach(c -> out.append(c).append('\n'));
        for (ContentSchema.Field<T> field : kind.fields()) {
            Object value = field.value().apply(item);
            if (value instanceof List<?> items) {
                list(out, field.key(), items.stream().map(String::valueOf).toList());
            } else {
                line(out, field.key(), String.valueOf(value));
            }
        }
        return out.toString();
    }

    /** The comment lines a file starts with (kept when it is rewritten). */
    public static List<String> leadingComments(java.nio.file.Path file) {
        List<String> comments = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.startsWith("#")) {
                    break;
                }
                comments.add(line);
            }
        } catch (java.io.IOException e) {
            // a new file has none
        }
        return comments;
    }

    private static void line(StringBuilder out, String key, String value) {
        String v = oneLine(value);
        if (!v.isEmpty()) {
            out.append(key).append(": ").append(v).append('\n');
        }
    }

    private static void list(StringBuilder out, String key, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        out.append(key).append(":\n");
        for (String item : items) {
            String v = oneLine(item);
            if (!v.isEmpty()) {
                out.append("- ").append(v).append('\n');
            }
        }
    }

    /** Line breaks typed into a field become spaces: one value, one line. */
    private static String oneLine(String value) {
        StringJoiner j = new StringJoiner(" ");
        for (String part : value.strip().split("\\s*[\\r\\n]+\\s*")) {
            j.add(part);
        }
        return j.toString().strip();
    }
}
