package org.physiokiosk.schedule;

import java.time.LocalTime;

/**
 * Part of a day by the wall clock, from {@code start} (included) to {@code end} (excluded), in
 * minutes after midnight: {@code 08:00-12:00} is 480 to 720, and {@code 24:00} (1440) ends a
 * range at midnight. A range never crosses midnight; the parser says so in plain words.
 */
public record TimeRange(int start, int end) {

    public static final int DAY = 24 * 60;
    /** The whole day, {@code 00:00-24:00}. */
    public static final TimeRange ALL_DAY = new TimeRange(0, DAY);

    public TimeRange {
        if (start < 0 || end > DAY || start >= end) {
            throw new IllegalArgumentException("not a range of the day: " + start + " to " + end);
        }
    }

    /** True when the wall-clock time {@code t} falls in this range. */
    public boolean contains(LocalTime t) {
        int m = t.getHour() * 60 + t.getMinute();
        return m >= start && m < end;
    }

    /** The start as a time of day. */
    public LocalTime startTime() {
        return LocalTime.of(start / 60, start % 60);
    }

    /** {@code HH:MM-HH:MM}, as written in content files and settings. */
    @Override
    public String toString() {
        return clock(start) + "-" + clock(end);
    }

    /** {@code HH:MM}; 1440 is {@code 24:00}. */
    public static String clock(int minutes) {
        return String.format("%02d:%02d", minutes / 60, minutes % 60);
    }
}
