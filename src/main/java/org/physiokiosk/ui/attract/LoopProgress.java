package org.physiokiosk.ui.attract;

import java.awt.Dimension;
import java.awt.Font;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.RoundRectangle2D;
import java.text.MessageFormat;
import javax.accessibility.AccessibleRole;
import org.physiokiosk.ui.PaintedComponent;
import org.physiokiosk.ui.theme.KioskTheme;

/**
 * The strip under the slides: one segment per slide, the current one filling up as its
 * time runs, and the invitation to touch the screen.
 */
final class LoopProgress extends PaintedComponent {
    private static final long serialVersionUID = 1L;

    private final String hint;
    private final String slideOf;
    private int index;
    private int count = 1;
    private double progress;
    /** The bar's length at the last repaint, in half pixels of a segment (-1: never painted). */
    private long step = -1;

    /**
     * @param hint    the invitation to touch the screen
     * @param slideOf pattern for screen readers, e.g. "Slide {0} of {1}"
     */
    LoopProgress(String hint, String slideOf) {
        super(AccessibleRole.PROGRESS_BAR, hint);
        this.hint = hint;
        this.slideOf = slideOf;
        setName("loop-progress");
    }

    void update(int index, int count, double progress) {
        int c = Math.max(1, count);
        // Repainted only when the bar grows by half a pixel or the slide changes: the loop's timer asks
        // 25 times a second, and on a slide of 10 s at 1080p the bar grows about 5 pixels a second.
        long step = (long) Math.floor(progress * Math.max(1, getWidth()) / c * 2);
        boolean same = index == this.index && c == this.count && step == this.step;
        this.index = index;
        this.count = c;
        this.progress = progress;
        this.step = step;
        if (same) {
            return;
        }
        getAccessibleContext().setAccessibleDescription(MessageFormat.format(slideOf, index + 1, this.count));
        repaint();
    }

    int index() {
        return index;
    }

    @Override
    public Dimension getPreferredSize() {
        Dimension screen = getParent() == null ? new Dimension(1920, 1080) : getParent().getSize();
        return new Dimension(screen.width, Math.max(36, Math.round(screen.height * 0.075f)));
    }

    @Override
    protected void paintComponent(Graphics g) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            float h = getHeight();
            float w = getWidth();
            float margin = w * 0.05f;

            // The invitation, on a pill at the right.
            Font font = KioskTheme.font(h * 0.36f, true);
            TextLayout text = new TextLayout(hint, font, new FontRenderContext(null, true, true));
            float pillH = h * 0.66f;
            float pillW = text.getAdvance() + pillH;
            float pillX = w - margin - pillW;
            float pillY = (h - pillH) / 2f - h * 0.08f;
            g2.setColor(KioskTheme.color("Kiosk.hintBackground"));
            g2.fill(new RoundRectangle2D.Float(pillX, pillY, pillW, pillH, pillH, pillH));
            g2.setColor(KioskTheme.color("Kiosk.hintText"));
            text.draw(g2, pillX + pillH / 2f, pillY + pillH / 2f + (text.getAscent() - text.getDescent()) / 2f);

            // One segment per slide.
            float barW = pillX - margin * 1.5f;
            float gap = Math.max(2f, barW * 0.006f);
            float segW = (barW - gap * (count - 1)) / count;
            float segH = Math.max(4f, h * 0.1f);
            float y = (h - segH) / 2f - h * 0.08f;
            for (int i = 0; i < count; i++) {
                float x = margin + i * (segW + gap);
                g2.setColor(KioskTheme.color("Kiosk.progressTrack"));
                g2.fill(new RoundRectangle2D.Float(x, y, segW, segH, segH, segH));
                double filled = i < index ? 1 : i == index ? progress : 0;
                if (filled > 0) {
                    g2.setColor(KioskTheme.color("Kiosk.progressFill"));
                    g2.fill(new RoundRectangle2D.Float(x, y, (float) (segW * filled), segH, segH, segH));
                }
            }
        } finally {
            g2.dispose();
        }
    }
}
