package org.physiokiosk.ui.attract;

import java.util.List;
import java.util.Locale;
import org.physiokiosk.content.Slide;
import org.physiokiosk.ui.slides.SlideViews;

/** One pass of the attract loop: the slides in a language and the views that draw them in it. */
public record LoopLanguage(Locale locale, List<Slide> slides, SlideViews views) {

    public LoopLanguage {
        slides = List.copyOf(slides);
    }
}
