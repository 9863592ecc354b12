package org.physiokiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SingleInstanceTest {

    @TempDir
    Path dir;

    @Test
    void aSecondKioskOnTheSameComputerIsRefusedUntilTheFirstIsGone() throws Exception {
        Path lockFile = dir.resolve("physio-kiosk.lock");
        Optional<FileLock> first = SingleInstance.acquire(lockFile);
        assertThat(first).isPresent();
        assertThat(SingleInstance.acquire(lockFile)).isEmpty();
        first.get().channel().close();
        Optional<FileLock> again = SingleInstance.acquire(lockFile);
        assertThat(again).isPresent();
        again.get().channel().close();
    }
}
