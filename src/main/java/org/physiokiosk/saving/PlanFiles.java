package org.physiokiosk.saving;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Writing a handout to a folder or a USB stick: a name with the date and time but nothing
 * about the patient, and a write that leaves either the whole file or nothing, even when
 * the stick is pulled out or the disk is full.
 */
public final class PlanFiles {

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
        if (!Files.isDirectory(dir)) {
            throw new IOException("The folder " + dir + " is not there (is the USB stick still plugged in?)");
        }
        String base = fileName(when);
        Path target = dir.resolve(base);
        for (int n = 2; Files.exists(target); n++) {
            target = dir.resolve(base.replace(".pdf", "-" + n + ".pdf"));
        }
        writeAtomically(target, pdf);
        return target;
    }

    /**
     * A temporary file beside the target, written, forced to the device, then moved into
     * place: no half-written PDF is ever left under the real name.
     */
    public static void writeAtomically(Path target, byte[] data) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IOException("Cannot write " + target + ": the folder does not exist");
        }
        Path tmp = null;
        try {
            tmp = Files.createTempFile(dir, ".plan-", ".part");
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE);
                 OutputStream os = java.nio.channels.Channels.newOutputStream(ch)) {
                os.write(data);
                os.flush();
                ch.force(true);
            }
            if (tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING); // e.g. FAT on some sticks
            }
        } catch (IOException e) {
            throw new IOException(explain(target, e), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // The stick may be gone; nothing useful is left to clean.
                }
            }
        }
    }

    private static String explain(Path target, IOException e) {
        String why;
        if (e instanceof AccessDeniedException) {
            why = "permission denied (is the stick write-protected?)";
        } else if (e instanceof NoSuchFileException n && n.getReason() != null) {
            why = n.getReason();
        } else if (e instanceof NoSuchFileException) {
            why = "the folder is gone (was the USB stick pulled out?)";
        } else if (e instanceof FileSystemException f && f.getReason() != null) {
            why = f.getReason();
        } else {
            why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        if (why.toLowerCase(java.util.Locale.ROOT).contains("no space")) {
            why = "the disk is full";
        }
        return "Cannot write " + target + ": " + why;
    }
}
