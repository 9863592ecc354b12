package org.physiokiosk.ui.illustration;

import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Insets;
import java.awt.geom.Rectangle2D;
import javax.accessibility.AccessibleRole;
import org.physiokiosk.illustration.Illustration;
import org.physiokiosk.ui.PaintedComponent;

/** Paints one illustration, scaled to fit, keeping its proportions. */
public final class IllustrationView extends PaintedComponent {
    private static final long serialVersionUID = 1L;

    private final transient Illustration illustration;

    public IllustrationView(Illustration illustration, String description) {
        super(AccessibleRole.ICON, description);
        this.illustration = illustration;
    }

    public Illustration illustration() {
        return illustration;
    }

    @Override
    protected void paintComponent(Graphics g) {
        Insets in = getInsets();
        illustration.paint((Graphics2D) g, new Rectangle2D.Double(in.left, in.top,
                getWidth() - in.left - in.right, getHeight() - in.top - in.bottom));
    }
}
