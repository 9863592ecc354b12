package org.physiokiosk.illustration;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.physiokiosk.testing.TestMedia;

/** The moving drawings (issue 16): each moves, loops without a jump, and paints the same at the same time. */
class MovingIllustrationTest {

    /** The techniques whose fixture drawings move (as the shipped ones do). */
    static final List<String> MOVING = List.of("shoulder-blade-squeeze", "chin-tuck", "seated-spinal-twist",
            "self-massage", "foam-rolling", "deep-breathing", "breathing-meditation", "posture-sitting",
            "posture-standing", "posture-sleeping");

    private static final int W = 480;
    private static final int H = 360;

    private final IllustrationLoader loader = new IllustrationLoader();

    static List<String> moving() {
        return MOVING;
    }

    private Illustration load(String name) {
        return loader.load(TestMedia.MEDIA.resolve("illustrations").resolve(name + ".svg"));
    }

    @ParameterizedTest
    @MethodSource("moving")
    void movesInALoopOfOneToTwentySecondsWithKeyPosesInside(String name) {
        Illustration drawing = load(name);
        assertThat(drawing).isInstanceOf(Illustration.Svg.class);
        assertThat(drawing.moves()).as(name + " moves").isTrue();
        assertThat(drawing.loopMillis()).as(name + " loop").isBetween(1_000L, 20_000L);
        assertThat(drawing.keyPoses()).as(name + " key poses").hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(t -> assertThat(t).isBetween(0L, drawing.loopMillis()));
    }

    @ParameterizedTest
    @MethodSource("moving")
    void theFigureMovesBetweenItsStartAndEndPositions(String name) {
        Illustration drawing = load(name);
        BufferedImage start = render(drawing, drawing.keyPoses().get(0));
        BufferedImage end = render(drawing, drawing.keyPoses().get(1));
        assertThat(differingPixels(start, end)).as(name + ": pixels that change from start to end")
                .isGreaterThan(300);
    }

    @ParameterizedTest
    @MethodSource("moving")
    void eightFramesAcrossTheLoopShowTheFigureMoving(String name) {
        Illustration drawing = load(name);
        int moved = 0;
        BufferedImage before = render(drawing, 0);
        for (int i = 1; i <= 8; i++) {
            BufferedImage frame = render(drawing, drawing.loopMillis() * i / 8);
            if (differingPixels(before, frame) > 100) {
                moved++;
            }
            before = frame;
        }
        // A loop with holds keeps still for a while, but most of the strip shows movement.
        assertThat(moved).as(name + ": steps of the 8-frame strip with movement").isGreaterThanOrEqualTo(4);
    }

    @ParameterizedTest
    @MethodSource("moving")
    void theSameTimePaintsTheSamePixelsAndTheLoopHasNoJump(String name) {
        Illustration drawing = load(name);
        long t = drawing.loopMillis() / 3;
        assertThat(differingPixels(render(drawing, t), render(drawing, t))).isZero();
        // From the last frame at 60 fps to the first, the figure moves no more than from one frame to
        // the next anywhere else in the loop: the loop starts again without a jump.
        int step = 0;
        for (int i = 0; i < 8; i++) {
            long at = drawing.loopMillis() * i / 8 + 100;
            step = Math.max(step, differingPixels(render(drawing, at), render(drawing, at + 16)));
        }
        BufferedImage first = render(drawing, 0);
        BufferedImage last = render(drawing, drawing.loopMillis() - 16);
        assertThat(differingPixels(first, last)).as(name + ": first and last frames").isLessThanOrEqualTo(step + 20);
        assertThat(differingPixels(first, render(drawing, drawing.loopMillis()))).isZero();
    }

    @Test
    void theStillPictureOfAMovingDrawingIsItsEndPosition() {
        Illustration drawing = load("chin-tuck");
        BufferedImage still = new BufferedImage(W, H, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = still.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, W, H);
        drawing.paint(g, new Rectangle2D.Double(0, 0, W, H));
        g.dispose();
        assertThat(differingPixels(still, render(drawing, drawing.keyPoses().get(1)))).isZero();
        assertThat(differingPixels(still, render(drawing, drawing.keyPoses().get(0)))).isGreaterThan(300);
    }

    @Test
    void aStillDrawingPaintsTheSameAtEveryTime() {
        Illustration drawing = load("heat-therapy");
        assertThat(drawing.moves()).isFalse();
        assertThat(drawing.loopMillis()).isZero();
        assertThat(drawing.keyPoses()).containsExactly(0L);
        BufferedImage at0 = render(drawing, 0);
        assertThat(differingPixels(at0, new BufferedImage(W, H, BufferedImage.TYPE_INT_ARGB))).isGreaterThan(1000);
        for (long t : new long[] {1, 2_500, 5_000, 17_000, 123_456}) {
            assertThat(differingPixels(at0, render(drawing, t))).as("t=" + t).isZero();
        }
    }

    static BufferedImage render(Illustration drawing, long millis) {
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, W, H);
            drawing.paint(g, new Rectangle2D.Double(0, 0, W, H), millis);
        } finally {
            g.dispose();
        }
        return img;
    }

    /** Pixels whose colour differs clearly (anti-aliasing noise ignored). */
    static int differingPixels(BufferedImage a, BufferedImage b) {
        int n = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                int d = Math.abs((p >> 16 & 0xFF) - (q >> 16 & 0xFF)) + Math.abs((p >> 8 & 0xFF) - (q >> 8 & 0xFF))
                        + Math.abs((p & 0xFF) - (q & 0xFF)) + Math.abs((p >>> 24) - (q >>> 24));
                if (d > 24) {
                    n++;
                }
            }
        }
        return n;
    }

    static Path fixture(String name) {
        return TestMedia.MEDIA.resolve("illustrations").resolve(name + ".svg");
    }
}
