package org.physiokiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.content.SlideLibrary;
import org.physiokiosk.settings.KioskSettings;
import org.physiokiosk.settings.SettingsLoader;
import org.physiokiosk.testing.TestMedia;

class ScreenshotModeTest {

    @TempDir
    Path out;

    @Test
    void writesOnePngPerSlideAtTheRequestedSizeWithoutADisplay() throws IOException {
        KioskSettings settings = SettingsLoader.load(TestMedia.SETTINGS).settings();
        SlideLibrary library = ContentLoader.load(settings.mediaDir());

        int exit = ScreenshotMode.run(settings, library, out.resolve("shots"), List.of(new int[] {1920, 1080}));

        assertThat(exit).isZero();
        List<Path> files;
        try (Stream<Path> s = Files.list(out.resolve("shots"))) {
            files = s.sorted().toList();
        }
        assertThat(files).hasSize(library.loopSlides().size());
        assertThat(files.get(0).getFileName()).hasToString("01-intro.png");
        assertThat(files.get(files.size() - 1).getFileName().toString()).endsWith("-closing.png");
        BufferedImage img = ImageIO.read(files.get(3).toFile());
        assertThat(img.getWidth()).isEqualTo(1920);
        assertThat(img.getHeight()).isEqualTo(1080);
    }
}
