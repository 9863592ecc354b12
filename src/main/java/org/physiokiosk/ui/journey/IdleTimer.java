package org.physiokiosk.ui.journey;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Decides when a patient has walked away: after the idle timeout without a touch the kiosk
 * asks "Still there?", and after the warning time more it starts again. Plain Java so the
 * rule is tested with a fake clock; the screen feeds it touches and asks it on a timer.
 */
public final class IdleTimer {

    /** Where a session stands. */
    public enum Phase { ACTIVE, WARNING, EXPIRED }

    private final long timeoutMillis;
    private final long warningMillis;
    private final LongSupplier clock;
    private long lastTouch;

    public IdleTimer(Duration timeout, Duration warning, LongSupplier clockMillis) {
        this.timeoutMillis = timeout.toMillis();
        this.warningMillis = warning.toMillis();
        this.clock = clockMillis;
        this.lastTouch = clockMillis.getAsLong();
    }

    public void touched() {
        lastTouch = clock.getAsLong();
    }

    public Phase phase() {
        long idle = clock.getAsLong() - lastTouch;
        if (idle >= timeoutMillis + warningMillis) {
            return Phase.EXPIRED;
        }
        return idle >= timeoutMillis ? Phase.WARNING : Phase.ACTIVE;
    }

    /** Whole seconds left before the session is wiped (0 when expired). */
    public long secondsToReset() {
        long left = timeoutMillis + warningMillis - (clock.getAsLong() - lastTouch);
        return Math.max(0, (left + 999) / 1000);
    }
}
