package org.physiokiosk.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * A clock that stands still until a test moves it, in a time zone of the test's choosing; safe
 * to read from the threads under test while the test moves it.
 */
public final class FakeClock extends Clock {

    private volatile Instant now;
    private final ZoneId zone;

    public FakeClock(Instant now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /** The instant the wall clock of {@code zone} shows {@code local} (the earlier one in a repeated hour). */
    public static FakeClock at(LocalDateTime local, ZoneId zone) {
        return new FakeClock(local.atZone(zone).toInstant(), zone);
    }

    public void advance(Duration d) {
        now = now.plus(d);
    }

    public void advanceMillis(long millis) {
        now = now.plusMillis(millis);
    }

    public void set(Instant instant) {
        now = instant;
    }

    /** Jumps to the first instant the wall clock shows {@code local}. */
    public void set(LocalDateTime local) {
        now = local.atZone(zone).toInstant();
    }

    public LocalDateTime wallClock() {
        return LocalDateTime.ofInstant(now, zone);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new FakeClock(now, other);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
