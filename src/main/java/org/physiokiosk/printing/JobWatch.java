package org.physiokiosk.printing;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Keeps an eye on a handout's job after the patient was told it is printing: CUPS is asked
 * every {@code every} until the job has printed, the print system gives up on it, or the printer
 * needs a person (out of paper, jammed, door open, stopped), for {@code limit} at most. Trouble
 * is told once; each look is a short IPP question ({@link CupsQueue}), one after the other on the
 * kiosk's watch lane, never on the worker that saves a plan instead.
 */
public final class JobWatch {

    /** How often a job is looked at. */
    public static final Duration EVERY = Duration.ofMillis(1500);
    /** How long a job is watched at most: a handout prints within seconds on a working printer. */
    public static final Duration LIMIT = Duration.ofSeconds(60);

    private static final System.Logger LOG = System.getLogger(JobWatch.class.getName());

    /** Why a watch stopped. */
    public enum Ending {
        /** The job printed. */
        COMPLETED,
        /** Trouble was found and told. */
        TROUBLE,
        /** The limit passed with the job not printed, but no trouble seen (a long queue, or CUPS not answering). */
        LIMIT,
        /** {@link Watching#stop()}, or the kiosk closing. */
        STOPPED
    }

    private final CupsQueue cups;
    private final ScheduledExecutorService lane;
    private final Duration every;
    private final Duration limit;

    /**
     * @param lane  where the looks run, one at a time (the kiosk's print-watch lane)
     * @param every the time between two looks
     * @param limit how long the job is watched at most
     */
    public JobWatch(CupsQueue cups, ScheduledExecutorService lane, Duration every, Duration limit) {
        this.cups = cups;
        this.lane = lane;
        this.every = every;
        this.limit = limit;
    }

    /** This computer's CUPS, a look every 1.5 s for a minute at most. */
    public static JobWatch local(ScheduledExecutorService lane) {
        return new JobWatch(CupsQueue.local(), lane, EVERY, LIMIT);
    }

    /**
     * Starts watching job {@code jobId} on {@code queue}; {@code trouble} hears at most once, on the
     * lane's thread, what keeps it from printing. The first look is after {@code every}.
     */
    public Watching watch(String queue, int jobId, Consumer<PrintTrouble> trouble) {
        Watching w = new Watching(queue, jobId, trouble, System.nanoTime() + limit.toNanos());
        w.next(every);
        return w;
    }

    /** One job being watched. */
    public final class Watching implements Runnable {
        private final String queue;
        private final int jobId;
        private final Consumer<PrintTrouble> trouble;
        private final long end;
        private final CompletableFuture<Ending> ending = new CompletableFuture<>();
        private volatile ScheduledFuture<?> next;

        private Watching(String queue, int jobId, Consumer<PrintTrouble> trouble, long end) {
            this.queue = queue;
            this.jobId = jobId;
            this.trouble = trouble;
            this.end = end;
        }

        /** Completes when the watch stops, with why; nothing runs for this job after it. */
        public CompletableFuture<Ending> ending() {
            return ending.copy();
        }

        /** Stops watching (nothing is told after it). */
        public void stop() {
            ending.complete(Ending.STOPPED);
            ScheduledFuture<?> n = next;
            if (n != null) {
                n.cancel(false);
            }
        }

        private void next(Duration delay) {
            try {
                next = lane.schedule(this, delay.toNanos(), TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException e) { // the kiosk is closing
                ending.complete(Ending.STOPPED);
            }
        }

        /** One look. */
        @Override
        public void run() {
            if (ending.isDone()) {
                return;
            }
            Optional<CupsQueue.Job> job = cups.job(queue, jobId);
            if (job.isPresent() && job.get().completed()) {
                LOG.log(System.Logger.Level.DEBUG, "Job {0} on \"{1}\" printed", jobId, queue);
                ending.complete(Ending.COMPLETED);
                return;
            }
            if (job.isPresent()) {
                Optional<CupsQueue.Printer> printer = cups.printer(queue);
                Optional<PrintTrouble> found = PrintTrouble.of(job.get(), printer);
                if (found.isPresent()) {
                    LOG.log(System.Logger.Level.WARNING, "Job {0} on \"{1}\" has not printed: {2} (job state {3} {4}, "
                            + "printer {5})", jobId, queue, found.get().code(), job.get().state(), job.get().reasons(),
                            printer.map(p -> p.state() + " " + p.reasons()).orElse("unknown"));
                    tell(found.get());
                    return;
                }
            }
            if (System.nanoTime() - end >= 0) {
                LOG.log(System.Logger.Level.INFO, "Job {0} on \"{1}\" not printed after {2} s ({3}), no trouble seen; "
                        + "no longer watched", jobId, queue, limit.toSeconds(),
                        job.map(j -> "state " + j.state()).orElse("CUPS did not say"));
                ending.complete(Ending.LIMIT);
                return;
            }
            if (!ending.isDone()) { // stopped during this look: no next one
                next(every);
            }
        }

        private void tell(PrintTrouble found) {
            if (ending.isDone()) {
                return;
            }
            try {
                trouble.accept(found);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "Could not pass on trouble with job " + jobId, e);
            }
            ending.complete(Ending.TROUBLE);
        }
    }
}
