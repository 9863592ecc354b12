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
 */
public record MotionPlayback(Motion motion, ScheduledExecutorService frames, LongSupplier clock) {

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
