package org.physiokiosk.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.AccessDeniedException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/** Slow staff work: a failure reaches staff in plain words and the log with its stack trace. */
class StaffWorkTest {

    private final Executor direct = Runnable::run;
    private final StaffWork work = new StaffWork(direct, direct);
    private final List<String> done = new ArrayList<>();
    private final List<String> failed = new ArrayList<>();

    @Test
    void aFailureIsToldInPlainWordsAndLoggedWithItsStackTrace() {
        MalformedInputException bad = new MalformedInputException(1);
        try (LogCapture log = new LogCapture()) {
            work.<String>run("Saving the settings", () -> {
                throw bad;
            }, done::add, failed::add);
            assertThat(done).isEmpty();
            assertThat(failed).singleElement().asString().contains("not UTF-8")
                    .doesNotContain("Exception", "Input length", "java.");
            assertThat(log.warnings()).singleElement().satisfies(r -> {
                assertThat(r.getMessage()).contains("Saving the settings failed");
                assertThat(r.getThrown()).isSameAs(bad);
            });
        }
    }

    @Test
    void anUnexpectedErrorIsLoggedAndStaffReadAGeneralSentence() {
        NullPointerException npe = new NullPointerException("Cannot invoke \"String.length()\" because \"s\" is null");
        try (LogCapture log = new LogCapture()) {
            work.<String>run("Reading the warnings", () -> {
                throw npe;
            }, done::add, failed::add);
            assertThat(failed).containsExactly(StaffWork.UNEXPECTED);
            assertThat(log.warnings()).singleElement().satisfies(r -> assertThat(r.getThrown()).isSameAs(npe));
        }
    }

    @Test
    void successIsHandedBackAndNothingIsLogged() {
        try (LogCapture log = new LogCapture()) {
            work.run("Looking up the printers", () -> "ok", done::add, failed::add);
            assertThat(done).containsExactly("ok");
            assertThat(failed).isEmpty();
            assertThat(log.warnings()).isEmpty();
        }
    }

    @Test
    void plainWordsKeepOurOwnMessagesAndNeverShowAClassName() {
        assertThat(StaffWork.plainWords(new IOException("Cannot write /m/kiosk.properties: the disk is full")))
                .isEqualTo("Cannot write /m/kiosk.properties: the disk is full");
        assertThat(StaffWork.plainWords(new AccessDeniedException("/m/kiosk.properties")))
                .isEqualTo("permission denied for /m/kiosk.properties");
        // A wrapped exception's message is its cause's toString(): the cause is asked instead.
        assertThat(StaffWork.plainWords(new IOException(new MalformedInputException(1)))).contains("not UTF-8");
        assertThat(StaffWork.plainWords(new java.io.UncheckedIOException(new IOException(new IllegalStateException()))))
                .isEqualTo(StaffWork.UNEXPECTED);
        assertThat(StaffWork.plainWords(new IllegalArgumentException("Illegal base64 character 2e")))
                .isEqualTo(StaffWork.UNEXPECTED);
    }
}
