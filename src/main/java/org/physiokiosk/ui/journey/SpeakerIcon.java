package org.physiokiosk.ui.journey;

import java.awt.BasicStroke;
import java.awt.Component;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import javax.swing.AbstractButton;
import javax.swing.Icon;

/**
 * The read-aloud button's picture, drawn in code in the button's own text colour and size: a
 * loudspeaker with sound waves ("Read aloud"), or a square ("Stop") while it reads.
 */
final class SpeakerIcon implements Icon {

    private final AbstractButton owner;
    private boolean stop;

    SpeakerIcon(AbstractButton owner) {
        this.owner = owner;
    }

    /** Shows the stop square (while reading) or the loudspeaker. */
    void showStop(boolean stop) {
        this.stop = stop;
    }

    boolean showsStop() {
        return stop;
    }

    private int size() {
        return Math.max(12, Math.round(owner.getFont().getSize2D() * 1.15f));
    }

    @Override
    public int getIconWidth() {
        return size();
    }

    @Override
    public int getIconHeight() {
        return size();
    }

    @Override
    public void paintIcon(Component c, Graphics g, int x, int y) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setColor(c.getForeground());
            float s = size();
            g2.translate(x, y);
            if (stop) {
                g2.fill(new RoundRectangle2D.Float(s * 0.18f, s * 0.18f, s * 0.64f, s * 0.64f, s * 0.12f, s * 0.12f));
                return;
            }
            Path2D speaker = new Path2D.Float();
            speaker.moveTo(s * 0.06f, s * 0.36f);
            speaker.lineTo(s * 0.24f, s * 0.36f);
            speaker.lineTo(s * 0.48f, s * 0.14f);
            speaker.lineTo(s * 0.48f, s * 0.86f);
            speaker.lineTo(s * 0.24f, s * 0.64f);
            speaker.lineTo(s * 0.06f, s * 0.64f);
            speaker.closePath();
            g2.fill(speaker);
            g2.setStroke(new BasicStroke(s * 0.08f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g2.draw(new Arc2D.Float(s * 0.36f, s * 0.32f, s * 0.36f, s * 0.36f, -50, 100, Arc2D.OPEN));
            g2.draw(new Arc2D.Float(s * 0.28f, s * 0.16f, s * 0.64f, s * 0.68f, -50, 100, Arc2D.OPEN));
        } finally {
            g2.dispose();
        }
    }
}
