package org.physiokiosk.ui.staff;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.physiokiosk.schedule.TimeRange;
import org.physiokiosk.ui.Texts;
import org.physiokiosk.ui.staff.ScheduleDraft.Hours;
import org.physiokiosk.ui.staff.ScheduleDraft.Part;

/**
 * The touch schedule control without its Swing: the two dates (each chosen on a month grid,
 * no typing), the weekday toggles, the hour ranges with their 15-minute steppers, what is wrong
 * at each part, and the schedule in plain words. Every change goes to the slide's editor,
 * which saves it with the slide.
 */
final class SchedulePresenter {

    /** A stepper's step, in minutes. */
    static final int STEP = 15;
    /** A new range when there is none: the morning. */
    static final Hours FIRST_RANGE = new Hours(8 * 60, 12 * 60);

    /** The control on screen. */
    interface View {
        /** The values, the open picker or the problems changed: show them again. */
        void changed();
    }

    private final Texts texts;
    private final Supplier<LocalDate> today;
    private final Consumer<ScheduleDraft> edited;
    private final DateTimeFormatter dates;
    private View view = () -> { };
    private ScheduleDraft draft = ScheduleDraft.ALWAYS;
    /** The date whose month grid is open (FROM or UNTIL), or null. */
    private Part picking;
    private YearMonth month;

    /**
     * @param today  what "today" is (the month a picker opens on when no date is set)
     * @param edited told each change staff make (not the values {@link #load} puts there)
     */
    SchedulePresenter(Texts texts, Supplier<LocalDate> today, Consumer<ScheduleDraft> edited) {
        this.texts = texts;
        this.today = today;
        this.edited = edited;
        this.dates = DateTimeFormatter.ofPattern(texts.get("schedule.datePattern"), texts.locale());
        this.month = YearMonth.from(today.get());
    }

    void attach(View v) {
        this.view = v;
    }

    /** Shows another slide's schedule (its editor loaded or reverted); the picker closes. */
    void load(ScheduleDraft d) {
        draft = d;
        picking = null;
        view.changed();
    }

    ScheduleDraft draft() {
        return draft;
    }

    private void edit(ScheduleDraft next) {
        if (next.equals(draft)) {
            return;
        }
        draft = next;
        edited.accept(next);
        view.changed();
    }

    // ---- the dates ----

    /** Opens the month grid of FROM or UNTIL (closes it when it is already open), on its date's month. */
    void openPicker(Part which) {
        if (picking == which) {
            picking = null;
        } else {
            picking = which;
            Optional<LocalDate> d = date(which);
            Optional<LocalDate> other = which == Part.UNTIL ? draft.from() : Optional.empty();
            month = YearMonth.from(d.or(() -> other).orElseGet(today));
        }
        view.changed();
    }

    void closePicker() {
        picking = null;
        view.changed();
    }

    /** The date whose grid is open, if any. */
    Optional<Part> picking() {
        return Optional.ofNullable(picking);
    }

    LocalDate today() {
        return today.get();
    }

    YearMonth month() {
        return month;
    }

    void previousMonth() {
        month = month.minusMonths(1);
        view.changed();
    }

    void nextMonth() {
        month = month.plusMonths(1);
        view.changed();
    }

    /** The grid: six weeks, Monday first; null for a cell outside the month shown. */
    List<LocalDate> calendar() {
        List<LocalDate> cells = new ArrayList<>();
        LocalDate first = month.atDay(1);
        int blank = first.getDayOfWeek().getValue() - 1;
        for (int i = 0; i < 42; i++) {
            LocalDate d = first.plusDays(i - blank);
            cells.add(YearMonth.from(d).equals(month) ? d : null);
        }
        return cells;
    }

    /** Staff touched a day of the open grid: it becomes that date, and the grid closes. */
    void pick(LocalDate day) {
        if (picking == null) {
            return;
        }
        Part which = picking;
        picking = null;
        edit(which == Part.FROM ? draft.withFrom(Optional.of(day)) : draft.withUntil(Optional.of(day)));
        view.changed();
    }

    /** No first (or last) day any more. */
    void clear(Part which) {
        if (picking == which) {
            picking = null;
        }
        edit(which == Part.FROM ? draft.withFrom(Optional.empty()) : draft.withUntil(Optional.empty()));
        view.changed();
    }

    Optional<LocalDate> date(Part which) {
        return which == Part.FROM ? draft.from() : draft.until();
    }

    /** A date as staff read it ("1 Dec 2026"), or "Not set". */
    String dateText(Optional<LocalDate> d) {
        return d.map(dates::format).orElse(texts.get("schedule.notSet"));
    }

    String monthText() {
        String m = month.atDay(1).format(DateTimeFormatter.ofPattern("LLLL yyyy", texts.locale()));
        return capital(m);
    }

    // ---- the days ----

    /** The week, Monday first. */
    static List<DayOfWeek> week() {
        return List.of(DayOfWeek.values());
    }

    /** A day's short name in the staff language ("Mon", "Di.", "Пн"). */
    String shortName(DayOfWeek d) {
        return capital(d.getDisplayName(TextStyle.SHORT, texts.locale()));
    }

    String fullName(DayOfWeek d) {
        return capital(d.getDisplayName(TextStyle.FULL, texts.locale()));
    }

    boolean dayOn(DayOfWeek d) {
        return draft.days().contains(d);
    }

    void day(DayOfWeek d, boolean on) {
        edit(draft.withDay(d, on));
    }

    /** True when "All seven on: every day." says what the toggles show: all seven are on. */
    boolean everyDayHintShown() {
        return draft.days().size() == 7;
    }

    // ---- the hours ----

    List<Hours> rows() {
        return draft.rows();
    }

    /** True when "No range: all day." says what the rows show: there is none. */
    boolean allDayHintShown() {
        return draft.rows().isEmpty();
    }

    /** A range after the last one (the morning when there is none), as long as the day leaves room. */
    void addRange() {
        List<Hours> rows = new ArrayList<>(draft.rows());
        if (rows.isEmpty()) {
            rows.add(FIRST_RANGE);
        } else {
            int start = Math.min(rows.get(rows.size() - 1).end() + 2 * 60, TimeRange.DAY - 4 * 60);
            rows.add(new Hours(start, Math.min(start + 4 * 60, TimeRange.DAY)));
        }
        edit(draft.withRows(rows));
    }

    void removeRange(int row) {
        if (row < 0 || row >= draft.rows().size()) {
            return;
        }
        List<Hours> rows = new ArrayList<>(draft.rows());
        rows.remove(row);
        edit(draft.withRows(rows));
    }

    /**
     * A stepper touched: the row's start (or end) {@code steps} times 15 minutes later (negative:
     * earlier), kept inside the day (a start from 00:00 to 23:45, an end from 00:15 to 24:00).
     */
    void step(int row, boolean end, int steps) {
        if (row < 0 || row >= draft.rows().size()) {
            return;
        }
        Hours h = draft.rows().get(row);
        Hours next = end ? new Hours(h.start(), clamp(h.end() + steps * STEP, STEP, TimeRange.DAY))
                : new Hours(clamp(h.start() + steps * STEP, 0, TimeRange.DAY - STEP), h.end());
        List<Hours> rows = new ArrayList<>(draft.rows());
        rows.set(row, next);
        edit(draft.withRows(rows));
    }

    private static int clamp(int v, int min, int max) {
        return Math.max(min, Math.min(max, v));
    }

    static String clock(int minutes) {
        return TimeRange.clock(minutes);
    }

    // ---- problems and words ----

    List<ScheduleDraft.Problem> problems() {
        return draft.problems();
    }

    /** The problem at a part ({@code row} for a range, else -1), in words, if any. */
    Optional<String> problemAt(Part part, int row) {
        return draft.problems().stream().filter(p -> p.part() == part && p.row() == row).findFirst()
                .map(this::words);
    }

    /** A problem in the staff language. */
    String words(ScheduleDraft.Problem p) {
        return switch (p.kind()) {
            case UNREADABLE -> texts.get("schedule.problem.unreadable", p.detail());
            case UNTIL_BEFORE_FROM -> texts.get("schedule.problem.untilBeforeFrom");
            case NO_DAY -> texts.get("schedule.problem.noDay");
            case EMPTY_RANGE -> texts.get("schedule.problem.emptyRange");
            case OVERLAP -> texts.get("schedule.problem.overlap");
        };
    }

    /** The first problem in words, or empty. */
    Optional<String> firstProblem() {
        return draft.problems().stream().findFirst().map(this::words);
    }

    /** When the slide shows, in plain words: "Mon–Fri, 08:00–12:00, from 1 Dec 2026 until 31 Dec 2026", or "Always". */
    String summary() {
        return summary(draft);
    }

    String summary(ScheduleDraft d) {
        if (d.unreadable()) {
            return texts.get("schedule.unreadable");
        }
        if (d.always()) {
            return texts.get("schedule.always");
        }
        List<String> parts = new ArrayList<>();
        if (d.days().isEmpty()) {
            parts.add(texts.get("schedule.noDay"));
        } else if (d.days().size() < 7) {
            parts.add(days(d));
        }
        for (Hours h : d.rows()) {
            parts.add(clock(h.start()) + "–" + clock(h.end()));
        }
        if (d.from().isPresent() && d.until().isPresent()) {
            parts.add(texts.get("schedule.fromUntil", dateText(d.from()), dateText(d.until())));
        } else if (d.from().isPresent()) {
            parts.add(texts.get("schedule.from", dateText(d.from())));
        } else if (d.until().isPresent()) {
            parts.add(texts.get("schedule.until", dateText(d.until())));
        }
        return capital(String.join(", ", parts));
    }

    /** The chosen days as runs: three or more in a row joined by a dash ("Mon–Fri, Sun"). */
    private String days(ScheduleDraft d) {
        List<String> out = new ArrayList<>();
        List<DayOfWeek> week = week();
        int i = 0;
        while (i < 7) {
            if (!d.days().contains(week.get(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < 7 && d.days().contains(week.get(j + 1))) {
                j++;
            }
            if (j - i >= 2) {
                out.add(shortName(week.get(i)) + "–" + shortName(week.get(j)));
            } else {
                for (int k = i; k <= j; k++) {
                    out.add(shortName(week.get(k)));
                }
            }
            i = j + 1;
        }
        return String.join(", ", out);
    }

    private String capital(String s) {
        Locale l = texts.locale();
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(l) + s.substring(1);
    }
}
