package org.physiokiosk.content;

import java.time.LocalDateTime;
import java.util.List;

/** One slide of the attract loop. The loop order is decided by {@link SlideLibrary#loopSlides()}. */
public sealed interface Slide {

    /** A stable id for usage statistics and screenshot file names, e.g. {@code technique-chin-tuck}. */
    String id();

    /**
     * True when the slide may be on the loop at the wall-clock time {@code t}: its own schedule and
     * its category's; a category's opening slide also needs one of its techniques on.
     */
    boolean isShownAt(LocalDateTime t);

    /** The welcome slide that invites a touch. */
    record Intro(GeneralText text) implements Slide {
        @Override
        public String id() {
            return "intro";
        }

        @Override
        public boolean isShownAt(LocalDateTime t) {
            return true;
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
        public boolean isShownAt(LocalDateTime t) {
            return category.schedule().isShownAt(t) && techniques.stream().anyMatch(x -> x.schedule().isShownAt(t));
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
        public boolean isShownAt(LocalDateTime t) {
            return category.schedule().isShownAt(t) && technique.schedule().isShownAt(t);
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
        public boolean isShownAt(LocalDateTime t) {
            return notice.enabled() && notice.schedule().isShownAt(t);
        }
    }

    /** Ends the loop with the article's closing advice and the safety line. */
    record Closing(GeneralText text) implements Slide {
        @Override
        public String id() {
            return "closing";
        }

        @Override
        public boolean isShownAt(LocalDateTime t) {
            return true;
        }
    }
}
