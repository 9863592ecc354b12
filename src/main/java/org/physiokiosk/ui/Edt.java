package org.physiokiosk.ui;

import java.lang.reflect.InvocationTargetException;
import javax.swing.SwingUtilities;

/** The event-thread rules in one place: run there, wait for it, or check we are on it. */
public final class Edt {

    private static final System.Logger LOG = System.getLogger(Edt.class.getName());

    private Edt() {
    }

    public static void run(Runnable r) {
        if (SwingUtilities.isEventDispatchThread()) {
            r.run();
        } else {
            SwingUtilities.invokeLater(r);
        }
    }

    public static void runAndWait(Runnable r) {
        if (SwingUtilities.isEventDispatchThread()) {
            r.run();
            return;
        }
        try {
            SwingUtilities.invokeAndWait(r);
        } catch (InterruptedException e) {
            // The caller is being stopped: keep its interrupt flag; the task is simply not waited for.
            LOG.log(System.Logger.Level.DEBUG, "Interrupted while waiting for the event thread", e);
            Thread.currentThread().interrupt();
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    public static void assertEdt() {
        if (!SwingUtilities.isEventDispatchThread()) {
            throw new IllegalStateException("must run on the event dispatch thread");
        }
    }
}
