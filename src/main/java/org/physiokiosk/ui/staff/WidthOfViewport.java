package org.physiokiosk.ui.staff;

import java.awt.Dimension;
import java.awt.LayoutManager;
import java.awt.Rectangle;
import javax.swing.JPanel;
import javax.swing.Scrollable;

/**
 * A panel as wide as its scroll pane's view, growing only downwards: long text wraps instead of
 * widening it. It may also fill the view's height when it needs less.
 */
final class WidthOfViewport extends JPanel implements Scrollable {
    private static final long serialVersionUID = 1L;

    /** True: as tall as the visible area when that is taller than the content (a page whose parts grow). */
    private final boolean fillsHeight;

    WidthOfViewport(LayoutManager layout) {
        this(layout, false);
    }

    WidthOfViewport(LayoutManager layout, boolean fillsHeight) {
        super(layout);
        this.fillsHeight = fillsHeight;
    }

    @Override
    public Dimension getPreferredScrollableViewportSize() {
        return getPreferredSize();
    }

    @Override
    public int getScrollableUnitIncrement(Rectangle visible, int orientation, int direction) {
        return 24;
    }

    @Override
    public int getScrollableBlockIncrement(Rectangle visible, int orientation, int direction) {
        return Math.max(24, visible.height - 48);
    }

    @Override
    public boolean getScrollableTracksViewportWidth() {
        return true;
    }

    @Override
    public boolean getScrollableTracksViewportHeight() {
        return fillsHeight && getParent() instanceof javax.swing.JViewport v
                && v.getHeight() > getPreferredSize().height;
    }
}
