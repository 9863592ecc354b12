package org.physiokiosk.ui;

import java.awt.AlphaComposite;
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
        if (millis > 0 && view != null && view.isShowing() && view.getWidth() > 0 && view.getHeight() > 0) {
            BufferedImage img = new BufferedImage(view.getWidth(), view.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            try {
                g.setColor(view.getBackground());
                g.fillRect(0, 0, img.getWidth(), img.getHeight());
                view.paint(g);
            } finally {
                g.dispose();
            }
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
        BufferedImage img = from;
        if (img != null) {
            float alpha = 1f - (System.currentTimeMillis() - started) / (float) millis;
            if (alpha > 0) {
                Graphics2D g2 = (Graphics2D) g.create();
                try {
                    g2.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, Math.min(1f, alpha)));
                    g2.drawImage(img, 0, 0, null);
                } finally {
                    g2.dispose();
                }
            }
        }
    }
}
