package org.physiokiosk.ui.illustration;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.physiokiosk.illustration.Illustration;
import org.physiokiosk.illustration.IllustrationLoader;
import org.physiokiosk.testing.TestMedia;

/** Drawings kept as pictures of their size: drawn on the executor given, once per size, within a budget. */
class DrawingRastersTest {

    private static final IllustrationLoader LOADER = new IllustrationLoader();
    private final Illustration chinTuck = LOADER.load(TestMedia.MEDIA.resolve("illustrations/chin-tuck.svg"));
    private final Illustration stress = LOADER.load(TestMedia.MEDIA.resolve("illustrations/symptom-stress.svg"));

    /** Holds the jobs given to it until {@link #runAll()}: nothing is drawn on the thread that asks. */
    private static final class Held implements Executor {
        final List<Runnable> jobs = new ArrayList<>();
        int given;

        @Override
        public void execute(Runnable job) {
            given++;
            jobs.add(job);
        }

        void runAll() {
            List<Runnable> now = new ArrayList<>(jobs);
            jobs.clear();
            now.forEach(Runnable::run);
        }
    }

    @Test
    void aPictureIsDrawnOnTheExecutorNotOnTheThreadThatAsks() {
        Held executor = new Held();
        DrawingRasters rasters = new DrawingRasters(executor, 10_000_000);
        rasters.prepare(chinTuck, 300, 200, DrawingRasters.STILL);
        assertThat(rasters.get(chinTuck, 300, 200, DrawingRasters.STILL)).isEmpty();
        executor.runAll();
        BufferedImage picture = rasters.get(chinTuck, 300, 200, DrawingRasters.STILL).orElseThrow();
        // Exactly the drawing's pixels at that size (fitted, proportions kept), and something drawn in them.
        MotionPlayer.Target t = MotionPlayer.target(chinTuck, 300, 200);
        assertThat(picture.getWidth()).isEqualTo(t.width());
        assertThat(picture.getHeight()).isEqualTo(t.height());
        assertThat(opaquePixels(picture)).isGreaterThan(t.width() * t.height() / 50);
    }

    @Test
    void theSameSizeGetsTheSamePictureDrawnOnceAnotherSizeItsOwn() {
        Held executor = new Held();
        DrawingRasters rasters = new DrawingRasters(executor, 10_000_000);
        rasters.prepare(chinTuck, 300, 200, DrawingRasters.STILL);
        rasters.prepare(chinTuck, 300, 200, DrawingRasters.STILL); // on its way already: not drawn twice
        executor.runAll();
        rasters.prepare(chinTuck, 300, 200, DrawingRasters.STILL); // kept: not drawn again
        assertThat(executor.given).isEqualTo(1);
        BufferedImage first = rasters.get(chinTuck, 300, 200, DrawingRasters.STILL).orElseThrow();
        assertThat(rasters.get(chinTuck, 300, 200, DrawingRasters.STILL)).containsSame(first);

        assertThat(rasters.get(chinTuck, 360, 240, DrawingRasters.STILL)).isEmpty();
        assertThat(rasters.get(chinTuck, 300, 200, 0)).as("another moment of the movement").isEmpty();
        assertThat(rasters.get(stress, 300, 200, DrawingRasters.STILL)).as("another drawing").isEmpty();
        rasters.prepare(chinTuck, 360, 240, DrawingRasters.STILL);
        executor.runAll();
        BufferedImage larger = rasters.get(chinTuck, 360, 240, DrawingRasters.STILL).orElseThrow();
        assertThat(larger).isNotSameAs(first);
        assertThat(larger.getWidth()).isGreaterThan(first.getWidth());
        assertThat(rasters.get(chinTuck, 300, 200, DrawingRasters.STILL)).containsSame(first);
    }

    @Test
    void beyondTheBudgetTheLeastRecentlyUsedGoFirst() {
        Executor direct = Runnable::run;
        MotionPlayer.Target t = MotionPlayer.target(chinTuck, 300, 200);
        DrawingRasters rasters = new DrawingRasters(direct, 2L * t.width() * t.height());
        rasters.prepare(chinTuck, 300, 200, 0);
        rasters.prepare(chinTuck, 300, 200, 500);
        rasters.get(chinTuck, 300, 200, 0).orElseThrow(); // used: the one at 500 is now the oldest
        rasters.prepare(chinTuck, 300, 200, 1000);
        assertThat(rasters.size()).isEqualTo(2);
        assertThat(rasters.get(chinTuck, 300, 200, 0)).isPresent();
        assertThat(rasters.get(chinTuck, 300, 200, 500)).isEmpty();
        assertThat(rasters.get(chinTuck, 300, 200, 1000)).isPresent();
    }

    @Test
    void sizesAreRememberedBySlotAndClearDropsPicturesAndSizes() {
        DrawingRasters rasters = new DrawingRasters(Runnable::run, 10_000_000);
        assertThat(rasters.size("plan-card #0")).isEmpty();
        rasters.remember("plan-card #0", 0, 200); // not laid out yet: nothing to remember
        assertThat(rasters.size("plan-card #0")).isEmpty();
        rasters.remember("plan-card #0", 272, 202);
        rasters.remember("plan-card #1", 271, 202);
        assertThat(rasters.size("plan-card #0")).hasValueSatisfying(d -> assertThat(d.width).isEqualTo(272));
        assertThat(rasters.size("plan-card #1")).hasValueSatisfying(d -> assertThat(d.width).isEqualTo(271));
        rasters.prepare(chinTuck, 272, 202, DrawingRasters.STILL);
        assertThat(rasters.size()).isEqualTo(1);

        rasters.clear();
        assertThat(rasters.size()).isZero();
        assertThat(rasters.get(chinTuck, 272, 202, DrawingRasters.STILL)).isEmpty();
        assertThat(rasters.size("plan-card #0")).isEmpty();
    }

    private static int opaquePixels(BufferedImage img) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) >>> 24) > 128) {
                    n++;
                }
            }
        }
        return n;
    }
}
