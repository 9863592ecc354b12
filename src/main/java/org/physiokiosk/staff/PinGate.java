package org.physiokiosk.staff;

import java.time.Duration;
import java.util.Arrays;
import java.util.function.LongSupplier;

/**
 * Who may enter staff mode: the PIN (or the one-time setup code) check, and the lock after
 * too many wrong ones (five in a row lock entry for the lockout time, with a countdown to show).
 */
public final class PinGate {

    /** The result of one attempt. */
    public enum Result { OK, WRONG, LOCKED }

    /** Whether what was typed is right (slow, may read a file); it wipes what it is given. */
    @FunctionalInterface
    public interface Check<E extends Exception> {
        boolean matches(char[] entered) throws E;
    }

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
    public Result attempt(char[] pin, String storedHash) {
        return attempt(pin, p -> PinHash.matches(p, storedHash));
    }

    /**
     * Checks {@code entered} with {@code check} (slow: call off the event thread); wrong ones count
     * toward the lock. {@code entered} is wiped. A check that throws counts as no attempt. The
     * slow check runs outside the gate's lock, so the screen asking {@link #isLocked} never waits
     * for it (the keypad sends one attempt at a time).
     */
    public <E extends Exception> Result attempt(char[] entered, Check<E> check) throws E {
        try {
            if (isLocked()) {
                return Result.LOCKED;
            }
            boolean right = check.matches(entered);
            synchronized (this) {
                if (right) {
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
        } finally {
            Arrays.fill(entered, '\0');
        }
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
