package org.physiokiosk.saving;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import org.physiokiosk.threads.OffEdt;

/**
 * Writing a handout to a folder or a USB stick: a name with the date and time but nothing
 * about the patient, and a write that leaves either the whole file or nothing, even when
 * the stick is pulled out or the disk is full.
 */
public final class PlanFiles {

    private static final System.Logger LOG = System.getLogger(PlanFiles.class.getName());
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm");

    private PlanFiles() {
    }

    /** {@code home-care-plan-2026-11-29-1015.pdf}: no personal data in the name. */
    public static String fileName(LocalDateTime when) {
        return "home-care-plan-" + STAMP.format(when) + ".pdf";
    }

    /**
     * Writes {@code pdf} into {@code dir} under a new name (…-2.pdf, …-3.pdf if taken) and
     * returns the file written.
     *
     * @throws IOException with a message a receptionist can act on
     */
    public static Path saveNew(Path dir, LocalDateTime when, byte[] pdf) throws IOException {
        OffEdt.check("Saving a handout in " + dir);
        if (!Files.isDirectory(dir)) {
            throw new IOException("The folder " + dir + " is not there (is the USB stick still plugged in?)");
        }
        String base = fileName(when);
        Path target = dir.resolve(base);
        for (int n = 2; Files.exists(target, LinkOption.NOFOLLOW_LINKS); n++) {
            target = dir.resolve(base.replace(".pdf", "-" + n + ".pdf"));
        }
        writeAtomically(target, pdf);
        return target;
    }

    /** Permissions of a new export or handout: anyone may read it (it goes on a stick or to the reception). */
    static final Set<PosixFilePermission> SHARED = PosixFilePermissions.fromString("rw-r--r--");

    /**
     * A temporary file beside the target, written, forced to the device, then moved into
     * place: no half-written PDF is ever left under the real name. A file that is replaced
     * keeps its permissions; a new one is readable by all ({@code rw-r--r--}). Refuses a
     * target that is not a plain file of ours (see {@link OwnFiles}).
     */
    public static void writeAtomically(Path target, byte[] data) throws IOException {
        OffEdt.check("Writing " + target);
        writeAtomically(target, data, SHARED);
    }

    /**
     * As {@link #writeAtomically(Path, byte[])}, a new file getting {@code newFile}; a
     * replaced file keeps the permissions it had.
     */
    static void writeAtomically(Path target, byte[] data, Set<PosixFilePermission> newFile) throws IOException {
        requireFolder(target);
        OwnFiles.Existing existing = OwnFiles.check(target);
        writeAtomically(target, data, existing.permissions().orElse(newFile), existing);
    }

    /** Writes {@code data} as {@code target} with {@code permissions}; {@code existing} was checked just before. */
    static void writeAtomically(Path target, byte[] data, Set<PosixFilePermission> permissions,
                                OwnFiles.Existing existing) throws IOException {
        Path dir = requireFolder(target);
        Path tmp = null;
        try {
            // Created owner-only (createTempFile's default), so a secret is never readable by others, even briefly.
            tmp = Files.createTempFile(dir, ".plan-", ".part");
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE);
                 OutputStream os = java.nio.channels.Channels.newOutputStream(ch)) {
                os.write(data);
                os.flush();
                ch.force(true);
            }
            if (OwnFiles.posix(tmp) && !Files.getPosixFilePermissions(tmp).equals(permissions)) {
                Files.setPosixFilePermissions(tmp, permissions);
            }
            if (!OwnFiles.check(target).equals(existing)) {
                // Something else appeared there (or changed) while we wrote: leave it alone.
                throw new IOException("Cannot write " + target + ": it was changed by something else while saving."
                        + " Nothing was changed.");
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                // Expected on some sticks (e.g. FAT); a plain replace is the best they offer.
                LOG.log(Level.DEBUG, "No atomic move on the file system of " + target, e);
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new IOException(explain(target, e), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    // Best effort: the stick may be gone and the save already failed or succeeded; a log line is enough.
                    LOG.log(Level.DEBUG, "Could not remove the temporary file " + tmp, e);
                }
            }
        }
    }

    private static Path requireFolder(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IOException("Cannot write " + target + ": the folder does not exist");
        }
        return dir;
    }

    /** What a clinic can act on, said for {@code target}, from the exception that stopped a save. */
    static String explain(Path target, IOException e) {
        String why;
        if (e instanceof AccessDeniedException) {
            why = "permission denied (is the stick write-protected?)";
        } else if (e instanceof NoSuchFileException n && n.getReason() != null) {
            why = n.getReason();
        } else if (e instanceof NoSuchFileException) {
            why = "the folder is gone (was the USB stick pulled out?)";
        } else if (e instanceof FileSystemException f && f.getReason() != null) {
            why = f.getReason();
        } else if (e.getMessage() != null && e.getMessage().startsWith("Cannot ")) {
            return e.getMessage(); // already says which file and why
        } else {
            why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        if (why.toLowerCase(java.util.Locale.ROOT).contains("no space")) {
            why = "the disk is full";
        }
        return "Cannot write " + target + ": " + why;
    }
}
