package org.physiokiosk.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** File helpers the tests share: a named pipe, and a file's bytes as lines. */
public final class TestFiles {

    private TestFiles() {
    }

    /**
     * Makes a named pipe (FIFO) at {@code path}, the kind of file that blocks whoever opens it;
     * the calling test is skipped, with the reason, where {@code mkfifo} is not available.
     */
    public static Path fifo(Path path) throws InterruptedException {
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.abort("mkfifo is not available: " + e.getMessage());
            return path;
        }
        Assumptions.assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0,
                "mkfifo could not make a FIFO here");
        return path;
    }

    /** The bytes between line feeds (the last element is what follows the last line feed). */
    public static List<byte[]> lines(byte[] bytes) {
        List<byte[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                out.add(Arrays.copyOfRange(bytes, start, i));
                start = i + 1;
            }
        }
        return out;
    }

    /** The inverse of {@link #lines}. */
    public static byte[] join(List<byte[]> lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < lines.size(); i++) {
            out.writeBytes(lines.get(i));
            if (i < lines.size() - 1) {
                out.write('\n');
            }
        }
        return out.toByteArray();
    }
}
