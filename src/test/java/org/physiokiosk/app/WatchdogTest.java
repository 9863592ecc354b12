package org.physiokiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A stalled event thread, for real: a child JVM blocks its event thread; the watchdog must log
 * the stalled thread's stack, say its last words and end the process with its exit code, so
 * the service manager starts a fresh kiosk. Headless: the event thread exists without a display.
 */
class WatchdogTest {

    @Test
    void aStalledEventThreadEndsTheProcessWithExitCode3AndAThreadDump() throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                WatchdogStall.class.getName(), "1000").redirectErrorStream(true).start();
        // The bound is for a hung child only; the watchdog acts about a second after the stall.
        boolean ended = child.waitFor(60, TimeUnit.SECONDS);
        if (!ended) {
            child.destroyForcibly();
        }
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(ended).as("the child ended; its output:\n%s", output).isTrue();
        assertThat(child.exitValue()).as(output).isEqualTo(Watchdog.EXIT_CODE);
        assertThat(output).contains("stalling AWT-EventQueue")
                .contains("The event thread has not answered")
                .containsPattern("\"AWT-EventQueue-\\d+\"[^\\n]*\\n(\\tat [^\\n]*\\n)*"
                        + "\\tat (app//)?org\\.physiokiosk\\.app\\.WatchdogStall\\.stallTheEventThreadForever")
                .contains("last words");
        assertThat(output.indexOf("last words")).as("the dump is logged before the last words")
                .isGreaterThan(output.indexOf("The event thread has not answered"));
    }
}
