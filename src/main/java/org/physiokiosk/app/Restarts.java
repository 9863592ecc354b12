package org.physiokiosk.app;

import java.util.concurrent.Executor;

/**
 * Restarts, one at a time: the safety net, the file watcher and staff may all ask at once. At
 * most one restart runs; requests made before it starts are served by it, and any made while
 * it runs become exactly one more restart after it, so the last request sees the files as they
 * are then.
 */
final class Restarts {

    private static final System.Logger LOG = System.getLogger(Restarts.class.getName());

    private final Executor lane;
    private final Runnable restart;
    private boolean running;
    private boolean pending;

    /**
     * @param lane    where restarts run (a thread of their own)
     * @param restart reads everything again and replaces the screens; returns when done
     */
    Restarts(Executor lane, Runnable restart) {
        this.lane = lane;
        this.restart = restart;
    }

    /** Asks for a restart: starts one now, or one more after the one running. */
    void request() {
        synchronized (this) {
            if (running) {
                pending = true;
                return;
            }
            running = true;
        }
        lane.execute(this::runAll);
    }

    /**
     * Runs {@code first} (the first start, on the caller's thread) as if it were a restart:
     * it waits for a running restart, and requests made meanwhile run after it.
     */
    void runFirst(Runnable first) {
        synchronized (this) {
            while (running) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            running = true;
        }
        try {
            first.run();
        } finally {
            if (takePending()) {
                lane.execute(this::runAll);
            }
        }
    }

    private void runAll() {
        do {
            synchronized (this) {
                pending = false; // asked for before this one reads the files: this one serves them
            }
            try {
                restart.run();
            } catch (RuntimeException e) {
                // The screens on show stay; the next request tries again.
                LOG.log(System.Logger.Level.ERROR, "Restarting the kiosk failed", e);
            }
        } while (takePending());
    }

    /** True (and still running) when another restart was asked for; otherwise no longer running. */
    private synchronized boolean takePending() {
        if (pending) {
            pending = false;
            return true;
        }
        running = false;
        notifyAll();
        return false;
    }
}
