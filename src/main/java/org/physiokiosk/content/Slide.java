package org.physiokiosk.content;

import java.util.List;

/** One slide of the attract loop. The loop order is decided by {@link SlideLibrary#loopSlides()}. */
public sealed interface Slide {

    /** A stable id for usage statistics and screenshot file names, e.g. {@code technique-chin-tuck}. */
    String id();

    /** The welcome slide that invites a touch. */
    record Intro(GeneralText text) implements Slide {
        @Override
        public String id() {
            return "intro";
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
    }

    /** One technique: illustration, title, steps, dose and cautions. */
    record TechniqueSlide(Technique technique, Category category) implements Slide {
        @Override
        public String id() {
            return "technique-" + technique.id();
        }
    }

    /** Ends the loop with the article's closing advice and the safety line. */
    record Closing(GeneralText text) implements Slide {
        @Override
        public String id() {
            return "closing";
        }
    }
}
