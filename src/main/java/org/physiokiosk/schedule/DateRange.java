package org.physiokiosk.schedule;

import java.time.LocalDate;

/** Days from {@code first} to {@code last}, both included; one day when they are equal. */
public record DateRange(LocalDate first, LocalDate last) {

    public DateRange {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException(last + " is before " + first);
        }
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }

    /** {@code 2026-12-24..2026-12-26}, or one date, as written in the settings. */
    @Override
    public String toString() {
        return first.equals(last) ? first.toString() : first + ".." + last;
    }
}
