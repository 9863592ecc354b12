package org.physiokiosk.ui.journey;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Decides when a patient has walked away: no touch for the idle timeout. Plain Java so
 * the rule is tested with a fake clock; the screen feeds it touches and asks it on a timer.
 */
public final class IdleTimer {

    private final long timeoutMillis;
    private final LongSupplier clock;
    private long lastTouch;

    public IdleTimer(Duration timeout, LongSupplier clockMillis) {
        this.timeoutMillis = timeout.toMillis();
        this.clock = clockMillis;
        this.lastTouch = clockMillis.getAsLong();
    }

    public void touched() {
        lastTouch = clock.getAsLong();
    }

    public boolean expired() {
        return clock.getAsLong() - lastTouch >= timeoutMillis;
    }

    /** Whole seconds left before the session is wiped (0 when expired). */
    public long secondsLeft() {
        long left = timeoutMillis - (clock.getAsLong() - lastTouch);
        return Math.max(0, (left + 999) / 1000);
    }
}
