package org.physiokiosk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.settings.KioskSettings;
import org.physiokiosk.settings.SettingsLoader;
import org.physiokiosk.stats.UsageSimulator;

class ReportCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) throws Exception {
        KioskSettings settings = SettingsLoader.load(Path.of("kiosk.properties")).settings();
        return ReportCommand.run(CommandLine.parse(args), settings, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void twoKiosksMergeIntoOneReportWithCsvTablesAndAPdf() throws Exception {
        UsageSimulator.write(dir.resolve("front"), "front-desk", LocalDate.of(2026, 11, 2), 2, 30, 1);
        UsageSimulator.write(dir.resolve("gym"), "gym", LocalDate.of(2026, 11, 2), 2, 30, 2);
        Path report = dir.resolve("report");
        assertThat(run("report", "--from", "2026-11-01", "--to", "2026-11-03", "--out", report.toString(),
                "--stats", dir.resolve("front").toString(), "--stats", dir.resolve("gym").toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Wrote 8 CSV tables").contains("from 2 folders");
        String byKiosk = Files.readString(report.resolve("usage-by-kiosk-2026-11-01_2026-11-03.csv"));
        assertThat(byKiosk).contains("front-desk,").contains("gym,");
        try (PDDocument pdf = Loader.loadPDF(report.resolve("usage-report-2026-11-01_2026-11-03.pdf").toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
            assertThat(new PDFTextStripper().getText(pdf)).contains("Kiosk usage report", "front-desk, gym",
                    "Proof of play");
        }
    }

    @Test
    void aMissingFolderIsAFailureNamingIt() throws Exception {
        assertThat(run("report", "--from", "2026-11-01", "--to", "2026-11-03", "--out", dir.toString(), "--stats",
                dir.resolve("nowhere").toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("nowhere").contains("does not exist");
    }

    @Test
    void malformedRowsAreListedAndTheReportStillComes() throws Exception {
        Path stats = dir.resolve("stats");
        Files.createDirectories(stats);
        Files.writeString(stats.resolve("usage-2026-11-02-k.csv"),
                "timestamp,kiosk,session,event,subject,value,language\nnot-a-time,k,s,session_started,,,en\n");
        assertThat(run("report", "--from", "2026-11-01", "--to", "2026-11-03", "--out", dir.resolve("r").toString(),
                "--stats", stats.toString())).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("Skipped: usage-2026-11-02-k.csv:2: \"not-a-time\" is not a timestamp");
    }

    @Test
    void badDatesAreUsageErrors() {
        assertThatThrownBy(() -> CommandLine.parse("report", "--from", "1 Nov", "--to", "2026-11-30", "--out", "x"))
                .hasMessageContaining("--from \"1 Nov\": expected a date as YYYY-MM-DD");
        assertThatThrownBy(() -> CommandLine.parse("report", "--from", "2026-11-30", "--to", "2026-11-01", "--out",
                "x")).hasMessageContaining("is after --to");
        assertThatThrownBy(() -> CommandLine.parse("report", "--from", "2026-11-01"))
                .hasMessageContaining("report needs --from YYYY-MM-DD --to YYYY-MM-DD --out DIR");
    }
}
