package org.physiokiosk.ui.journey;

import java.awt.BasicStroke;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import javax.swing.JButton;
import org.physiokiosk.ui.theme.KioskTheme;

/**
 * A tall button at the side of the tiles or cards that turns the page: a large chevron, no
 * words to misread beside "Next" (its name says "Next page" to a screen reader). Beside the
 * grid rather than under it, it costs the screen width, which a wide screen has to spare,
 * not the height that the larger text needs.
 */
final class PageButton extends JButton {
    private static final long serialVersionUID = 1L;

    private final boolean forward;

    PageButton(boolean forward) {
        this.forward = forward;
    }

    @Override
    protected void paintComponent(Graphics g) {
        super.paintComponent(g);
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            float w = getWidth();
            float h = getHeight();
            float size = Math.min(w * 0.42f, h * 0.3f);
            float cx = w / 2f + (forward ? size * 0.18f : -size * 0.18f);
            float cy = h / 2f;
            Path2D chevron = new Path2D.Float();
            float dx = forward ? -size * 0.35f : size * 0.35f;
            chevron.moveTo(cx + dx, cy - size * 0.6f);
            chevron.lineTo(cx - dx, cy);
            chevron.lineTo(cx + dx, cy + size * 0.6f);
            g2.setColor(isEnabled() ? getForeground() : KioskTheme.color("Kiosk.tileBorder"));
            g2.setStroke(new BasicStroke(Math.max(3f, size * 0.16f), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g2.draw(chevron);
        } finally {
            g2.dispose();
        }
    }
}
