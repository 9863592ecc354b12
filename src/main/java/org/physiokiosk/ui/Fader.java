package org.physiokiosk.ui;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import javax.swing.JComponent;
import javax.swing.JLayer;
import javax.swing.Timer;
import javax.swing.plaf.LayerUI;

/**
 * A short crossfade for a screen change: the old picture is kept and faded out over the
 * new screen. Wrap a component with {@link #wrap}, then call {@link #change}.
 */
public final class Fader extends LayerUI<JComponent> {
    private static final long serialVersionUID = 1L;

    private final int millis;
    private transient BufferedImage from;
    private long started;
    private final Timer timer;
    private JLayer<JComponent> layer;

    public Fader(int millis) {
        this.millis = millis;
        this.timer = new Timer(16, e -> {
            if (layer != null) {
                layer.repaint();
            }
            if (System.currentTimeMillis() - started >= millis) {
                from = null;
                ((Timer) e.getSource()).stop();
            }
        });
    }

    public JLayer<JComponent> wrap(JComponent view) {
        layer = new JLayer<>(view, this);
        return layer;
    }

    /** Runs {@code change} (which swaps what the wrapped component shows) with a crossfade. */
    public void change(Runnable change) {
        Edt.assertEdt();
        JComponent view = layer == null ? null : layer.getView();
        BufferedImage img = millis > 0 && view != null && view.isShowing() ? snapshot(view, view.getBackground()) : null;
        if (img != null) {
            from = img;
            started = System.currentTimeMillis();
            timer.restart();
        }
        change.run();
        if (layer != null) {
            layer.revalidate();
            layer.repaint();
        }
    }

    @Override
    public void paint(Graphics g, JComponent c) {
        super.paint(g, c);
        paintFading(g, from, started, millis, 0, 0);
    }

    /** A picture of {@code c} as it is now on {@code background}, or null while it has no size. */
    public static BufferedImage snapshot(JComponent c, Color background) {
        if (c.getWidth() <= 0 || c.getHeight() <= 0) {
            return null;
        }
        BufferedImage img = new BufferedImage(c.getWidth(), c.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setColor(background);
            g.fillRect(0, 0, img.getWidth(), img.getHeight());
            c.paint(g);
        } finally {
            g.dispose();
        }
        return img;
    }

    /**
     * Paints {@code img} (may be null) at ({@code x}, {@code y}), fading from opaque to gone over
     * {@code millis} from {@code started}: the old picture of a crossfade.
     */
    public static void paintFading(Graphics g, BufferedImage img, long started, long millis, int x, int y) {
        if (img == null) {
            return;
        }
        float alpha = 1f - (System.currentTimeMillis() - started) / (float) millis;
        if (alpha > 0) {
            Graphics2D g2 = (Graphics2D) g.create();
            try {
                g2.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, Math.min(1f, alpha)));
                g2.drawImage(img, x, y, null);
            } finally {
                g2.dispose();
            }
        }
    }
}
