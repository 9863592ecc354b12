package org.physiokiosk.app;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.physiokiosk.content.ContentProblem;
import org.physiokiosk.content.Slide;
import org.physiokiosk.content.SlideLibrary;
import org.physiokiosk.illustration.IllustrationLoader;
import org.physiokiosk.settings.KioskSettings;
import org.physiokiosk.ui.Texts;
import org.physiokiosk.ui.attract.SlideScreenshots;
import org.physiokiosk.ui.slides.SlideViews;
import org.physiokiosk.ui.theme.KioskTheme;

/**
 * {@code --screenshot DIR [--lang LANG]}: every slide of the loop as a PNG, rendered without a
 * display, as patients of that language (default: the settings' start language) see it.
 */
final class ScreenshotMode {

    private ScreenshotMode() {
    }

    /**
     * The loop in one language: its slides and how each is drawn.
     *
     * @param language the code the slides speak, e.g. "es"
     * @param problems content files skipped, or translations shown in English, and why
     */
    record Loop(String language, List<Slide> slides, SlideScreenshots shots, List<ContentProblem> problems) {
    }

    /**
     * Returns the process exit code: 0 when all slides were written and fit, 1 when a file
     * could not be written or a slide's text does not fit, 2 for an unknown {@code --lang}.
     */
    static int run(CommandLine cli, KioskSettings settings, PrintStream out, PrintStream err) {
        Loop loop;
        try {
            loop = loop(cli.language(), settings);
        } catch (CommandLine.UsageException e) {
            err.println("physio-kiosk: " + e.getMessage());
            return HandoutCommand.USAGE;
        }
        // To the kiosk's log, as when the kiosk starts: staff look there.
        KioskApp.reportContent(loop.problems(), err, true);
        return write(loop, cli.screenshotDir(), cli.sizes(), out, err);
    }

    /**
     * The loop as the kiosk shows it in {@code lang} (null: the settings' language): the content
     * translated, English where a translation lacks a text, and the screen's own words in that
     * language. Reads the content.
     */
    static Loop loop(String lang, KioskSettings settings) throws CommandLine.UsageException {
        KioskSettings inLanguage = LanguageOption.apply(lang, settings);
        SlideLibrary library = LanguageOption.content(inLanguage);
        KioskTheme.install();
        Texts texts = new Texts(inLanguage.language());
        SlideViews views = new SlideViews(library.illustrationsDir(), new IllustrationLoader(), texts,
                inLanguage.clinic().name());
        return new Loop(inLanguage.language().getLanguage(), withNotices(library), new SlideScreenshots(views, texts),
                library.problems());
    }

    /**
     * The loop's slides with every notice before the closing slide, switched off ones too (the
     * shipped examples are off): a clinic looks at a notice before it puts it on the loop.
     */
    static List<Slide> withNotices(SlideLibrary library) {
        List<Slide> slides = new java.util.ArrayList<>(library.loopSlides());
        List<Slide> notices = library.notices().stream().<Slide>map(Slide.NoticeSlide::new).toList();
        slides.addAll(slides.size() - 1, notices);
        return List.copyOf(slides);
    }

    private static int write(Loop loop, Path dir, List<int[]> sizes, PrintStream out, PrintStream err) {
        List<Slide> slides = loop.slides();
        int problems = 0;
        try {
            Files.createDirectories(dir);
            for (int[] size : sizes) {
                String suffix = sizes.size() > 1 ? "-" + size[0] + "x" + size[1] : "";
                for (int i = 0; i < slides.size(); i++) {
                    Slide slide = slides.get(i);
                    BufferedImage img = loop.shots().render(slide, i, slides.size(), size[0], size[1]);
                    Path file = dir.resolve(String.format("%02d-%s%s.png", i + 1, slide.id(), suffix));
                    ImageIO.write(img, "png", file.toFile());
                    for (String p : loop.shots().layoutProblems(slide, size[0], size[1])) {
                        err.println("Layout problem: " + p);
                        problems++;
                    }
                }
            }
        } catch (IOException e) {
            err.println("physio-kiosk: cannot write screenshots to " + dir.toAbsolutePath() + ": " + e.getMessage());
            return HandoutCommand.FAILED;
        }
        out.println("Wrote " + slides.size() * sizes.size() + " slide screenshots (" + loop.language() + ") to "
                + dir.toAbsolutePath() + (problems == 0 ? "" : " (" + problems + " layout problems, see above)"));
        return problems == 0 ? HandoutCommand.OK : HandoutCommand.FAILED;
    }
}
