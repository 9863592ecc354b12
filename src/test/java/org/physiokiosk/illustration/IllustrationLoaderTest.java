package org.physiokiosk.illustration;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.ui.theme.KioskTheme;
import org.physiokiosk.testing.TestMedia;

class IllustrationLoaderTest {

    @TempDir
    Path dir;

    private final IllustrationLoader loader = new IllustrationLoader();

    @BeforeAll
    static void theme() {
        KioskTheme.install();
    }

    @Test
    void everyShippedDrawingLoadsAsVectors() throws IOException {
        try (Stream<Path> files = Files.list(TestMedia.MEDIA.resolve("illustrations"))) {
            for (Path svg : files.filter(p -> p.toString().endsWith(".svg")).toList()) {
                assertThat(loader.load(svg)).as(svg.toString()).isInstanceOf(Illustration.Svg.class);
            }
        }
    }

    @Test
    void aDrawingTooLargeToBeRealIsNotParsed() throws IOException {
        Path svg = dir.resolve("huge.svg");
        // 6 MB of nested groups: valid XML that would cost seconds and far more memory to parse.
        Files.writeString(svg, "<svg xmlns=\"http://www.w3.org/2000/svg\">" + "<g>".repeat(2_000_000));
        assertThat(loader.load(svg)).isEqualTo(new Illustration.Placeholder("file is larger than 5 MB"));
    }

    @Test
    void missingEmptyAndBrokenFilesBecomePlaceholders() throws IOException {
        Files.write(dir.resolve("empty.png"), new byte[0]);
        Files.writeString(dir.resolve("broken.svg"), "<svg><g></svg");
        Files.write(dir.resolve("corrupt.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1, 2, 3});
        Files.writeString(dir.resolve("text.png"), "not an image");
        for (String name : new String[] {"absent.svg", "empty.png", "broken.svg", "corrupt.jpg", "text.png"}) {
            Illustration i = loader.load(dir.resolve(name));
            assertThat(i).as(name).isInstanceOf(Illustration.Placeholder.class);
            paintsWithoutError(i);
        }
    }

    @Test
    void aHugePhotoIsScaledDownWhileReading() throws IOException {
        Path big = dir.resolve("big.png");
        ImageIO.write(new BufferedImage(6000, 3000, BufferedImage.TYPE_INT_RGB), "png", big.toFile());
        Illustration i = loader.load(big);
        assertThat(i).isInstanceOf(Illustration.Raster.class);
        BufferedImage img = ((Illustration.Raster) i).image();
        assertThat(Math.max(img.getWidth(), img.getHeight())).isLessThanOrEqualTo(IllustrationLoader.MAX_RASTER_SIDE);
        assertThat(i.aspectRatio()).isCloseTo(2.0, org.assertj.core.data.Offset.offset(0.01));
        paintsWithoutError(i);
    }

    @Test
    void theSameFileIsLoadedOnce() {
        Path p = TestMedia.MEDIA.resolve("illustrations/chin-tuck.svg");
        assertThat(loader.load(p)).isSameAs(loader.load(p));
    }

    private static void paintsWithoutError(Illustration i) {
        BufferedImage canvas = new BufferedImage(200, 150, BufferedImage.TYPE_INT_ARGB);
        var g = canvas.createGraphics();
        i.paint(g, new java.awt.geom.Rectangle2D.Double(0, 0, 200, 150));
        g.dispose();
    }
}
