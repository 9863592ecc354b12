package org.physiokiosk.ui;

import java.awt.Color;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.LayoutManager;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import javax.swing.JPanel;
import org.physiokiosk.ui.theme.KioskTheme;

/** A panel on a soft rounded background in a theme colour: the cards and notices of the kiosk. */
public class RoundedPanel extends JPanel {
    private static final long serialVersionUID = 1L;

    private final String colorKey;
    private final float arc;

    /**
     * @param colorKey the theme colour of the background, e.g. {@code Kiosk.surface}
     * @param arc      corner size as a share of the shorter side
     */
    public RoundedPanel(LayoutManager layout, String colorKey, float arc) {
        super(layout);
        this.colorKey = colorKey;
        this.arc = arc;
        setOpaque(false);
    }

    @Override
    protected void paintComponent(Graphics g) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            fillBackground(g2, getWidth(), getHeight(), KioskTheme.color(colorKey), arc);
        } finally {
            g2.dispose();
        }
    }

    /**
     * Fills a {@code w} x {@code h} rounded rectangle at the origin, its corners {@code arc} of the shorter side:
     * the background of every card, for components that paint more on top of it.
     */
    public static void fillBackground(Graphics2D g2, float w, float h, Color color, float arc) {
        float a = Math.min(w, h) * arc;
        g2.setColor(color);
        g2.fill(new RoundRectangle2D.Float(0, 0, w, h, a, a));
    }
}
