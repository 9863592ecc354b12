package org.physiokiosk.staff;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Who may enter staff mode: the PIN check, and the lock after too many wrong PINs
 * (five in a row lock entry for the lockout time, with a countdown to show).
 */
public final class PinGate {

    /** The result of one attempt. */
    public enum Result { OK, WRONG, LOCKED }

    static final int MAX_FAILURES = 5;

    private final long lockoutMillis;
    private final LongSupplier clock;
    private int failures;
    private long lockedUntil;

    public PinGate(Duration lockout, LongSupplier clockMillis) {
        this.lockoutMillis = lockout.toMillis();
        this.clock = clockMillis;
    }

    /** Checks {@code pin} against {@code storedHash} (slow: call off the event thread). */
    public synchronized Result attempt(char[] pin, String storedHash) {
        if (isLocked()) {
            java.util.Arrays.fill(pin, '\0');
            return Result.LOCKED;
        }
        if (PinHash.matches(pin, storedHash)) {
            failures = 0;
            return Result.OK;
        }
        failures++;
        if (failures >= MAX_FAILURES) {
            failures = 0;
            lockedUntil = clock.getAsLong() + lockoutMillis;
            return Result.LOCKED;
        }
        return Result.WRONG;
    }

    public synchronized boolean isLocked() {
        return clock.getAsLong() < lockedUntil;
    }

    /** Whole seconds until entry opens again (0 when not locked). */
    public synchronized long secondsLocked() {
        long left = lockedUntil - clock.getAsLong();
        return left <= 0 ? 0 : (left + 999) / 1000;
    }

    /** Wrong PINs in a row so far. */
    public synchronized int failures() {
        return failures;
    }
}
