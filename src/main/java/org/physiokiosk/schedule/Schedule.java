package org.physiokiosk.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * When a slide may be shown: between two dates (both included), on some weekdays, in some hours
 * of the day. What is not given does not limit: a schedule with nothing given is {@link #ALWAYS}.
 * Times are the kiosk's wall clock, so on the days the clocks change an hours range means what
 * the clock on the waiting-room wall says (a range inside the skipped spring hour does not happen
 * that day; one inside the repeated autumn hour happens twice).
 *
 * <p>A schedule whose lines could not be read is {@link #unreadable}: it is never shown (a
 * broken "show-until" must not show a Christmas notice all year) and keeps the lines as written,
 * so saving the file again never loses them.
 */
public final class Schedule {

    /** The four lines of a schedule as written in a file ("" for a line not given). */
    public record Written(String showFrom, String showUntil, String days, String hours) {
        public Written {
            showFrom = showFrom == null ? "" : showFrom.strip();
            showUntil = showUntil == null ? "" : showUntil.strip();
            days = days == null ? "" : days.strip();
            hours = hours == null ? "" : hours.strip();
        }
    }

    /** Shown at any time. */
    public static final Schedule ALWAYS = new Schedule(Optional.empty(), Optional.empty(), Set.of(), List.of(), null);

    private final Optional<LocalDate> showFrom;
    private final Optional<LocalDate> showUntil;
    private final Set<DayOfWeek> days;
    private final List<TimeRange> hours;
    /** The lines as written when they could not be read; null for a readable schedule. */
    private final Written unreadable;

    private Schedule(Optional<LocalDate> showFrom, Optional<LocalDate> showUntil, Set<DayOfWeek> days,
                     List<TimeRange> hours, Written unreadable) {
        this.showFrom = Objects.requireNonNull(showFrom);
        this.showUntil = Objects.requireNonNull(showUntil);
        this.days = days.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(days));
        this.hours = List.copyOf(hours);
        this.unreadable = unreadable;
    }

    /**
     * A schedule; empty parts do not limit.
     *
     * @throws IllegalArgumentException when {@code showUntil} is before {@code showFrom} (the parser
     *                                  reports that in words before it gets here)
     */
    public static Schedule of(Optional<LocalDate> showFrom, Optional<LocalDate> showUntil, Set<DayOfWeek> days,
                              List<TimeRange> hours) {
        if (showFrom.isPresent() && showUntil.isPresent() && showUntil.get().isBefore(showFrom.get())) {
            throw new IllegalArgumentException("show-until " + showUntil.get() + " is before show-from "
                    + showFrom.get());
        }
        return new Schedule(showFrom, showUntil, days, hours, null);
    }

    /** A schedule whose lines could not be read: never shown, its lines kept as written. */
    public static Schedule unreadable(Written lines) {
        return new Schedule(Optional.empty(), Optional.empty(), Set.of(), List.of(), Objects.requireNonNull(lines));
    }

    public Optional<LocalDate> showFrom() {
        return showFrom;
    }

    public Optional<LocalDate> showUntil() {
        return showUntil;
    }

    /** The weekdays it shows on; empty: every day. */
    public Set<DayOfWeek> days() {
        return days;
    }

    /** The hours of the day it shows in; empty: all day. */
    public List<TimeRange> hours() {
        return hours;
    }

    /** True when its lines could not be read (it is then never shown). */
    public boolean isUnreadable() {
        return unreadable != null;
    }

    /** True when nothing limits it (the usual case). */
    public boolean isAlways() {
        return unreadable == null && showFrom.isEmpty() && showUntil.isEmpty() && days.isEmpty() && hours.isEmpty();
    }

    /**
     * Why a slide on this schedule is off at a moment: the first part of the schedule that keeps it
     * off, in the order {@link #offAt} looks (staff mode says it in words).
     */
    public sealed interface Off {
        /** Its lines could not be read: off until they are fixed. */
        record Unreadable() implements Off {
        }

        /** Not yet: it shows from this day. */
        record NotYet(LocalDate showFrom) implements Off {
        }

        /** No more: it showed until this day. */
        record Ended(LocalDate showUntil) implements Off {
        }

        /** Not on this weekday: it shows on these days only. */
        record OtherDays(Set<DayOfWeek> days) implements Off {
        }

        /** Not at this time of day: it shows in these hours only. */
        record OtherHours(List<TimeRange> hours) implements Off {
        }
    }

    /**
     * Why the slide may not be on screen at the wall-clock time {@code t}, or empty when it may:
     * the one rule of schedules, which {@link #isShownAt} asks too.
     */
    public Optional<Off> offAt(LocalDateTime t) {
        if (unreadable != null) {
            return Optional.of(new Off.Unreadable());
        }
        LocalDate day = t.toLocalDate();
        if (showFrom.isPresent() && day.isBefore(showFrom.get())) {
            return Optional.of(new Off.NotYet(showFrom.get()));
        }
        if (showUntil.isPresent() && day.isAfter(showUntil.get())) {
            return Optional.of(new Off.Ended(showUntil.get()));
        }
        if (!days.isEmpty() && !days.contains(day.getDayOfWeek())) {
            return Optional.of(new Off.OtherDays(days));
        }
        if (hours.isEmpty() || hours.stream().anyMatch(r -> r.contains(t.toLocalTime()))) {
            return Optional.empty();
        }
        return Optional.of(new Off.OtherHours(hours));
    }

    /** True when the slide may be on screen at the wall-clock time {@code t}. */
    public boolean isShownAt(LocalDateTime t) {
        return offAt(t).isEmpty();
    }

    /** The minutes of the day at which its hours begin or end (where being on may change within a day). */
    public java.util.SortedSet<Integer> changeMinutes() {
        java.util.TreeSet<Integer> out = new java.util.TreeSet<>();
        for (TimeRange r : hours) {
            out.add(r.start());
            out.add(r.end());
        }
        return out;
    }

    /** {@link #isShownAt(LocalDateTime)} at the wall-clock time of {@code t} in its own zone. */
    public boolean isShownAt(ZonedDateTime t) {
        return isShownAt(t.toLocalDateTime());
    }

    /** The lines as they are written to a file: canonical for a readable schedule, as found for an unreadable one. */
    public Written written() {
        if (unreadable != null) {
            return unreadable;
        }
        return new Written(showFrom.map(LocalDate::toString).orElse(""), showUntil.map(LocalDate::toString).orElse(""),
                ScheduleText.days(days), ScheduleText.hours(hours));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Schedule s && s.showFrom.equals(showFrom) && s.showUntil.equals(showUntil)
                && s.days.equals(days) && s.hours.equals(hours) && Objects.equals(s.unreadable, unreadable);
    }

    @Override
    public int hashCode() {
        return Objects.hash(showFrom, showUntil, days, hours, unreadable);
    }

    @Override
    public String toString() {
        Written w = written();
        return (unreadable != null ? "Schedule(unreadable " : "Schedule(") + "from=" + w.showFrom() + ", until="
                + w.showUntil() + ", days=" + w.days() + ", hours=" + w.hours() + ")";
    }
}
