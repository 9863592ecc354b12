package org.physiokiosk.settings;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.physiokiosk.text.TextLines;

/**
 * The text of {@code kiosk.properties}, line by line. Each line stands alone: a line that is
 * broken (bytes that are not UTF-8, an invisible control character, no {@code =}, a key given
 * a second time) is reported with its number and only that line is ignored, so a slip on one
 * line can never cost another setting (above all the staff PIN's hash).
 *
 * <p>Unlike {@link java.util.Properties}, a line never continues onto the next (a Windows path
 * ending in a backslash must not swallow the following setting), and a backslash that is not
 * one of the escapes below stays a backslash, as people who type {@code C:\clinic} mean it.
 */
final class PropertiesFile {

    private static final System.Logger LOG = System.getLogger(PropertiesFile.class.getName());

    /** Far more than a settings file needs; the rest of a bigger file is not read. */
    static final int MAX_BYTES = 16 * 1024 * 1024;
    /** The longest line read (the PIN hash line is about 100 characters). */
    static final int MAX_LINE_CHARS = 4000;

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._-]+");

    /** One setting as written: its line and its raw text after the {@code =}, trimmed. */
    record Line(int number, String key, String raw) {
    }

    /** A line that was ignored, with the key it seemed to set ("" when none could be told). */
    record Problem(int line, String key, String message) {
    }

    /** The settings found (first valid line per key) and the lines ignored. */
    record Parsed(Map<String, Line> lines, List<Problem> problems) {
    }

    private PropertiesFile() {
    }

    /** Reads {@code file}; never throws (an unreadable file gives no settings and one problem). */
    static Parsed read(Path file) {
        if (!Files.isRegularFile(file)) {
            return new Parsed(Map.of(), List.of(new Problem(0, "", "is not a regular file; every setting uses its "
                    + "default")));
        }
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Cannot read the settings file " + file, e);
            return new Parsed(Map.of(), List.of(new Problem(0, "", "cannot be read (" + e.getMessage()
                    + "); every setting uses its default")));
        }
    }

    static Parsed parse(byte[] bytes) {
        try {
            return parse(new java.io.ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // cannot happen: the bytes are in memory
        }
    }

    private static Parsed parse(InputStream in) throws IOException {
        Map<String, Line> lines = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        TextLines text = new TextLines(in, MAX_LINE_CHARS, MAX_BYTES);
        for (Optional<TextLines.Line> l = text.next(); l.isPresent(); l = text.next()) {
            parseLine(l.get(), lines, problems);
        }
        if (text.cut()) {
            problems.add(new Problem(0, "", "is larger than " + MAX_BYTES / (1024 * 1024) + " MB; only its first "
                    + MAX_BYTES / (1024 * 1024) + " MB are read (is it the right file?)"));
        }
        return new Parsed(lines, problems);
    }

    private static void parseLine(TextLines.Line l, Map<String, Line> lines, List<Problem> problems) {
        if (!l.ok()) {
            problems.add(new Problem(l.number(), keyOf(l.start()).orElse(""), l.problem() + "; the line is ignored"));
            return;
        }
        String line = l.text().strip();
        int number = l.number();
        if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
            return;
        }
        Optional<String> key = keyOf(line);
        int separator = separator(line);
        if (separator < 0 || key.isEmpty()) {
            // "staff.pin pbkdf2-…" with its "=" lost still names the setting it was, so that setting
            // knows its line was there (a PIN that cannot be read is not a PIN never set); a secret's
            // value is never repeated.
            String firstWord = line.split("[\\s=:]+", 2)[0];
            Optional<Setting<?>> named = Settings.byKey(firstWord);
            String shown = named.map(st -> st.type().secret()).orElse(false) ? firstWord + " …" : null;
            problems.add(separator < 0
                    ? new Problem(number, named.isPresent() ? firstWord : "", "expected \"key = value\", found \""
                            + (shown != null ? shown : abbreviate(line)) + "\"; the line is ignored")
                    : new Problem(number, named.isPresent() ? firstWord : "", "\"" + (shown != null ? shown
                            : abbreviate(line.substring(0, separator).strip())) + "\" is not a setting name (letters,"
                            + " digits, dots, dashes); the line is ignored"));
            return;
        }
        Line first = lines.get(key.get());
        if (first != null) {
            problems.add(new Problem(number, key.get(), "is given twice (first on line " + first.number()
                    + "); line " + first.number() + " is used and this one is ignored: delete one of them"));
            return;
        }
        lines.put(key.get(), new Line(number, key.get(), line.substring(separator + 1).strip()));
    }

    /** The key a line sets, if it has the form of a setting; the one rule the loader and writer share. */
    static Optional<String> keyOf(String line) {
        String s = line.startsWith("\uFEFF") ? line.substring(1).strip() : line.strip();
        int separator = separator(s);
        if (separator <= 0 || s.startsWith("#") || s.startsWith("!")) {
            return Optional.empty();
        }
        String key = s.substring(0, separator).strip();
        return KEY.matcher(key).matches() ? Optional.of(key) : Optional.empty();
    }

    private static int separator(String line) {
        int eq = line.indexOf('=');
        int colon = line.indexOf(':');
        if (eq < 0) {
            return colon;
        }
        return colon < 0 ? eq : Math.min(eq, colon);
    }

    /**
     * The value a text setting holds: the escapes backslash-backslash, -n, -t, -r, -f, -u and four
     * hex digits, and an escaped separator or space, as {@link java.util.Properties} reads them; any
     * other backslash, and a backslash-u without four hex digits, stays as it was typed.
     */
    static String unescape(String raw) {
        if (raw.indexOf('\\') < 0) {
            return raw;
        }
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '\\' || i + 1 >= raw.length()) {
                out.append(c);
                continue;
            }
            char next = raw.charAt(i + 1);
            switch (next) {
                case '\\', '=', ':', '#', '!', ' ' -> out.append(next);
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    if (i + 6 <= raw.length() && raw.substring(i + 2, i + 6).matches("[0-9A-Fa-f]{4}")) {
                        out.append((char) Integer.parseInt(raw.substring(i + 2, i + 6), 16));
                        i += 4;
                    } else {
                        out.append("\\u");
                    }
                }
                default -> out.append('\\').append(next);
            }
            i++;
        }
        return out.toString();
    }

    /** What {@link #unescape} reads back as {@code value}: backslashes doubled, line breaks and controls escaped. */
    static String escape(String value) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\f' -> out.append("\\f");
                default -> {
                    if (TextLines.invisible(c)) {
                        out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * The line that sets {@code key} to {@code value}: escaped for a text setting, as typed for a
     * path (read back literally). Used by the writer and by the staff form's check, so both see
     * exactly what the loader will.
     */
    static String lineFor(String key, String value, boolean literal) {
        // Values are read trimmed, so they are written trimmed: nothing hangs on a space at either end.
        return key + " = " + (literal ? value.strip() : escape(value.strip()));
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
