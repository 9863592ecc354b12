package org.physiokiosk.printing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.content.SlideLibrary;
import org.physiokiosk.handout.HandoutRenderer;
import org.physiokiosk.illustration.IllustrationLoader;
import org.physiokiosk.plan.HandoutPlan;
import org.physiokiosk.plan.PlanBuilder;
import org.physiokiosk.settings.KioskSettings;
import org.physiokiosk.settings.SettingsLoader;
import org.physiokiosk.testing.TestMedia;

/**
 * The real print paths into CUPS's cups-pdf queue and what comes out: the handout's own PDF
 * (its text read back with pdftotext) and the drawn fallback (read back by OCR); and the watch
 * after sending, against a stand-in scheduler that reports a failed job or a printer fault.
 */
class HandoutPrinterTest {

    private byte[] pdf;
    private HandoutPlan plan;

    @BeforeEach
    void makeHandout() throws Exception {
        Cups.requireVirtualPrinter();
        KioskSettings settings = SettingsLoader.load(TestMedia.SETTINGS).settings();
        SlideLibrary library = ContentLoader.load(settings.mediaDir());
        plan = new PlanBuilder(library, 3).build(List.of("stress"));
        pdf = new HandoutRenderer(settings.clinic(), settings.paperSize(), Locale.ENGLISH, settings.mediaDir(),
                new IllustrationLoader(), Clock.systemDefaultZone()).render(plan);
    }

    @Test
    void aHandoutIsSentAsItsOwnPdfAndComesOutOfTheVirtualPrinterWithThePlansText() throws Exception {
        Cups.requirePdftotext();
        String job = "pk-test-" + UUID.randomUUID().toString().substring(0, 8);
        HandoutPrinter printer = new HandoutPrinter(Cups.PRINTER, QueueStatus.system());
        printer.warmUp();
        long before = Cups.jobCount();
        assertThat(printer.print(pdf, job)).isEqualTo(Cups.PRINTER);
        assertThat(printer.lastRoute()).isEqualTo(HandoutPrinter.Route.PDF);
        assertThat(Cups.jobCount()).as("the job is in the CUPS queue when print returns").isGreaterThan(before);

        Optional<Path> out = Cups.awaitOutput(job, Duration.ofSeconds(60));
        assertThat(out).as("cups-pdf output for job " + job).isPresent();
        try (PDDocument printed = Loader.loadPDF(out.get().toFile())) {
            assertThat(printed.getNumberOfPages()).isEqualTo(Loader.loadPDF(pdf).getNumberOfPages());
        }
        // The PDF went as it is, so the printed file keeps its text: read it, no OCR needed.
        String text = Cups.pdftotext(out.get()).replaceAll("\\s+", " ");
        assertThat(text).as("text of the printed handout").contains("Your home-care plan")
                .contains(plan.techniques().get(0).title())
                .contains(plan.techniques().get(plan.techniques().size() - 1).title());
    }

    @Test
    void forAPrinterThatTakesNoPdfThePagesAreDrawnAndReadBackAsAPersonWould(@TempDir Path tmp) throws Exception {
        Cups.requireTesseract();
        String job = "pk-drawn-" + UUID.randomUUID().toString().substring(0, 8);
        HandoutPrinter printer = new HandoutPrinter(Cups.PRINTER, QueueStatus.system());
        assertThat(printer.print(pdf, job, false).printer()).isEqualTo(Cups.PRINTER);
        assertThat(printer.lastRoute()).isEqualTo(HandoutPrinter.Route.DRAWN);

        Optional<Path> out = Cups.awaitOutput(job, Duration.ofSeconds(60));
        assertThat(out).as("cups-pdf output for job " + job).isPresent();
        try (PDDocument printed = Loader.loadPDF(out.get().toFile())) {
            assertThat(printed.getNumberOfPages()).isEqualTo(Loader.loadPDF(pdf).getNumberOfPages());
            // Java prints glyphs as shapes, so this printed PDF holds no text layer: read it back the
            // way a person would, from the page image.
            BufferedImage page = new PDFRenderer(printed).renderImageWithDPI(0, 200);
            Path png = tmp.resolve("page1.png");
            ImageIO.write(page, "png", png.toFile());
            String seen = Cups.ocr(png).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
            assertThat(seen).as("OCR of the printed page").contains("yourhomecareplan")
                    .contains(plan.techniques().get(0).title().toLowerCase(Locale.ROOT).replaceAll("[^a-z]", ""))
                    .contains("youtoldus");
        }
    }

    @Test
    void aJobThePrintSystemGivesUpOnIsAFailureNotAPrintedPlan() throws Exception {
        try (FakeCups cups = new FakeCups()) {
            cups.jobs = n -> n == 0 ? List.of(new CupsQueue.Job(7, "", 9, List.of()))
                    : List.of(new CupsQueue.Job(7, "", 9, List.of()), new CupsQueue.Job(8, "", 8,
                            List.of("aborted-by-system")));
            HandoutPrinter printer = new HandoutPrinter(Cups.PRINTER, n -> false, cups.queue(), Duration.ofSeconds(5));
            assertThatThrownBy(() -> printer.print(pdf, "pk-aborted"))
                    .isInstanceOfSatisfying(PrintFailedException.class, e -> {
                        assertThat(e.reason()).isEqualTo(PrintFailedException.Reason.FAILED);
                        assertThat(e.getMessage()).isEqualTo("the print system gave up on job 8 on \"" + Cups.PRINTER
                                + "\" (aborted-by-system)");
                    });
        }
    }

    @Test
    void aPrinterThatNeedsAPersonOnceTheJobIsSentIsReportedAsNotWorking() throws Exception {
        try (FakeCups cups = new FakeCups()) {
            cups.jobs = n -> n == 0 ? List.of() : List.of(new CupsQueue.Job(3, "", 3, List.of()));
            cups.printerReasons = List.of("media-empty-error");
            HandoutPrinter printer = new HandoutPrinter(Cups.PRINTER, n -> false, cups.queue(), Duration.ofSeconds(5));
            assertThatThrownBy(() -> printer.print(pdf, "pk-no-paper"))
                    .isInstanceOfSatisfying(PrintFailedException.class, e -> {
                        assertThat(e.reason()).isEqualTo(PrintFailedException.Reason.STOPPED);
                        assertThat(e.getMessage()).isEqualTo("the printer \"" + Cups.PRINTER + "\" cannot print job 3: "
                                + "the printer needs attention (media-empty-error)");
                    });
        }
    }

    @Test
    void aJobWaitingInAHealthyQueueIsLeftToPrintAfterAShortWatch() throws Exception {
        try (FakeCups cups = new FakeCups()) {
            cups.jobs = n -> n == 0 ? List.of() : List.of(new CupsQueue.Job(3, "", 3, List.of()));
            HandoutPrinter printer = new HandoutPrinter(Cups.PRINTER, n -> false, cups.queue(),
                    Duration.ofMillis(400));
            long start = System.nanoTime();
            assertThat(printer.print(pdf, "pk-waiting")).isEqualTo(Cups.PRINTER);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
            assertThat(cups.operations.stream().filter(op -> op == 0x000A).count())
                    .as("the job was asked about more than once while it waited").isGreaterThan(2);
        }
    }

    @Test
    void aStoppedQueueIsReportedInsteadOfPrintingIntoTheVoid() {
        Cups.disable();
        try {
            assertThatThrownBy(() -> new HandoutPrinter(Cups.PRINTER, QueueStatus.system()).print(pdf, "pk-stopped"))
                    .isInstanceOfSatisfying(PrintFailedException.class,
                            e -> assertThat(e.reason()).isEqualTo(PrintFailedException.Reason.STOPPED));
        } finally {
            Cups.enable();
        }
    }

    @Test
    void aPrinterThatIsNotThereIsNoPrinter() {
        assertThatThrownBy(() -> new HandoutPrinter("Front desk laser", QueueStatus.system()).print(pdf, "pk-none"))
                .isInstanceOfSatisfying(PrintFailedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(PrintFailedException.Reason.NO_PRINTER);
                    assertThat(e.getMessage()).contains("Front desk laser").contains(Cups.PRINTER);
                });
    }
}
