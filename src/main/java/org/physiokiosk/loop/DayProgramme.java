package org.physiokiosk.loop;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.physiokiosk.content.Category;
import org.physiokiosk.content.Notice;
import org.physiokiosk.content.Slide;
import org.physiokiosk.content.SlideLibrary;
import org.physiokiosk.content.Technique;
import org.physiokiosk.schedule.OpeningHours;
import org.physiokiosk.schedule.TimeRange;

/**
 * The loop as it will run on one day, hour by hour: for each hour (split where a schedule or the
 * opening hours change within it) what a pass beginning then plays, in order, or that the kiosk
 * is closed (closed hours in a row are one row); and what is off all day, with why. Read from
 * {@link LoopRules} and {@link OpeningHours}, the rules the loop itself plays by. Rows follow the
 * time line, so the spring day has 23 hours and the autumn day 25 (its repeated hour twice).
 *
 * @param rows        from midnight to midnight, each starting where the one before ends
 * @param offToday    what does not play at all while the kiosk is open that day, with why
 * @param clockChange the day's clock change, if the clocks go forward or back that day
 */
public record DayProgramme(LocalDate day, ZoneId zone, List<Row> rows, List<Off> offToday,
                           Optional<ZoneOffsetTransition> clockChange) {

    public DayProgramme {
        rows = List.copyOf(rows);
        offToday = List.copyOf(offToday);
    }

    /** One thing a pass plays: a slide, or a place where notices take turns. */
    public sealed interface Item {
        /** A slide (intro, a category's opening slide, a technique, closing). */
        record Shown(Slide slide) implements Item {
        }

        /** A notice place: these notices, all on their schedule, take turns there, one per pass. */
        record Notices(List<Slide.NoticeSlide> inTurn) implements Item {
            public Notices {
                inTurn = List.copyOf(inTurn);
            }
        }
    }

    /**
     * Part of the day on the time line.
     *
     * @param from     the wall clock at its start
     * @param to       the wall clock at its end ({@code 24:00} is midnight next day)
     * @param closed   the kiosk shows its closed screen
     * @param repeated the second time the wall clock shows these times (the autumn change)
     * @param items    a pass beginning in it, in play order (empty when closed)
     */
    public record Row(Instant start, Instant end, LocalDateTime from, LocalDateTime to, boolean closed,
                      boolean repeated, List<Item> items) {
        public Row {
            items = List.copyOf(items);
        }

        public Duration length() {
            return Duration.between(start, end);
        }

        /** Every slide id a pass in this row may play (each notice that takes a turn). */
        public Set<String> ids() {
            Set<String> out = new LinkedHashSet<>();
            for (Item i : items) {
                if (i instanceof Item.Shown s) {
                    out.add(s.slide().id());
                } else {
                    ((Item.Notices) i).inTurn().forEach(n -> out.add(n.id()));
                }
            }
            return out;
        }
    }

    /** Something that does not play that day, and why. */
    public record Off(Slide slide, Reason why) {
    }

    /** True when the kiosk is closed the whole day. */
    public boolean closedAllDay() {
        return rows.stream().allMatch(Row::closed);
    }

    /** The row in which the instant falls. */
    public Optional<Row> rowAt(Instant t) {
        return rows.stream().filter(r -> !t.isBefore(r.start()) && t.isBefore(r.end())).findFirst();
    }

    /**
     * The programme of {@code day} for the loop of {@code library}'s slides and notices (a notice
     * place after every {@code noticeEvery} categories), open in {@code hours}, in {@code zone}.
     */
    public static DayProgramme of(SlideLibrary library, int noticeEvery, OpeningHours hours, LocalDate day,
                                  ZoneId zone) {
        List<Slide> pass = library.loopSlides();
        List<Slide.NoticeSlide> notices = library.noticeSlides();
        int every = notices.isEmpty() ? 0 : noticeEvery;
        List<Row> segments = new ArrayList<>();
        List<Instant> cuts = cuts(library, hours, day, zone);
        ZoneRules rules = zone.getRules();
        for (int i = 0; i + 1 < cuts.size(); i++) {
            Instant start = cuts.get(i);
            Instant end = cuts.get(i + 1);
            LocalDateTime from = LocalDateTime.ofInstant(start, zone);
            LocalDateTime to = LocalDateTime.ofInstant(end.minusNanos(1), zone).truncatedTo(ChronoUnit.MINUTES)
                    .plusMinutes(1);
            List<ZoneOffset> offsets = rules.getValidOffsets(from);
            boolean repeated = offsets.size() == 2 && rules.getOffset(start).equals(offsets.get(1));
            boolean closed = !hours.isOpenAt(from);
            List<Item> items = closed ? List.of() : items(pass, notices, every, from);
            segments.add(new Row(start, end, from, to, closed, repeated, items));
        }
        List<Row> rows = joined(segments);
        return new DayProgramme(day, zone, rows, offToday(library, segments), change(day, zone));
    }

    private static List<Item> items(List<Slide> pass, List<Slide.NoticeSlide> notices, int every, LocalDateTime t) {
        List<Item> out = new ArrayList<>();
        for (LoopRules.Place p : LoopRules.passAt(pass, t, every)) {
            if (p instanceof LoopRules.Place.Play play) {
                out.add(new Item.Shown(play.slide()));
            } else {
                List<Slide.NoticeSlide> on = notices.stream().filter(n -> n.isShownAt(t)).toList();
                if (!on.isEmpty()) {
                    out.add(new Item.Notices(on));
                }
            }
        }
        return out;
    }

    /**
     * Where the day is cut: each whole hour, and each minute a schedule or the opening hours begin
     * or end, at every instant the wall clock shows it; the clock changes; midnight to midnight.
     */
    private static List<Instant> cuts(SlideLibrary library, OpeningHours hours, LocalDate day, ZoneId zone) {
        TreeSet<Integer> minutes = new TreeSet<>();
        for (int h = 0; h < 24; h++) {
            minutes.add(h * 60);
        }
        for (TimeRange r : hours.hoursOn(day)) {
            minutes.add(r.start());
            minutes.add(r.end());
        }
        library.categories().forEach(c -> minutes.addAll(c.schedule().changeMinutes()));
        library.techniques().forEach(t -> minutes.addAll(t.schedule().changeMinutes()));
        library.notices().forEach(n -> minutes.addAll(n.schedule().changeMinutes()));
        ZoneRules rules = zone.getRules();
        Instant first = day.atStartOfDay(zone).toInstant();
        Instant last = day.plusDays(1).atStartOfDay(zone).toInstant();
        TreeSet<Instant> cuts = new TreeSet<>();
        cuts.add(first);
        cuts.add(last);
        for (int m : minutes.headSet(TimeRange.DAY)) {
            LocalDateTime wall = day.atTime(m / 60, m % 60);
            List<ZoneOffset> offsets = rules.getValidOffsets(wall);
            if (offsets.isEmpty()) {
                cuts.add(rules.getTransition(wall).getInstant());
            } else {
                offsets.forEach(o -> cuts.add(wall.toInstant(o)));
            }
        }
        for (ZoneOffsetTransition t = rules.nextTransition(first.minusNanos(1));
             t != null && t.getInstant().isBefore(last); t = rules.nextTransition(t.getInstant())) {
            cuts.add(t.getInstant());
        }
        return List.copyOf(cuts.subSet(first, true, last, true));
    }

    /**
     * Closed rows in a row become one; a row split within an hour by a change that changes nothing
     * (a schedule inside a category that is off) is joined again.
     */
    private static List<Row> joined(List<Row> segments) {
        List<Row> out = new ArrayList<>();
        for (Row r : segments) {
            Row last = out.isEmpty() ? null : out.get(out.size() - 1);
            boolean join = last != null && (last.closed() && r.closed() || !last.closed() && !r.closed()
                    && last.repeated() == r.repeated() && last.items().equals(r.items()) && r.from().getMinute() != 0);
            if (join) {
                out.set(out.size() - 1, new Row(last.start(), r.end(), last.from(), r.to(), r.closed(),
                        last.repeated() && r.repeated(), r.items()));
            } else {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * What plays in no open part of the day: categories (each followed by its techniques), then
     * notices; each with why, as found at the first open time (none when closed all day).
     */
    private static List<Off> offToday(SlideLibrary library, List<Row> segments) {
        List<Row> open = segments.stream().filter(r -> !r.closed()).toList();
        if (open.isEmpty()) {
            return List.of();
        }
        Set<String> playing = new LinkedHashSet<>();
        open.forEach(r -> playing.addAll(r.ids()));
        List<Off> out = new ArrayList<>();
        for (Category c : library.categories()) {
            List<Technique> enabled = library.techniquesIn(c.id());
            Slide.CategoryIntro intro = new Slide.CategoryIntro(c, enabled);
            if (!playing.contains(intro.id())) {
                out.add(new Off(intro, enabled.isEmpty() ? new Reason.NoTechniqueOn() : why(intro, open, segments,
                        library)));
            }
            for (Technique t : library.techniques()) {
                if (!t.categoryId().equals(c.id())) {
                    continue;
                }
                Slide.TechniqueSlide slide = new Slide.TechniqueSlide(t, c);
                if (!t.enabled()) {
                    out.add(new Off(slide, new Reason.SwitchedOff()));
                } else if (!playing.contains(slide.id())) {
                    out.add(new Off(slide, why(slide, open, segments, library)));
                }
            }
        }
        for (Notice n : library.notices()) {
            Slide.NoticeSlide slide = new Slide.NoticeSlide(n);
            if (!playing.contains(slide.id())) {
                out.add(new Off(slide, why(slide, open, segments, library)));
            }
        }
        return out;
    }

    /** Why {@code slide} is off at the first open time; hours that fall only while closed are said so. */
    private static Reason why(Slide slide, List<Row> open, List<Row> segments, SlideLibrary library) {
        if (open.stream().anyMatch(r -> slide.isShownAt(r.from()))) {
            return new Reason.NoNoticePlace(); // on its schedule, yet in no pass: a notice without a place
        }
        Optional<Slide.Off> off = slide.offAt(open.get(0).from());
        Reason why = Reason.of(slide, off.orElseThrow(), library);
        boolean onWhileClosed = segments.stream().anyMatch(r -> r.closed() && slide.isShownAt(r.from()));
        if (onWhileClosed && why instanceof Reason.OtherHours h) {
            return new Reason.OtherHours(h.hours(), true);
        }
        if (onWhileClosed && why instanceof Reason.OfCategory c && c.why() instanceof Reason.OtherHours h) {
            return new Reason.OfCategory(c.category(), new Reason.OtherHours(h.hours(), true));
        }
        return why;
    }

    private static Optional<ZoneOffsetTransition> change(LocalDate day, ZoneId zone) {
        ZoneRules rules = zone.getRules();
        Instant first = day.atStartOfDay(zone).toInstant();
        ZoneOffsetTransition t = rules.nextTransition(first.minusNanos(1));
        return t != null && t.getInstant().isBefore(day.plusDays(1).atStartOfDay(zone).toInstant())
                ? Optional.of(t) : Optional.empty();
    }
}
