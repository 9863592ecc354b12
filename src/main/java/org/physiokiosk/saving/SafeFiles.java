package org.physiokiosk.saving;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;
import org.physiokiosk.threads.OffEdt;

/**
 * Saving staff changes safely: the new text is written whole to a temporary file, forced to
 * disk and moved into place; the previous version is kept beside it as {@code NAME.bak}.
 * A failure leaves the old file as it was. The returned {@link Change} can be undone.
 *
 * <p>A saved file keeps its POSIX permissions, and its {@code .bak} gets the same ones: a
 * {@code kiosk.properties} readable only by the kiosk's user (it holds the PIN's hash) stays
 * so. Only plain files of the kiosk's own user are replaced: a symbolic link, folder, device
 * or someone else's file, as the file or as its {@code .bak}, is refused and nothing is written.
 */
public final class SafeFiles {

    /** A new content file: readable by all, like any file a text editor makes. */
    private static final Set<PosixFilePermission> NEW_FILE = PlanFiles.SHARED;
    /** A new file that may hold a secret (the settings, with the PIN's hash): the kiosk's user only. */
    private static final Set<PosixFilePermission> NEW_PRIVATE = PosixFilePermissions.fromString("rw-------");

    /**
     * One saved change, with what the file held before (empty: it did not exist) and the
     * permissions it had (empty: none known), so undo can put both back.
     */
    public record Change(Path file, Optional<byte[]> before, Optional<Set<PosixFilePermission>> permissions) {

        public Change(Path file, Optional<byte[]> before) {
            this(file, before, Optional.empty());
        }
    }

    private SafeFiles() {
    }

    /** Saves {@code text} as {@code file}; a new file is readable by all ({@code rw-r--r--}). */
    public static Change write(Path file, String text) throws IOException {
        return write(file, text.getBytes(StandardCharsets.UTF_8), NEW_FILE);
    }

    /** Saves a file that may hold a secret: a new file is created owner-only ({@code rw-------}). */
    public static Change writePrivate(Path file, String text) throws IOException {
        return writePrivate(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /** As {@link #writePrivate(Path, String)}, for content that must stay byte for byte as given. */
    public static Change writePrivate(Path file, byte[] content) throws IOException {
        return write(file, content, NEW_PRIVATE);
    }

    private static Change write(Path file, byte[] content, Set<PosixFilePermission> newFile) throws IOException {
        OffEdt.check("Writing " + file);
        Path backup = backupOf(file);
        // Both looked at before anything is written: a refusal leaves everything as it was.
        OwnFiles.Existing existing = OwnFiles.check(file);
        OwnFiles.Existing oldBackup = OwnFiles.check(backup);
        Optional<byte[]> before = existing.exists() ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        Set<PosixFilePermission> permissions = existing.permissions().orElse(newFile);
        if (before.isPresent()) {
            PlanFiles.writeAtomically(backup, before.get(), permissions, oldBackup);
        }
        PlanFiles.writeAtomically(file, content, permissions, existing);
        return new Change(file, before, existing.permissions());
    }

    /** Puts the file back as it was before {@code change} (deletes it when it was new). */
    public static void undo(Change change) throws IOException {
        OffEdt.check("Putting back " + change.file());
        OwnFiles.Existing now = OwnFiles.check(change.file());
        if (change.before().isPresent()) {
            // The permissions it had then; if unknown, the ones it has now.
            Set<PosixFilePermission> permissions = change.permissions()
                    .or(now::permissions).orElse(NEW_PRIVATE);
            PlanFiles.writeAtomically(change.file(), change.before().get(), permissions, now);
        } else if (now.exists()) {
            Files.delete(change.file());
        }
    }

    /** Removes a file, keeping it as {@code NAME.bak} (with its permissions); undoable. */
    public static Change delete(Path file) throws IOException {
        OffEdt.check("Deleting " + file);
        Path backup = backupOf(file);
        OwnFiles.Existing existing = OwnFiles.check(file);
        OwnFiles.check(backup);
        if (!existing.exists()) {
            throw new java.nio.file.NoSuchFileException(file.toString(), null, "it is not there");
        }
        byte[] before = Files.readAllBytes(file);
        Files.move(file, backup, StandardCopyOption.REPLACE_EXISTING);
        return new Change(file, Optional.of(before), existing.permissions());
    }

    private static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".bak");
    }
}
