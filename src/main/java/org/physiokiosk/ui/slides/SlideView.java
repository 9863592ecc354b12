package org.physiokiosk.ui.slides;

import org.physiokiosk.ui.TextBlock;
import java.awt.Component;
import java.awt.Container;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.util.List;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;
import org.physiokiosk.content.Slide;

/**
 * One slide as patients see it. Everything in it is sized from the slide's height, so the
 * same slide reads the same on a 720p and a 4K screen.
 */
public final class SlideView extends JPanel {
    private static final long serialVersionUID = 1L;

    /** The design height all sizes are given for. */
    static final float DESIGN_HEIGHT = 1080f;

    private final transient Slide slide;

    SlideView(Slide slide, MigLayout layout) {
        super(layout);
        this.slide = slide;
        setName("slide-" + slide.id());
        setOpaque(true);
        addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                applyUnit();
            }
        });
    }

    public Slide slide() {
        return slide;
    }

    /** All text on this slide, for fit checks and screen readers. */
    public List<TextBlock> textBlocks() {
        return TextBlock.allIn(this);
    }

    private void applyUnit() {
        float unit = Math.max(0.1f, getHeight() / DESIGN_HEIGHT);
        textBlocks().forEach(t -> t.setUnit(unit));
        getAccessibleContext().setAccessibleName(textBlocks().isEmpty() ? slide.id()
                : textBlocks().get(0).text().lines().findFirst().orElse(slide.id()));
    }

    /** Lays the slide out at a size without a window (screenshots, tests, crossfade snapshots). */
    public void layoutAt(int width, int height) {
        setSize(width, height);
        applyUnit();
        layoutTree(this);
        layoutTree(this); // second pass: wrapped text knows its width now
    }

    public static void layoutTree(Container c) {
        c.invalidate(); // MigLayout caches its grid; offscreen nothing else tells it the size changed
        c.doLayout();
        for (Component child : c.getComponents()) {
            if (child instanceof Container cc) {
                layoutTree(cc);
            }
        }
    }
}
