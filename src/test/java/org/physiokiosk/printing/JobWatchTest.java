package org.physiokiosk.printing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A printed job watched after "printed" shows: against a stand-in scheduler that plays a job's
 * life look by look, and against this computer's CUPS with its cups-pdf queue (stopped on
 * purpose for a moment). Trouble is told once; the watch stops when the job printed, at trouble
 * or at its limit, and nothing is left scheduled.
 */
class JobWatchTest {

    private static final Duration EVERY = Duration.ofMillis(50);
    private final ScheduledThreadPoolExecutor lane = new ScheduledThreadPoolExecutor(1);
    private final List<PrintTrouble> told = new CopyOnWriteArrayList<>();

    @AfterEach
    void stopLane() {
        lane.shutdownNow();
    }

    private static CupsQueue.Job job(int state, String... reasons) {
        return new CupsQueue.Job(42, "", state, List.of(reasons));
    }

    private JobWatch.Ending watched(JobWatch.Watching w) throws Exception {
        return w.ending().get(10, TimeUnit.SECONDS);
    }

    /** The watch left nothing behind: no look scheduled, none running (a look under way when it stopped ends first). */
    private void nothingLeft(FakeCups cups) throws Exception {
        Thread.sleep(EVERY.toMillis());
        int asked = cups.operations.size();
        Thread.sleep(EVERY.toMillis() * 4);
        assertThat(cups.operations).as("no look after the watch ended").hasSize(asked);
        assertThat(lane.getQueue()).as("nothing scheduled").isEmpty();
        assertThat(lane.getActiveCount()).isZero();
    }

    @Test
    void aJobThatPrintsEndsTheWatchWithNothingTold() throws Exception {
        try (FakeCups cups = new FakeCups()) {
            cups.jobs = n -> List.of(job(n < 3 ? 5 : 9, n < 3 ? "job-printing" : "job-completed-successfully"));
            JobWatch.Watching w = new JobWatch(cups.queue(), lane, EVERY, Duration.ofSeconds(10))
                    .watch("Laser", 42, told::add);
            assertThat(watched(w)).isEqualTo(JobWatch.Ending.COMPLETED);
            assertThat(told).isEmpty();
            assertThat(cups.operations).as("looked at until it printed").filteredOn(op -> op == 0x0009).hasSize(4);
            assertThat(cups.operations).as("the printer asked about while the job was printing, not after")
                    .filteredOn(op -> op == 0x000B).hasSize(3);
            nothingLeft(cups);
        }
    }

    @Test
    void paperRunningOutMidJobIsToldOnceAndEndsTheWatch() throws Exception {
        try (FakeCups cups = new FakeCups()) {
            cups.jobs = n -> {
                if (n == 2) {
                    cups.printerState = 4;
                    cups.printerReasons = List.of("media-empty-error");
                }
                return List.of(job(5, "job-printing"));
            };
            JobWatch.Watching w = new JobWatch(cups.queue(), lane, EVERY, Duration.ofSeconds(10))
                    .watch("Laser", 42, told::add);
            assertThat(watched(w)).isEqualTo(JobWatch.Ending.TROUBLE);
            assertThat(told).containsExactly(PrintTrouble.PAPER_OUT);
            nothingLeft(cups);
            assertThat(told).hasSize(1);
        }
    }

    @Test
    void aJobThePrintSystemAbortsIsNotPrinted() throws Exception {
        try (FakeCups cups = new FakeCups()) {
            cups.jobs = n -> List.of(n < 1 ? job(5) : job(8, "aborted-by-system"));
            JobWatch.Watching w = new JobWatch(cups.queue(), lane, EVERY, Duration.ofSeconds(10))
                    .watch("Laser", 42, told::add);
            assertThat(watched(w)).isEqualTo(JobWatch.Ending.TROUBLE);
            assertThat(told).containsExactly(PrintTrouble.NOT_PRINTED);
        }
    }

    @Test
    void aJobWaitingInAHealthyQueueIsWatchedOnlyUpToTheLimit() throws Exception {
        try (FakeCups cups = new FakeCups()) {
            cups.jobs = n -> List.of(job(3));
            long start = System.nanoTime();
            JobWatch.Watching w = new JobWatch(cups.queue(), lane, EVERY, Duration.ofMillis(600))
                    .watch("Laser", 42, told::add);
            assertThat(watched(w)).isEqualTo(JobWatch.Ending.LIMIT);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(600),
                    Duration.ofSeconds(5));
            assertThat(told).isEmpty();
            nothingLeft(cups);
        }
    }

    @Test
    void aStoppedWatchLooksNoMoreAndTellsNothing() throws Exception {
        try (FakeCups cups = new FakeCups()) {
            cups.jobs = n -> List.of(job(5));
            JobWatch.Watching w = new JobWatch(cups.queue(), lane, EVERY, Duration.ofSeconds(10))
                    .watch("Laser", 42, told::add);
            Thread.sleep(EVERY.toMillis() * 3);
            w.stop();
            cups.printerReasons = List.of("media-jam-error");
            assertThat(watched(w)).isEqualTo(JobWatch.Ending.STOPPED);
            nothingLeft(cups);
            assertThat(told).isEmpty();
        }
    }

    @Test
    void withNoSchedulerTheWatchGivesUpAtTheLimitAndTellsNothing() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        CupsQueue nobody = new CupsQueue(URI.create("http://127.0.0.1:" + port + "/"), 200);
        JobWatch.Watching w = new JobWatch(nobody, lane, EVERY, Duration.ofMillis(400)).watch("Laser", 42, told::add);
        assertThat(watched(w)).isEqualTo(JobWatch.Ending.LIMIT);
        assertThat(told).isEmpty();
    }

    // --- this computer's CUPS --------------------------------------------------------------

    /** Sends a small text job to the cups-pdf queue with lp; returns its CUPS job id. */
    private static int lp(Path dir, String title) throws Exception {
        Path text = dir.resolve(title + ".txt");
        Files.writeString(text, "Physio Kiosk job watch test\n", StandardCharsets.UTF_8);
        String said = Cups.run("lp", "-d", Cups.PRINTER, "-t", title, text.toString());
        Matcher m = Pattern.compile(Cups.PRINTER + "-(\\d+)").matcher(said);
        assertThat(m.find()).as("lp said: " + said).isTrue();
        return Integer.parseInt(m.group(1));
    }

    @Test
    void aJobOnTheRealVirtualPrinterPrintsAndNothingIsTold(@TempDir Path dir) throws Exception {
        Cups.requireVirtualPrinter();
        int id = lp(dir, "pk-watch-ok");
        JobWatch.Watching w = new JobWatch(CupsQueue.local(), lane, Duration.ofMillis(200), Duration.ofSeconds(30))
                .watch(Cups.PRINTER, id, told::add);
        assertThat(watched(w)).isEqualTo(JobWatch.Ending.COMPLETED);
        assertThat(told).isEmpty();
        assertThat(CupsQueue.local().job(Cups.PRINTER, id)).hasValueSatisfying(j -> assertThat(j.completed()).isTrue());
    }

    @Test
    void aJobInTheRealQueueStoppedAfterItWasSentIsToldAsAStoppedPrinterAndACanceledOneAsNotPrinted(@TempDir Path dir)
            throws Exception {
        Cups.requireVirtualPrinter();
        Cups.disable();
        int id;
        try {
            id = lp(dir, "pk-watch-stopped");
            JobWatch.Watching w = new JobWatch(CupsQueue.local(), lane, Duration.ofMillis(100), Duration.ofSeconds(10))
                    .watch(Cups.PRINTER, id, told::add);
            assertThat(watched(w)).isEqualTo(JobWatch.Ending.TROUBLE);
            assertThat(told).containsExactly(PrintTrouble.PRINTER_STOPPED);
            Cups.run("cancel", Cups.PRINTER + "-" + id);
        } finally {
            Cups.enable();
        }
        told.clear();
        JobWatch.Watching w = new JobWatch(CupsQueue.local(), lane, Duration.ofMillis(100), Duration.ofSeconds(10))
                .watch(Cups.PRINTER, id, told::add);
        assertThat(watched(w)).isEqualTo(JobWatch.Ending.TROUBLE);
        assertThat(told).containsExactly(PrintTrouble.NOT_PRINTED);
    }
}
