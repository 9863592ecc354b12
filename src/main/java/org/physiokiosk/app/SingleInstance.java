package org.physiokiosk.app;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * One kiosk per computer: a lock on a file the kiosk holds while it runs. The operating
 * system releases it when the process ends, however it ends, so a crash never leaves it stuck.
 */
final class SingleInstance {

    private SingleInstance() {
    }

    /** The lock, or empty when another kiosk holds it. Keep the returned lock for the life of the process. */
    static Optional<FileLock> acquire(Path lockFile) throws IOException {
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            return Optional.of(lock);
        } catch (OverlappingFileLockException e) {
            // This JVM already holds the lock: for the caller that is "another kiosk is running", not an error.
            channel.close();
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            channel.close(); // the caller reports e; no open channel is left behind
            throw e;
        }
    }
}
