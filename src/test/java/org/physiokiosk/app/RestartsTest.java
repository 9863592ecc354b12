package org.physiokiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/** Restarts asked for by the watchdog, the file watcher and staff at once: one at a time, coalesced. */
class RestartsTest {

    /** The restart lane, run by hand: nothing here depends on timing. */
    private final Queue<Runnable> lane = new ArrayDeque<>();
    private final Executor manual = lane::add;
    private int runs;
    private int running;
    private int mostAtOnce;

    private void runLane() {
        while (!lane.isEmpty()) {
            lane.poll().run();
        }
    }

    private Restarts restarts(Runnable during) {
        return new Restarts(manual, () -> {
            running++;
            mostAtOnce = Math.max(mostAtOnce, running);
            runs++;
            during.run();
            running--;
        });
    }

    @Test
    void requestsBeforeTheLaneRunsAreOneRestart() {
        Restarts r = restarts(() -> { });
        r.request();
        r.request();
        r.request();
        assertThat(lane).hasSize(1);
        runLane();
        assertThat(runs).isEqualTo(1);
    }

    @Test
    void requestsDuringARestartBecomeExactlyOneMoreAfterIt() {
        Restarts[] r = new Restarts[1];
        r[0] = restarts(() -> {
            if (runs == 1) { // the watchdog's net, the watcher and staff, all during the first
                r[0].request();
                r[0].request();
                r[0].request();
            }
        });
        r[0].request();
        runLane();
        assertThat(runs).isEqualTo(2);
        assertThat(mostAtOnce).isEqualTo(1);
        r[0].request();
        runLane();
        assertThat(runs).as("free again afterwards").isEqualTo(3);
    }

    @Test
    void theFirstStartCountsAsARestart() {
        Restarts[] r = new Restarts[1];
        r[0] = restarts(() -> { });
        r[0].runFirst(() -> {
            r[0].request(); // the file watcher, while the kiosk is still starting
            assertThat(lane).as("nothing runs beside the first start").isEmpty();
        });
        runLane();
        assertThat(runs).isEqualTo(1);
    }

    @Test
    void aFailedRestartLeavesRoomForTheNext() {
        Restarts r = new Restarts(manual, () -> {
            runs++;
            throw new IllegalStateException("the disk went away");
        });
        r.request();
        runLane();
        r.request();
        runLane();
        assertThat(runs).isEqualTo(2);
    }
}
