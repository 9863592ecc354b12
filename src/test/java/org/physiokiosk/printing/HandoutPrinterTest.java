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

/** A real print path: PrinterJob + PDFPageable into CUPS's cups-pdf queue, and what comes out. */
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
    void aHandoutPrintedToTheVirtualPrinterComesOutWithThePlansText(@TempDir Path tmp) throws Exception {
        Cups.requireTesseract();
        String job = "pk-test-" + UUID.randomUUID().toString().substring(0, 8);
        String printer = new HandoutPrinter(Cups.PRINTER, QueueStatus.system()).print(pdf, job);
        assertThat(printer).isEqualTo(Cups.PRINTER);

        Optional<Path> out = Cups.awaitOutput(job, Duration.ofSeconds(60));
        assertThat(out).as("cups-pdf output for job " + job).isPresent();
        try (PDDocument printed = Loader.loadPDF(out.get().toFile())) {
            assertThat(printed.getNumberOfPages()).isEqualTo(Loader.loadPDF(pdf).getNumberOfPages());
            // Java prints glyphs as shapes, so the printed PDF holds no text layer: read it back the
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
