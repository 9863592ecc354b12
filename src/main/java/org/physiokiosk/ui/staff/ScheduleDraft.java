package org.physiokiosk.ui.staff;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.physiokiosk.schedule.Schedule;
import org.physiokiosk.schedule.ScheduleException;
import org.physiokiosk.schedule.ScheduleText;
import org.physiokiosk.schedule.TimeRange;

/**
 * A slide's schedule as the touch control holds it while staff change it: the two dates, the
 * weekdays chosen (all seven: every day), the hour ranges as rows (none: all day), and, for a
 * schedule of which a line could not be read, its lines kept as written until staff set that
 * part (so a save never loses them). Its text is
 * written and read only through {@link ScheduleText}; this class only says, at each part, what
 * the control would not let be saved (until before from, no day, an empty or overlapping range).
 */
record ScheduleDraft(Optional<LocalDate> from, Optional<LocalDate> until, Set<DayOfWeek> days, List<Hours> rows,
                     Map<Part, String> kept) {

    /** The parts of the control, each a line of the file. */
    enum Part {
        FROM(ScheduleText.SHOW_FROM), UNTIL(ScheduleText.SHOW_UNTIL), DAYS(ScheduleText.DAYS), HOURS(ScheduleText.HOURS);

        private final String key;

        Part(String key) {
            this.key = key;
        }

        String key() {
            return key;
        }
    }

    /** One range of hours, in minutes after midnight; may be empty while staff step it (a problem, not saved). */
    record Hours(int start, int end) {
        boolean empty() {
            return start >= end;
        }

        boolean overlaps(Hours o) {
            return !empty() && !o.empty() && start < o.end && o.start < end;
        }
    }

    /** What is wrong, at its part ({@code row}: the range's row for HOURS, else -1). */
    record Problem(Part part, int row, Kind kind, String detail) {
    }

    /** The kinds of problem; the control words each in the staff language. */
    enum Kind { UNREADABLE, UNTIL_BEFORE_FROM, NO_DAY, EMPTY_RANGE, OVERLAP }

    /** Every day of the week. */
    static final Set<DayOfWeek> EVERY_DAY = Set.copyOf(EnumSet.allOf(DayOfWeek.class));

    ScheduleDraft {
        days = days.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(days));
        rows = List.copyOf(rows);
        EnumMap<Part, String> broken = new EnumMap<>(Part.class);
        kept.forEach((k, v) -> {
            if (!v.isBlank()) {
                broken.put(k, v.strip());
            }
        });
        kept = Map.copyOf(broken);
    }

    /** Shown at any time. */
    static final ScheduleDraft ALWAYS = new ScheduleDraft(Optional.empty(), Optional.empty(), EVERY_DAY, List.of(),
            Map.of());

    /**
     * The control's values for {@code s}. A schedule that could not be read is taken line by line:
     * the lines that read are shown, the others are kept as written and said to be unreadable.
     */
    static ScheduleDraft of(Schedule s) {
        if (!s.isUnreadable()) {
            return new ScheduleDraft(s.showFrom(), s.showUntil(), s.days().isEmpty() ? EVERY_DAY : s.days(),
                    s.hours().stream().map(r -> new Hours(r.start(), r.end())).toList(), Map.of());
        }
        Schedule.Written w = s.written();
        Map<Part, String> kept = new EnumMap<>(Part.class);
        kept.put(Part.FROM, w.showFrom());
        kept.put(Part.UNTIL, w.showUntil());
        kept.put(Part.DAYS, w.days());
        kept.put(Part.HOURS, w.hours());
        Optional<LocalDate> from = Optional.empty();
        Optional<LocalDate> until = Optional.empty();
        Set<DayOfWeek> days = EVERY_DAY;
        List<Hours> rows = List.of();
        // Each line that reads is shown; until before from stays a problem of the draft, not of a line.
        try {
            from = w.showFrom().isEmpty() ? from : Optional.of(ScheduleText.date(w.showFrom()));
        } catch (ScheduleException e) {
            // kept as written, marked by problems()
        }
        try {
            until = w.showUntil().isEmpty() ? until : Optional.of(ScheduleText.date(w.showUntil()));
        } catch (ScheduleException e) {
            // kept as written
        }
        try {
            days = w.days().isEmpty() ? days : ScheduleText.days(w.days());
        } catch (ScheduleException e) {
            // kept as written
        }
        try {
            rows = w.hours().isEmpty() ? rows : ScheduleText.hours(w.hours()).stream()
                    .map(r -> new Hours(r.start(), r.end())).toList();
        } catch (ScheduleException e) {
            // kept as written
        }
        return new ScheduleDraft(from, until, days, rows, kept);
    }

    /** Why a kept line cannot be read, in the reader's words, or empty. */
    private static Optional<String> lineProblem(Part p, String text) {
        try {
            switch (p) {
                case FROM, UNTIL -> ScheduleText.date(text);
                case DAYS -> ScheduleText.days(text);
                case HOURS -> ScheduleText.hours(text);
            }
            return Optional.empty();
        } catch (ScheduleException e) {
            return Optional.of("\"" + p.key() + ":\" " + e.getMessage());
        }
    }

    /** The four lines as the file will hold them: canonical, or as found for a line staff have not set yet. */
    Schedule.Written written() {
        String fromLine = kept.getOrDefault(Part.FROM, from.map(LocalDate::toString).orElse(""));
        String untilLine = kept.getOrDefault(Part.UNTIL, until.map(LocalDate::toString).orElse(""));
        String daysLine = kept.getOrDefault(Part.DAYS, days.size() == 7 ? "" : ScheduleText.days(days));
        String hoursLine = kept.getOrDefault(Part.HOURS, rows.stream().map(h -> TimeRange.clock(h.start())
                + "-" + TimeRange.clock(h.end())).reduce((a, b) -> a + ", " + b).orElse(""));
        return new Schedule.Written(fromLine, untilLine, daysLine, hoursLine);
    }

    /** The schedule these values make, read from its own lines (unreadable while any is). */
    Schedule schedule() {
        return ScheduleText.parse(written()).schedule();
    }

    /** True when nothing limits it. */
    boolean always() {
        return kept.isEmpty() && from.isEmpty() && until.isEmpty() && days.size() == 7 && rows.isEmpty();
    }

    /** What stops a save, each at its part, in the control's order. */
    List<Problem> problems() {
        List<Problem> out = new ArrayList<>();
        for (Part p : Part.values()) {
            if (kept.containsKey(p)) {
                lineProblem(p, kept.get(p)).ifPresent(why -> out.add(new Problem(p, -1, Kind.UNREADABLE, why)));
            }
        }
        if (from.isPresent() && until.isPresent() && until.get().isBefore(from.get())) {
            out.add(new Problem(Part.UNTIL, -1, Kind.UNTIL_BEFORE_FROM, ""));
        }
        if (days.isEmpty()) {
            out.add(new Problem(Part.DAYS, -1, Kind.NO_DAY, ""));
        }
        for (int i = 0; i < rows.size(); i++) {
            Hours h = rows.get(i);
            if (h.empty()) {
                out.add(new Problem(Part.HOURS, i, Kind.EMPTY_RANGE, ""));
                continue;
            }
            for (int j = 0; j < i; j++) {
                if (h.overlaps(rows.get(j))) {
                    out.add(new Problem(Part.HOURS, i, Kind.OVERLAP, Integer.toString(j)));
                    break;
                }
            }
        }
        return out;
    }

    ScheduleDraft withFrom(Optional<LocalDate> d) {
        return new ScheduleDraft(d, until, days, rows, without(Part.FROM));
    }

    ScheduleDraft withUntil(Optional<LocalDate> d) {
        return new ScheduleDraft(from, d, days, rows, without(Part.UNTIL));
    }

    ScheduleDraft withDay(DayOfWeek day, boolean on) {
        Set<DayOfWeek> next = days.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(days);
        if (on) {
            next.add(day);
        } else {
            next.remove(day);
        }
        return new ScheduleDraft(from, until, next, rows, without(Part.DAYS));
    }

    ScheduleDraft withRows(List<Hours> r) {
        return new ScheduleDraft(from, until, days, r, without(Part.HOURS));
    }

    /** True when a kept line cannot be read (the slide stays hidden until it is set here or fixed in the file). */
    boolean unreadable() {
        return problems().stream().anyMatch(p -> p.kind() == Kind.UNREADABLE);
    }

    private Map<Part, String> without(Part p) {
        Map<Part, String> m = new EnumMap<>(Part.class);
        m.putAll(kept);
        m.remove(p);
        return m;
    }
}
