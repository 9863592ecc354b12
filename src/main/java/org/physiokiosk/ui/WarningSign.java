package org.physiokiosk.ui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import org.physiokiosk.ui.theme.KioskTheme;

/** The warning sign of cautions and failures: a triangle with "!", so a warning is not told by colour alone. */
public final class WarningSign {

    private WarningSign() {
    }

    /** Paints the sign in the box at (x, top), {@code width} wide and {@code height} high. */
    public static void paint(Graphics2D g2, float x, float top, float width, float height) {
        Path2D tri = new Path2D.Float();
        tri.moveTo(x + width / 2, top);
        tri.lineTo(x + width, top + height);
        tri.lineTo(x, top + height);
        tri.closePath();
        float s = Math.min(width, height);
        g2.setColor(KioskTheme.color("Kiosk.cautionIcon"));
        g2.setStroke(new BasicStroke(s * 0.07f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g2.fill(tri);
        g2.draw(tri);
        g2.setColor(Color.WHITE);
        g2.setStroke(new BasicStroke(s * 0.1f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g2.drawLine(Math.round(x + width / 2), Math.round(top + height * 0.34f), Math.round(x + width / 2),
                Math.round(top + height * 0.64f));
        g2.fill(new Ellipse2D.Float(x + width / 2 - s * 0.06f, top + height * 0.76f, s * 0.12f, s * 0.12f));
    }
}
