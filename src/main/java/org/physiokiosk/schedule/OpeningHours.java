package org.physiokiosk.schedule;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * When the clinic is open: hour ranges for each weekday (none: closed that day) and the dates it
 * is closed whatever the weekday. Wall-clock time, as the schedules of slides: on the days the
 * clocks change, "opens at 08:00" means when the clock on the wall says 08:00.
 */
public final class OpeningHours {

    /** How far ahead the next opening is looked for: beyond a year, the clinic is taken to be closed for good. */
    static final int DAYS_AHEAD = 400;

    /** Open all day, every day: a kiosk whose hours were never set behaves as before there were any. */
    public static final OpeningHours ALWAYS_OPEN = new OpeningHours(everyDay(List.of(TimeRange.ALL_DAY)), List.of());

    private final Map<DayOfWeek, List<TimeRange>> week;
    private final List<DateRange> closedDates;

    /**
     * @param week        the hours of each weekday; a weekday left out, or with no range, is closed
     * @param closedDates days closed whatever their weekday's hours
     */
    public OpeningHours(Map<DayOfWeek, List<TimeRange>> week, List<DateRange> closedDates) {
        EnumMap<DayOfWeek, List<TimeRange>> copy = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            List<TimeRange> ranges = new ArrayList<>(week.getOrDefault(d, List.of()));
            ranges.sort(Comparator.comparingInt(TimeRange::start));
            copy.put(d, List.copyOf(ranges));
        }
        this.week = java.util.Collections.unmodifiableMap(copy);
        this.closedDates = List.copyOf(closedDates);
    }

    private static Map<DayOfWeek, List<TimeRange>> everyDay(List<TimeRange> ranges) {
        Map<DayOfWeek, List<TimeRange>> out = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            out.put(d, ranges);
        }
        return out;
    }

    /** The hours of {@code day}: its weekday's ranges, or none on a closed date. */
    public List<TimeRange> hoursOn(LocalDate day) {
        return isClosedDate(day) ? List.of() : week.get(day.getDayOfWeek());
    }

    /** The ranges set for a weekday (closed dates aside). */
    public List<TimeRange> hoursOn(DayOfWeek day) {
        return week.get(day);
    }

    public List<DateRange> closedDates() {
        return closedDates;
    }

    public boolean isClosedDate(LocalDate day) {
        return closedDates.stream().anyMatch(r -> r.contains(day));
    }

    /** True when the clinic is open at the wall-clock time {@code t}. */
    public boolean isOpenAt(LocalDateTime t) {
        return hoursOn(t.toLocalDate()).stream().anyMatch(r -> r.contains(t.toLocalTime()));
    }

    public boolean isOpenAt(ZonedDateTime t) {
        return isOpenAt(t.toLocalDateTime());
    }

    /**
     * The next wall-clock moment after {@code t} at which a range of opening hours starts (and the
     * clinic was closed just before), or empty when it does not open again within a year.
     */
    public Optional<LocalDateTime> nextOpening(LocalDateTime t) {
        LocalDate day = t.toLocalDate();
        for (int i = 0; i <= DAYS_AHEAD; i++) {
            LocalDate d = day.plusDays(i);
            for (TimeRange r : hoursOn(d)) {
                LocalDateTime start = d.atTime(r.startTime());
                if (start.isAfter(t) && !isOpenAt(start.minusMinutes(1))) {
                    return Optional.of(start);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The first instant after {@code now} at which open turns to closed or closed to open, or
     * empty when nothing changes within a year (always open, or closed for good). Found on the
     * time line, so the skipped spring hour and the repeated autumn hour count as the wall
     * clock shows them.
     */
    public Optional<Instant> nextChange(ZonedDateTime now) {
        ZoneId zone = now.getZone();
        ZoneRules rules = zone.getRules();
        boolean open = isOpenAt(now);
        Instant after = now.toInstant();
        LocalDate first = now.toLocalDate();
        for (int i = 0; i <= DAYS_AHEAD; i++) {
            LocalDate d = first.plusDays(i);
            TreeSet<Instant> candidates = new TreeSet<>();
            TreeSet<Integer> minutes = new TreeSet<>();
            minutes.add(0);
            for (TimeRange r : week.get(d.getDayOfWeek())) {
                minutes.add(r.start());
                if (r.end() < TimeRange.DAY) {
                    minutes.add(r.end());
                }
            }
            for (int m : minutes) {
                candidates.addAll(instantsOf(d.atTime(m / 60, m % 60), rules));
            }
            Instant dayStart = instantsOf(d.atStartOfDay(), rules).get(0);
            Instant dayEnd = instantsOf(d.plusDays(1).atStartOfDay(), rules).get(0);
            for (ZoneOffsetTransition tr = rules.nextTransition(dayStart.minusNanos(1));
                 tr != null && tr.getInstant().isBefore(dayEnd); tr = rules.nextTransition(tr.getInstant())) {
                candidates.add(tr.getInstant());
            }
            for (Instant c : candidates) {
                if (c.isAfter(after) && isOpenAt(LocalDateTime.ofInstant(c, zone)) != open) {
                    return Optional.of(c);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The instants at which the wall clock shows {@code t}: one, two in the repeated autumn hour,
     * or, in the skipped spring hour, the instant the clock jumps past it.
     */
    private static List<Instant> instantsOf(LocalDateTime t, ZoneRules rules) {
        List<ZoneOffset> offsets = rules.getValidOffsets(t);
        if (offsets.isEmpty()) {
            return List.of(rules.getTransition(t).getInstant());
        }
        return offsets.stream().map(o -> t.toInstant(o)).toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OpeningHours h && h.week.equals(week) && h.closedDates.equals(closedDates);
    }

    @Override
    public int hashCode() {
        return week.hashCode() * 31 + closedDates.hashCode();
    }

    @Override
    public String toString() {
        return "OpeningHours" + week + ", closed " + closedDates;
    }
}
