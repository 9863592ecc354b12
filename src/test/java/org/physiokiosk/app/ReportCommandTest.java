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
import org.physiokiosk.testing.TestMedia;

class ReportCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) throws Exception {
        KioskSettings settings = SettingsLoader.load(TestMedia.SETTINGS).settings();
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
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Wrote 9 CSV tables").contains("from 2 folders");
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
    void aFileWithoutHeaderOrWithAnEmptyHeaderNameDoesNotTakeTheOthersDown() throws Exception {
        Path stats = dir.resolve("stats");
        Files.createDirectories(stats);
        String row = "2026-11-02T10:00:00Z,%s,s,session_started,,,en\n";
        Files.writeString(stats.resolve("usage-2026-11-02-a.csv"), String.format(row, "a"));
        Files.writeString(stats.resolve("usage-2026-11-02-b.csv"),
                "timestamp,,session,event,subject,value,language\n" + String.format(row, "b"));
        Files.writeString(stats.resolve("usage-2026-11-02-c.csv"),
                "timestamp,kiosk,session,event,subject,value,language\n" + String.format(row, "c"));
        Path report = dir.resolve("r");
        assertThat(run("report", "--from", "2026-11-01", "--to", "2026-11-03", "--out", report.toString(),
                "--stats", stats.toString())).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("Skipped: usage-2026-11-02-a.csv:1: the header line is missing or wrong")
                .contains("Skipped: usage-2026-11-02-b.csv:1: the header line is missing or wrong");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("(3 visits from 1 folder)");
    }

    @Test
    void textFromUsageFilesCannotBecomeASpreadsheetFormula() throws Exception {
        Path stats = dir.resolve("stats");
        Files.createDirectories(stats);
        Files.writeString(stats.resolve("usage-2026-11-02-k.csv"),
                "timestamp,kiosk,session,event,subject,value,language\n"
                + "2026-11-02T10:00:00Z,k,s,session_started,,,en\n"
                + "2026-11-02T10:00:01Z,k,s,symptom_picked,\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",,en\n"
                + "2026-11-02T10:00:02Z,k,s,technique_planned,+cmd,,en\n"
                + "2026-11-02T10:00:03Z,k,,slide_shown,@SUM(A1),9000,en\n"
                + "2026-11-02T10:00:04Z,k,,slide_shown,-2+3,9000,en\n");
        Path report = dir.resolve("r");
        assertThat(run("report", "--from", "2026-11-02", "--to", "2026-11-02", "--out", report.toString(),
                "--stats", stats.toString())).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("Skipped");
        assertThat(Files.readString(report.resolve("usage-by-symptom-2026-11-02_2026-11-02.csv")))
                .contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
        assertThat(Files.readString(report.resolve("usage-by-technique-2026-11-02_2026-11-02.csv")))
                .contains("'+cmd,");
        assertThat(Files.readString(report.resolve("usage-proof-of-play-2026-11-02_2026-11-02.csv")))
                .contains("'@SUM(A1),").contains("'-2+3,");
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
