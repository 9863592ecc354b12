package org.physiokiosk.printing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What real CUPS answers mean: the bytes CUPS 2.4 sent back for jobs that printed, waited in a
 * stopped queue, were canceled or aborted, and for printers out of paper or jammed
 * (src/test/fixtures/ipp, captured as its README says), read as jobs and printers, and the
 * trouble a patient is told of for each.
 */
class CupsQueueAnswersTest {

    private static final Path DIR = Path.of("src/test/fixtures/ipp");

    private static byte[] answer(String name) {
        try {
            return Files.readAllBytes(DIR.resolve(name + ".ipp"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CupsQueue.Job job(String name) throws IOException {
        List<CupsQueue.Job> jobs = CupsQueue.jobsIn(answer(name));
        assertThat(jobs).as(name).hasSize(1);
        return jobs.get(0);
    }

    private static Optional<CupsQueue.Printer> printer(String name) throws IOException {
        return CupsQueue.printerIn(answer(name));
    }

    @Test
    void jobsAreReadWithTheirIdNameStateAndReasons() throws IOException {
        assertThat(job("job-completed")).isEqualTo(new CupsQueue.Job(240, "pw-completed", 9,
                List.of("processing-to-stop-point")));
        assertThat(job("job-pending-stopped")).isEqualTo(new CupsQueue.Job(241, "pw-held", 3, List.of()));
        assertThat(job("job-canceled")).isEqualTo(new CupsQueue.Job(241, "pw-held", 7,
                List.of("processing-to-stop-point")));
        assertThat(job("job-processing-media-empty")).isEqualTo(new CupsQueue.Job(242, "pw-nopaper", 5,
                List.of("job-printing")));
        assertThat(job("job-aborted")).isEqualTo(new CupsQueue.Job(244, "pw-jam", 8, List.of("processing-to-stop-point")));
        assertThat(job("job-completed").completed()).isTrue();
        assertThat(job("job-canceled").failed()).isTrue();
        assertThat(job("job-aborted").failed()).isTrue();
        assertThat(job("job-processing-media-jam").completed()).isFalse();
    }

    @Test
    void printersAreReadWithTheirStateReasonsAndWhetherTheyTakeJobs() throws IOException {
        assertThat(printer("printer-idle")).contains(new CupsQueue.Printer(3, List.of(), true));
        assertThat(printer("printer-stopped")).contains(new CupsQueue.Printer(5, List.of("paused"), true));
        assertThat(printer("printer-media-empty")).contains(new CupsQueue.Printer(4, List.of("media-empty-error"),
                true));
        assertThat(printer("printer-media-empty-and-jam")).contains(new CupsQueue.Printer(3,
                List.of("media-empty-error", "media-jam-error"), true));
        assertThat(printer("job-completed")).as("a job's answer names no printer").isEmpty();
    }

    @Test
    void anUnknownJobIsAnErrorAnswerNotAJob() {
        assertThatThrownBy(() -> CupsQueue.jobsIn(answer("job-not-found"))).isInstanceOf(IOException.class)
                .hasMessageContaining("0x406");
    }

    @Test
    void eachAnswerMeansTheTroubleAPatientIsToldOf() throws IOException {
        assertThat(trouble("job-completed", "printer-idle")).isEmpty();
        assertThat(trouble("job-completed", "printer-media-empty")).as("printed before the paper ran out").isEmpty();
        assertThat(trouble("job-pending-stopped", "printer-idle")).as("waiting its turn").isEmpty();
        assertThat(trouble("job-pending-stopped", "printer-stopped")).contains(PrintTrouble.PRINTER_STOPPED);
        assertThat(trouble("job-canceled", "printer-idle")).contains(PrintTrouble.NOT_PRINTED);
        assertThat(trouble("job-processing-media-empty", "printer-media-empty")).contains(PrintTrouble.PAPER_OUT);
        assertThat(trouble("job-processing-media-jam", "printer-media-jam")).contains(PrintTrouble.PAPER_JAM);
        assertThat(trouble("job-aborted", "printer-idle")).contains(PrintTrouble.NOT_PRINTED);
        assertThat(trouble("job-aborted", "printer-media-empty-and-jam")).as("the jam first: it stops everything")
                .contains(PrintTrouble.PAPER_JAM);
    }

    private static Optional<PrintTrouble> trouble(String job, String printer) throws IOException {
        return PrintTrouble.of(job(job), printer(printer));
    }

    @Test
    void faultNamesBecomePlainTroubleAndWarningsAreNone() {
        CupsQueue.Job printing = new CupsQueue.Job(1, "", 5, List.of());
        for (var c : List.of(List.of("media-needed-error", "PAPER_OUT"), List.of("door-open", "DOOR_OPEN"),
                List.of("cover-open-error", "DOOR_OPEN"), List.of("toner-empty-error", "INK_OUT"),
                List.of("marker-supply-empty-error", "INK_OUT"), List.of("offline", "PRINTER_STOPPED"),
                List.of("fuser-over-temp-error", "PRINTER_STOPPED"))) {
            assertThat(PrintTrouble.of(printing, Optional.of(new CupsQueue.Printer(4, List.of(c.get(0)), true))))
                    .as(c.get(0)).contains(PrintTrouble.valueOf(c.get(1)));
        }
        for (String fine : List.of("media-low-warning", "toner-low-report", "media-empty-report")) {
            assertThat(PrintTrouble.of(printing, Optional.of(new CupsQueue.Printer(4, List.of(fine), true))))
                    .as(fine).isEmpty();
        }
        assertThat(PrintTrouble.of(new CupsQueue.Job(1, "", 6, List.of()), Optional.empty()))
                .as("processing-stopped, printer unknown").contains(PrintTrouble.PRINTER_STOPPED);
        assertThat(PrintTrouble.of(printing, Optional.empty())).isEmpty();
    }
}
