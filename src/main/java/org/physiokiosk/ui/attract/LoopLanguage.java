package org.physiokiosk.ui.attract;

import java.util.List;
import java.util.Locale;
import org.physiokiosk.content.Slide;
import org.physiokiosk.ui.slides.SlideViews;

/**
 * One pass of the attract loop: the slides in a language, the clinic's notices in it (placed
 * between categories by the loop) and the views that draw them in it.
 */
public record LoopLanguage(Locale locale, List<Slide> slides, List<Slide.NoticeSlide> notices, SlideViews views) {

    public LoopLanguage {
        slides = List.copyOf(slides);
        notices = List.copyOf(notices);
    }

    /** A pass without notices. */
    public LoopLanguage(Locale locale, List<Slide> slides, SlideViews views) {
        this(locale, slides, List.of(), views);
    }
}
