package org.physiokiosk.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

/**
 * The writable folder of an installed kiosk (the package's launcher sets
 * {@code -Dphysiokiosk.home=/var/lib/physio-kiosk} and {@code -Dphysiokiosk.defaults=} the
 * read-only defaults it ships): its {@code kiosk.properties} is the settings file, and on the
 * first start the shipped {@code kiosk.properties} and {@code media/} are copied in when they
 * are not there yet. An upgrade replaces only the defaults, so a clinic's settings and
 * content stay as they are. A plain {@code java -jar} run sets neither property and uses the
 * current folder as before.
 */
final class KioskHome {

    static final String HOME = "physiokiosk.home";
    static final String DEFAULTS = "physiokiosk.defaults";

    private KioskHome() {
    }

    /** The settings file to use when no {@code --config} is given. */
    static Path defaultConfig() {
        String home = System.getProperty(HOME);
        return home == null || home.isBlank() ? Path.of("kiosk.properties") : Path.of(home, "kiosk.properties");
    }

    /** Copies the defaults into {@code home} when the launcher asks for it; nothing otherwise. */
    static void prepareFromProperties() {
        String home = System.getProperty(HOME);
        String defaults = System.getProperty(DEFAULTS);
        if (home != null && !home.isBlank() && defaults != null && !defaults.isBlank()) {
            try {
                prepare(Path.of(home), Path.of(defaults));
            } catch (IOException | UncheckedIOException e) {
                // The kiosk still starts: a missing settings file means defaults, missing media a located problem.
                System.err.println("physio-kiosk: cannot copy the default settings and content to " + home + ": " + e);
            }
        }
    }

    /**
     * Copies {@code defaults/kiosk.properties} (readable by this user only: it will hold the staff
     * PIN's hash) and {@code defaults/media/} into {@code home}, each only when missing there.
     */
    static void prepare(Path home, Path defaults) throws IOException {
        Files.createDirectories(home);
        Path settings = home.resolve("kiosk.properties");
        Path shipped = defaults.resolve("kiosk.properties");
        if (Files.notExists(settings) && Files.isRegularFile(shipped)) {
            Path part = home.resolve("kiosk.properties.new");
            Files.copy(shipped, part, StandardCopyOption.REPLACE_EXISTING);
            try {
                Files.setPosixFilePermissions(part, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // Not a POSIX file system (Windows): the folder's access rules apply.
            }
            try {
                Files.move(part, settings, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException e) {
                Files.deleteIfExists(part); // another start got there first
            }
        }
        Path media = home.resolve("media");
        Path shippedMedia = defaults.resolve("media");
        if (Files.notExists(media) && Files.isDirectory(shippedMedia)) {
            Path part = home.resolve("media.new");
            deleteTree(part);
            copyTree(shippedMedia, part);
            Files.move(part, media, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.notExists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) all.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
