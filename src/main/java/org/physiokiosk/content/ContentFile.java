package org.physiokiosk.content;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.physiokiosk.text.TextLines;

/**
 * One parsed content file: {@code key: value} lines and lists of {@code - item} lines,
 * each remembered with its line number so later checks can point at the right line.
 * The format is documented in {@code docs/content-format.md}.
 */
final class ContentFile {

    private static final System.Logger LOG = System.getLogger(ContentFile.class.getName());
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]*");

    /** A value or list as written in the file, with the line of its key. */
    record Entry(String key, int line, String value, List<String> items) {
    }

    private final Path path;
    private final Map<String, Entry> entries;

    private ContentFile(Path path, Map<String, Entry> entries) {
        this.path = path;
        this.entries = entries;
    }

    /** The value of a text key: required or optional as the schema says (checked when the file was read). */
    String text(String key) {
        Entry e = entries.get(key);
        return e == null ? "" : e.value();
    }

    /** The items of a list key ({@link #text} for lists). */
    List<String> items(String key) {
        Entry e = entries.get(key);
        return e == null ? List.of() : e.items();
    }

    Path path() {
        return path;
    }

    /** Larger than any real content file by far (the largest shipped is under 2 KB); a bigger one is refused. */
    static final int MAX_FILE_BYTES = 1024 * 1024;
    /** The longest line a content file may have (the longest shipped line is about 330 characters). */
    static final int MAX_LINE_CHARS = 4000;

    /** The keys a kind of file may hold, which of them are lists and which are required (from {@link ContentSchema}). */
    record Kind(Set<String> keys, Set<String> lists, Set<String> required) {
    }

    /** What reading one file gave: its value, or the located problem that stopped it. */
    record Outcome<T>(Optional<T> value, int line, String problem) {
    }

    /** Interprets a parsed file; throws with the line of what is wrong. */
    interface Reading<T> {
        T read(ContentFile file) throws ContentFormatException;
    }

    /**
     * Reads, parses and interprets one file. Nothing escapes: a broken file, an unreadable one
     * and any unexpected failure of the code that reads it all become a located problem (the
     * unexpected ones are logged with their stack trace), so one file can never stop the kiosk.
     */
    static <T> Outcome<T> load(Path path, Kind kind, Reading<T> reading) {
        try {
            return new Outcome<>(Optional.of(reading.read(read(path, kind))), 0, "");
        } catch (ContentFormatException e) {
            return new Outcome<>(Optional.empty(), e.line(), e.getMessage());
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Cannot read " + path, e);
            return new Outcome<>(Optional.empty(), 0, "cannot be read (" + e.getMessage() + ")");
        } catch (RuntimeException | StackOverflowError e) {
            LOG.log(System.Logger.Level.ERROR, "Unexpected failure while reading " + path, e);
            return new Outcome<>(Optional.empty(), 0, "could not be read because of an unexpected error ("
                    + e.getClass().getSimpleName() + "; the details are in the log)");
        }
    }

    static ContentFile read(Path path, Kind kind) throws IOException, ContentFormatException {
        // A path may point at anything (a folder, a pipe that never ends): only a regular file is read,
        // and never more of it than a content file can hold.
        if (!Files.isRegularFile(path)) {
            throw new ContentFormatException(0, "is not a regular file");
        }
        try (InputStream in = Files.newInputStream(path)) {
            return parse(path, new TextLines(in, MAX_LINE_CHARS, MAX_FILE_BYTES), kind);
        }
    }

    static ContentFile parse(Path path, String text, Kind kind) throws ContentFormatException {
        try {
            return parse(path, new TextLines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                    MAX_LINE_CHARS, MAX_FILE_BYTES), kind);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // cannot happen: the text is in memory
        }
    }

    private static ContentFile parse(Path path, TextLines lines, Kind kind)
            throws IOException, ContentFormatException {
        Map<String, Entry> entries = new LinkedHashMap<>();
        String currentList = null;
        int currentListLine = 0;
        List<String> items = null;
        // The list a key line has just ended, so an item orphaned by that line can name it.
        String endedList = null;
        int endedBy = 0;
        String endedByKey = "";
        for (Optional<TextLines.Line> next = lines.next(); next.isPresent(); next = lines.next()) {
            TextLines.Line l = next.get();
            int lineNo = l.number();
            if (!l.ok()) {
                throw new ContentFormatException(lineNo, l.problem());
            }
            String line = l.text().strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("-")) {
                if (currentList == null && endedList != null) {
                    throw new ContentFormatException(lineNo, "a list item (\"- …\") must follow a list key: line "
                            + endedBy + " (\"" + abbreviate(endedByKey) + ":\") ends the list \"" + endedList
                            + ":\" above it; move that line below the list, or start it with \"- \"");
                }
                if (currentList == null) {
                    throw new ContentFormatException(lineNo,
                            "a list item (\"- …\") must follow a list key such as \"steps:\"");
                }
                String item = line.substring(1).strip();
                if (item.isEmpty()) {
                    throw new ContentFormatException(lineNo, "empty list item under \"" + currentList + ":\"");
                }
                items.add(item);
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new ContentFormatException(lineNo,
                        "expected \"key: value\" or a list item \"- …\", found \"" + abbreviate(line) + "\"");
            }
            String key = line.substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (!KEY.matcher(key).matches()) {
                throw new ContentFormatException(lineNo, "\"" + abbreviate(key) + "\" is not a valid key");
            }
            // Checked here, not after the whole file: a typo must not silently drop a step or a caution,
            // and a stray key inside a list is named on its own line, not where the list then breaks.
            if (!kind.keys().contains(key)) {
                throw new ContentFormatException(lineNo, "unknown key \"" + key + "\"; expected one of "
                        + String.join(", ", kind.keys().stream().sorted().toList()));
            }
            Integer firstLine = key.equals(currentList) ? Integer.valueOf(currentListLine)
                    : entries.containsKey(key) ? Integer.valueOf(entries.get(key).line()) : null;
            if (firstLine != null) {
                throw new ContentFormatException(lineNo, "\"" + key + ":\" is given twice (first on line "
                        + firstLine + "); keep one and delete the other");
            }
            endedList = null;
            if (currentList != null) {
                entries.put(currentList, new Entry(currentList, currentListLine, "", List.copyOf(items)));
                endedList = currentList;
                endedBy = lineNo;
                endedByKey = key;
                currentList = null;
            }
            if (kind.lists().contains(key)) {
                if (!value.isEmpty()) {
                    throw new ContentFormatException(lineNo, "\"" + key
                            + ":\" starts a list: put each item on its own line below it, starting with \"- \"");
                }
                currentList = key;
                currentListLine = lineNo;
                items = new ArrayList<>();
            } else {
                entries.put(key, new Entry(key, lineNo, value, List.of()));
            }
        }
        if (lines.cut()) {
            throw new ContentFormatException(0, "is larger than " + MAX_FILE_BYTES / 1024
                    + " KB, far more than any content file needs; is it the right file?");
        }
        if (currentList != null) {
            entries.put(currentList, new Entry(currentList, currentListLine, "", List.copyOf(items)));
        }
        for (String key : kind.required()) {
            requirePresent(entries.get(key), key, kind.lists().contains(key));
        }
        return new ContentFile(path, entries);
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    Optional<Entry> entry(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    /** A required key must be there, with a value or (a list) with items. */
    private static void requirePresent(Entry e, String key, boolean list) throws ContentFormatException {
        if (e == null) {
            throw new ContentFormatException(0, "\"" + key + ":\" is missing"
                    + (list ? " (a list of \"- \" lines)" : ""));
        }
        if (list ? e.items().isEmpty() : e.value().isEmpty()) {
            throw new ContentFormatException(e.line(), "\"" + key + ":\" "
                    + (list ? "has no items below it" : "is empty"));
        }
    }

    int integer(String key, int fallback) throws ContentFormatException {
        Entry e = entries.get(key);
        if (e == null || e.value().isEmpty()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(e.value());
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException ex) {
            throw new ContentFormatException(e.line(), "\"" + key + ":\" must be a whole number 0 or more, found \""
                    + abbreviate(e.value()) + "\"");
        }
    }

    int lineOf(String key) {
        Entry e = entries.get(key);
        return e == null ? 0 : e.line();
    }
}
