package org.physiokiosk.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV tables a manager opens: every table holds the rows its events make. */
class ReportTablesTest {

    @TempDir
    Path dir;

    private static List<List<String>> table(List<Path> files, String name) throws IOException {
        Path file = files.stream().filter(p -> p.getFileName().toString().startsWith("usage-" + name + "-"))
                .findFirst().orElseThrow();
        String text = Files.readString(file, StandardCharsets.UTF_8).substring(1); // the BOM
        try (CSVParser p = CSVFormat.EXCEL.parse(new java.io.StringReader(text))) {
            return p.getRecords().stream().map(CSVRecord::toList).toList();
        }
    }

    @Test
    void techniquesLanguagesKiosksAndHoursEachHaveTheirRows() throws IOException {
        UsageReport r = new UsageReport(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 2));
        OffsetDateTime nine = OffsetDateTime.parse("2026-11-01T09:15:00+01:00");
        OffsetDateTime two = OffsetDateTime.parse("2026-11-01T14:40:00+01:00");
        r.accept(new UsageEvent(nine, "front", "s1", EventType.SESSION_STARTED, "", "", "es"));
        r.accept(new UsageEvent(nine, "front", "s1", EventType.TECHNIQUE_PLANNED, "chin-tuck", "", "es"));
        r.accept(new UsageEvent(nine, "front", "s1", EventType.TECHNIQUE_PLANNED, "-minus", "", "es"));
        r.accept(new UsageEvent(nine, "front", "s1", EventType.HANDOUT_PRINTED, "", "", "es"));
        r.accept(new UsageEvent(nine, "front", "s1", EventType.SESSION_FINISHED, "", "", "es"));
        r.accept(new UsageEvent(two, "back", "s2", EventType.SESSION_STARTED, "", "", ""));
        r.accept(new UsageEvent(two, "back", "s2", EventType.TECHNIQUE_PLANNED, "chin-tuck", "", ""));
        r.accept(new UsageEvent(two, "back", "", EventType.SLIDE_SHOWN, "intro", "1500", ""));
        r.accept(new UsageEvent(two, "back", "s2", EventType.SESSION_TIMED_OUT, "", "", ""));

        List<Path> files = ReportCsv.write(r, dir);
        assertThat(table(files, "by-technique")).containsExactly(List.of("technique", "in plans"),
                List.of("'-minus", "1"), List.of("chin-tuck", "2"));
        assertThat(table(files, "by-language")).containsExactly(List.of("language", "sessions"),
                List.of("?", "1"), List.of("es", "1"));
        assertThat(table(files, "by-kiosk")).containsExactly(
                List.of("kiosk", "sessions", "finished", "timed out", "printed", "saved", "slides shown"),
                List.of("back", "1", "0", "1", "0", "0", "1"), List.of("front", "1", "1", "0", "1", "0", "0"));
        List<List<String>> hours = table(files, "by-hour");
        assertThat(hours).hasSize(25);
        assertThat(hours.get(0)).containsExactly("hour", "sessions");
        assertThat(hours.get(10)).containsExactly("09:00", "1");
        assertThat(hours.get(15)).containsExactly("14:00", "1");
        assertThat(hours.get(1)).containsExactly("00:00", "0");
        assertThat(table(files, "proof-of-play")).containsExactly(List.of("slide", "times shown", "seconds shown"),
                List.of("intro", "1", "1.5"));
    }
}
