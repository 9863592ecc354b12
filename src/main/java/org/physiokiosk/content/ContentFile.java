package org.physiokiosk.content;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One parsed content file: {@code key: value} lines and lists of {@code - item} lines,
 * each remembered with its line number so later checks can point at the right line.
 * The format is documented in {@code docs/content-format.md}.
 */
final class ContentFile {

    /** A value or list as written in the file, with the line of its key. */
    record Entry(String key, int line, String value, List<String> items) {
    }

    private final Path path;
    private final Map<String, Entry> entries;

    private ContentFile(Path path, Map<String, Entry> entries) {
        this.path = path;
        this.entries = entries;
    }

    Path path() {
        return path;
    }

    static ContentFile read(Path path, Set<String> listKeys) throws IOException, ContentFormatException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(path)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ContentFormatException(0, "the file is not valid UTF-8 text; save it as UTF-8");
        }
        return parse(path, text, listKeys);
    }

    static ContentFile parse(Path path, String text, Set<String> listKeys) throws ContentFormatException {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // a BOM left by Windows Notepad is harmless
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        String currentList = null;
        int currentListLine = 0;
        List<String> items = null;
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("-")) {
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
            if (!key.matches("[a-z][a-z0-9-]*")) {
                throw new ContentFormatException(lineNo, "\"" + abbreviate(key) + "\" is not a valid key");
            }
            if (entries.containsKey(key) || key.equals(currentList)) {
                throw new ContentFormatException(lineNo, "\"" + key + "\" is given twice (first on line "
                        + entries.get(key).line() + ")");
            }
            if (currentList != null) {
                entries.put(currentList, new Entry(currentList, currentListLine, "", List.copyOf(items)));
                currentList = null;
            }
            if (listKeys.contains(key)) {
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
        if (currentList != null) {
            entries.put(currentList, new Entry(currentList, currentListLine, "", List.copyOf(items)));
        }
        return new ContentFile(path, entries);
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    Optional<Entry> entry(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    Set<String> keys() {
        return entries.keySet();
    }

    /** Fails on any key outside {@code allowed}: a typo must not silently drop a step or a caution. */
    void requireOnly(Set<String> allowed) throws ContentFormatException {
        for (Entry e : entries.values()) {
            if (!allowed.contains(e.key())) {
                throw new ContentFormatException(e.line(), "unknown key \"" + e.key() + "\"; expected one of "
                        + String.join(", ", allowed.stream().sorted().toList()));
            }
        }
    }

    String required(String key) throws ContentFormatException {
        Entry e = entries.get(key);
        if (e == null) {
            throw new ContentFormatException(0, "\"" + key + ":\" is missing");
        }
        if (e.value().isEmpty()) {
            throw new ContentFormatException(e.line(), "\"" + key + ":\" is empty");
        }
        return e.value();
    }

    String optional(String key) {
        Entry e = entries.get(key);
        return e == null ? "" : e.value();
    }

    List<String> list(String key, boolean required) throws ContentFormatException {
        Entry e = entries.get(key);
        if (e == null) {
            if (required) {
                throw new ContentFormatException(0, "\"" + key + ":\" is missing (a list of \"- \" lines)");
            }
            return List.of();
        }
        if (required && e.items().isEmpty()) {
            throw new ContentFormatException(e.line(), "\"" + key + ":\" has no items below it");
        }
        return e.items();
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
