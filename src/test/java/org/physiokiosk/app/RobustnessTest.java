package org.physiokiosk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.imageio.ImageIO;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.content.SlideLibrary;
import org.physiokiosk.handout.HandoutRenderer;
import org.physiokiosk.illustration.Illustration;
import org.physiokiosk.illustration.IllustrationLoader;
import org.physiokiosk.pdf.PdfException;
import org.physiokiosk.plan.PlanBuilder;
import org.physiokiosk.printing.HandoutPrinter;
import org.physiokiosk.saving.RemovableDrives;
import org.physiokiosk.settings.LoadedSettings;
import org.physiokiosk.settings.SettingsLoader;
import org.physiokiosk.stats.EventType;
import org.physiokiosk.stats.UsageLog;
import org.physiokiosk.testing.TestMedia;
import org.physiokiosk.ui.theme.KioskTheme;

/**
 * Hostile and broken input, each case answered with a clear message while the kiosk keeps
 * working. The cases and answers are listed in docs/robustness.md.
 */
class RobustnessTest {

    @TempDir
    Path dir;

    private Path media;

    @BeforeEach
    void copy() throws IOException {
        media = TestMedia.copyInto(dir);
        KioskTheme.install();
    }

    @Test
    void malformedAndTruncatedContentFilesAreSkippedWithTheirLine() throws IOException {
        String full = Files.readString(media.resolve("techniques/chin-tuck.txt"));
        Files.writeString(media.resolve("techniques/chin-tuck.txt"), full.substring(0, full.indexOf("summary:")));
        Files.write(media.resolve("techniques/deep-breathing.txt"), new byte[] {(byte) 0xC3, 0x28, '\n'});
        Files.writeString(media.resolve("techniques/visualization.txt"), "id: visualization\n:::\n");
        SlideLibrary lib = ContentLoader.load(media);
        assertThat(lib.techniques()).hasSize(14);
        assertThat(lib.problems()).extracting(Object::toString).anySatisfy(p -> assertThat(p)
                .startsWith("techniques/chin-tuck.txt: \"summary:\" is missing"))
                .anySatisfy(p -> assertThat(p).contains("deep-breathing.txt").contains("not valid UTF-8"))
                .anySatisfy(p -> assertThat(p).startsWith("techniques/visualization.txt:2:"));
        assertThat(lib.loopSlides()).hasSizeGreaterThan(20);
    }

    @Test
    void imagePathsOutsideMediaAreRefused() throws IOException {
        Path file = media.resolve("techniques/chin-tuck.txt");
        String text = Files.readString(file);
        for (String bad : List.of("../../etc/passwd", "/etc/passwd.png", "C:\\\\Windows\\\\win.ini.png",
                "..\\\\..\\\\secret.svg")) {
            Files.writeString(file, text.replace("illustration: chin-tuck.svg", "illustration: " + bad));
            SlideLibrary lib = ContentLoader.load(media);
            assertThat(lib.technique("chin-tuck")).as(bad).isEmpty();
            assertThat(lib.problems()).as(bad).anySatisfy(p -> assertThat(p.message())
                    .matches(".*(plain file name|SVG, PNG or JPEG).*"));
        }
    }

    @Test
    void anSvgWithExternalEntitiesOrReferencesIsNotFollowed() throws IOException {
        // A canary text file and a canary picture: if either were read, its content would be drawn.
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "PATIENT-RECORDS PATIENT-RECORDS PATIENT-RECORDS");
        Path redPicture = dir.resolve("canary.png");
        BufferedImage red = new BufferedImage(20, 20, BufferedImage.TYPE_INT_RGB);
        var rg = red.createGraphics();
        rg.setColor(Color.RED);
        rg.fillRect(0, 0, 20, 20);
        rg.dispose();
        ImageIO.write(red, "png", redPicture.toFile());
        // And a server that records every request made to it.
        List<String> requests = new CopyOnWriteArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
            byte[] body = Files.readAllBytes(exchange.getRequestURI().getPath().endsWith(".png") ? redPicture : secret);
            exchange.sendResponseHeaders(200, body.length);
            try (var out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        try {
            String web = "http://127.0.0.1:" + server.getAddress().getPort();
            Path svg = dir.resolve("hostile.svg");
            Files.writeString(svg, "<?xml version=\"1.0\"?>\n<!DOCTYPE svg [\n"
                    + "<!ENTITY x SYSTEM \"" + secret.toUri() + "\">\n"
                    + "<!ENTITY y SYSTEM \"" + web + "/entity.txt\">\n"
                    + "<!ENTITY % p SYSTEM \"" + web + "/dtd.txt\">\n]>\n"
                    + "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
                    + "viewBox=\"0 0 100 100\"><title>&x;</title>"
                    + "<text x=\"0\" y=\"40\" font-size=\"30\" fill=\"#0000FF\">&x;&y;</text>"
                    + "<image href=\"" + redPicture.toUri() + "\" x=\"0\" y=\"50\" width=\"50\" height=\"50\"/>"
                    + "<image xlink:href=\"" + web + "/remote.png\" x=\"50\" y=\"50\" width=\"50\" height=\"50\"/>"
                    + "<use xlink:href=\"" + secret.toUri() + "#a\"/>"
                    + "<rect width=\"5\" height=\"5\" fill=\"#00FF00\"/></svg>");
            long start = System.nanoTime();
            Illustration i = new IllustrationLoader().load(svg);
            BufferedImage canvas = new BufferedImage(200, 200, BufferedImage.TYPE_INT_ARGB);
            var g = canvas.createGraphics();
            i.paint(g, new java.awt.geom.Rectangle2D.Double(0, 0, 200, 200));
            g.dispose();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));

            SoftAssertions.assertSoftly(soft -> {
                soft.assertThat(requests).as("requests the drawing made").isEmpty();
                soft.assertThat(count(canvas, 0xFFFF0000)).as("pixels of the canary picture").isZero();
                soft.assertThat(count(canvas, 0xFF0000FF)).as("pixels of the canary text").isZero();
                if (i instanceof Illustration.Svg) {
                    soft.assertThat(count(canvas, 0xFF00FF00)).as("the drawing itself is still drawn").isPositive();
                }
            });
        } finally {
            server.stop(0);
        }
    }

    private static long count(BufferedImage image, int argb) {
        long n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                n += image.getRGB(x, y) == argb ? 1 : 0;
            }
        }
        return n;
    }

    @Test
    void aFiftyMegapixelPictureIsScaledWithoutRunningOutOfMemory() throws IOException {
        Path big = dir.resolve("huge.png");
        // 10,000 x 5,000 pixels; one bit each keeps the test's own memory small.
        ImageIO.write(new BufferedImage(10_000, 5_000, BufferedImage.TYPE_BYTE_BINARY), "png", big.toFile());
        Illustration i = new IllustrationLoader().load(big);
        assertThat(i).isInstanceOf(Illustration.Raster.class);
        BufferedImage image = ((Illustration.Raster) i).image();
        assertThat(Math.max(image.getWidth(), image.getHeight())).isLessThanOrEqualTo(2400);
    }

    @Test
    void zeroByteAndCorruptJpegsBecomePlaceholders() throws IOException {
        Files.write(dir.resolve("empty.jpg"), new byte[0]);
        Files.write(dir.resolve("corrupt.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16,
            'J', 'F', 'I', 'F', 0, 1});
        IllustrationLoader loader = new IllustrationLoader();
        assertThat(loader.load(dir.resolve("empty.jpg"))).isInstanceOf(Illustration.Placeholder.class);
        assertThat(loader.load(dir.resolve("corrupt.jpg"))).isInstanceOf(Illustration.Placeholder.class);
    }

    @Test
    void aMissingFontIsAClearErrorAndThePatientIsOfferedSomethingElse() throws IOException {
        Files.delete(media.resolve("fonts/NotoSans-Bold.ttf"));
        SlideLibrary lib = ContentLoader.load(media);
        var settings = SettingsLoader.load(TestMedia.SETTINGS).settings();
        HandoutRenderer renderer = new HandoutRenderer(settings.clinic(), settings.paperSize(), Locale.ENGLISH, media,
                new IllustrationLoader(), Clock.systemDefaultZone());
        assertThatThrownBy(() -> renderer.render(new PlanBuilder(lib, 6).build(List.of())))
                .isInstanceOf(PdfException.class).hasMessageContaining("NotoSans-Bold.ttf is missing");
    }

    @Test
    void aSettingsFileWithEveryValueWrongStartsOnDefaultsAndNamesEachKey() throws IOException {
        Path file = dir.resolve("kiosk.properties");
        Files.writeString(file, String.join("\n", "slide.interval.seconds = fast", "slide.transition.millis = -3",
                "idle.timeout.seconds = 0", "clinic.logo = nowhere.png", "handout.paper = A3",
                "handout.max.techniques = 99", "language = tlh", "media.dir = " + file, "kiosk.fullscreen = maybe",
                "kiosk.id = ../../x", "stats.retention.days = -1", "staff.pin = 1234", "staff.hold.seconds = 0",
                "languages = en, xx", "kiosk.highContrast = 2", "loop.alternate.languages = ?",
                "kiosk.hideCursor = sometimes", "no.such.key = 1"));
        LoadedSettings loaded = SettingsLoader.load(file);
        assertThat(loaded.problems()).hasSize(18);
        assertThat(loaded.problems()).allSatisfy(p -> assertThat(p.toString()).matches("kiosk\\.properties:\\d+: .*")
                .contains(p.key()));
        assertThat(loaded.settings().slideInterval()).isEqualTo(Duration.ofSeconds(10));
        assertThat(loaded.settings().staff().hasPin()).isFalse();
    }

    @Test
    void aStatsFolderThatIsAFileKeepsEventsWaitingAndSaysSo() throws IOException {
        Path stats = dir.resolve("stats");
        Files.writeString(stats, "not a folder");
        try (UsageLog log = UsageLog.open(stats, "k", Clock.systemDefaultZone(), 0)) {
            log.record(EventType.KIOSK_STARTED, "", "", "", Locale.ENGLISH);
            assertThat(log.health().ok()).isFalse();
            assertThat(log.health().problem()).contains(stats.toString());
        }
    }

    @Test
    void anUnwritableExportsFolderGivesAClearMessage() throws Exception {
        Path exports = dir.resolve("exports");
        Files.writeString(exports, "a file where the folder should be");
        JourneyServices services = new JourneyServices(null, new HandoutPrinter("", name -> false),
                new RemovableDrives(List.of(), p -> false), exports, Clock.systemDefaultZone());
        assertThatThrownBy(() -> services.saveToExports(new byte[] {1})).isInstanceOf(IOException.class)
                .hasMessageContaining(exports.toString());
    }
}
