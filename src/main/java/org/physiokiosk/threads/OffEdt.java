package org.physiokiosk.threads;

import java.awt.EventQueue;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The check that file work never runs on the event thread, called where our code reads or
 * writes files. Off by default (it costs nothing then); with {@code -Dphysiokiosk.checkOffEdt=true}
 * (the GUI tests) every call on the event thread is logged with its stack and recorded.
 * AWT only, no Swing, so the file packages may call it.
 */
public final class OffEdt {

    /** The system property that turns the check on. */
    public static final String PROPERTY = "physiokiosk.checkOffEdt";

    private static final System.Logger LOG = System.getLogger(OffEdt.class.getName());
    private static final List<Violation> VIOLATIONS = new CopyOnWriteArrayList<>();

    /** File work found on the event thread: what it was, and where it was called from. */
    public record Violation(String what, Throwable where) {
        @Override
        public String toString() {
            StringBuilder out = new StringBuilder(what);
            for (StackTraceElement e : where.getStackTrace()) {
                out.append("\n\tat ").append(e);
            }
            return out.toString();
        }
    }

    private OffEdt() {
    }

    /** Says that {@code what} (e.g. "Reading the content") is file work: it must not be on the event thread. */
    public static void check(String what) {
        if (!Boolean.getBoolean(PROPERTY) || !EventQueue.isDispatchThread()) {
            return;
        }
        Violation v = new Violation(what, new IllegalStateException(what + " on the event thread"));
        VIOLATIONS.add(v);
        LOG.log(System.Logger.Level.WARNING, "File work on the event thread: " + what, v.where());
    }

    /** Every violation recorded since the last {@link #clear()}. */
    public static List<Violation> violations() {
        return List.copyOf(VIOLATIONS);
    }

    public static void clear() {
        VIOLATIONS.clear();
    }
}
