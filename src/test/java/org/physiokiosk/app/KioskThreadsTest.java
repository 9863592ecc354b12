package org.physiokiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** The kiosk's threads: named daemons, and all of them stopped on close. */
class KioskThreadsTest {

    @Test
    void workRunsOnANamedDaemonAndCloseStopsEverything() throws Exception {
        KioskThreads threads = new KioskThreads();
        CompletableFuture<Thread> worker = new CompletableFuture<>();
        threads.work().execute(() -> worker.complete(Thread.currentThread()));
        CountDownLatch started = new CountDownLatch(1);
        Thread watcher = threads.start("content-watcher", () -> {
            started.countDown();
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                // stopped on purpose
            }
        });
        started.await();
        Thread w = worker.get();
        assertThat(w.getName()).isEqualTo("kiosk-work-1");
        assertThat(w.isDaemon()).isTrue();
        assertThat(watcher.getName()).isEqualTo("content-watcher-1");
        assertThat(watcher.isDaemon()).isTrue();

        assertThat(threads.stop(Duration.ofSeconds(10))).isTrue();
        assertThat(watcher.isAlive()).isFalse();
        w.join(10_000);
        assertThat(w.isAlive()).as("the worker ended").isFalse();
    }

    /** Speech runs programs that outlive the JVM: they are ended on close, from the speech lane made here. */
    @Test
    void speechHasItsOwnLaneAndIsStoppedFirstOnClose() throws Exception {
        KioskThreads threads = new KioskThreads();
        CompletableFuture<Thread> lane = new CompletableFuture<>();
        threads.speech().execute(() -> lane.complete(Thread.currentThread()));
        assertThat(lane.get().getName()).isEqualTo("kiosk-speech-1");
        assertThat(lane.get().isDaemon()).isTrue();

        Process speaking = new ProcessBuilder("sleep", "60").start();
        threads.whenClosing(speaking::destroy);
        assertThat(threads.stop(Duration.ofSeconds(10))).isTrue();
        assertThat(speaking.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)).as("the speech process ended").isTrue();
        lane.get().join(10_000);
        assertThat(lane.get().isAlive()).as("the speech lane ended").isFalse();
    }

    /**
     * Printed jobs are watched on a lane of their own: a look every second or two, never behind a
     * PDF; its thread ends when nothing is watched, and closing does not wait for the next look.
     */
    @Test
    void printWatchingHasItsOwnLaneWhoseThreadEndsWhenNothingIsWatched() throws Exception {
        java.util.concurrent.ScheduledThreadPoolExecutor lane = KioskThreads.printWatchExecutor(Duration.ofMillis(200));
        CompletableFuture<Thread> look = new CompletableFuture<>();
        lane.schedule(() -> look.complete(Thread.currentThread()), 10, java.util.concurrent.TimeUnit.MILLISECONDS);
        Thread t = look.get(5, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(t.getName()).isEqualTo("kiosk-print-watch-1");
        assertThat(t.isDaemon()).isTrue();
        t.join(5_000);
        assertThat(t.isAlive()).as("no thread left once nothing is watched").isFalse();
        assertThat(lane.getPoolSize()).isZero();
        lane.shutdown();

        KioskThreads threads = new KioskThreads();
        CompletableFuture<Thread> first = new CompletableFuture<>();
        threads.printWatch().execute(() -> first.complete(Thread.currentThread()));
        threads.printWatch().schedule(() -> { }, 1, java.util.concurrent.TimeUnit.HOURS); // the next look
        long start = System.nanoTime();
        assertThat(threads.stop(Duration.ofSeconds(10))).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("closing does not wait for the next look")
                .isLessThan(Duration.ofSeconds(2));
        first.get().join(5_000);
        assertThat(first.get().isAlive()).isFalse();
    }
}
