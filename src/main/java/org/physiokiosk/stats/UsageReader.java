package org.physiokiosk.stats;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
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
        long line = 0;
        try (InputStream in = Files.newInputStream(file)) {
            UsageRows rows = new UsageRows(in);
            for (UsageRows.Row row = rows.next(); row != null; row = rows.next()) {
                line = row.line();
                String where = name + ":" + row.line() + ": ";
                if (!row.ok()) {
                    problem(row.problem(), where + row.why());
                    continue;
                }
                Result r = parse(row.text());
                if (r.skip()) {
                    continue;
                }
                if (row.line() == 1) {
                    if (Arrays.equals(r.fields(), UsageEvent.HEADER)) {
                        continue;
                    }
                    problem(Problems.Kind.HEADER, where + "the header line is missing or wrong (expected \""
                            + String.join(",", UsageEvent.HEADER) + "\", found \"" + shown(row.text()) + "\"); "
                            + (r.event() != null ? "rows read by position" : "line skipped, rows read by position"));
                    if (r.event() == null) {
                        continue;
                    }
                } else if (r.event() == null) {
                    if (row.lines() > 1 && !r.framed() && rows.resync()) {
                        // A quote opened on this line made a row of several lines that is no row at all.
                        problem(r.kind(), where + r.why());
                        continue;
                    }
                    problem(r.kind(), where + r.why());
                    continue;
                }
                LocalDate day = r.event().time().toLocalDate();
                if (!day.isBefore(from) && !day.isAfter(to)) {
                    sink.accept(r.event());
                }
            }
        } catch (Exception | StackOverflowError e) {
            // Whatever it is, it is this file's problem only: say where, log why, read the next file.
            String where = line > 0 ? name + ":" + line + ": " : name + ": ";
            problem(Problems.Kind.FILE, where + "cannot be read (" + e.getClass().getSimpleName() + ": "
                    + shown(String.valueOf(e.getMessage())) + "); the rest of the file is skipped");
            LOG.log(System.Logger.Level.WARNING, "Usage file " + file + " could not be read after line " + line, e);
        }
    }

    private void problem(Problems.Kind kind, String message) {
        problems.add(kind, message);
    }

    /**
     * A row parsed: an event, or the fields and why they are not one. {@code framed} says
     * whether Commons CSV found exactly one row of 7 fields (if not, a row spanning lines was
     * probably cut wrong by a stray quote). {@code skip}: an empty line, nothing to say.
     */
    private record Result(UsageEvent event, String[] fields, Problems.Kind kind, String why, boolean framed,
                          boolean skip) {
    }

    private static Result parse(String text) throws IOException {
        List<CSVRecord> records;
        try (CSVParser csv = CSVParser.parse(new StringReader(text), FORMAT)) {
            records = csv.getRecords();
        } catch (IOException | java.io.UncheckedIOException e) {
            // Commons CSV's word for a malformed quoted field, e.g. text after the closing quote.
            return new Result(null, null, Problems.Kind.COLUMNS, "not a CSV row (" + shown(e.getMessage())
                    + "); row skipped", false, false);
        }
        if (records.isEmpty()) {
            return new Result(null, null, null, null, true, true);
        }
        if (records.size() > 1) {
            // A carriage return alone ends a row for Commons CSV: this line holds a broken row.
            return new Result(null, null, Problems.Kind.COLUMNS, "a carriage return in the middle of the row; row skipped",
                    false, false);
        }
        String[] f = records.get(0).values();
        if (f.length != UsageEvent.HEADER.length) {
            return new Result(null, f, Problems.Kind.COLUMNS, "expected " + UsageEvent.HEADER.length
                    + " columns, found " + f.length + "; row skipped", false, false);
        }
        if (Arrays.equals(f, UsageEvent.HEADER)) {
            return new Result(null, f, Problems.Kind.BAD_FIELD, "a header line again; row skipped", true, false);
        }
        OffsetDateTime time;
        try {
            time = OffsetDateTime.parse(f[0]);
        } catch (DateTimeParseException e) {
            return new Result(null, f, Problems.Kind.TIMESTAMP, "\"" + shown(f[0]) + "\" is not a timestamp; row skipped",
                    true, false);
        }
        if (!KIOSK.matcher(f[1]).matches()) {
            return bad(f, "the kiosk \"" + shown(f[1]) + "\" is not 1 to 40 letters, digits, dots, dashes or underscores");
        }
        Optional<EventType> type = EventType.fromCsv(f[3]);
        if (type.isEmpty()) {
            return new Result(null, f, Problems.Kind.UNKNOWN_EVENT, "unknown event \"" + shown(f[3]) + "\"; row skipped",
                    true, false);
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
        return new Result(new UsageEvent(time, f[1], f[2], type.get(), f[4], f[5], f[6]), f, null, null, true, false);
    }

    private static Result bad(String[] f, String why) {
        return new Result(null, f, Problems.Kind.BAD_FIELD, why + "; row skipped", true, false);
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
