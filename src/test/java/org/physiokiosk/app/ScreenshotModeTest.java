package org.physiokiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.content.Slide;
import org.physiokiosk.settings.KioskSettings;
import org.physiokiosk.settings.SettingsLoader;
import org.physiokiosk.testing.TestMedia;

class ScreenshotModeTest {

    @TempDir
    Path out;

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    private static KioskSettings settings() {
        return SettingsLoader.load(TestMedia.SETTINGS).settings();
    }

    private int run(KioskSettings settings, String... args) throws Exception {
        return ScreenshotMode.run(CommandLine.parse(args), settings, new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8));
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    /** Everything the screen showing technique {@code id} says, at 1920x1080, in one string. */
    private static String wordsOf(ScreenshotMode.Loop loop, String id) {
        return String.join("\n", loop.shots().words(slide(loop, id), 1920, 1080));
    }

    private static Slide slide(ScreenshotMode.Loop loop, String id) {
        return loop.slides().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void writesOnePngPerSlideAtTheRequestedSizeWithoutADisplay() throws Exception {
        int exit = run(settings(), "--screenshot", out.resolve("shots").toString(), "--size", "1920x1080");

        assertThat(exit).isZero();
        List<Path> files = files(out.resolve("shots"));
        assertThat(files).hasSize(ScreenshotMode.loop(null, settings()).slides().size());
        assertThat(files.get(0).getFileName()).hasToString("01-intro.png");
        assertThat(files.get(files.size() - 1).getFileName().toString()).endsWith("-closing.png");
        BufferedImage img = ImageIO.read(files.get(3).toFile());
        assertThat(img.getWidth()).isEqualTo(1920);
        assertThat(img.getHeight()).isEqualTo(1080);
    }

    @Test
    void langEsShowsTheSpanishContentAndScreenWordsOnEverySlide() throws Exception {
        ScreenshotMode.Loop es = ScreenshotMode.loop("es", settings());

        assertThat(es.language()).isEqualTo("es");
        assertThat(wordsOf(es, "technique-chin-tuck"))
                .contains("Retracción de barbilla", "Ejercicios de estiramiento", "Mantén: 5 segundos",
                        "Siéntate o ponte de pie", "Muévete despacio", "Toca la pantalla para empezar")
                .doesNotContain("Chin tuck", "Hold:", "Stretching exercises", "Touch the screen");
        assertThat(wordsOf(es, "intro")).contains("¿Dolor en la parte alta de la espalda?");
        assertThat(wordsOf(es, "closing")).contains("Si tus síntomas persisten o empeoran, deja de hacerlo y consulta a un médico.");
        assertThat(wordsOf(es, "category-stretching")).contains("Ejercicios de estiramiento", "Retracción de barbilla");
    }

    @Test
    void thePngsWrittenForLangEsAreTheSpanishSlides() throws Exception {
        assertThat(run(settings(), "--screenshot", out.resolve("es").toString(), "--lang", "es")).isZero();
        assertThat(run(settings(), "--screenshot", out.resolve("en").toString())).isZero();
        assertThat(stdout.toString(StandardCharsets.UTF_8)).contains("(es) to " + out.resolve("es").toAbsolutePath())
                .contains("(en) to " + out.resolve("en").toAbsolutePath());

        ScreenshotMode.Loop es = ScreenshotMode.loop("es", settings());
        int index = es.slides().indexOf(slide(es, "technique-chin-tuck"));
        Path file = out.resolve("es").resolve(String.format("%02d-technique-chin-tuck.png", index + 1));
        // The file is the slide whose words the test above reads, and not the English one.
        BufferedImage written = ImageIO.read(file.toFile());
        assertThat(samePixels(written, es.shots().render(es.slides().get(index), index, es.slides().size(), 1920, 1080)))
                .isTrue();
        assertThat(samePixels(written, ImageIO.read(out.resolve("en").resolve(file.getFileName()).toFile()))).isFalse();
    }

    @Test
    void langUkShowsTheUkrainianContent() throws Exception {
        assertThat(wordsOf(ScreenshotMode.loop("UK", settings()), "technique-chin-tuck"))
                .contains("Притягування підборіддя", "Утримувати:", "Торкніться екрана, щоб почати")
                .doesNotContain("Chin tuck");
    }

    @Test
    void withoutLangTheLoopSpeaksTheStartLanguageAsTheKioskDoes() throws Exception {
        assertThat(wordsOf(ScreenshotMode.loop(null, settings()), "technique-chin-tuck"))
                .contains("Chin tuck", "Hold:", "Touch the screen");
        KioskSettings spanishKiosk = settings().withLanguage(Locale.forLanguageTag("es"));
        assertThat(wordsOf(ScreenshotMode.loop(null, spanishKiosk), "technique-chin-tuck"))
                .contains("Retracción de barbilla", "Mantén:").doesNotContain("Chin tuck");
    }

    @Test
    void aTextTheTranslationLacksIsShownInEnglish() throws Exception {
        Path media = TestMedia.copyInto(out.resolve("copy"));
        Path es = media.resolve("techniques/chin-tuck.es.txt");
        Files.writeString(es, Files.readString(es).replaceAll("(?m)^summary:.*\n", ""));
        Path config = out.resolve("copy/kiosk.properties");
        Files.writeString(config, "media.dir = media\n");

        String words = wordsOf(ScreenshotMode.loop("es", SettingsLoader.load(config).settings()), "technique-chin-tuck");

        assertThat(words).contains("Retracción de barbilla",
                "Slowly tuck your chin down towards your chest, with your shoulders relaxed.");
    }

    @Test
    void anUnknownLanguageIsAUsageErrorNamingTheLanguagesOffered() throws Exception {
        Path dir = out.resolve("pt");

        assertThat(run(settings(), "--screenshot", dir.toString(), "--lang", "pt")).isEqualTo(2);

        String errors = stderr.toString(StandardCharsets.UTF_8);
        assertThat(errors).isEqualTo("physio-kiosk: --lang \"pt\": expected one of de, en, es, fr, uk"
                + System.lineSeparator());
        assertThat(dir).doesNotExist();
    }

    private static boolean samePixels(BufferedImage a, BufferedImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return false;
        }
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if ((a.getRGB(x, y) & 0xFFFFFF) != (b.getRGB(x, y) & 0xFFFFFF)) {
                    return false;
                }
            }
        }
        return true;
    }
}
