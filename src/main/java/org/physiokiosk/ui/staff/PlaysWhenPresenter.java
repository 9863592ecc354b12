package org.physiokiosk.ui.staff;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.physiokiosk.content.Slide;
import org.physiokiosk.content.SlideLibrary;
import org.physiokiosk.loop.DayProgramme;
import org.physiokiosk.schedule.OpeningHours;
import org.physiokiosk.ui.Texts;

/**
 * "What plays when" without its Swing: the day staff chose (today, a day before or after, a day
 * of the week strip), and that day's programme as lines of words: each hour with what a pass
 * plays then, in order, the closed hours, and what is off all day with why. The programme comes
 * from {@link DayProgramme}, which reads the loop's own rules.
 */
final class PlaysWhenPresenter {

    /** The tab on screen. */
    interface View {
        /** The chosen day or the content changed: show this presenter's state again. */
        void shown();
    }

    /** A day of the week strip. */
    record DayChoice(LocalDate date, String label, boolean chosen, boolean today) {
    }

    /** One line of an hour: a category with its techniques, or a notice place. */
    record Line(String text, boolean notice) {
    }

    /**
     * One row: its time ("08:00–09:00"), a note ("again, after the clocks went back" or ""), and
     * what plays then, or "Closed"; {@code same}: it plays what the hour before it plays, and
     * says so in one line ("Same as 08:00–09:00"), so the hours where something changes stand out.
     */
    record Row(String time, String note, boolean closed, boolean same, List<Line> lines) {
        Row {
            lines = List.copyOf(lines);
        }
    }

    private final Texts texts;
    private final ReasonWords words;
    private final Supplier<SlideLibrary> library;
    private final IntSupplier noticeEvery;
    private final Supplier<OpeningHours> hours;
    private final Clock clock;
    private View view = () -> { };
    private LocalDate chosen;
    private DayProgramme programme;

    /**
     * @param library     the content as staff mode has it now
     * @param noticeEvery the loop's notice spacing setting
     * @param hours       the clinic's opening hours
     * @param clock       the kiosk's clock, in its time zone
     */
    PlaysWhenPresenter(Texts texts, Supplier<SlideLibrary> library, IntSupplier noticeEvery,
                       Supplier<OpeningHours> hours, Clock clock) {
        this.texts = texts;
        this.words = new ReasonWords(texts);
        this.library = library;
        this.noticeEvery = noticeEvery;
        this.hours = hours;
        this.clock = clock;
        this.chosen = LocalDate.now(clock);
        read();
    }

    void attach(View v) {
        this.view = v;
        v.shown();
    }

    /** Reads the content and settings again (they may have changed on another tab). */
    void refresh() {
        read();
        view.shown();
    }

    void today() {
        choose(LocalDate.now(clock));
    }

    void previous() {
        choose(chosen.minusDays(1));
    }

    void next() {
        choose(chosen.plusDays(1));
    }

    void choose(LocalDate day) {
        chosen = day;
        read();
        view.shown();
    }

    LocalDate chosen() {
        return chosen;
    }

    DayProgramme programme() {
        return programme;
    }

    private void read() {
        programme = DayProgramme.of(library.get(), noticeEvery.getAsInt(), hours.get(), chosen, clock.getZone());
    }

    /** "Wednesday 2 December 2026", with "(today)" when it is. */
    String heading() {
        String day = DateTimeFormatter.ofPattern(texts.get("staff.plays.dayFormat"), texts.locale()).format(chosen);
        day = day.substring(0, 1).toUpperCase(texts.locale()) + day.substring(1);
        return chosen.equals(LocalDate.now(clock)) ? texts.get("staff.plays.isToday", day) : day;
    }

    /** The chosen day's week, Monday to Sunday. */
    List<DayChoice> week() {
        LocalDate monday = chosen.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        DateTimeFormatter f = DateTimeFormatter.ofPattern(texts.get("staff.plays.weekFormat"), texts.locale());
        LocalDate today = LocalDate.now(clock);
        List<DayChoice> out = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            LocalDate d = monday.plusDays(i);
            out.add(new DayChoice(d, f.format(d), d.equals(chosen), d.equals(today)));
        }
        return out;
    }

    /** The clocks change that day: in words, or "". */
    String clockNote() {
        if (programme.clockChange().isEmpty()) {
            return "";
        }
        ZoneOffsetTransition t = programme.clockChange().get();
        String at = clock(t.getDateTimeBefore());
        if (t.isGap()) {
            return texts.get("staff.plays.forward", at);
        }
        return texts.get("staff.plays.back", at, clock(t.getDateTimeAfter()) + "–" + at);
    }

    /** The day from midnight to midnight; closed hours in a row are one row. */
    List<Row> rows() {
        List<Row> out = new ArrayList<>();
        DayProgramme.Row runStart = null;
        String runTime = "";
        for (DayProgramme.Row r : programme.rows()) {
            String time = clock(r.from()) + "–" + (r.to().toLocalDate().isAfter(chosen) && r.to().toLocalTime()
                    .equals(LocalTime.MIDNIGHT) ? "24:00" : clock(r.to()));
            String note = r.repeated() ? texts.get("staff.plays.again") : "";
            if (r.closed()) {
                out.add(new Row(time, note, true, false, List.of(new Line(texts.get("staff.plays.closed"), false))));
                runStart = null;
            } else if (runStart != null && runStart.items().equals(r.items())) {
                out.add(new Row(time, note, false, true, List.of(new Line(texts.get("staff.plays.same", runTime),
                        false))));
            } else {
                out.add(new Row(time, note, false, false, lines(r.items())));
                runStart = r;
                runTime = time;
            }
        }
        return out;
    }

    /** "Stretching: Chin tuck, Seated spinal twist", "Notice: Closed 24–26 December", in play order. */
    private List<Line> lines(List<DayProgramme.Item> items) {
        List<Line> out = new ArrayList<>();
        String category = null;
        List<String> techniques = new ArrayList<>();
        for (DayProgramme.Item item : items) {
            if (item instanceof DayProgramme.Item.Shown s && s.slide() instanceof Slide.TechniqueSlide t) {
                techniques.add(t.technique().title());
                continue;
            }
            if (category != null) {
                out.add(new Line(category + ": " + String.join(", ", techniques), false));
                category = null;
                techniques.clear();
            }
            if (item instanceof DayProgramme.Item.Shown s && s.slide() instanceof Slide.CategoryIntro c) {
                category = c.category().title();
            } else if (item instanceof DayProgramme.Item.Notices n) {
                String titles = n.inTurn().stream().map(x -> x.notice().title()).collect(Collectors.joining(" / "));
                out.add(new Line(texts.get(n.inTurn().size() == 1 ? "staff.plays.notice" : "staff.plays.noticeTurns",
                        titles), true));
            }
        }
        if (category != null) {
            out.add(new Line(category + ": " + String.join(", ", techniques), false));
        }
        return out;
    }

    /** "Technique: Chin tuck — off: 08:00–12:00 only", for each thing that plays at no time that day. */
    List<String> offToday() {
        return programme.offToday().stream().map(o -> texts.get("staff.plays.offLine", kind(o.slide()), title(o.slide()),
                words.off(o.why()))).toList();
    }

    /** Under "Off today" when nothing is: closed all day, or everything plays. */
    String offTodayEmpty() {
        return texts.get(programme.closedAllDay() ? "staff.plays.closedAllDay" : "staff.plays.nothingOff");
    }

    private String kind(Slide s) {
        if (s instanceof Slide.CategoryIntro) {
            return texts.get("staff.plays.kind.category");
        }
        return texts.get(s instanceof Slide.NoticeSlide ? "staff.plays.kind.notice" : "staff.plays.kind.technique");
    }

    private static String title(Slide s) {
        if (s instanceof Slide.CategoryIntro c) {
            return c.category().title();
        }
        if (s instanceof Slide.TechniqueSlide t) {
            return t.technique().title();
        }
        return s instanceof Slide.NoticeSlide n ? n.notice().title() : s.id();
    }

    private static String clock(LocalDateTime t) {
        return String.format("%02d:%02d", t.getHour(), t.getMinute());
    }
}
