package org.physiokiosk.ui.illustration;

import java.util.List;
import java.util.OptionalLong;
import org.physiokiosk.settings.Motion;

/**
 * When a moving drawing shows which moment of its movement, without Swing: the player asks it
 * which time to paint {@code elapsed} milliseconds after the drawing appeared (0 is the start of
 * the slide's crossfade, so the movement starts at its start position, with no jump) and when the
 * next frame is due.
 *
 * <ul>
 *   <li>{@link Motion#ON}: the movement at {@link #FRAME_MILLIS} (30 frames a second), looping.
 *   <li>{@link Motion#REDUCED}: the start position, then the end position, each held
 *       {@link #REDUCED_MILLIS}, nothing in between.
 *   <li>{@link Motion#OFF}, or a drawing that does not move: the still picture, and no timer.
 * </ul>
 *
 * <p>Why 30 frames a second: the drawings move slowly (a loop lasts seconds; a limb crosses the
 * card in about a second), so at 30 a step is a few pixels even at 4K; 60 would double the work
 * of a fanless mini PC for no visible gain, and the attract loop itself repaints at 25.
 */
public final class MotionPresenter {

    /** Time between two frames while a drawing moves: 30 frames a second (33 ms, rounded down). */
    public static final long FRAME_MILLIS = 33;
    /** How long each key pose stays with reduced motion. */
    public static final long REDUCED_MILLIS = 2_500;

    private final Motion motion;
    private final long loopMillis;
    private final long startPose;
    private final long endPose;

    /**
     * @param motion     the setting
     * @param loopMillis one loop of the drawing's movement, 0 when it does not move
     * @param keyPoses   the drawing's key poses (start position first, then end position)
     */
    public MotionPresenter(Motion motion, long loopMillis, List<Long> keyPoses) {
        this.motion = motion;
        this.loopMillis = Math.max(0, loopMillis);
        this.startPose = keyPoses.isEmpty() ? 0 : keyPoses.get(0);
        this.endPose = keyPoses.size() > 1 ? keyPoses.get(1) : startPose;
    }

    /** True when frames change over time, so a timer must run while the drawing shows. */
    public boolean plays() {
        return loopMillis > 0 && motion != Motion.OFF;
    }

    public Motion motion() {
        return motion;
    }

    /** Time between two changes of the picture (0 when it never changes). */
    public long periodMillis() {
        if (!plays()) {
            return 0;
        }
        return motion == Motion.ON ? FRAME_MILLIS : REDUCED_MILLIS;
    }

    /**
     * The moment of the movement to paint {@code elapsed} ms after the drawing appeared; empty for
     * the still picture (motion off, or a still drawing).
     */
    public OptionalLong timeAt(long elapsed) {
        if (!plays()) {
            return OptionalLong.empty();
        }
        long e = Math.max(0, elapsed);
        if (motion == Motion.ON) {
            return OptionalLong.of(slot(e) * FRAME_MILLIS % loopMillis);
        }
        return OptionalLong.of(slot(e) % 2 == 0 ? startPose : endPose);
    }

    /**
     * The frame slot {@code elapsed} falls in: frames are painted at whole multiples of the
     * period, so a late frame is dropped (the next one shows its own time), never queued.
     */
    public long slot(long elapsed) {
        long period = periodMillis();
        return period == 0 ? 0 : Math.max(0, elapsed) / period;
    }

    /** Milliseconds from {@code elapsed} until the next slot begins (at least 1); -1 when nothing plays. */
    public long delayToNextFrame(long elapsed) {
        long period = periodMillis();
        if (period == 0) {
            return -1;
        }
        long e = Math.max(0, elapsed);
        return Math.max(1, (slot(e) + 1) * period - e);
    }
}
