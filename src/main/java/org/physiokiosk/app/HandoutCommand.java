package org.physiokiosk.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import org.physiokiosk.content.SlideLibrary;
import org.physiokiosk.pdf.PdfException;
import org.physiokiosk.handout.HandoutRenderer;
import org.physiokiosk.illustration.IllustrationLoader;
import org.physiokiosk.plan.HandoutPlan;
import org.physiokiosk.plan.PlanBuilder;
import org.physiokiosk.plan.UnknownSymptomException;
import org.physiokiosk.saving.PlanFiles;
import org.physiokiosk.settings.KioskSettings;

/** {@code handout --symptoms … --out plan.pdf}: the same PDF the kiosk prints, from the command line. */
final class HandoutCommand {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private HandoutCommand() {
    }

    static int run(CommandLine cli, KioskSettings settings, PrintStream out, PrintStream err) {
        try {
            settings = LanguageOption.apply(cli.language(), settings);
        } catch (CommandLine.UsageException e) {
            err.println("physio-kiosk: " + e.getMessage());
            return USAGE;
        }
        SlideLibrary library = LanguageOption.content(settings);
        // A skipped file means a technique missing from the handout: say which and why.
        library.problems().forEach(p -> err.println("Content problem: " + p));
        HandoutPlan plan;
        try {
            plan = new PlanBuilder(library, settings.handoutMaxTechniques()).build(cli.symptoms());
        } catch (UnknownSymptomException e) {
            err.println("physio-kiosk: " + e.getMessage());
            return USAGE;
        }
        HandoutRenderer renderer = new HandoutRenderer(settings.clinic(), settings.paperSize(), settings.language(),
                settings.mediaDir(), new IllustrationLoader(), Clock.systemDefaultZone())
                .tagged(settings.handoutAccessible());
        Path target = cli.out().toAbsolutePath();
        try {
            PlanFiles.writeAtomically(target, renderer.render(plan));
        } catch (PdfException e) {
            err.println("physio-kiosk: " + e.getMessage());
            return FAILED;
        } catch (IOException e) {
            err.println("physio-kiosk: " + e.getMessage());
            return FAILED;
        }
        out.println("Wrote " + target + " (" + plan.techniques().size() + " techniques"
                + (plan.isGeneral() ? ", general plan" : "") + ")");
        return OK;
    }
}
