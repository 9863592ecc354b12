package org.physiokiosk.ui.slides;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.physiokiosk.qr.QrCode;
import org.physiokiosk.qr.QrDecoding;
import org.physiokiosk.qr.WebLink;

/** The on-screen code, painted at the sizes a notice gives it, saved as PNG and read back as a phone would. */
class QrCodeViewTest {

    static final WebLink LINK = WebLink.parse("https://riverside-physio.example.org/pilates?from=kiosk");

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"120,120", "200,160", "333,333", "640,480"})
    void theCodePaintedOnScreenReadsBackFromItsPng(int width, int height) throws Exception {
        QrCodeView view = new QrCodeView(LINK);
        view.setSize(width, height);
        BufferedImage shot = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = shot.createGraphics();
        g.setColor(new java.awt.Color(0x1F5C4F)); // a dark slide behind it: the code brings its own white
        g.fillRect(0, 0, width, height);
        view.paint(g);
        g.dispose();
        Path png = Files.createTempFile("qr-view", ".png");
        ImageIO.write(shot, "png", png.toFile());
        assertThat(QrDecoding.read(ImageIO.read(png.toFile()))).contains(LINK.toString());
        assertThat(view.getAccessibleContext().getAccessibleName())
                .isEqualTo("riverside-physio.example.org/pilates?from=kiosk");
    }

    @ParameterizedTest(name = "side {0}")
    @CsvSource({"0,1", "40,1", "123,3", "368,8", "369,9"})
    void modulesAreWholePixelsSoTheCodeIsCrisp(int side, int expected) {
        QrCode code = QrCode.of(LINK); // version 4 at level M: 33 modules + 8 of quiet zone = 41
        assertThat(code.size() + 2 * QrCode.QUIET_ZONE).isEqualTo(41);
        assertThat(QrCodeView.modulePixels(code, side)).isEqualTo(expected);
    }
}
