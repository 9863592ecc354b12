package org.physiokiosk.saving;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.physiokiosk.threads.OffEdt;

/**
 * Finds USB sticks a patient could save to: on Linux the folders desktops mount them on
 * ({@code /media/USER/LABEL}, {@code /media/LABEL}, {@code /run/media/USER/LABEL}), on
 * Windows the drive letters Windows marks as removable. Only writable ones count.
 */
public final class RemovableDrives {

    private static final System.Logger LOG = System.getLogger(RemovableDrives.class.getName());

    /** A stick, by its folder and the name to show. */
    public record Drive(Path root, String label) {
    }

    private final List<Path> linuxRoots;
    private final Predicate<Path> isMountPoint;

    /** The real places on this computer. */
    public static RemovableDrives system() {
        return new RemovableDrives(List.of(Path.of("/media"), Path.of("/run/media")), RemovableDrives::mountPoint);
    }

    /** For tests: other folders, and another rule for what is a mounted drive. */
    public RemovableDrives(List<Path> linuxRoots, Predicate<Path> isMountPoint) {
        this.linuxRoots = List.copyOf(linuxRoots);
        this.isMountPoint = isMountPoint;
    }

    /** The writable removable drives now; never throws. */
    public List<Drive> find() {
        OffEdt.check("Looking for USB sticks");
        List<Drive> drives = new ArrayList<>();
        if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows")) {
            windows(drives);
            return drives;
        }
        for (Path root : linuxRoots) {
            for (Path level1 : children(root)) {
                if (isMountPoint.test(level1)) {
                    add(drives, level1);
                    continue;
                }
                for (Path level2 : children(level1)) {
                    if (isMountPoint.test(level2)) {
                        add(drives, level2);
                    }
                }
            }
        }
        return drives;
    }

    private static void add(List<Drive> drives, Path dir) {
        if (Files.isWritable(dir)) {
            drives.add(new Drive(dir, dir.getFileName().toString()));
        }
    }

    private static List<Path> children(Path dir) {
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, Files::isDirectory)) {
            s.forEach(out::add);
        } catch (IOException | SecurityException e) {
            // An unreadable folder simply has no sticks to offer; asked every few seconds, so only at DEBUG.
            LOG.log(System.Logger.Level.DEBUG, "Cannot list " + dir + " for USB sticks", e);
        }
        out.sort(null);
        return out;
    }

    /** A folder on another file system than its parent is where something is mounted. */
    static boolean mountPoint(Path dir) {
        try {
            FileStore here = Files.getFileStore(dir);
            FileStore parent = Files.getFileStore(dir.getParent());
            return !here.equals(parent);
        } catch (IOException | SecurityException e) {
            // Cannot tell: not offered as a stick (asked every few seconds, so only at DEBUG).
            LOG.log(System.Logger.Level.DEBUG, "Cannot tell whether " + dir + " is a mounted drive", e);
            return false;
        }
    }

    private static void windows(List<Drive> drives) {
        for (Path root : java.nio.file.FileSystems.getDefault().getRootDirectories()) {
            try {
                FileStore store = Files.getFileStore(root);
                Object removable = store.getAttribute("volume:isRemovable");
                if (Boolean.TRUE.equals(removable) && Files.isWritable(root)) {
                    String name = store.name().isBlank() ? root.toString() : store.name() + " (" + root + ")";
                    drives.add(new Drive(root, name));
                }
            } catch (IOException | UnsupportedOperationException | SecurityException e) {
                // An empty card reader or a drive that cannot be asked: not offered.
                LOG.log(System.Logger.Level.DEBUG, "Cannot ask drive " + root + " whether it is removable", e);
            }
        }
    }
}
