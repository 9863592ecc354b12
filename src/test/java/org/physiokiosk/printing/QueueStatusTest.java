package org.physiokiosk.printing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How lpstat's answer becomes "stopped": with a stand-in lpstat, so no print system is needed. */
class QueueStatusTest {

    @TempDir
    Path dir;

    private Path lpstat(String script) throws IOException {
        Path p = dir.resolve("lpstat");
        Files.writeString(p, "#!/bin/sh\n" + script + "\n");
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwx------"));
        return p;
    }

    @Test
    void aDisabledQueueIsStoppedAndAnIdleOneIsNot() throws IOException {
        Path fake = lpstat("if [ \"$2\" = Laser ]; then echo \"printer Laser disabled since Mon 30 Nov -\"; "
                + "else echo \"printer $2 is idle.  enabled since Mon 30 Nov\"; fi");
        QueueStatus status = QueueStatus.system(fake);
        assertThat(status.isStopped("Laser")).isTrue();
        assertThat(status.isStopped("Inkjet")).isFalse();
    }

    @Test
    void withoutLpstatNoQueueIsKnownToBeStopped() throws IOException {
        assertThat(QueueStatus.system(dir.resolve("missing")).isStopped("Laser")).isFalse();
        Path notExecutable = dir.resolve("lpstat-text");
        Files.writeString(notExecutable, "echo printer Laser disabled\n");
        assertThat(QueueStatus.system(notExecutable).isStopped("Laser")).isFalse();
    }

    @Test
    void anLpstatThatCannotStartOrDoesNotAnswerCountsAsRunning() throws IOException {
        Path broken = dir.resolve("lpstat-broken");
        Files.write(broken, new byte[] {0, 1, 2, 3});
        Files.setPosixFilePermissions(broken, PosixFilePermissions.fromString("rwx------"));
        assertThat(QueueStatus.system(broken).isStopped("Laser")).isFalse();

        Path slow = lpstat("echo \"printer Laser disabled\"; sleep 20");
        long start = System.nanoTime();
        assertThat(QueueStatus.system(slow).isStopped("Laser")).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
    }

    @Test
    void anInterruptedCheckKeepsTheInterruptAndCountsAsRunning() throws IOException {
        Path slow = lpstat("sleep 20");
        Thread.currentThread().interrupt();
        try {
            assertThat(QueueStatus.system(slow).isStopped("Laser")).isFalse();
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }
}
