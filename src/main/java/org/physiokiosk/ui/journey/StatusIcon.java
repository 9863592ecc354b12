package org.physiokiosk.ui.journey;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import javax.accessibility.AccessibleRole;
import org.physiokiosk.ui.PaintedComponent;
import org.physiokiosk.ui.WarningSign;
import org.physiokiosk.ui.theme.KioskTheme;

/** A large tick (done) or warning sign (failed) above a status message: not told by colour alone. */
final class StatusIcon extends PaintedComponent {
    private static final long serialVersionUID = 1L;

    private final boolean ok;

    StatusIcon(boolean ok, String description) {
        super(AccessibleRole.ICON, description);
        this.ok = ok;
    }

    @Override
    protected void paintComponent(Graphics g) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            float s = Math.min(getWidth(), getHeight());
            float x = (getWidth() - s) / 2f;
            float y = (getHeight() - s) / 2f;
            if (ok) {
                g2.setColor(KioskTheme.color("Kiosk.teal"));
                g2.fill(new Ellipse2D.Float(x, y, s, s));
                Path2D tick = new Path2D.Float();
                tick.moveTo(x + s * 0.28f, y + s * 0.52f);
                tick.lineTo(x + s * 0.44f, y + s * 0.68f);
                tick.lineTo(x + s * 0.73f, y + s * 0.36f);
                g2.setColor(Color.WHITE);
                g2.setStroke(new BasicStroke(s * 0.1f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g2.draw(tick);
            } else {
                WarningSign.paint(g2, x + s * 0.03f, y + s * 0.06f, s * 0.94f, s * 0.84f);
            }
        } finally {
            g2.dispose();
        }
    }
}
