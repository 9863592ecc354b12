package org.physiokiosk.app;

import java.awt.EventQueue;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;

/**
 * Notices a stalled event thread: every {@code ping} it asks the event thread to answer; when
 * no answer comes for {@code limit}, it logs every thread's stack, runs {@code beforeExit}
 * (bounded: the last usage events) and ends the process with {@link #EXIT_CODE}, so that the
 * service manager ({@code Restart=always}, see deploy/) starts a fresh kiosk. Nothing can be
 * rebuilt on an event thread that does not run, so the watchdog does not try.
 */
final class Watchdog {

    private static final System.Logger LOG = System.getLogger(Watchdog.class.getName());

    /** The exit code of a kiosk ended by its watchdog. */
    static final int EXIT_CODE = 3;
    static final Duration DEFAULT_LIMIT = Duration.ofSeconds(10);
    static final Duration DEFAULT_PING = Duration.ofSeconds(2);

    private final Duration limit;
    private final Duration ping;
    private final Runnable beforeExit;
    private final IntConsumer exit;
    private final AtomicLong lastAnswer = new AtomicLong(System.nanoTime());

    /** The kiosk's watchdog: 10 s of silence ends the process at once (no shutdown hooks, which could wait too). */
    Watchdog(Runnable beforeExit) {
        this(DEFAULT_LIMIT, DEFAULT_PING, beforeExit, code -> Runtime.getRuntime().halt(code));
    }

    Watchdog(Duration limit, Duration ping, Runnable beforeExit, IntConsumer exit) {
        this.limit = limit;
        this.ping = ping;
        this.beforeExit = beforeExit;
        this.exit = exit;
    }

    void start(KioskThreads threads) {
        threads.start("edt-watchdog", this::run);
    }

    private void run() {
        while (true) {
            EventQueue.invokeLater(() -> lastAnswer.set(System.nanoTime()));
            try {
                Thread.sleep(ping.toMillis());
            } catch (InterruptedException e) {
                // Stopped on purpose (the kiosk is closing): the watchdog ends with its thread.
                return;
            }
            long silent = System.nanoTime() - lastAnswer.get();
            if (silent > limit.toNanos()) {
                LOG.log(System.Logger.Level.ERROR, "The event thread has not answered for {0} s; ending the kiosk"
                        + " with exit code {1} so that it is started afresh. Threads:\n{2}",
                        silent / 1_000_000_000L, EXIT_CODE, threadDump());
                try {
                    beforeExit.run();
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.ERROR, "Could not save the last usage events", e);
                }
                exit.accept(EXIT_CODE);
                return;
            }
        }
    }

    /** Every thread's full stack, with the locks it holds and waits for. */
    static String threadDump() {
        StringBuilder out = new StringBuilder();
        for (ThreadInfo info : ManagementFactory.getThreadMXBean().dumpAllThreads(true, true)) {
            out.append('"').append(info.getThreadName()).append("\" ").append(info.getThreadState());
            if (info.getLockName() != null) {
                out.append(" on ").append(info.getLockName());
            }
            out.append('\n');
            // ThreadInfo.toString() stops after 8 frames: the stalled call may be deeper than that.
            for (StackTraceElement e : info.getStackTrace()) {
                out.append("\tat ").append(e).append('\n');
            }
            out.append('\n');
        }
        return out.toString();
    }
}
