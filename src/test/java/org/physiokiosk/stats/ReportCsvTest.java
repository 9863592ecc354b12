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

class ReportCsvTest {

    @TempDir
    Path dir;

    @Test
    void cellsThatASpreadsheetWouldRunAreNeutralised() {
        assertThat(ReportCsv.safe("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(ReportCsv.safe("+1")).isEqualTo("'+1");
        assertThat(ReportCsv.safe("-2+3")).isEqualTo("'-2+3");
        assertThat(ReportCsv.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(ReportCsv.safe("\tx")).isEqualTo("'\tx");
        assertThat(ReportCsv.safe("\rx")).isEqualTo("'\rx");
        assertThat(ReportCsv.safe("stress")).isEqualTo("stress");
        assertThat(ReportCsv.safe("12")).isEqualTo("12");
        assertThat(ReportCsv.safe("")).isEmpty();
    }

    @Test
    void tablesHaveABomAHeaderIsoDatesAndNeutralisedCells() throws IOException {
        UsageReport r = new UsageReport(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 2));
        OffsetDateTime t = OffsetDateTime.parse("2026-11-01T10:00:00+01:00");
        r.accept(new UsageEvent(t, "k", "s", EventType.SESSION_STARTED, "", "", "uk"));
        r.accept(new UsageEvent(t, "k", "s", EventType.SYMPTOM_PICKED, "=cmd|' /C calc'!A0", "", "uk"));
        r.accept(new UsageEvent(t, "k", "", EventType.SLIDE_SHOWN, "Зведення лопаток", "9000", "uk"));

        List<Path> files = ReportCsv.write(r, dir);
        assertThat(files).hasSize(9); // the 9th: plays per notice
        for (Path f : files) {
            byte[] bytes = Files.readAllBytes(f);
            assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        }
        Path bySymptom = files.stream().filter(p -> p.toString().contains("by-symptom")).findFirst().orElseThrow();
        Path byDay = files.stream().filter(p -> p.toString().contains("by-day")).findFirst().orElseThrow();
        Path play = files.stream().filter(p -> p.toString().contains("proof-of-play")).findFirst().orElseThrow();
        assertThat(rows(bySymptom)).containsExactly(List.of("symptom", "picked", "unpicked"),
                List.of("'=cmd|' /C calc'!A0", "1", "0"));
        assertThat(rows(byDay).get(1)).containsExactly("2026-11-01", "1", "0", "0", "0", "0");
        assertThat(rows(play).get(1)).containsExactly("Зведення лопаток", "1", "9.0");
    }

    private static List<List<String>> rows(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8).substring(1); // the BOM
        try (CSVParser p = CSVFormat.EXCEL.parse(new java.io.StringReader(text))) {
            return p.getRecords().stream().map(CSVRecord::toList).toList();
        }
    }
}
