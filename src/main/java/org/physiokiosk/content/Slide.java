package org.physiokiosk.content;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.physiokiosk.schedule.Schedule;

/** One slide of the attract loop. The loop order is decided by {@link SlideLibrary#loopSlides()}. */
public sealed interface Slide {

    /** A stable id for usage statistics and screenshot file names, e.g. {@code technique-chin-tuck}. */
    String id();

    /**
     * True when the slide may be on the loop at the wall-clock time {@code t}: its own schedule and
     * its category's; a category's opening slide also needs one of its techniques on.
     */
    default boolean isShownAt(LocalDateTime t) {
        return offAt(t).isEmpty();
    }

    /** Why the slide may not be on the loop at the wall-clock time {@code t}, or empty when it may. */
    Optional<Off> offAt(LocalDateTime t);

    /** Why a slide is off the loop at a moment (staff mode says it in words). */
    sealed interface Off {
        /** Its own schedule keeps it off. */
        record OwnSchedule(Schedule.Off why) implements Off {
        }

        /** Its category's schedule keeps it off (and all the category's techniques). */
        record CategorySchedule(Category category, Schedule.Off why) implements Off {
        }

        /** Staff switched it off. */
        record SwitchedOff() implements Off {
        }

        /** A category's opening slide, none of whose techniques is on. */
        record NoTechniqueOn() implements Off {
        }
    }

    /** The welcome slide that invites a touch. */
    record Intro(GeneralText text) implements Slide {
        @Override
        public String id() {
            return "intro";
        }

        @Override
        public Optional<Off> offAt(LocalDateTime t) {
            return Optional.empty();
        }
    }

    /** Opens a group of techniques: its summary, tips and a preview of its techniques. */
    record CategoryIntro(Category category, List<Technique> techniques) implements Slide {
        public CategoryIntro {
            techniques = List.copyOf(techniques);
        }

        @Override
        public String id() {
            return "category-" + category.id();
        }

        @Override
        public Optional<Off> offAt(LocalDateTime t) {
            Optional<Schedule.Off> own = category.schedule().offAt(t);
            if (own.isPresent()) {
                return Optional.of(new Off.OwnSchedule(own.get()));
            }
            return techniques.stream().anyMatch(x -> x.schedule().isShownAt(t)) ? Optional.empty()
                    : Optional.of(new Off.NoTechniqueOn());
        }

        /** This slide previewing only the techniques on the loop at {@code t} (itself when all are). */
        public CategoryIntro at(LocalDateTime t) {
            List<Technique> on = techniques.stream().filter(x -> x.schedule().isShownAt(t)).toList();
            return on.size() == techniques.size() ? this : new CategoryIntro(category, on);
        }
    }

    /** One technique: illustration, title, steps, dose and cautions. */
    record TechniqueSlide(Technique technique, Category category) implements Slide {
        @Override
        public String id() {
            return "technique-" + technique.id();
        }

        @Override
        public Optional<Off> offAt(LocalDateTime t) {
            Optional<Schedule.Off> ofCategory = category.schedule().offAt(t);
            if (ofCategory.isPresent()) {
                return Optional.of(new Off.CategorySchedule(category, ofCategory.get()));
            }
            return technique.schedule().offAt(t).map(Off.OwnSchedule::new);
        }
    }

    /** One of the clinic's notices, shown between categories. */
    record NoticeSlide(Notice notice) implements Slide {
        /** Every notice's id starts with this, which keeps its plays apart from the slides' in the usage log. */
        public static final String ID_PREFIX = "notice-";

        @Override
        public String id() {
            return ID_PREFIX + notice.id();
        }

        @Override
        public Optional<Off> offAt(LocalDateTime t) {
            if (!notice.enabled()) {
                return Optional.of(new Off.SwitchedOff());
            }
            return notice.schedule().offAt(t).map(Off.OwnSchedule::new);
        }
    }

    /** Ends the loop with the article's closing advice and the safety line. */
    record Closing(GeneralText text) implements Slide {
        @Override
        public String id() {
            return "closing";
        }

        @Override
        public Optional<Off> offAt(LocalDateTime t) {
            return Optional.empty();
        }
    }
}
