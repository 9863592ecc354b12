package org.physiokiosk.saving;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Saving staff changes safely: the new text is written whole to a temporary file, forced to
 * disk and moved into place; the previous version is kept beside it as {@code NAME.bak}.
 * A failure leaves the old file as it was. The returned {@link Change} can be undone.
 */
public final class SafeFiles {

    /** One saved change, with what the file held before (empty: it did not exist). */
    public record Change(Path file, Optional<byte[]> before) {
    }

    private SafeFiles() {
    }

    public static Change write(Path file, String text) throws IOException {
        return write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /** As {@link #write(Path, String)}, for content that must stay byte for byte as given. */
    public static Change write(Path file, byte[] content) throws IOException {
        Optional<byte[]> before = Files.exists(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        if (before.isPresent()) {
            Path backup = file.resolveSibling(file.getFileName() + ".bak");
            PlanFiles.writeAtomically(backup, before.get());
        }
        PlanFiles.writeAtomically(file, content);
        return new Change(file, before);
    }

    /** Puts the file back as it was before {@code change} (deletes it when it was new). */
    public static void undo(Change change) throws IOException {
        if (change.before().isPresent()) {
            PlanFiles.writeAtomically(change.file(), change.before().get());
        } else {
            Files.deleteIfExists(change.file());
        }
    }

    /** Removes a file, keeping it as {@code NAME.bak}; undoable. */
    public static Change delete(Path file) throws IOException {
        byte[] before = Files.readAllBytes(file);
        Files.move(file, file.resolveSibling(file.getFileName() + ".bak"), StandardCopyOption.REPLACE_EXISTING);
        return new Change(file, Optional.of(before));
    }
}
