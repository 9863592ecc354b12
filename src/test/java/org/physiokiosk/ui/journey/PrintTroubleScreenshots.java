package org.physiokiosk.ui.journey;

import java.awt.Container;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.content.SlideLibrary;
import org.physiokiosk.content.Translations;
import org.physiokiosk.testing.LayoutCheck;
import org.physiokiosk.testing.TestMedia;
import org.physiokiosk.ui.Texts;

/**
 * Not a check: pictures of "the printer has run out of paper" after "printed", to look at as a
 * person would. Runs only when asked: {@code -Dtrouble.shots=DIR}; writes
 * DIR/SCREEN-WxH-LANG.png for the trouble screen with and without a USB stick, in English and German.
 */
@EnabledIfSystemProperty(named = "trouble.shots", matches = ".+")
class PrintTroubleScreenshots {

    @Test
    void writeThem() throws IOException {
        Path out = Path.of(System.getProperty("trouble.shots"));
        Files.createDirectories(out);
        JourneyLayoutTest.load();
        SlideLibrary english = ContentLoader.load(TestMedia.MEDIA);
        for (int[] size : new int[][] {{1366, 768}, {1920, 1080}}) {
            for (Locale locale : List.of(Locale.ENGLISH, Locale.GERMAN)) {
                for (String screen : List.of("print-trouble", "print-trouble-no-usb", "printed")) {
                    LayoutCheck.onEdt(() -> LayoutCheck.themeFor(size[0], size[1]));
                    SlideLibrary lib = Translations.apply(english, locale);
                    Container[] shown = new Container[1];
                    LayoutCheck.onEdt(() -> {
                        shown[0] = JourneyLayoutTest.screen("printed", lib, new Texts(locale), locale, 1f);
                        if (!screen.equals("printed")) {
                            ((JourneyPanel) shown[0]).showPrintTrouble(org.physiokiosk.printing.PrintTrouble.PAPER_OUT,
                                    screen.equals("print-trouble"));
                        }
                    });
                    LayoutCheck.layOut(shown[0], size[0], size[1]);
                    LayoutCheck.layOut(shown[0], size[0], size[1]);
                    BufferedImage image = new BufferedImage(size[0], size[1], BufferedImage.TYPE_INT_RGB);
                    LayoutCheck.onEdt(() -> {
                        Graphics2D g = image.createGraphics();
                        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                        shown[0].printAll(g);
                        g.dispose();
                    });
                    ImageIO.write(image, "png", out.resolve(screen + "-" + size[0] + "x" + size[1] + "-"
                            + locale.getLanguage() + ".png").toFile());
                }
            }
        }
    }
}
