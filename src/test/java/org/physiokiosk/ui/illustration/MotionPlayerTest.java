package org.physiokiosk.ui.illustration;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.swing.JComponent;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.physiokiosk.illustration.Illustration;
import org.physiokiosk.illustration.IllustrationLoader;
import org.physiokiosk.settings.Motion;
import org.physiokiosk.testing.TestMedia;

/**
 * The player without a window: what it paints as its (fake) clock runs, on which thread frames are
 * drawn, and that motion off never starts a timer. Frames are drawn on a real frame thread.
 */
class MotionPlayerTest {

    private static final int W = 480;
    private static final int H = 360;

    /** Counts what players ask of it; names its thread as the kiosk names its frame thread. */
    private static final class CountingScheduler extends ScheduledThreadPoolExecutor {
        final AtomicInteger scheduled = new AtomicInteger();

        CountingScheduler() {
            super(1, r -> {
                Thread t = new Thread(r, "test-frames");
                t.setDaemon(true);
                return t;
            });
        }

        @Override
        public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
            scheduled.incrementAndGet();
            return super.schedule(command, delay, unit);
        }

        @Override
        public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
            scheduled.incrementAndGet();
            return super.schedule(callable, delay, unit);
        }

        @Override
        public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
            scheduled.incrementAndGet();
            return super.scheduleAtFixedRate(command, initialDelay, period, unit);
        }

        @Override
        public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay,
                                                         TimeUnit unit) {
            scheduled.incrementAndGet();
            return super.scheduleWithFixedDelay(command, initialDelay, delay, unit);
        }
    }

    private final CountingScheduler frames = new CountingScheduler();
    private final AtomicLong clock = new AtomicLong(1_000_000);
    private final Illustration chinTuck = new IllustrationLoader()
            .load(TestMedia.MEDIA.resolve("illustrations/chin-tuck.svg"));

    @AfterEach
    void stopFrames() {
        frames.shutdownNow();
    }

    private MotionPlayer player(Motion motion) throws Exception {
        JComponent host = new JComponent() {
            private static final long serialVersionUID = 1L;
        };
        host.setSize(W, H);
        return onEdt(() -> new MotionPlayer(host, chinTuck, new MotionPlayback(motion, frames, clock::get),
                (w, h) -> new Rectangle2D.Double(0, 0, w, h)));
    }

    /** What the host shows, painted on the event thread as Swing would. */
    private static BufferedImage paint(MotionPlayer player) throws Exception {
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_ARGB);
        onEdt(() -> {
            Graphics2D g = img.createGraphics();
            try {
                player.paint(g);
            } finally {
                g.dispose();
            }
            return null;
        });
        return img;
    }

    /** Moves the clock to {@code elapsed} after the start and paints once the frame of that moment is drawn. */
    private BufferedImage frameAt(MotionPlayer player, long start, long elapsed) throws Exception {
        clock.set(start + elapsed);
        long want = player.presenter().timeAt(elapsed).orElseThrow();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            BufferedImage img = paint(player);
            if (player.timeShown().isPresent() && player.timeShown().getAsLong() == want) {
                return img;
            }
            Thread.sleep(5);
        }
        throw new AssertionError("no frame of moment " + want + " ms drawn within 10 s; shown: " + player.timeShown());
    }

    @Test
    void onMovesFromTheStartOnTheFrameThreadAndTheLoopEndsWhereItBegan() throws Exception {
        MotionPlayer player = player(Motion.ON);
        long start = clock.get();
        onEdt(() -> {
            player.start();
            return null;
        });
        assertThat(player.isPlaying()).isTrue();
        BufferedImage first = frameAt(player, start, 0);
        assertThat(player.drawnOn()).as("frames are drawn on the frame thread").isEqualTo("test-frames");
        assertThat(opaquePixels(first)).as("the first frame shows the drawing").isGreaterThan(W * H / 50);
        BufferedImage middle = frameAt(player, start, 7_500); // the end position (chin tucked)
        BufferedImage beforeEnd = frameAt(player, start, 9_999); // the last frame of the 10 s loop (9 999 ms)
        BufferedImage again = frameAt(player, start, 330_000); // a frame slot that falls on the loop's start
        assertThat(differingShare(first, middle)).as("the figure moves").isGreaterThan(0.005);
        assertThat(differingShare(first, beforeEnd)).as("the loop's last frame is its first: no jump").isLessThan(0.002);
        assertThat(differingShare(first, again)).isZero();
        assertThat(player.framesDrawn()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void aSlowFirstPaintStillShowsTheStartAndTheClockRunsFromThere() throws Exception {
        MotionPlayer player = player(Motion.ON);
        long start = clock.get();
        onEdt(() -> {
            player.start();
            return null;
        });
        Thread.sleep(150); // the first frame is drawn, but the screen takes it only 5 s later
        clock.set(start + 5_000);
        frameAt(player, start + 5_000, 0);
        assertThat(player.firstTimeShown()).as("no jump into the middle of the movement").hasValue(0);
        frameAt(player, start + 5_000, 1_000);
        assertThat(player.timeShown()).hasValue(990);
    }

    @Test
    void reducedShowsOnlyTheKeyPosesInTurn() throws Exception {
        MotionPlayer player = player(Motion.REDUCED);
        long start = clock.get();
        onEdt(() -> {
            player.start();
            return null;
        });
        List<Long> poses = chinTuck.keyPoses();
        BufferedImage startPose = frameAt(player, start, 0);
        BufferedImage stillStart = frameAt(player, start, 2_000);
        BufferedImage endPose = frameAt(player, start, 2_600);
        BufferedImage startAgain = frameAt(player, start, 5_100);
        assertThat(differingShare(startPose, stillStart)).as("no in-between while a pose is held").isZero();
        assertThat(differingShare(startPose, endPose)).isGreaterThan(0.005);
        assertThat(differingShare(startPose, startAgain)).isZero();
        assertThat(differingShare(startPose, direct(poses.get(0)))).isZero();
        assertThat(differingShare(endPose, direct(poses.get(1)))).isZero();
    }

    @Test
    void offPaintsTheSamePictureAtEveryMomentAndNeverSchedules() throws Exception {
        MotionPlayer player = player(Motion.OFF);
        onEdt(() -> {
            player.start();
            player.follow();
            return null;
        });
        assertThat(player.isPlaying()).isFalse();
        BufferedImage first = paint(player);
        for (long t : List.of(400L, 2_500L, 3_333L, 7_500L, 9_999L)) {
            clock.addAndGet(t);
            Thread.sleep(20);
            assertThat(differingShare(first, paint(player))).as("at +" + t + " ms").isZero();
        }
        assertThat(opaquePixels(first)).isGreaterThan(W * H / 50);
        assertThat(frames.scheduled).as("motion off runs no timer").hasValue(0);
        assertThat(frames.getQueue()).isEmpty();
        assertThat(player.framesDrawn()).isZero();
    }

    @Test
    void stoppingEndsTheTimerAndStartingAgainBeginsAtTheStart() throws Exception {
        MotionPlayer player = player(Motion.ON);
        long start = clock.get();
        onEdt(() -> {
            player.start();
            return null;
        });
        frameAt(player, start, 0);
        frameAt(player, start, 2_000);
        onEdt(() -> {
            player.stop();
            return null;
        });
        Thread.sleep(100);
        int drawn = player.framesDrawn();
        int asked = frames.scheduled.get();
        clock.addAndGet(1_000);
        Thread.sleep(200);
        assertThat(frames.getQueue()).as("no frame waits after stop").isEmpty();
        assertThat(frames.scheduled.get()).isEqualTo(asked);
        assertThat(player.framesDrawn()).isEqualTo(drawn);
        long restart = clock.get();
        onEdt(() -> {
            player.start();
            return null;
        });
        frameAt(player, restart, 0);
        assertThat(player.timeShown()).hasValue(0);
    }

    private BufferedImage direct(long time) {
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        try {
            chinTuck.paint(g, new Rectangle2D.Double(0, 0, W, H), time);
        } finally {
            g.dispose();
        }
        return img;
    }

    private static int opaquePixels(BufferedImage img) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                n += (img.getRGB(x, y) >>> 24) > 128 ? 1 : 0;
            }
        }
        return n;
    }

    /** The share of pixels that differ visibly (by more than 24 in a channel, alpha included). */
    static double differingShare(BufferedImage a, BufferedImage b) {
        int n = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int s = 0; s < 32; s += 8) {
                    if (Math.abs((p >>> s & 0xFF) - (q >>> s & 0xFF)) > 24) {
                        n++;
                        break;
                    }
                }
            }
        }
        return n / (double) (a.getWidth() * a.getHeight());
    }

    /**
     * The plan preview's first frame shows a moving drawing at once when its start was drawn ahead
     * ({@link DrawingRasters}): the frame thread has not drawn anything yet (here it never will).
     * Without the picture drawn ahead, that first paint is blank.
     */
    @Test
    void aStartDrawnAheadIsShownAtTheFirstPaintBeforeAnyFrameIsDrawn() throws Exception {
        ScheduledThreadPoolExecutor never = new ScheduledThreadPoolExecutor(1);
        never.shutdown(); // no frame is ever drawn
        DrawingRasters rasters = new DrawingRasters(Runnable::run, 10_000_000);
        MotionPlayback playback = new MotionPlayback(Motion.ON, never, clock::get).withRasters(rasters);
        rasters.prepare(chinTuck, W, H, playback.firstMoment(chinTuck));
        assertThat(playback.firstMoment(chinTuck)).isZero();

        for (boolean ahead : new boolean[] {true, false}) {
            JComponent host = new JComponent() {
                private static final long serialVersionUID = 1L;
            };
            host.setSize(W, H);
            MotionPlayback used = ahead ? playback : new MotionPlayback(Motion.ON, never, clock::get);
            MotionPlayer player = onEdt(() -> new MotionPlayer(host, chinTuck, used,
                    (w, h) -> new Rectangle2D.Double(0, 0, w, h)));
            onEdt(() -> {
                player.start();
                return null;
            });
            BufferedImage first = paint(player);
            if (ahead) {
                assertThat(player.picturesPainted()).isEqualTo(1);
                assertThat(player.framesDrawn()).isZero();
                assertThat(player.timeShown()).hasValue(0);
                assertThat(inkedPixels(first)).isGreaterThan(W * H / 50);
            } else {
                assertThat(player.picturesPainted()).as("blank until the frame thread draws").isZero();
                assertThat(inkedPixels(first)).isZero();
            }
            onEdt(() -> {
                player.stop();
                return null;
            });
        }
    }

    /**
     * A still drawing on the patient's screens is drawn once per size: the first paint draws it and
     * asks for its picture, later paints (each frame of a crossfade) copy that picture, which looks
     * the same.
     */
    @Test
    void aStillDrawingIsCopiedFromItsPictureAfterTheFirstPaint() throws Exception {
        List<Runnable> asked = new java.util.ArrayList<>();
        DrawingRasters rasters = new DrawingRasters(asked::add, 10_000_000);
        JComponent host = new JComponent() {
            private static final long serialVersionUID = 1L;
        };
        host.setSize(W, H);
        MotionPlayer player = onEdt(() -> new MotionPlayer(host, chinTuck,
                new MotionPlayback(Motion.OFF, frames, clock::get).withRasters(rasters),
                (w, h) -> new Rectangle2D.Double(0, 0, w, h)));
        BufferedImage drawn = paint(player);
        assertThat(asked).hasSize(1);
        assertThat(rasters.size()).isZero();
        asked.get(0).run(); // the frame thread draws the picture
        assertThat(rasters.size()).isEqualTo(1);
        BufferedImage copied = paint(player);
        BufferedImage again = paint(player);
        assertThat(asked).as("drawn once").hasSize(1);
        assertThat(player.picturesPainted()).isEqualTo(3);
        assertThat(inkedPixels(copied)).isGreaterThan(W * H / 50);
        assertThat(differentPixels(drawn, copied)).as("the copy looks as the drawing did").isLessThan(W * H / 500);
        assertThat(differentPixels(copied, again)).isZero();
    }

    private static int inkedPixels(BufferedImage img) {
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

    /** Pixels whose colour differs by more than a rounding step in some channel. */
    private static int differentPixels(BufferedImage a, BufferedImage b) {
        int n = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int shift = 0; shift < 32; shift += 8) {
                    if (Math.abs(((p >>> shift) & 0xFF) - ((q >>> shift) & 0xFF)) > 3) {
                        n++;
                        break;
                    }
                }
            }
        }
        return n;
    }

    static <T> T onEdt(Callable<T> c) throws Exception {
        Object[] out = new Object[1];
        Exception[] err = new Exception[1];
        SwingUtilities.invokeAndWait(() -> {
            try {
                out[0] = c.call();
            } catch (Exception e) {
                err[0] = e;
            }
        });
        if (err[0] != null) {
            throw err[0];
        }
        @SuppressWarnings("unchecked")
        T t = (T) out[0];
        return t;
    }
}
