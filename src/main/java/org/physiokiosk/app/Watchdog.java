package org.physiokiosk.app;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import javax.swing.SwingUtilities;

/**
 * Notices a stalled event thread: every two seconds it asks the event thread to answer; when
 * no answer comes for {@code limit}, it logs every thread's stack and asks for a fresh UI.
 * Runs off the event thread, as a daemon.
 */
final class Watchdog {

    private static final System.Logger LOG = System.getLogger(Watchdog.class.getName());

    private final Duration limit;
    private final Runnable restart;
    private final AtomicLong lastAnswer = new AtomicLong(System.nanoTime());

    Watchdog(Duration limit, Runnable restart) {
        this.limit = limit;
        this.restart = restart;
    }

    void start() {
        Thread t = new Thread(this::run, "edt-watchdog");
        t.setDaemon(true);
        t.start();
    }

    private void run() {
        while (true) {
            SwingUtilities.invokeLater(() -> lastAnswer.set(System.nanoTime()));
            try {
                Thread.sleep(2000);
            } catch (InterruptedException e) {
                // Stopped on purpose: the watchdog ends with its thread.
                LOG.log(System.Logger.Level.DEBUG, "Watchdog stopped", e);
                return;
            }
            long silent = System.nanoTime() - lastAnswer.get();
            if (silent > limit.toNanos()) {
                LOG.log(System.Logger.Level.ERROR, "The event thread has not answered for {0} s; restarting the screens."
                        + " Threads:\n{1}", silent / 1_000_000_000L, threadDump());
                lastAnswer.set(System.nanoTime());
                restart.run();
            }
        }
    }

    static String threadDump() {
        StringBuilder out = new StringBuilder();
        for (ThreadInfo info : ManagementFactory.getThreadMXBean().dumpAllThreads(true, true)) {
            out.append(info);
        }
        return out.toString();
    }
}
