package org.physiokiosk.ui.attract;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.content.Notice;
import org.physiokiosk.content.Slide;
import org.physiokiosk.content.SlideLibrary;
import org.physiokiosk.content.Translations;
import org.physiokiosk.illustration.IllustrationLoader;
import org.physiokiosk.qr.QrDecoding;
import org.physiokiosk.schedule.Schedule;
import org.physiokiosk.testing.TestMedia;
import org.physiokiosk.ui.Texts;
import org.physiokiosk.ui.slides.SlideViews;
import org.physiokiosk.ui.theme.KioskTheme;

/** Notice slides drawn: each style fits from 720p to 4K, in its own colours, and its QR code scans. */
class NoticeSlideTest {

    private static SlideLibrary library;

    @TempDir
    Path dir;

    @BeforeAll
    static void setUp() {
        KioskTheme.install();
        library = ContentLoader.load(TestMedia.MEDIA);
    }

    private static SlideScreenshots shots(Locale language) {
        Texts texts = new Texts(language);
        return new SlideScreenshots(new SlideViews(library.illustrationsDir(), new IllustrationLoader(), texts,
                "Riverside Physiotherapy"), texts);
    }

    private static Slide.NoticeSlide slide(String id) {
        return new Slide.NoticeSlide(library.notice(id).orElseThrow());
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1280, 720", "1920, 1080", "3840, 2160"})
    void everyStyleLaysOutWithoutClippingInEveryLanguage(int width, int height) {
        assertThat(library.notices()).extracting(Notice::style).containsExactlyInAnyOrder(Notice.Style.values());
        List<String> problems = new ArrayList<>();
        for (String lang : List.of("en", "es", "fr", "de", "uk")) {
            Locale locale = Locale.forLanguageTag(lang);
            SlideLibrary translated = Translations.apply(library, locale);
            SlideScreenshots shots = shots(locale);
            for (Slide.NoticeSlide s : translated.noticeSlides()) {
                problems.addAll(shots.layoutProblems(s, width, height));
                assertThat(shots.smallestTextPx(s, width, height)).as(lang + " " + s.id())
                        .isGreaterThanOrEqualTo(height * 0.02f);
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void aLongNoticeWithPictureAndCodeStillFitsAt720p() {
        Notice pilates = library.notice("fixture-pilates").orElseThrow();
        Notice wordy = new Notice("wordy", 1, "Our new evening classes for back pain start in January", List.of(
                "Small groups of six, led by one of our physiotherapists, every Tuesday and Thursday evening.",
                "Bring comfortable clothes and a bottle of water; mats are provided.",
                "Ask at the reception, or scan the code to see the dates and book a place."),
                pilates.picture(), pilates.link(), Notice.Style.IMPORTANT, true, Schedule.ALWAYS, pilates.source());
        assertThat(shots(Locale.ENGLISH).layoutProblems(new Slide.NoticeSlide(wordy), 1280, 720)).isEmpty();
        assertThat(shots(Locale.ENGLISH).words(new Slide.NoticeSlide(wordy), 1280, 720))
                .anySatisfy(w -> assertThat(w).contains("www.example-clinic.co.uk/pilates"));
    }

    /**
     * A notice without a picture (the important one) gives its words the picture's room: larger
     * type that reaches well into the right half, where a notice with a picture keeps its sizes.
     */
    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1280, 720", "1920, 1080"})
    void aNoticeWithoutAPictureLetsItsWordsUseTheRoom(int width, int height) {
        SlideScreenshots shots = shots(Locale.ENGLISH);
        Slide.NoticeSlide closed = slide("fixture-closed");
        assertThat(closed.notice().picture()).isEmpty();
        assertThat(closed.notice().style()).isEqualTo(Notice.Style.IMPORTANT);
        // Its smallest words (the clinic's name above the title, 30 px on a 1080-pixel slide) a quarter larger or more.
        assertThat(shots.smallestTextPx(closed, width, height)).isGreaterThan(30f * 1.25f * height / 1080f);
        BufferedImage img = shots.render(closed, 0, 1, width, height);
        int background = KioskTheme.color("Kiosk.noticeImportantBackground").getRGB() & 0xFFFFFF;
        int right = 0;
        for (int y = height / 10; y < height * 85 / 100; y++) {
            for (int x = width / 10; x < width; x++) {
                if ((img.getRGB(x, y) & 0xFFFFFF) != background) {
                    right = Math.max(right, x);
                }
            }
        }
        assertThat(right).as("the words reach across the slide").isGreaterThan(width * 70 / 100);
        assertThat(shots.layoutProblems(closed, width, height)).isEmpty();
        // With a picture, the words keep the sizes they were designed at (or smaller).
        assertThat(shots.smallestTextPx(slide("fixture-pilates"), width, height))
                .isLessThanOrEqualTo(40f * height / 1080f + 0.01f);
    }

    @Test
    void eachStyleIsDrawnInItsOwnColours() {
        SlideScreenshots shots = shots(Locale.ENGLISH);
        Set<Integer> backgrounds = new HashSet<>();
        for (String id : List.of("fixture-closed", "fixture-pilates", "fixture-welcome")) {
            Slide.NoticeSlide s = slide(id);
            String style = switch (s.notice().style()) {
                case INFORMATION -> "Information";
                case IMPORTANT -> "Important";
                case WELCOME -> "Welcome";
            };
            BufferedImage img = shots.render(s, 0, 1, 1920, 1080);
            // Near the top right corner: the slide's background.
            Color bg = KioskTheme.color("Kiosk.notice" + style + "Background");
            assertThat(img.getRGB(1900, 20) & 0xFFFFFF).as(id).isEqualTo(bg.getRGB() & 0xFFFFFF);
            backgrounds.add(img.getRGB(1900, 20));
            // The band at the left, in the style's accent colour (half-way down, inside the 5% margin).
            Color accent = KioskTheme.color("Kiosk.notice" + style + "Accent");
            assertThat(img.getRGB(1920 * 5 / 100 + 6, 500) & 0xFFFFFF).as(id).isEqualTo(accent.getRGB() & 0xFFFFFF);
        }
        assertThat(backgrounds).hasSize(3);
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1280, 720", "1920, 1080"})
    void theQrCodeOnANoticeScansBackToItsLinkFromTheSavedPng(int width, int height) throws IOException {
        Slide.NoticeSlide s = slide("fixture-pilates");
        BufferedImage img = shots(Locale.ENGLISH).render(s, 0, 1, width, height);
        Path png = dir.resolve("notice-" + width + ".png");
        ImageIO.write(img, "png", png.toFile());
        assertThat(QrDecoding.read(ImageIO.read(png.toFile()))).contains("https://www.example-clinic.co.uk/pilates");
        // A notice without a link draws no code.
        assertThat(QrDecoding.read(shots(Locale.ENGLISH).render(slide("fixture-closed"), 0, 1, width, height)))
                .isEmpty();
    }
}
