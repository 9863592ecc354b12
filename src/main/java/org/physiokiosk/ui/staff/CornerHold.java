package org.physiokiosk.ui.staff;

import java.awt.AWTEvent;
import java.awt.Component;
import java.awt.Point;
import java.awt.Toolkit;
import java.awt.Window;
import java.awt.event.AWTEventListener;
import java.awt.event.MouseEvent;
import java.time.Duration;
import javax.swing.SwingUtilities;
import javax.swing.Timer;

/**
 * The hidden way into staff mode: press and hold the top-left corner of the screen (a small
 * area patients have no reason to touch) for a few seconds. Releasing or sliding away early
 * cancels it, so a brushing hand never opens it.
 */
public final class CornerHold implements AWTEventListener {

    /** The corner: this share of the window's width and height. */
    static final double CORNER = 0.07;

    private final Window window;
    private final Timer timer;

    public CornerHold(Window window, Duration hold, Runnable open) {
        this.window = window;
        this.timer = new Timer((int) hold.toMillis(), e -> open.run());
        timer.setRepeats(false);
    }

    public void install() {
        Toolkit.getDefaultToolkit().addAWTEventListener(this, AWTEvent.MOUSE_EVENT_MASK
                | AWTEvent.MOUSE_MOTION_EVENT_MASK);
    }

    public void uninstall() {
        timer.stop();
        Toolkit.getDefaultToolkit().removeAWTEventListener(this);
    }

    @Override
    public void eventDispatched(AWTEvent event) {
        if (!(event instanceof MouseEvent e) || !(e.getSource() instanceof Component c)
                || SwingUtilities.getWindowAncestor(c) != window && c != window) {
            return;
        }
        Point p = SwingUtilities.convertPoint(c, e.getPoint(), window);
        boolean inCorner = p.x >= 0 && p.y >= 0 && p.x < window.getWidth() * CORNER
                && p.y < window.getHeight() * CORNER;
        switch (e.getID()) {
            case MouseEvent.MOUSE_PRESSED -> {
                if (inCorner) {
                    timer.restart();
                }
            }
            case MouseEvent.MOUSE_RELEASED -> timer.stop();
            case MouseEvent.MOUSE_DRAGGED -> {
                if (!inCorner) {
                    timer.stop();
                }
            }
            default -> {
                // moves and clicks change nothing
            }
        }
    }
}
