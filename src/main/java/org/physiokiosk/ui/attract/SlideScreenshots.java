package org.physiokiosk.ui.attract;

import org.physiokiosk.ui.TextBlock;
import java.awt.Component;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import javax.swing.SwingUtilities;
import org.physiokiosk.content.Slide;
import org.physiokiosk.ui.Texts;
import org.physiokiosk.ui.slides.SlideViews;
import org.physiokiosk.ui.slides.SlideView;

/**
 * Renders slides to images without a display, exactly as the loop shows them, and checks
 * that nothing is clipped or overlapping. Used by {@code --screenshot} and by the tests.
 */
public final class SlideScreenshots {

    private final SlideViews views;
    private final Texts texts;

    public SlideScreenshots(SlideViews views, Texts texts) {
        this.views = views;
        this.texts = texts;
    }

    /** The loop screen showing slide {@code index} of {@code count}, at {@code width} x {@code height}. */
    public BufferedImage render(Slide slide, int index, int count, int width, int height) {
        return AttractLoopPanel.renderOffscreen(views.create(slide), texts, index, count, width, height);
    }

    /**
     * What would be wrong with this slide on a screen of this size: text that does not fit
     * even at the smallest allowed size, text running out of the slide, or parts overlapping.
     * Empty when the slide is fine.
     */
    public List<String> layoutProblems(Slide slide, int width, int height) {
        SlideView view = views.create(slide);
        AttractLoopPanel.renderOffscreen(view, texts, 0, 1, width, height);
        List<String> problems = new ArrayList<>();
        Rectangle slideBounds = new Rectangle(0, 0, view.getWidth(), view.getHeight());
        List<Component> parts = new ArrayList<>();
        for (Component c : view.getComponents()) {
            parts.add(c);
        }
        for (TextBlock t : view.textBlocks()) {
            String first = t.text().lines().findFirst().orElse("");
            Rectangle r = SwingUtilities.convertRectangle(t.getParent(), t.getBounds(), view);
            if (!t.fits()) {
                problems.add(slide.id() + " @" + width + "x" + height + ": text does not fit even at "
                        + Math.round(TextBlock.MIN_FIT * 100) + "%: \"" + first + "\"");
            }
            if (t.wasCut()) {
                problems.add(slide.id() + " @" + width + "x" + height + ": text too long for a slide, cut with "
                        + "\"…\" (see the log): \"" + first + "\"");
            }
            if (r.width <= 0 || r.height <= 0 || !slideBounds.contains(r)) {
                problems.add(slide.id() + " @" + width + "x" + height + ": text outside the slide " + r
                        + ": \"" + first + "\"");
            }
        }
        for (int i = 0; i < parts.size(); i++) {
            for (int j = i + 1; j < parts.size(); j++) {
                if (parts.get(i).getBounds().intersects(parts.get(j).getBounds())) {
                    problems.add(slide.id() + " @" + width + "x" + height + ": parts overlap: "
                            + parts.get(i).getBounds() + " and " + parts.get(j).getBounds());
                }
            }
            if (!slideBounds.contains(parts.get(i).getBounds())) {
                problems.add(slide.id() + " @" + width + "x" + height + ": part outside the slide: "
                        + parts.get(i).getBounds());
            }
        }
        return problems;
    }

    /**
     * What a person reads on the screen showing this slide, laid out at this size: each text
     * block of the slide (dose labels included), then the strip's hint. To proof a language.
     */
    public List<String> words(Slide slide, int width, int height) {
        SlideView view = views.create(slide);
        AttractLoopPanel.renderOffscreen(view, texts, 0, 1, width, height);
        List<String> words = new ArrayList<>();
        view.textBlocks().forEach(t -> words.add(t.text()));
        words.add(texts.get("attract.touchHint"));
        return words;
    }

    /** The smallest text size on the slide at this screen size, in pixels. */
    public float smallestTextPx(Slide slide, int width, int height) {
        SlideView view = views.create(slide);
        AttractLoopPanel.renderOffscreen(view, texts, 0, 1, width, height);
        return (float) view.textBlocks().stream().mapToDouble(TextBlock::smallestFontPx).min().orElse(0);
    }
}
