package org.physiokiosk.ui.attract;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.content.Slide;
import org.physiokiosk.content.SlideLibrary;
import org.physiokiosk.ui.Texts;
import org.physiokiosk.illustration.IllustrationLoader;
import org.physiokiosk.testing.TestMedia;
import org.physiokiosk.ui.theme.KioskTheme;
import org.physiokiosk.ui.slides.SlideViews;
import org.physiokiosk.ui.slides.SlideView;

/** Every slide, laid out without a display at the smallest and largest supported screens. */
class SlideLayoutTest {

    private static SlideLibrary library;
    private static SlideScreenshots screenshots;

    @BeforeAll
    static void setUp() {
        KioskTheme.install();
        library = ContentLoader.load(TestMedia.MEDIA);
        Texts texts = new Texts(Locale.ENGLISH);
        SlideViews views = new SlideViews(library.illustrationsDir(), new IllustrationLoader(), texts,
                "Riverside Physiotherapy");
        screenshots = new SlideScreenshots(views, texts);
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1280, 720", "1366, 768", "1920, 1080", "1920, 1200", "2560, 1080", "3840, 2160"})
    void noSlideHasClippedOrOverlappingText(int width, int height) {
        List<String> problems = new ArrayList<>();
        for (Slide slide : library.loopSlides()) {
            problems.addAll(screenshots.layoutProblems(slide, width, height));
        }
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1280, 720", "1920, 1080", "3840, 2160"})
    void textStaysLargeEnoughToReadFromAcrossTheRoom(int width, int height) {
        for (Slide slide : library.loopSlides()) {
            // At least 2% of the screen height: 21.6 px on a 1080p screen.
            assertThat(screenshots.smallestTextPx(slide, width, height)).as(slide.id())
                    .isGreaterThanOrEqualTo(height * 0.02f);
        }
    }

    @Test
    void aSlideRendersToAnImageOfTheRequestedSize() {
        Slide slide = library.loopSlides().get(2);
        BufferedImage img = screenshots.render(slide, 2, library.loopSlides().size(), 1920, 1080);
        assertThat(img.getWidth()).isEqualTo(1920);
        assertThat(img.getHeight()).isEqualTo(1080);
        // Not a blank frame: text, drawing and background make many colours.
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 7) {
            for (int x = 0; x < img.getWidth(); x += 7) {
                colours.add(img.getRGB(x, y));
            }
        }
        assertThat(colours).hasSizeGreaterThan(50);
    }

    @Test
    void slideTextMatchesTheContentForScreenReaders() {
        Slide.TechniqueSlide slide = (Slide.TechniqueSlide) library.loopSlides().get(2);
        SlideView view = new SlideViews(library.illustrationsDir(), new IllustrationLoader(),
                new Texts(Locale.ENGLISH), "Clinic").create(slide);
        String text = view.textBlocks().get(0).text();
        assertThat(text).contains(slide.technique().title()).contains("Hold: 5 seconds").contains("Repeat: 10–15 times")
                .contains("1. " + slide.technique().steps().get(0));
        assertThat(view.textBlocks().get(0).getAccessibleContext().getAccessibleName()).isEqualTo(text);
    }
}
