package org.physiokiosk.stats;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a {@link UsageReport} as CSV files that open cleanly in Excel and LibreOffice:
 * UTF-8 with a byte-order mark (else Excel guesses the code page), a header row, ISO dates,
 * and any cell a spreadsheet could take for a formula neutralised with a leading
 * apostrophe, as OWASP advises against CSV injection.
 */
public final class ReportCsv {

    private static final CSVFormat FORMAT = CSVFormat.EXCEL;

    private ReportCsv() {
    }

    /** Writes every table into {@code dir}; returns the files written. */
    public static List<Path> write(UsageReport r, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        String range = r.from() + "_" + r.to();

        files.add(table(dir.resolve("usage-summary-" + range + ".csv"), List.of("figure", "value"), rows -> {
            UsageReport.Counts t = r.total();
            rows.add(List.of("from", r.from().toString()));
            rows.add(List.of("to", r.to().toString()));
            rows.add(List.of("sessions", Long.toString(t.sessions())));
            rows.add(List.of("finished", Long.toString(t.finished())));
            rows.add(List.of("timed out", Long.toString(t.timedOut())));
            rows.add(List.of("handouts printed", Long.toString(t.printed())));
            rows.add(List.of("handouts saved", Long.toString(t.saved())));
            rows.add(List.of("print failures", Long.toString(t.printFailed())));
            rows.add(List.of("conversion %", String.format(Locale.ROOT, "%.1f", r.conversionPercent())));
            rows.add(List.of("median session seconds", Long.toString(r.medianSessionSeconds())));
            rows.add(List.of("slides shown", Long.toString(t.slidesShown())));
        }));
        files.add(table(dir.resolve("usage-by-day-" + range + ".csv"),
                List.of("date", "sessions", "finished", "timed out", "printed", "saved"), rows -> {
                    for (Map.Entry<LocalDate, UsageReport.Counts> e : r.byDay().entrySet()) {
                        UsageReport.Counts c = e.getValue();
                        rows.add(List.of(e.getKey().toString(), n(c.sessions()), n(c.finished()), n(c.timedOut()),
                                n(c.printed()), n(c.saved())));
                    }
                }));
        files.add(table(dir.resolve("usage-by-hour-" + range + ".csv"), List.of("hour", "sessions"), rows -> {
            long[] hours = r.byHour();
            for (int h = 0; h < 24; h++) {
                rows.add(List.of(String.format(Locale.ROOT, "%02d:00", h), n(hours[h])));
            }
        }));
        files.add(table(dir.resolve("usage-by-symptom-" + range + ".csv"), List.of("symptom", "picked", "unpicked"),
                rows -> r.bySymptom().forEach((s, c) -> rows.add(List.of(s, n(c[0]), n(c[1]))))));
        files.add(table(dir.resolve("usage-by-technique-" + range + ".csv"), List.of("technique", "in plans"),
                rows -> r.byTechnique().forEach((t, c) -> rows.add(List.of(t, n(c))))));
        files.add(table(dir.resolve("usage-by-language-" + range + ".csv"), List.of("language", "sessions"),
                rows -> r.byLanguage().forEach((l, c) -> rows.add(List.of(l, n(c))))));
        files.add(table(dir.resolve("usage-proof-of-play-" + range + ".csv"),
                List.of("slide", "times shown", "seconds shown"),
                rows -> r.bySlide().forEach((s, p) -> rows.add(List.of(s, n(p.times()),
                        String.format(Locale.ROOT, "%.1f", p.seconds()))))));
        files.add(table(dir.resolve("usage-notices-" + range + ".csv"),
                List.of("notice", "times shown", "seconds shown"),
                rows -> r.byNotice().forEach((s, p) -> rows.add(List.of(s, n(p.times()),
                        String.format(Locale.ROOT, "%.1f", p.seconds()))))));
        files.add(table(dir.resolve("usage-by-kiosk-" + range + ".csv"),
                List.of("kiosk", "sessions", "finished", "timed out", "printed", "saved", "slides shown"),
                rows -> r.byKiosk().forEach((k, c) -> rows.add(List.of(k, n(c.sessions()), n(c.finished()),
                        n(c.timedOut()), n(c.printed()), n(c.saved()), n(c.slidesShown()))))));
        return files;
    }

    private interface Rows {
        void fill(List<List<String>> rows);
    }

    private static Path table(Path file, List<String> header, Rows content) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        content.fill(rows);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(out, FORMAT)) {
            out.write('\uFEFF');
            csv.printRecord(header.stream().map(ReportCsv::safe).toList());
            for (List<String> row : rows) {
                csv.printRecord(row.stream().map(ReportCsv::safe).toList());
            }
        }
        return file;
    }

    /**
     * A cell starting with {@code = + - @}, a tab or a carriage return is prefixed with an
     * apostrophe, so a spreadsheet shows it as text instead of running it (OWASP CSV Injection).
     */
    static String safe(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        char c = cell.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + cell : cell;
    }

    private static String n(long v) {
        return Long.toString(v);
    }
}
