package org.physiokiosk.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.physiokiosk.content.SlideLibrary;
import org.physiokiosk.handout.HandoutRenderer;
import org.physiokiosk.illustration.IllustrationLoader;
import org.physiokiosk.pdf.PdfException;
import org.physiokiosk.pdf.PdfFonts;
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
        try (KioskThreads threads = new KioskThreads()) {
            return run(cli, settings, out, err, threads.work());
        }
    }

    /**
     * Two cores, two threads: {@code aside} parses the fonts while this thread reads the content,
     * then reads the plan's drawings while this one lays out the text (a third less time, cold).
     */
    static int run(CommandLine cli, KioskSettings settings, PrintStream out, PrintStream err, Executor aside) {
        try {
            settings = LanguageOption.apply(cli.language(), settings);
        } catch (CommandLine.UsageException e) {
            err.println("physio-kiosk: " + e.getMessage());
            return USAGE;
        }
        Path fontDir = HandoutRenderer.fontDir(settings.mediaDir());
        CompletableFuture<PdfFonts.Parsed> fonts = CompletableFuture.supplyAsync(() -> {
            try {
                return PdfFonts.parse(fontDir);
            } catch (PdfException e) {
                throw new CompletionException(e);
            }
        }, aside);
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
        IllustrationLoader drawings = new IllustrationLoader();
        HandoutRenderer renderer = new HandoutRenderer(settings.clinic(), settings.paperSize(), settings.language(),
                settings.mediaDir(), drawings, Clock.systemDefaultZone())
                .tagged(settings.handoutAccessible())
                .withFontsParsedAhead(fonts);
        // The loader keeps what it read; the renderer finds each drawing ready, or waits for it.
        renderer.drawings(plan).forEach(file -> aside.execute(() -> drawings.load(file)));
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
