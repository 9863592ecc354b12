package org.physiokiosk.stats;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams the usage events of a date range out of one or more stats folders, file by file
 * and row by row, without holding them: memory stays flat however many events there are.
 * Nothing in one file can cost more than its own bad rows, and nothing in any file can
 * stop the report:
 * <ul>
 * <li>a bad row (wrong columns, bad timestamp, unknown event, control characters, not
 *     UTF-8, too long) is reported as {@code file:line: what is wrong} and skipped, where
 *     line is the real line in the file;</li>
 * <li>a missing or wrong header is reported at line 1 and the rows are read by position
 *     (each still checked, so rows that are not events are reported, not counted);</li>
 * <li>whatever else goes wrong in a file (any exception) is reported at the line reached,
 *     logged with its stack trace, and the next file is read;</li>
 * <li>only regular files are opened: a FIFO, a device or a folder named like a usage file
 *     is refused, since reading it could wait forever or never end;</li>
 * <li>problems are kept in bounded memory ({@link Problems}).</li>
 * </ul>
 */
public final class UsageReader {

    private static final System.Logger LOG = System.getLogger(UsageReader.class.getName());
    /** Problem messages kept word for word; the rest are only counted by kind. */
    static final int MAX_PROBLEMS = 100;
    /** Usage files read per report at most: a folder of a million files must not fill the heap. */
    static final int MAX_FILES = 100_000;
    /** Each row is parsed by Commons CSV on its own, so one bad row cannot take the next ones. */
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT;
    private static final Pattern KIOSK = Pattern.compile("[A-Za-z0-9._-]{1,40}");
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{0,8}");

    private final Problems problems = new Problems(MAX_PROBLEMS);

    /**
     * Rows and files that could not be read, as {@code file:line: what is wrong}: the first
     * {@link #MAX_PROBLEMS}, then one line per kind counting the others.
     */
    public List<String> problems() {
        return problems.list();
    }

    /** How many problems there were in all, listed or only counted. */
    public long problemCount() {
        return problems.count();
    }

    /**
     * Feeds every event from {@code from} to {@code to} (inclusive, by the kiosk's local date)
     * to {@code sink}, oldest file first.
     *
     * @throws IOException when a folder is missing or cannot be listed (each folder is named in the message)
     */
    public void read(List<Path> folders, LocalDate from, LocalDate to, Consumer<UsageEvent> sink) throws IOException {
        for (Path folder : folders) {
            if (!Files.exists(folder)) {
                throw new IOException("the statistics folder " + folder + " does not exist");
            }
            if (!Files.isDirectory(folder)) {
                throw new IOException("the statistics folder " + folder + " is not a folder");
            }
        }
        List<UsageFiles.UsageFile> files = new ArrayList<>();
        for (Path folder : folders) {
            list(folder, from, to, files);
        }
        files.sort(Comparator.comparing(UsageFiles.UsageFile::day).thenComparing(UsageFiles.UsageFile::kiosk));
        for (UsageFiles.UsageFile f : files) {
            readFile(f.path(), from, to, sink);
        }
    }

    /** Only the names are looked at while listing: a folder of 100,000 other files costs no memory. */
    private void list(Path folder, LocalDate from, LocalDate to, List<UsageFiles.UsageFile> into) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, "usage-*.csv")) {
            for (Path p : entries) {
                Optional<UsageFiles.UsageFile> f = UsageFiles.parse(p);
                if (f.isEmpty() || f.get().day().isBefore(from) || f.get().day().isAfter(to)) {
                    continue;
                }
                if (into.size() >= MAX_FILES) {
                    problems.add(Problems.Kind.FILE, folder + ": more than " + MAX_FILES
                            + " usage files in the period; the others are not read");
                    return;
                }
                into.add(f.get());
            }
        } catch (java.nio.file.DirectoryIteratorException e) {
            throw e.getCause();
        }
    }

    private void readFile(Path file, LocalDate from, LocalDate to, Consumer<UsageEvent> sink) {
        String name = file.getFileName().toString();
        BasicFileAttributes attributes;
        try {
            // Following links: a link to a usage file is fine, a link to /dev/zero is not.
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            problem(Problems.Kind.FILE, name + ": cannot be read (" + e.getMessage() + "); file skipped");
            return;
        }
        if (!attributes.isRegularFile()) {
            problem(Problems.Kind.FILE, name + ": not a regular file (a folder, device or pipe); file skipped");
            return;
        }
        try (InputStream in = Files.newInputStream(file)) {
            read(name, in, from, to, sink);
        } catch (Exception | StackOverflowError e) {
            problem(Problems.Kind.FILE, name + ": cannot be read (" + e.getClass().getSimpleName() + ": "
                    + shown(String.valueOf(e.getMessage())) + "); file skipped");
            LOG.log(System.Logger.Level.WARNING, "Usage file " + file + " could not be read", e);
        }
    }

    /** Reads one usage file's bytes; never throws: whatever happens is a problem of this file. */
    void read(String name, InputStream in, LocalDate from, LocalDate to, Consumer<UsageEvent> sink) {
        Feed feed = null;
        try {
            feed = new Feed(new UsageRows(in), name);
            boolean first = true;
            CSVParser csv = FORMAT.parse(feed);
            Iterator<CSVRecord> records = csv.iterator();
            while (true) {
                String[] fields;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    fields = records.next().values();
                } catch (java.io.UncheckedIOException | IllegalStateException e) {
                    // Commons CSV's word for a malformed quoted field, e.g. text after the closing quote.
                    problem(Problems.Kind.COLUMNS, feed.where() + "not a CSV row (" + shown(String.valueOf(
                            e.getCause() != null ? e.getCause().getMessage() : e.getMessage())) + "); row skipped");
                    feed.giveUp(false);
                    csv = FORMAT.parse(feed); // a fresh lexer: the old one is mid-row
                    records = csv.iterator();
                    continue;
                }
                UsageRows.Row row = feed.current;
                Result r = check(fields);
                if (first) {
                    first = false;
                    if (row.line() == 1 && Arrays.equals(fields, UsageEvent.HEADER)) {
                        continue;
                    }
                    // Said at line 1 even when line 1 is blank or unreadable: that is where the header belongs.
                    boolean isHeaderLine = row.line() == 1 && r.event() == null;
                    problem(Problems.Kind.HEADER, name + ":1: the header line is missing or wrong (expected \""
                            + String.join(",", UsageEvent.HEADER) + "\"" + (row.line() == 1 ? ", found \""
                            + shown(row.text()) + "\"" : "") + "); "
                            + (isHeaderLine ? "line skipped, rows read by position" : "rows read by position"));
                    if (isHeaderLine) {
                        continue;
                    }
                }
                if (r.event() == null) {
                    problem(r.kind(), feed.where() + r.why());
                    if (!r.framed()) {
                        // A row of several lines that is no row: probably a stray quote; read on at its second line.
                        feed.giveUp(true);
                    }
                    continue;
                }
                LocalDate day = r.event().time().toLocalDate();
                if (!day.isBefore(from) && !day.isAfter(to)) {
                    sink.accept(r.event());
                }
            }
        } catch (Exception | StackOverflowError e) {
            // Whatever it is, it is this file's problem only: say where, log why, read the next file.
            String where = feed != null ? feed.where() : name + ": ";
            problem(Problems.Kind.FILE, where + "cannot be read (" + e.getClass().getSimpleName() + ": "
                    + shown(String.valueOf(e.getMessage())) + "); the rest of the file is skipped");
            LOG.log(System.Logger.Level.WARNING, "Usage file " + name + " could not be read after " + where, e);
        }
    }

    /**
     * Hands Commons CSV the file's good rows, one row per read, so one parser serves the whole
     * file (cheap) while every record it returns is known to be the row last handed over
     * ({@link #current}): rows are cut exactly where Commons CSV ends a record, each ends with
     * a line feed, and Commons CSV never looks past a line feed. Rows that cannot be read
     * (bad UTF-8, too long) are reported here and never reach the parser.
     */
    private final class Feed extends Reader {
        private final UsageRows rows;
        private final String name;
        UsageRows.Row current;
        private String text = "";
        private int pos;

        Feed(UsageRows rows, String name) {
            this.rows = rows;
            this.name = name;
        }

        String where() {
            return current == null ? name + ": " : name + ":" + current.line() + ": ";
        }

        /** Drops what is left of the current row; with {@code resync}, reads on at its second line. */
        void giveUp(boolean resync) {
            pos = text.length();
            if (resync && current != null && current.lines() > 1) {
                rows.resync();
            }
        }

        @Override
        public int read(char[] cbuf, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            while (pos == text.length()) {
                UsageRows.Row row = rows.next();
                if (row == null) {
                    return -1;
                }
                current = row;
                if (!row.ok()) {
                    problem(row.problem(), where() + row.why());
                    continue;
                }
                text = row.text() + "\n";
                pos = 0;
            }
            int n = Math.min(len, text.length() - pos);
            text.getChars(pos, pos + n, cbuf, off);
            pos += n;
            return n;
        }

        @Override
        public void close() {
            // the caller closes the file
        }
    }

    private void problem(Problems.Kind kind, String message) {
        problems.add(kind, message);
    }

    /**
     * A row checked: an event, or why it is not one. {@code framed} says whether it had the 7
     * fields (if not, a row spanning lines was probably cut wrong by a stray quote).
     */
    private record Result(UsageEvent event, Problems.Kind kind, String why, boolean framed) {
    }

    private static Result check(String[] f) {
        if (f.length != UsageEvent.HEADER.length) {
            return new Result(null, Problems.Kind.COLUMNS, "expected " + UsageEvent.HEADER.length
                    + " columns, found " + f.length + "; row skipped", false);
        }
        if (Arrays.equals(f, UsageEvent.HEADER)) {
            return new Result(null, Problems.Kind.BAD_FIELD, "a header line again; row skipped", true);
        }
        OffsetDateTime time;
        try {
            time = OffsetDateTime.parse(f[0]);
        } catch (DateTimeParseException e) {
            return new Result(null, Problems.Kind.TIMESTAMP, "\"" + shown(f[0]) + "\" is not a timestamp; row skipped",
                    true);
        }
        if (!KIOSK.matcher(f[1]).matches()) {
            return bad(f, "the kiosk \"" + shown(f[1]) + "\" is not 1 to 40 letters, digits, dots, dashes or underscores");
        }
        Optional<EventType> type = EventType.fromCsv(f[3]);
        if (type.isEmpty()) {
            return new Result(null, Problems.Kind.UNKNOWN_EVENT, "unknown event \"" + shown(f[3]) + "\"; row skipped",
                    true);
        }
        if (!LANGUAGE.matcher(f[6]).matches()) {
            return bad(f, "the language \"" + shown(f[6]) + "\" is not a language code");
        }
        for (int i = 2; i < 6; i++) {
            // Only a quoted subject may hold a line break (a printer's name could); nothing may hold other controls.
            if (hasControl(f[i], i == 4)) {
                return bad(f, "the " + UsageEvent.HEADER[i] + " holds control characters");
            }
        }
        return new Result(new UsageEvent(time, f[1], f[2], type.get(), f[4], f[5], f[6]), null, null, true);
    }

    private static Result bad(String[] f, String why) {
        return new Result(null, Problems.Kind.BAD_FIELD, why + "; row skipped", true);
    }

    private static boolean hasControl(String s, boolean lineBreaksAllowed) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((Character.isISOControl(c) && !(lineBreaksAllowed && (c == '\n' || c == '\r')))
                    || c == '\uFEFF' || c == '\uFFFD') {
                return true;
            }
        }
        return false;
    }

    /** A value as shown in a message: short, on one line, control characters visible. */
    static String shown(String s) {
        StringBuilder out = new StringBuilder();
        int limit = 60;
        for (int i = 0; i < s.length() && i < limit; i++) {
            char c = s.charAt(i);
            out.append(Character.isISOControl(c) ? String.format("\\u%04X", (int) c) : String.valueOf(c));
        }
        if (s.length() > limit) {
            out.append("… (").append(s.length()).append(" characters)");
        }
        return out.toString();
    }
}
