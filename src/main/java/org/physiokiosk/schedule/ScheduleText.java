package org.physiokiosk.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads and writes the words of schedules and opening hours: dates ({@code 2026-12-24}), weekdays
 * ({@code mon-fri}, {@code monday, wednesday}), hour ranges ({@code 08:00-12:00, 14:00-18:00}) and
 * date ranges ({@code 2026-12-24..2026-12-26}). Never throws anything but {@link ScheduleException},
 * whose message names what was found and what is expected.
 */
public final class ScheduleText {

    public static final String SHOW_FROM = "show-from";
    public static final String SHOW_UNTIL = "show-until";
    public static final String DAYS = "days";
    public static final String HOURS = "hours";

    /** The short names written back, in the week's order. */
    private static final List<String> SHORT = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})(?::(\\d{2}))?");
    private static final Pattern DASH = Pattern.compile("\\s*[-–—]\\s*");

    private ScheduleText() {
    }

    /** What reading a schedule's lines gave: the schedule ({@link Schedule#unreadable} when any line is wrong), and why. */
    public record Result(Schedule schedule, List<ScheduleProblem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }
    }

    /** Reads the four lines of a schedule ("" for a line not given); never throws. */
    public static Result parse(Schedule.Written lines) {
        List<ScheduleProblem> problems = new ArrayList<>();
        Optional<LocalDate> from = optionalDate(SHOW_FROM, lines.showFrom(), problems);
        Optional<LocalDate> until = optionalDate(SHOW_UNTIL, lines.showUntil(), problems);
        if (from.isPresent() && until.isPresent() && until.get().isBefore(from.get())) {
            problems.add(new ScheduleProblem(SHOW_UNTIL, "\"show-until:\" " + until.get() + " is before \"show-from:\" "
                    + from.get() + ", so the slide would never show; put the later date in show-until"));
        }
        Set<DayOfWeek> days = Set.of();
        if (!lines.days().isEmpty()) {
            try {
                days = days(lines.days());
            } catch (ScheduleException e) {
                problems.add(new ScheduleProblem(DAYS, "\"days:\" " + e.getMessage()));
            }
        }
        List<TimeRange> hours = List.of();
        if (!lines.hours().isEmpty()) {
            try {
                hours = hours(lines.hours());
            } catch (ScheduleException e) {
                problems.add(new ScheduleProblem(HOURS, "\"hours:\" " + e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            return new Result(Schedule.unreadable(lines), problems);
        }
        return new Result(Schedule.of(from, until, days, hours), List.of());
    }

    private static Optional<LocalDate> optionalDate(String key, String text, List<ScheduleProblem> problems) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(date(text));
        } catch (ScheduleException e) {
            problems.add(new ScheduleProblem(key, "\"" + key + ":\" " + e.getMessage()));
            return Optional.empty();
        }
    }

    /** A date written {@code YYYY-MM-DD}. */
    public static LocalDate date(String text) throws ScheduleException {
        String t = text.strip();
        if (!DATE.matcher(t).matches()) {
            throw new ScheduleException("must be a date written YYYY-MM-DD (e.g. 2026-12-24), found \"" + cut(t)
                    + "\"");
        }
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            throw new ScheduleException("\"" + t + "\" is not a day of the calendar (check the month and the day)");
        }
    }

    /**
     * Weekdays separated by commas, each an English name, full or short ({@code mon}, {@code Monday},
     * {@code tues}), or a range of them ({@code mon-fri}; {@code fri-mon} runs over the weekend).
     */
    public static Set<DayOfWeek> days(String text) throws ScheduleException {
        EnumSet<DayOfWeek> out = EnumSet.noneOf(DayOfWeek.class);
        for (String part : text.split(",", -1)) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            String[] ends = DASH.split(p, -1);
            if (ends.length == 1) {
                out.add(day(p));
            } else if (ends.length == 2) {
                DayOfWeek first = day(ends[0]);
                DayOfWeek last = day(ends[1]);
                for (DayOfWeek d = first; ; d = d.plus(1)) {
                    out.add(d);
                    if (d == last) {
                        break;
                    }
                }
            } else {
                throw new ScheduleException("cannot read \"" + cut(p) + "\"; write a range of days as two days and "
                        + "one dash, e.g. mon-fri");
            }
        }
        if (out.isEmpty()) {
            throw new ScheduleException("names no day; write days such as mon-fri or sat, sun");
        }
        return out;
    }

    private static DayOfWeek day(String word) throws ScheduleException {
        String w = word.strip().toLowerCase(Locale.ROOT);
        if (w.length() >= 3) {
            for (DayOfWeek d : DayOfWeek.values()) {
                if (d.name().toLowerCase(Locale.ROOT).startsWith(w)) {
                    return d;
                }
            }
        }
        throw new ScheduleException("does not know the day \"" + cut(word.strip()) + "\"; write mon, tue, wed, thu, "
                + "fri, sat, sun (or the full English names) separated by commas, or a range such as mon-fri");
    }

    /** Hour ranges separated by commas, each {@code HH:MM-HH:MM} inside one day ({@code 24:00} ends at midnight). */
    public static List<TimeRange> hours(String text) throws ScheduleException {
        List<TimeRange> out = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            String[] ends = DASH.split(p, -1);
            if (ends.length != 2) {
                throw new ScheduleException("cannot read \"" + cut(p) + "\"; write each range as two times and a "
                        + "dash, e.g. 08:00-12:00, and separate ranges with commas");
            }
            int start = minutes(ends[0], p);
            int end = minutes(ends[1], p);
            if (start == end) {
                throw new ScheduleException("range \"" + cut(p) + "\" starts and ends at the same time");
            }
            if (end < start) {
                throw new ScheduleException("range \"" + cut(p) + "\" ends before it starts; a range cannot run past "
                        + "midnight: write it as two ranges, e.g. " + TimeRange.clock(start) + "-24:00, 00:00-"
                        + TimeRange.clock(end));
            }
            out.add(new TimeRange(start, end));
        }
        if (out.isEmpty()) {
            throw new ScheduleException("names no hours; write a range such as 08:00-12:00");
        }
        return out;
    }

    private static int minutes(String time, String range) throws ScheduleException {
        Matcher m = TIME.matcher(time.strip());
        if (m.matches()) {
            int h = Integer.parseInt(m.group(1));
            int min = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            if (h < 24 && min < 60 || h == 24 && min == 0) {
                return h * 60 + min;
            }
        }
        throw new ScheduleException("cannot read the time \"" + cut(time.strip()) + "\" in \"" + cut(range)
                + "\"; write times as HH:MM from 00:00 to 24:00, e.g. 08:00-12:00");
    }

    /** Dates and date ranges separated by commas: {@code 2026-12-24..2026-12-26, 2027-01-01}. */
    public static List<DateRange> dateRanges(String text) throws ScheduleException {
        List<DateRange> out = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            int dots = p.indexOf("..");
            if (dots < 0) {
                LocalDate d = date(p);
                out.add(new DateRange(d, d));
            } else {
                LocalDate first = date(p.substring(0, dots));
                LocalDate last = date(p.substring(dots + 2));
                if (last.isBefore(first)) {
                    throw new ScheduleException("\"" + cut(p) + "\" ends before it starts; write the earlier date "
                            + "first, e.g. 2026-12-24..2026-12-26");
                }
                out.add(new DateRange(first, last));
            }
        }
        return out;
    }

    /** Weekdays as written back: short names in the week's order ("" for none). */
    public static String days(Set<DayOfWeek> days) {
        return days.stream().sorted().map(d -> SHORT.get(d.ordinal())).collect(Collectors.joining(", "));
    }

    /** Hour ranges as written back ("" for none). */
    public static String hours(List<TimeRange> hours) {
        return hours.stream().map(TimeRange::toString).collect(Collectors.joining(", "));
    }

    /** Date ranges as written back ("" for none). */
    public static String dateRanges(List<DateRange> ranges) {
        return ranges.stream().map(DateRange::toString).collect(Collectors.joining(", "));
    }

    private static String cut(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
