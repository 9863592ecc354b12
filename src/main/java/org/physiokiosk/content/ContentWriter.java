package org.physiokiosk.content;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * Writes content back in the format of {@code docs/content-format.md}, keys in one fixed
 * order so changes diff cleanly. The comment lines at the top of the original file (its
 * source in the article) are kept.
 */
public final class ContentWriter {

    private ContentWriter() {
    }

    public static String technique(Technique t, List<String> leadingComments) {
        StringBuilder out = new StringBuilder();
        leadingComments.forEach(c -> out.append(c).append('\n'));
        line(out, "id", t.id());
        line(out, "category", t.categoryId());
        if (t.order() != Integer.MAX_VALUE) {
            line(out, "order", Integer.toString(t.order()));
        }
        line(out, "title", t.title());
        line(out, "summary", t.summary());
        line(out, "illustration", t.illustration());
        line(out, "symptoms", String.join(", ", t.symptoms()));
        line(out, "hold", t.dose().hold());
        line(out, "repeat", t.dose().repeat());
        line(out, "how-often", t.dose().howOften());
        line(out, "how-long", t.dose().howLong());
        if (!t.enabled()) {
            line(out, "enabled", "no");
        }
        list(out, "steps", t.steps());
        list(out, "cautions", t.cautions());
        return out.toString();
    }

    public static String symptom(Symptom s, List<String> leadingComments) {
        StringBuilder out = new StringBuilder();
        leadingComments.forEach(c -> out.append(c).append('\n'));
        line(out, "id", s.id());
        if (s.order() != Integer.MAX_VALUE) {
            line(out, "order", Integer.toString(s.order()));
        }
        line(out, "label", s.label());
        line(out, "hint", s.hint());
        line(out, "icon", s.icon());
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
