package org.physiokiosk.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The tests' own content and settings: {@code src/test/fixtures/}, a copy of the shipped
 * {@code media/} and {@code kiosk.properties} taken once. A clinic edits the shipped ones;
 * these belong to the tests, so editing clinic content never breaks the build.
 */
public final class TestMedia {

    /** The tests' copy of {@code media/}. Tests that change files work on {@link #copyInto}. */
    public static final Path MEDIA = Path.of("src/test/fixtures/media");

    /** The tests' copy of {@code kiosk.properties}; its {@code media.dir = media} is {@link #MEDIA}. */
    public static final Path SETTINGS = Path.of("src/test/fixtures/kiosk.properties");

    private TestMedia() {
    }

    /**
     * The tests' settings copied into {@code dir}, with {@code media.dir} and {@code clinic.logo}
     * pointing at the fixture media: what the kiosk writes beside its settings (the staff setup
     * code, backups) lands in {@code dir}, never in the fixtures.
     */
    public static Path settingsIn(Path dir) throws IOException {
        Path file = dir.resolve("kiosk.properties");
        Files.write(file, org.physiokiosk.settings.SettingsWriter.update(SETTINGS, java.util.Map.of(
                "media.dir", MEDIA.toAbsolutePath().toString(),
                "clinic.logo", MEDIA.resolve("branding/clinic-logo.svg").toAbsolutePath().toString())));
        return file;
    }

    /** Copies the fixture media into {@code dir}/media and returns that folder. */
    public static Path copyInto(Path dir) throws IOException {
        Path media = dir.resolve("media");
        copy(MEDIA, media);
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
