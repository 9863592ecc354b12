package org.physiokiosk.saving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeFilesTest {

    @TempDir
    Path dir;

    @Test
    void aChangeKeepsABackupAndCanBeUndone() throws IOException {
        Path file = dir.resolve("chin-tuck.txt");
        Files.writeString(file, "old\n");
        SafeFiles.Change change = SafeFiles.write(file, "new\n");
        assertThat(file).hasContent("new");
        assertThat(dir.resolve("chin-tuck.txt.bak")).hasContent("old");
        SafeFiles.undo(change);
        assertThat(file).hasContent("old");
    }

    @Test
    void undoingANewFileRemovesIt() throws IOException {
        Path file = dir.resolve("new.txt");
        SafeFiles.Change change = SafeFiles.write(file, "x\n");
        SafeFiles.undo(change);
        assertThat(file).doesNotExist();
    }

    @Test
    void aFailedSaveLeavesTheOldFileIntactAndNothingHalfWritten() throws IOException {
        Path file = dir.resolve("gone/settings.properties");
        assertThatThrownBy(() -> SafeFiles.write(file, "x")).isInstanceOf(IOException.class)
                .hasMessageContaining("Cannot write");
        // A folder we cannot write into: the move fails; the original stays, no temp file is left.
        Path target = dir.resolve("kiosk.properties");
        Files.writeString(target, "clinic.name = A\n");
        Files.createDirectories(dir.resolve("kiosk.properties.bak")); // the backup cannot be replaced
        assertThatThrownBy(() -> SafeFiles.write(target, "clinic.name = B\n")).isInstanceOf(IOException.class);
        assertThat(target).hasContent("clinic.name = A");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void deletingKeepsTheFileAsABackupAndCanBeUndone() throws IOException {
        Path file = dir.resolve("t.txt");
        Files.writeString(file, "keep me\n");
        SafeFiles.Change change = SafeFiles.delete(file);
        assertThat(file).doesNotExist();
        assertThat(dir.resolve("t.txt.bak")).hasContent("keep me");
        SafeFiles.undo(change);
        assertThat(file).hasContent("keep me");
    }
}
