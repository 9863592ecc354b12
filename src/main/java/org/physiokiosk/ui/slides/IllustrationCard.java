package org.physiokiosk.ui.slides;

import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import javax.accessibility.AccessibleRole;
import org.physiokiosk.ui.PaintedComponent;
import org.physiokiosk.ui.RoundedPanel;
import org.physiokiosk.illustration.Illustration;
import org.physiokiosk.ui.illustration.MotionPlayback;
import org.physiokiosk.ui.illustration.MotionPlayer;
import org.physiokiosk.ui.theme.KioskTheme;

/** An illustration on a soft rounded panel, as on every slide. */
final class IllustrationCard extends PaintedComponent {
    private static final long serialVersionUID = 1L;

    private final transient Illustration illustration;
    private final float padding;
    private final transient MotionPlayer player;

    /**
     * @param padding fraction of the shorter side kept free around the drawing
     */
    IllustrationCard(Illustration illustration, String description, float padding) {
        this(illustration, description, padding, MotionPlayback.STILL);
    }

    /** A card whose drawing plays its movement, if it has one, as {@code playback} says. */
    IllustrationCard(Illustration illustration, String description, float padding, MotionPlayback playback) {
        super(AccessibleRole.ICON, description);
        this.illustration = illustration;
        this.padding = padding;
        this.player = new MotionPlayer(this, illustration, playback, (w, h) -> box(w, h, padding));
    }

    /** The player (tests). */
    MotionPlayer player() {
        return player;
    }

    @Override
    public void removeNotify() {
        super.removeNotify();
        player.stop();
    }

    /** Where the drawing goes on a card {@code w} x {@code h}. */
    static Rectangle2D box(double w, double h, float padding) {
        double pad = Math.min(w, h) * padding;
        return new Rectangle2D.Double(pad, pad, w - 2 * pad, h - 2 * pad);
    }

    Illustration illustration() {
        return illustration;
    }

    @Override
    protected void paintComponent(Graphics g) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            RoundedPanel.fillBackground(g2, getWidth(), getHeight(), KioskTheme.color("Kiosk.surface"), 0.12f);
            player.paint(g2);
        } finally {
            g2.dispose();
        }
    }

    /** Paints the card at the origin, {@code w} x {@code h}: on screen, or into a thumbnail image off the event thread. */
    static void paintCard(Graphics2D g, Illustration illustration, float w, float h, java.awt.Color surface,
                          float padding) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            RoundedPanel.fillBackground(g2, w, h, surface, 0.12f);
            float pad = Math.min(w, h) * padding;
            illustration.paint(g2, new Rectangle2D.Float(pad, pad, w - 2 * pad, h - 2 * pad));
        } finally {
            g2.dispose();
        }
    }
}
