package org.physiokiosk.illustration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The movement read from an SVG, and the check a drawing from a USB stick must pass. */
class SvgMotionTest {

    @TempDir
    Path dir;

    private static final String HEAD = "<svg xmlns=\"http://www.w3.org/2000/svg\" "
            + "xmlns:xlink=\"http://www.w3.org/1999/xlink\" viewBox=\"0 0 480 360\">";
    private static final String TURN = "<g><animateTransform attributeName=\"transform\" type=\"rotate\" "
            + "values=\"0 240 180;40 240 180;0 240 180\" dur=\"4s\" repeatCount=\"indefinite\"/>"
            + "<rect x=\"200\" y=\"100\" width=\"80\" height=\"160\" fill=\"#2E7D6B\"/></g>";

    private Path svg(String body) throws IOException {
        Path file = dir.resolve("drawing" + body.hashCode() + ".svg");
        Files.writeString(file, HEAD + body + "</svg>");
        return file;
    }

    @Test
    void readsTheLoopAndTheKeyPosesMarkedOnTheRoot() throws IOException {
        Path file = dir.resolve("marked.svg");
        Files.writeString(file, HEAD.replace("viewBox", "data-key-poses=\"0s 1.5s 2500ms\" viewBox") + TURN + "</svg>");
        SvgMotion motion = SvgMotion.read(file);
        assertThat(motion.moves()).isTrue();
        assertThat(motion.loopMillis()).isEqualTo(4_000);
        assertThat(motion.keyPoses()).containsExactly(0L, 1_500L, 2_500L);
        assertThat(motion.stillPose()).isEqualTo(1_500L);
    }

    @Test
    void withoutMarksTheKeyPosesAreTheStartAndTheMiddle() throws IOException {
        SvgMotion motion = SvgMotion.read(svg(TURN.replace("dur=\"4s\"", "begin=\"1s\" dur=\"0:00:05\"")));
        assertThat(motion.loopMillis()).isEqualTo(6_000);
        assertThat(motion.keyPoses()).containsExactly(0L, 3_000L);
        assertThat(SvgMotion.read(svg("<circle r=\"4\"/>"))).isEqualTo(SvgMotion.STILL);
    }

    @Test
    void aGentleTransformLoopIsAccepted() throws IOException {
        assertThat(SvgMotion.problem(svg(TURN))).isEmpty();
        assertThat(SvgMotion.problem(svg("<circle r=\"9\" fill=\"#E4714F\"><animate attributeName=\"opacity\" "
                + "values=\"1;0.3;1\" dur=\"2s\" repeatCount=\"indefinite\"/><animate attributeName=\"fill\" "
                + "values=\"#E4714F;#2E7D6B\" dur=\"2000ms\" repeatCount=\"indefinite\"/></circle>"))).isEmpty();
    }

    @Test
    void aScriptIsRefused() throws IOException {
        assertThat(SvgMotion.problem(svg(TURN + "<script>alert(1)</script>"))).hasValueSatisfying(
                why -> assertThat(why).contains("script"));
        assertThat(SvgMotion.problem(svg("<rect width=\"9\" height=\"9\" onclick=\"alert(1)\"/>")))
                .hasValueSatisfying(why -> assertThat(why).contains("run code"));
    }

    @Test
    void anExternalReferenceIsRefused() throws IOException {
        assertThat(SvgMotion.problem(svg("<image xlink:href=\"http://example.org/x.png\" width=\"9\" height=\"9\"/>")))
                .hasValueSatisfying(why -> assertThat(why).contains("another file or web address")
                        .contains("http://example.org/x.png"));
        assertThat(SvgMotion.problem(svg("<use href=\"file:///etc/passwd#x\"/>"))).isPresent();
        assertThat(SvgMotion.problem(svg("<rect width=\"9\" height=\"9\" fill=\"url(https://e.org/p.svg#g)\"/>")))
                .isPresent();
        assertThat(SvgMotion.problem(svg("<style>@import url(http://e.org/a.css);</style>"))).isPresent();
        // A reference inside the drawing is fine.
        assertThat(SvgMotion.problem(svg("<defs><circle id=\"c\" r=\"4\"/></defs><use href=\"#c\"/>"))).isEmpty();
    }

    @Test
    void animatingAShapeOrASizeIsRefused() throws IOException {
        assertThat(SvgMotion.problem(svg("<path d=\"M0 0 L9 9\"><animate attributeName=\"d\" values=\"M0 0 L9 9;M0 0 L19 9\" "
                + "dur=\"2s\" repeatCount=\"indefinite\"/></path>"))).hasValueSatisfying(
                        why -> assertThat(why).contains("'d'").contains("only transforms, opacity and colours"));
        assertThat(SvgMotion.problem(svg("<rect width=\"9\" height=\"9\"><animate attributeName=\"width\" from=\"9\" "
                + "to=\"90\" dur=\"2s\"/></rect>"))).hasValueSatisfying(why -> assertThat(why).contains("'width'"));
        assertThat(SvgMotion.problem(svg("<circle r=\"4\"><animateMotion path=\"M0 0 L90 0\" dur=\"3s\"/></circle>")))
                .isPresent();
    }

    @Test
    void aLoopOutsideOneToTwentySecondsIsRefused() throws IOException {
        assertThat(SvgMotion.problem(svg(TURN.replace("4s", "30s")))).hasValueSatisfying(
                why -> assertThat(why).contains("lasts 30 seconds").contains("between 1 seconds and 20 seconds"));
        assertThat(SvgMotion.problem(svg(TURN.replace("4s", "200ms")))).isPresent();
        assertThat(SvgMotion.problem(svg(TURN.replace("dur=\"4s\"", "begin=\"18s\" dur=\"4s\"")))).isPresent();
        assertThat(SvgMotion.problem(svg(TURN.replace("dur=\"4s\"", "")))).hasValueSatisfying(
                why -> assertThat(why).contains("no duration"));
        assertThat(SvgMotion.problem(svg(TURN.replace("dur=\"4s\"", "begin=\"click\" dur=\"4s\"")))).isPresent();
    }

    @Test
    void keyPosesOutsideTheLoopAreRefused() throws IOException {
        Path file = dir.resolve("late.svg");
        Files.writeString(file, HEAD.replace("viewBox", "data-key-poses=\"0s 9s\" viewBox") + TURN + "</svg>");
        assertThat(SvgMotion.problem(file)).hasValueSatisfying(why -> assertThat(why).contains("9s"));
        assertThatThrownBy(() -> SvgMotion.read(file)).isInstanceOf(IOException.class);
    }

    @ParameterizedTest
    @MethodSource("org.physiokiosk.illustration.MovingIllustrationTest#moving")
    void theKiosksOwnDrawingsPassTheImportCheck(String name) {
        assertThat(SvgMotion.problem(MovingIllustrationTest.fixture(name))).as(name).isEmpty();
    }

    @Test
    void staffImportRefusesAnUnsafeDrawingWithItsReasonAndCopiesAGoodOne() throws IOException {
        Path bad = svg(TURN.replace("4s", "30s"));
        assertThatThrownBy(() -> ImageImport.copy(bad, dir.resolve("bad-copy.svg")))
                .isInstanceOf(IOException.class).hasMessageContaining("lasts 30 seconds");
        assertThat(dir.resolve("bad-copy.svg")).doesNotExist();
        Path good = MovingIllustrationTest.fixture("chin-tuck");
        ImageImport.copy(good, dir.resolve("chin-tuck.svg"));
        assertThat(dir.resolve("chin-tuck.svg")).hasSameBinaryContentAs(good);
        Illustration copied = new IllustrationLoader().load(dir.resolve("chin-tuck.svg"));
        assertThat(copied.moves()).isTrue();
        BufferedImage canvas = new BufferedImage(48, 36, BufferedImage.TYPE_INT_ARGB);
        var g = canvas.createGraphics();
        copied.paint(g, new Rectangle2D.Double(0, 0, 48, 36), 1234);
        g.dispose();
    }
}
