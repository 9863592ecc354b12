package org.physiokiosk.app;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.physiokiosk.content.Slide;
import org.physiokiosk.content.SlideLibrary;
import org.physiokiosk.settings.KioskSettings;
import org.physiokiosk.ui.Texts;
import org.physiokiosk.ui.attract.SlideScreenshots;
import org.physiokiosk.ui.attract.SlideViews;
import org.physiokiosk.illustration.IllustrationLoader;
import org.physiokiosk.ui.theme.KioskTheme;

/** {@code --screenshot DIR}: every slide of the loop as a PNG, rendered without a display. */
final class ScreenshotMode {

    private ScreenshotMode() {
    }

    /** Returns the process exit code: 0 when all slides were written and fit, 1 otherwise. */
    static int run(KioskSettings settings, SlideLibrary library, Path dir, List<int[]> sizes) {
        KioskTheme.install();
        Texts texts = new Texts(settings.language());
        SlideViews views = new SlideViews(library.illustrationsDir(), new IllustrationLoader(), texts,
                settings.clinic().name());
        SlideScreenshots shots = new SlideScreenshots(views, texts);
        List<Slide> slides = library.loopSlides();
        int problems = 0;
        try {
            Files.createDirectories(dir);
            for (int[] size : sizes) {
                String suffix = sizes.size() > 1 ? "-" + size[0] + "x" + size[1] : "";
                for (int i = 0; i < slides.size(); i++) {
                    Slide slide = slides.get(i);
                    BufferedImage img = shots.render(slide, i, slides.size(), size[0], size[1]);
                    Path file = dir.resolve(String.format("%02d-%s%s.png", i + 1, slide.id(), suffix));
                    ImageIO.write(img, "png", file.toFile());
                    for (String p : shots.layoutProblems(slide, size[0], size[1])) {
                        System.err.println("Layout problem: " + p);
                        problems++;
                    }
                }
            }
        } catch (IOException e) {
            System.err.println("physio-kiosk: cannot write screenshots to " + dir.toAbsolutePath() + ": "
                    + e.getMessage());
            return 1;
        }
        System.out.println("Wrote " + slides.size() * sizes.size() + " slide screenshots to " + dir.toAbsolutePath()
                + (problems == 0 ? "" : " (" + problems + " layout problems, see above)"));
        return problems == 0 ? 0 : 1;
    }
}
