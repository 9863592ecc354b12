package org.physiokiosk.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A private copy of the shipped {@code media/} folder, for tests that change content files. */
public final class TestMedia {

    private TestMedia() {
    }

    /** Copies {@code media/} into {@code dir}/media and returns that folder. */
    public static Path copyInto(Path dir) throws IOException {
        Path media = dir.resolve("media");
        copy(Path.of("media"), media);
        return media;
    }

    public static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
