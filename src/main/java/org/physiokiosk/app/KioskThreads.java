package org.physiokiosk.app;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Every thread the kiosk starts, in one place: one worker for background work (file loading,
 * PDFs, printing, printer and USB look-ups), in order, so the screens never wait; one for the frames
 * of moving drawings; one watching printed jobs; a lane for
 * restarts; and the few long-lived threads (watchdog, file watcher). All named, all daemons,
 * an uncaught error is logged. {@link #close()} stops them with a bounded wait. The usage log
 * keeps its own writer thread ({@code stats.UsageLog}).
 */
public final class KioskThreads implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(KioskThreads.class.getName());
    /** How long {@link #close()} waits for running work before giving up on it. */
    static final Duration CLOSE_WAIT = Duration.ofSeconds(3);

    private final ExecutorService work = Executors.newSingleThreadExecutor(factory("kiosk-work"));
    /** Moving drawings' frames, drawn off the event thread ({@code ui.illustration.MotionPlayer}); its thread starts with the first frame. */
    private final ScheduledThreadPoolExecutor frames = framesExecutor();
    /** Printed jobs watched after "printed" shows ({@code printing.JobWatch}); its thread lives only while one is. */
    private final ScheduledThreadPoolExecutor printWatch = printWatchExecutor(PRINT_WATCH_IDLE);
    private final List<ExecutorService> lanes = new CopyOnWriteArrayList<>(List.of(work, frames, printWatch));
    private final List<Thread> longLived = new CopyOnWriteArrayList<>();
    /** Speech processes start and stop here (issue 18), in order, never behind a slow printer. */
    private final Executor speech = lane("kiosk-speech");
    private final List<Runnable> whenClosing = new CopyOnWriteArrayList<>();

    private static ScheduledThreadPoolExecutor framesExecutor() {
        ScheduledThreadPoolExecutor e = new ScheduledThreadPoolExecutor(1, factory("kiosk-frames"));
        e.setRemoveOnCancelPolicy(true); // a stopped player's next frame leaves the queue at once
        return e;
    }

    /** How long the print-watch thread waits for another job to watch before it ends. */
    static final Duration PRINT_WATCH_IDLE = Duration.ofSeconds(5);

    static ScheduledThreadPoolExecutor printWatchExecutor(Duration idle) {
        ScheduledThreadPoolExecutor e = new ScheduledThreadPoolExecutor(1, factory("kiosk-print-watch"));
        e.setRemoveOnCancelPolicy(true);
        e.setExecuteExistingDelayedTasksAfterShutdownPolicy(false); // closing does not wait for the next look
        e.setKeepAliveTime(idle.toMillis(), TimeUnit.MILLISECONDS);
        e.allowCoreThreadTimeOut(true); // no thread while nothing is watched
        return e;
    }

    /**
     * Where printed jobs are watched (a look at the CUPS queue every second or two, for a minute at
     * most): never behind a PDF or a save, so a patient told "out of paper" can save at once.
     */
    public ScheduledExecutorService printWatch() {
        return printWatch;
    }

    /** Background work, one job at a time in the order given; results go back through the view's invokeLater. */
    public Executor work() {
        return work;
    }

    /** Where read-aloud processes are started and stopped: one at a time, in the order asked. */
    public Executor speech() {
        return speech;
    }

    /** Runs {@code last} first thing in {@link #close()} (stopping speech processes, which outlive the JVM). */
    void whenClosing(Runnable last) {
        whenClosing.add(last);
    }

    /**
     * The one thread moving drawings are drawn on, frame after frame, so drawing never waits behind
     * a PDF and never runs on the event thread; a late frame is dropped by its player, not queued.
     */
    public ScheduledExecutorService frames() {
        return frames;
    }

    /** A single thread of its own for one kind of job (restarts), so it never waits behind a slow printer. */
    Executor lane(String name) {
        ExecutorService lane = Executors.newSingleThreadExecutor(factory(name));
        lanes.add(lane);
        return lane;
    }

    /** Starts a long-lived daemon thread; {@link #close()} interrupts it. */
    Thread start(String name, Runnable body) {
        Thread t = factory(name).newThread(body);
        longLived.add(t);
        t.start();
        return t;
    }

    /** Runs {@code last} when the process ends (System.exit, SIGTERM from the service manager). */
    void onExit(String name, Runnable last) {
        Thread hook = new Thread(last, name);
        hook.setUncaughtExceptionHandler(KioskThreads::uncaught);
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Stops all work and threads, waiting at most {@link #CLOSE_WAIT}; true when all stopped in time. */
    @Override
    public void close() {
        if (!stop(CLOSE_WAIT)) {
            LOG.log(System.Logger.Level.WARNING, "Some background work did not stop within {0} s; left behind",
                    CLOSE_WAIT.toSeconds());
        }
    }

    boolean stop(Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        for (Runnable last : whenClosing) {
            try {
                last.run();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "Could not stop something on closing", e);
            }
        }
        lanes.forEach(ExecutorService::shutdown);
        longLived.forEach(Thread::interrupt);
        boolean all = true;
        try {
            for (ExecutorService lane : lanes) {
                if (!lane.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                    lane.shutdownNow();
                    all = false;
                }
            }
            for (Thread t : longLived) {
                t.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                all &= !t.isAlive();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            lanes.forEach(ExecutorService::shutdownNow);
            return false;
        }
        return all;
    }

    /** Named threads ({@code name-1}, …), daemons (they never keep a closing kiosk alive), errors logged. */
    static ThreadFactory factory(String name) {
        AtomicInteger count = new AtomicInteger();
        return body -> {
            Thread t = new Thread(body, name + "-" + count.incrementAndGet());
            t.setDaemon(true);
            t.setUncaughtExceptionHandler(KioskThreads::uncaught);
            return t;
        };
    }

    /**
     * Logged here; then the kiosk's safety net (the default handler, when installed) shows
     * "Sorry" and brings the slides back, as for an error on the event thread.
     */
    private static void uncaught(Thread thread, Throwable error) {
        Thread.UncaughtExceptionHandler net = Thread.getDefaultUncaughtExceptionHandler();
        if (net != null) {
            net.uncaughtException(thread, error);
        } else {
            LOG.log(System.Logger.Level.ERROR, "Unexpected error in " + thread.getName(), error);
        }
    }
}
