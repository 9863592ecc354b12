package org.physiokiosk.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.physiokiosk.content.SlideLibrary;
import org.physiokiosk.content.Symptom;
import org.physiokiosk.pdf.PdfException;
import org.physiokiosk.report.UsageReportPdf;
import org.physiokiosk.saving.PlanFiles;
import org.physiokiosk.settings.KioskSettings;
import org.physiokiosk.stats.ReportCsv;
import org.physiokiosk.stats.UsageReader;
import org.physiokiosk.stats.UsageReport;

/** {@code report --from … --to … --out DIR [--stats DIR …]}: the usage report as CSV tables and a PDF. */
final class ReportCommand {

    private ReportCommand() {
    }

    static int run(CommandLine cli, KioskSettings settings, PrintStream out, PrintStream err) {
        List<Path> folders = cli.statsDirs().isEmpty() ? List.of(settings.statsDir()) : cli.statsDirs();
        UsageReport report = new UsageReport(cli.from(), cli.to());
        UsageReader reader = new UsageReader();
        try {
            reader.read(folders, cli.from(), cli.to(), report::accept);
        } catch (IOException e) {
            err.println("physio-kiosk: " + e.getMessage());
            return HandoutCommand.FAILED;
        }
        reader.problems().forEach(p -> err.println("Skipped: " + p));

        SlideLibrary library = LanguageOption.content(settings);
        Path dir = cli.out().toAbsolutePath();
        try {
            Files.createDirectories(dir);
            List<Path> tables = ReportCsv.write(report, dir);
            byte[] pdf = new UsageReportPdf(settings.mediaDir(), settings.language(), Clock.systemDefaultZone())
                    .render(report, settings.clinic().name(),
                            id -> library.symptom(id).map(Symptom::label).orElse(id),
                        id -> library.notice(id).map(org.physiokiosk.content.Notice::title).orElse(id));
            Path pdfFile = dir.resolve("usage-report-" + cli.from() + "_" + cli.to() + ".pdf");
            PlanFiles.writeAtomically(pdfFile, pdf);
            out.println("Wrote " + tables.size() + " CSV tables and " + pdfFile.getFileName() + " to " + dir + " ("
                    + report.total().sessions() + " visits from " + folders.size() + " folder"
                    + (folders.size() == 1 ? "" : "s") + ")");
            return HandoutCommand.OK;
        } catch (IOException | PdfException e) {
            err.println("physio-kiosk: cannot write the report to " + dir + ": " + e.getMessage());
            return HandoutCommand.FAILED;
        }
    }
}
