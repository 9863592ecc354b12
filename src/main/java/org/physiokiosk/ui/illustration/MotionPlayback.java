package org.physiokiosk.ui.illustration;

import java.util.concurrent.ScheduledExecutorService;
import java.util.function.LongSupplier;
import org.physiokiosk.illustration.Illustration;
import org.physiokiosk.settings.Motion;

/**
 * How this kiosk plays moving drawings: the {@code motion} setting, the thread frames are drawn on
 * (the kiosk's one frame thread, {@code app.KioskThreads#frames()}), and the clock frames are timed by.
 *
 * @param motion the setting
 * @param frames where frames are drawn, off the event thread; null: never (every drawing still)
 * @param clock  milliseconds, only differences matter (a test's fake clock)
 * @param rasters where drawings are kept as pictures of their size on screen, drawn off the event
 *                thread ({@link DrawingRasters}); null: drawn directly at every paint, as before
 */
public record MotionPlayback(Motion motion, ScheduledExecutorService frames, LongSupplier clock,
                             DrawingRasters rasters) {

    public MotionPlayback(Motion motion, ScheduledExecutorService frames, LongSupplier clock) {
        this(motion, frames, clock, null);
    }

    /** The same playback, the drawings kept as pictures in {@code rasters} (the patient's screens). */
    public MotionPlayback withRasters(DrawingRasters rasters) {
        return new MotionPlayback(motion, frames, clock, rasters);
    }

    /**
     * The moment a player shows first for {@code illustration}, as {@link DrawingRasters} keys it:
     * the start of its movement when it plays, else {@link DrawingRasters#STILL}.
     */
    public long firstMoment(Illustration illustration) {
        MotionPresenter p = presenterFor(illustration);
        return p.plays() ? p.timeAt(0).orElse(0) : DrawingRasters.STILL;
    }

    /** Every drawing still, no thread: screenshots, thumbnails, tests of other things. */
    public static final MotionPlayback STILL = new MotionPlayback(Motion.OFF, null, MotionPlayback::now);

    /** The kiosk's playback: {@code motion} from the settings, frames drawn on {@code frames}. */
    public static MotionPlayback of(Motion motion, ScheduledExecutorService frames) {
        return new MotionPlayback(motion, frames, MotionPlayback::now);
    }

    /** When and what {@code illustration} shows under this playback. */
    public MotionPresenter presenterFor(Illustration illustration) {
        Motion m = frames == null ? Motion.OFF : motion;
        return new MotionPresenter(m, illustration.moves() ? illustration.loopMillis() : 0, illustration.keyPoses());
    }

    private static long now() {
        return System.nanoTime() / 1_000_000;
    }
}
