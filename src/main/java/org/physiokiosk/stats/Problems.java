package org.physiokiosk.stats;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The problems found while reading usage files, in bounded memory: a file of a million bad
 * rows must not cost a million strings. The first {@link #limit} messages are kept word for
 * word; after that only a count per kind ("and 999,900 more rows with unknown events").
 */
final class Problems {

    /** What went wrong, with how a count of them is said. */
    enum Kind {
        HEADER("file with a missing or wrong header", "files with a missing or wrong header"),
        FILE("file that cannot be read", "files that cannot be read"),
        TORN("row cut off at the end of its file", "rows cut off at the end of their files"),
        TOO_LONG("row that is too long", "rows that are too long"),
        NOT_UTF8("row that is not valid UTF-8", "rows that are not valid UTF-8"),
        COLUMNS("row with the wrong number of columns", "rows with the wrong number of columns"),
        TIMESTAMP("row with a bad timestamp", "rows with a bad timestamp"),
        UNKNOWN_EVENT("row with an unknown event", "rows with unknown events"),
        BAD_FIELD("row with a bad field", "rows with a bad field");

        private final String one;
        private final String many;

        Kind(String one, String many) {
            this.one = one;
            this.many = many;
        }
    }

    private final int limit;
    private final List<String> first = new ArrayList<>();
    private final Map<Kind, Long> more = new EnumMap<>(Kind.class);
    private long count;

    Problems(int limit) {
        this.limit = limit;
    }

    void add(Kind kind, String message) {
        count++;
        if (first.size() < limit) {
            first.add(message);
        } else {
            more.merge(kind, 1L, Long::sum);
        }
    }

    long count() {
        return count;
    }

    /** The kept messages, then one line per kind for the ones only counted. */
    List<String> list() {
        List<String> out = new ArrayList<>(first);
        more.forEach((kind, n) -> out.add(String.format(Locale.ROOT, "and %,d more %s", n,
                n == 1 ? kind.one : kind.many)));
        return out;
    }
}
