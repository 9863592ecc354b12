package org.physiokiosk.saving;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.util.Optional;
import java.util.Set;

/**
 * What the kiosk may replace: a plain file, or nothing yet. Never a symbolic link (the link's
 * target would be someone else's file), a folder, a FIFO or device (reading one can block for
 * ever), or on POSIX a file owned by another user. Looked at without following links.
 */
final class OwnFiles {

    private static final System.Logger LOG = System.getLogger(OwnFiles.class.getName());

    private OwnFiles() {
    }

    /** What is there now: nothing, or a regular file of ours with its POSIX permissions (if the disk has them). */
    record Existing(boolean exists, Optional<Set<PosixFilePermission>> permissions) {
        static final Existing NONE = new Existing(false, Optional.empty());
    }

    /**
     * Looks at {@code file} and refuses, with a message staff can act on, anything that is not
     * absent or a regular file of ours.
     *
     * @throws IOException naming the file and what it is; nothing has been written
     */
    static Existing check(Path file) throws IOException {
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (java.nio.file.NoSuchFileException e) {
            return Existing.NONE;
        } catch (java.nio.file.FileSystemException e) {
            // e.g. "Not a directory" when a file stands where the folder should be
            String why = e.getReason() != null ? e.getReason() : e.getClass().getSimpleName();
            throw new IOException("Cannot write " + file + ": " + why, e);
        }
        if (attrs.isSymbolicLink()) {
            throw refused(file, "it is a symbolic link (the kiosk only replaces its own plain files)");
        }
        if (attrs.isDirectory()) {
            throw refused(file, "it is a folder, not a file");
        }
        if (!attrs.isRegularFile()) {
            throw refused(file, "it is not a plain file (a device, pipe or socket)");
        }
        if (!posix(file)) {
            return new Existing(true, Optional.empty());
        }
        PosixFileAttributes posix = Files.readAttributes(file, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        Optional<UserPrincipal> us = ourselves(file);
        if (us.isPresent() && !us.get().equals(posix.owner())) {
            throw refused(file, "it belongs to the user \"" + posix.owner().getName() + "\", not to the kiosk's user \""
                    + us.get().getName() + "\"");
        }
        return new Existing(true, Optional.of(posix.permissions()));
    }

    static boolean posix(Path file) {
        return file.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static IOException refused(Path file, String why) {
        return new IOException("Cannot write " + file + ": " + why + ". Nothing was changed.");
    }

    /**
     * The user this process runs as: the owner of {@code /proc/self} on Linux, else the
     * account named by {@code user.name}; empty when neither can be told (no owner check then).
     */
    private static Optional<UserPrincipal> ourselves(Path near) {
        Path self = Path.of("/proc/self");
        try {
            if (near.getFileSystem().equals(self.getFileSystem()) && Files.exists(self)) {
                return Optional.of(Files.getOwner(self));
            }
        } catch (IOException | UnsupportedOperationException e) {
            LOG.log(Level.DEBUG, "Cannot read the owner of /proc/self; trying user.name", e);
        }
        try {
            return Optional.of(near.getFileSystem().getUserPrincipalLookupService()
                    .lookupPrincipalByName(System.getProperty("user.name", "")));
        } catch (IOException | UnsupportedOperationException e) {
            // An account without a name (some containers): the type checks still apply.
            LOG.log(Level.DEBUG, "Cannot tell which user the kiosk runs as; owner check skipped", e);
            return Optional.empty();
        }
    }
}
