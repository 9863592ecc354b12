package org.physiokiosk.ui.illustration;

import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Insets;
import java.awt.geom.Rectangle2D;
import javax.accessibility.AccessibleRole;
import org.physiokiosk.illustration.Illustration;
import org.physiokiosk.ui.PaintedComponent;

/** Paints one illustration, scaled to fit, keeping its proportions; a moving one plays ({@link MotionPlayer}). */
public final class IllustrationView extends PaintedComponent {
    private static final long serialVersionUID = 1L;

    private final transient Illustration illustration;
    private final transient MotionPlayer player;

    /** A still picture. */
    public IllustrationView(Illustration illustration, String description) {
        this(illustration, description, MotionPlayback.STILL);
    }

    /** A picture that plays its movement, if it has one, as {@code playback} says. */
    public IllustrationView(Illustration illustration, String description, MotionPlayback playback) {
        super(AccessibleRole.ICON, description);
        this.illustration = illustration;
        this.player = new MotionPlayer(this, illustration, playback, (w, h) -> {
            Insets in = getInsets();
            return new Rectangle2D.Double(in.left, in.top, w - in.left - in.right, h - in.top - in.bottom);
        });
    }

    public Illustration illustration() {
        return illustration;
    }

    /** The player (tests). */
    public MotionPlayer player() {
        return player;
    }

    @Override
    public void removeNotify() {
        super.removeNotify();
        player.stop();
    }

    @Override
    protected void paintComponent(Graphics g) {
        player.paint((Graphics2D) g);
    }
}
