package org.physiokiosk.printing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What CUPS's answers over IPP mean for printing, with a stand-in scheduler (so no print
 * system is needed): a stopped queue, a printer that needs a person, and no scheduler at all.
 */
class QueueStatusTest {

    @Test
    void aStoppedQueueOrOneRefusingJobsIsStoppedAndAnIdleOneIsNot() throws Exception {
        try (FakeCups cups = new FakeCups()) {
            QueueStatus status = QueueStatus.cups(cups.queue());
            assertThat(status.isStopped("Laser")).isFalse();
            cups.printerState = 5;
            cups.printerReasons = List.of("paused");
            assertThat(status.isStopped("Laser")).isTrue();
            assertThat(cups.queue().printer("Laser").orElseThrow().problem()).contains("the queue is stopped (paused)");
            cups.printerState = 3;
            cups.printerReasons = List.of("none");
            cups.accepting = false;
            assertThat(status.isStopped("Laser")).isTrue();
            assertThat(cups.operations).containsOnly(0x000B);
        }
    }

    @Test
    void faultsAPersonMustFixCountButReportsAndWarningsDoNot() throws Exception {
        try (FakeCups cups = new FakeCups()) {
            QueueStatus status = QueueStatus.cups(cups.queue());
            for (String fault : List.of("media-empty-error", "media-jam", "door-open-error", "offline",
                    "toner-empty-error", "marker-supply-empty-error")) {
                cups.printerReasons = List.of("none", fault);
                assertThat(status.isStopped("Laser")).as(fault).isTrue();
                assertThat(cups.queue().printer("Laser").orElseThrow().problem())
                        .contains("the printer needs attention (" + fault + ")");
            }
            for (String fine : List.of("none", "media-low-warning", "toner-low-report", "cups-waiting-for-job-completed",
                    "offline-report")) {
                cups.printerReasons = List.of(fine);
                assertThat(status.isStopped("Laser")).as(fine).isFalse();
            }
        }
    }

    @Test
    void withNoSchedulerNoQueueIsKnownToBeStoppedAndTheAnswerIsQuick() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        CupsQueue nobody = new CupsQueue(URI.create("http://127.0.0.1:" + port + "/"), 500);
        long start = System.nanoTime();
        assertThat(QueueStatus.cups(nobody).isStopped("Laser")).isFalse();
        assertThat(nobody.printer("Laser")).isEmpty();
        assertThat(nobody.jobs("Laser")).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aSchedulerThatNeverAnswersCountsAsRunningWithinItsTimeLimit() throws Exception {
        try (ServerSocket silent = new ServerSocket(0)) {
            CupsQueue slow = new CupsQueue(URI.create("http://127.0.0.1:" + silent.getLocalPort() + "/"), 300);
            long start = System.nanoTime();
            assertThat(QueueStatus.cups(slow).isStopped("Laser")).isFalse();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        }
    }

    @Test
    void jobsAreReadWithTheirStatesAndTheJobSentAfterAnotherIsFound() throws Exception {
        try (FakeCups cups = new FakeCups()) {
            cups.jobs = n -> List.of(new CupsQueue.Job(7, "a", 9, List.of("job-completed-successfully")),
                    new CupsQueue.Job(9, "b", 3, List.of()), new CupsQueue.Job(8, "c", 8, List.of("aborted-by-system")));
            CupsQueue q = cups.queue();
            assertThat(q.lastJobId("Laser")).contains(9);
            CupsQueue.Job after7 = q.jobAfter("Laser", 7).orElseThrow();
            assertThat(after7.id()).isEqualTo(8);
            assertThat(after7.failed()).isTrue();
            assertThat(after7.reasons()).containsExactly("aborted-by-system");
            assertThat(q.jobAfter("Laser", 9)).isEmpty();
            CupsQueue.Job pending = q.jobAfter("Laser", 8).orElseThrow();
            assertThat(pending.reasons()).as("'none' is no reason").isEmpty();
            assertThat(pending.started()).isFalse();
            assertThat(pending.failed()).isFalse();
        }
    }

    @Test
    void theLocalSchedulerIsTheHostInCupsServerOrThisComputer() {
        assertThat(CupsQueue.serverHost(null)).isEqualTo("localhost:631");
        assertThat(CupsQueue.serverHost("/run/cups/cups.sock")).isEqualTo("localhost:631");
        assertThat(CupsQueue.serverHost("print.clinic.lan")).isEqualTo("print.clinic.lan:631");
        assertThat(CupsQueue.serverHost("print.clinic.lan:8631")).isEqualTo("print.clinic.lan:8631");
    }
}
