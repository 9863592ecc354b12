package org.physiokiosk.stats;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams the usage events of a date range out of one or more stats folders, file by file
 * and row by row, without holding them: memory stays flat however many events there are.
 * A malformed row is reported with its file and line, then skipped.
 */
public final class UsageReader {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

    private final List<String> problems = new ArrayList<>();

    /** Rows that could not be read, as {@code file:line: what is wrong}. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    /**
     * Feeds every event from {@code from} to {@code to} (inclusive, by the kiosk's local date)
     * to {@code sink}, oldest file first.
     *
     * @throws IOException when a folder cannot be listed (each folder is named in the message)
     */
    public void read(List<Path> folders, LocalDate from, LocalDate to, Consumer<UsageEvent> sink) throws IOException {
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                throw new IOException("the statistics folder " + folder + " does not exist");
            }
        }
        List<UsageFiles.UsageFile> files = new ArrayList<>();
        for (Path folder : folders) {
            for (UsageFiles.UsageFile f : UsageFiles.list(folder)) {
                if (!f.day().isBefore(from) && !f.day().isAfter(to)) {
                    files.add(f);
                }
            }
        }
        files.sort(java.util.Comparator.comparing(UsageFiles.UsageFile::day));
        for (UsageFiles.UsageFile f : files) {
            readFile(f.path(), from, to, sink);
        }
    }

    private void readFile(Path file, LocalDate from, LocalDate to, Consumer<UsageEvent> sink) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser csv = FORMAT.parse(in)) {
            for (CSVRecord r : csv) {
                Optional<UsageEvent> e = parse(file, r);
                if (e.isPresent()) {
                    LocalDate day = e.get().time().toLocalDate();
                    if (!day.isBefore(from) && !day.isAfter(to)) {
                        sink.accept(e.get());
                    }
                }
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            problems.add(file.getFileName() + ": cannot be read (" + e.getMessage() + "); the rest of it is skipped");
        }
    }

    private Optional<UsageEvent> parse(Path file, CSVRecord r) {
        String where = file.getFileName() + ":" + (r.getRecordNumber() + 1) + ": ";
        if (r.size() != UsageEvent.HEADER.length) {
            problems.add(where + "expected " + UsageEvent.HEADER.length + " columns, found " + r.size()
                    + "; row skipped");
            return Optional.empty();
        }
        OffsetDateTime time;
        try {
            time = OffsetDateTime.parse(r.get(0));
        } catch (DateTimeParseException e) {
            problems.add(where + "\"" + r.get(0) + "\" is not a timestamp; row skipped");
            return Optional.empty();
        }
        Optional<EventType> type = EventType.fromCsv(r.get(3));
        if (type.isEmpty()) {
            problems.add(where + "unknown event \"" + r.get(3) + "\"; row skipped");
            return Optional.empty();
        }
        return Optional.of(new UsageEvent(time, r.get(1), r.get(2), type.get(), r.get(4), r.get(5), r.get(6)));
    }
}
