package org.physiokiosk.loop;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.physiokiosk.content.ContentProblem;
import org.physiokiosk.content.Slide;
import org.physiokiosk.content.SlideLibrary;
import org.physiokiosk.schedule.Schedule;
import org.physiokiosk.schedule.ScheduleProblem;
import org.physiokiosk.schedule.ScheduleText;
import org.physiokiosk.schedule.TimeRange;

/**
 * Why a slide is off the loop, ready to be said in words: what {@link Slide#offAt} found, with
 * the line to fix when a schedule could not be read.
 */
public sealed interface Reason {

    /** Staff switched it off. */
    record SwitchedOff() implements Reason {
    }

    /** A line of its schedule could not be read (0: the line is not known); off until it is fixed. */
    record BrokenLine(int line) implements Reason {
    }

    /** It shows from {@code day} on. */
    record NotYet(LocalDate day) implements Reason {
    }

    /** It showed until {@code day}. */
    record Ended(LocalDate day) implements Reason {
    }

    /** It shows on these weekdays only. */
    record OtherDays(Set<DayOfWeek> days) implements Reason {
    }

    /**
     * It shows in these hours only; {@code whileClosed}: that day they fall (all of them) when the
     * kiosk is closed.
     */
    record OtherHours(List<TimeRange> hours, boolean whileClosed) implements Reason {
        public OtherHours {
            hours = List.copyOf(hours);
        }
    }

    /** A category none of whose techniques is on. */
    record NoTechniqueOn() implements Reason {
    }

    /** A notice on its schedule that finds no place: notices are off in the settings, or too few categories are on. */
    record NoNoticePlace() implements Reason {
    }

    /** Its category is off, for {@code why}. */
    record OfCategory(String category, Reason why) implements Reason {
    }

    /**
     * Why the technique's slide is off the loop at the wall-clock time {@code t} (its own schedule,
     * its category's, or switched off), or empty when it is on then.
     */
    public static java.util.Optional<Reason> ofTechnique(SlideLibrary library, org.physiokiosk.content.Technique t,
                                                         java.time.LocalDateTime at) {
        if (!t.enabled()) {
            return java.util.Optional.of(new SwitchedOff());
        }
        return library.category(t.categoryId())
                .flatMap(c -> at(new Slide.TechniqueSlide(t, c), at, library));
    }

    /**
     * Why the category's opening slide is off the loop at the wall-clock time {@code at}: its own
     * schedule, or none of its switched-on techniques on then (the loop skips a category with none
     * switched on at all); empty when it is on then. The same slide the loop builds, so the same rule.
     */
    public static java.util.Optional<Reason> ofCategory(SlideLibrary library, org.physiokiosk.content.Category c,
                                                        java.time.LocalDateTime at) {
        return at(new Slide.CategoryIntro(c, library.techniquesIn(c.id())), at, library);
    }

    /** Why the notice is off the loop at the wall-clock time {@code t}, or empty when it is on its schedule then. */
    public static java.util.Optional<Reason> ofNotice(SlideLibrary library, org.physiokiosk.content.Notice n,
                                                      java.time.LocalDateTime at) {
        return at(new Slide.NoticeSlide(n), at, library);
    }

    /** The reason for {@code off}; {@code library} gives the line of a schedule that could not be read. */
    static Reason of(Slide slide, Slide.Off off, SlideLibrary library) {
        if (off instanceof Slide.Off.SwitchedOff) {
            return new SwitchedOff();
        }
        if (off instanceof Slide.Off.NoTechniqueOn) {
            return new NoTechniqueOn();
        }
        if (off instanceof Slide.Off.CategorySchedule c) {
            return new OfCategory(c.category().title(), of(c.why(), c.category().source(), c.category().schedule(),
                    library));
        }
        Slide.Off.OwnSchedule own = (Slide.Off.OwnSchedule) off;
        return of(own.why(), source(slide), own(slide), library);
    }

    /** Why {@code slide} is off at {@code t}, or empty when it is on. */
    static java.util.Optional<Reason> at(Slide slide, java.time.LocalDateTime t, SlideLibrary library) {
        return slide.offAt(t).map(off -> of(slide, off, library));
    }

    private static Reason of(Schedule.Off why, Path source, Schedule schedule, SlideLibrary library) {
        if (why instanceof Schedule.Off.NotYet n) {
            return new NotYet(n.showFrom());
        }
        if (why instanceof Schedule.Off.Ended e) {
            return new Ended(e.showUntil());
        }
        if (why instanceof Schedule.Off.OtherDays d) {
            return new OtherDays(d.days());
        }
        if (why instanceof Schedule.Off.OtherHours h) {
            return new OtherHours(h.hours(), false);
        }
        return new BrokenLine(brokenLine(library, source, schedule));
    }

    private static Path source(Slide slide) {
        if (slide instanceof Slide.CategoryIntro c) {
            return c.category().source();
        }
        if (slide instanceof Slide.TechniqueSlide t) {
            return t.technique().source();
        }
        return slide instanceof Slide.NoticeSlide n ? n.notice().source() : null;
    }

    private static Schedule own(Slide slide) {
        if (slide instanceof Slide.CategoryIntro c) {
            return c.category().schedule();
        }
        if (slide instanceof Slide.TechniqueSlide t) {
            return t.technique().schedule();
        }
        return slide instanceof Slide.NoticeSlide n ? n.notice().schedule() : Schedule.ALWAYS;
    }

    /**
     * The first line of {@code source} whose schedule problem the loader reported: reading the
     * lines again gives the same words the loader put at the start of its problem (0 when none is found).
     */
    static int brokenLine(SlideLibrary library, Path source, Schedule schedule) {
        if (source == null) {
            return 0;
        }
        List<ScheduleProblem> problems = ScheduleText.parse(schedule.written()).problems();
        return library.problems().stream()
                .filter(p -> source.equals(p.file()) && p.line() > 0
                        && problems.stream().anyMatch(s -> p.message().startsWith(s.message())))
                .mapToInt(ContentProblem::line).min().orElse(0);
    }
}
