package org.physiokiosk.saving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.time.LocalDateTime;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
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
    // --- Permissions and what may be replaced -------------------------------------------

    private static void assumePosix() {
        Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
                "POSIX permissions only");
    }

    private static String mode(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS));
    }

    private void noTempFileLeft() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void anOwnerOnlyFileStaysOwnerOnlyAndSoDoesItsBackupAndItsUndo() throws IOException {
        assumePosix();
        Path file = dir.resolve("kiosk.properties");
        Files.writeString(file, "staff.pin = secret-hash\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        SafeFiles.Change first = SafeFiles.write(file, "clinic.name = A\n");
        assertThat(mode(file)).isEqualTo("rw-------");
        assertThat(mode(dir.resolve("kiosk.properties.bak"))).isEqualTo("rw-------");
        SafeFiles.write(file, "clinic.name = B\n"); // replaces an existing .bak too
        assertThat(mode(dir.resolve("kiosk.properties.bak"))).isEqualTo("rw-------");
        SafeFiles.undo(first);
        assertThat(file).hasContent("staff.pin = secret-hash");
        assertThat(mode(file)).isEqualTo("rw-------");
        noTempFileLeft();
    }

    @Test
    void otherPermissionsAreKeptAsTheyWere() throws IOException {
        assumePosix();
        Path file = dir.resolve("chin-tuck.txt");
        Files.writeString(file, "old\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw----"));
        SafeFiles.write(file, "new\n");
        assertThat(mode(file)).isEqualTo("rw-rw----");
        assertThat(mode(dir.resolve("chin-tuck.txt.bak"))).isEqualTo("rw-rw----");
        Path export = dir.resolve("usage-report.pdf");
        Files.writeString(export, "old");
        Files.setPosixFilePermissions(export, PosixFilePermissions.fromString("rw-------"));
        PlanFiles.writeAtomically(export, new byte[] {1, 2, 3});
        assertThat(mode(export)).isEqualTo("rw-------");
    }

    @Test
    void newFilesGetSensibleDefaultsAndANewSettingsFileIsOwnerOnly() throws IOException {
        assumePosix();
        SafeFiles.writePrivate(dir.resolve("kiosk.properties"), "clinic.name = A\n");
        assertThat(mode(dir.resolve("kiosk.properties"))).isEqualTo("rw-------");
        SafeFiles.write(dir.resolve("new-technique.txt"), "title: X\n");
        assertThat(mode(dir.resolve("new-technique.txt"))).isEqualTo("rw-r--r--");
        Path handout = PlanFiles.saveNew(dir, LocalDateTime.of(2026, 11, 29, 10, 15), new byte[] {1});
        assertThat(mode(handout)).isEqualTo("rw-r--r--");
    }

    @Test
    void aSymbolicLinkIsRefusedAndWhatItPointsToIsUntouched() throws IOException {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere")).resolve("passwd");
        Files.writeString(elsewhere, "root:x:0:0\n");
        Path link = dir.resolve("kiosk.properties");
        try {
            Files.createSymbolicLink(link, elsewhere);
        } catch (UnsupportedOperationException | IOException e) {
            Assumptions.abort("cannot make symbolic links here: " + e);
        }
        assertThatThrownBy(() -> SafeFiles.write(link, "clinic.name = A\n")).isInstanceOf(IOException.class)
                .hasMessageContaining("symbolic link").hasMessageContaining("Nothing was changed");
        assertThatThrownBy(() -> PlanFiles.writeAtomically(link, new byte[] {1})).isInstanceOf(IOException.class)
                .hasMessageContaining("symbolic link");
        assertThatThrownBy(() -> SafeFiles.delete(link)).isInstanceOf(IOException.class)
                .hasMessageContaining("symbolic link");
        assertThatThrownBy(() -> SafeFiles.undo(new SafeFiles.Change(link, java.util.Optional.empty())))
                .isInstanceOf(IOException.class).hasMessageContaining("symbolic link");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(elsewhere).hasContent("root:x:0:0");
        assertThat(dir.resolve("kiosk.properties.bak")).doesNotExist();
        noTempFileLeft();
    }

    @Test
    void aBackupThatIsASymbolicLinkIsRefusedBeforeAnythingIsWritten() throws IOException {
        Path elsewhere = dir.resolve("elsewhere.txt");
        Files.writeString(elsewhere, "not yours\n");
        Path file = dir.resolve("kiosk.properties");
        Files.writeString(file, "clinic.name = A\n");
        try {
            Files.createSymbolicLink(dir.resolve("kiosk.properties.bak"), elsewhere);
        } catch (UnsupportedOperationException | IOException e) {
            Assumptions.abort("cannot make symbolic links here: " + e);
        }
        assertThatThrownBy(() -> SafeFiles.write(file, "clinic.name = B\n")).isInstanceOf(IOException.class)
                .hasMessageContaining("kiosk.properties.bak").hasMessageContaining("symbolic link");
        assertThat(file).hasContent("clinic.name = A");
        assertThat(elsewhere).hasContent("not yours");
        assertThatThrownBy(() -> SafeFiles.delete(file)).isInstanceOf(IOException.class)
                .hasMessageContaining("symbolic link");
        assertThat(file).hasContent("clinic.name = A");
        noTempFileLeft();
    }

    @Test
    void aFolderIsRefusedWithAClearMessage() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("chin-tuck.txt"));
        Files.writeString(folder.resolve("inside.txt"), "x");
        assertThatThrownBy(() -> SafeFiles.write(folder, "new\n")).isInstanceOf(IOException.class)
                .hasMessageContaining("it is a folder");
        assertThatThrownBy(() -> PlanFiles.writeAtomically(folder, new byte[] {1})).isInstanceOf(IOException.class)
                .hasMessageContaining("it is a folder");
        assertThatThrownBy(() -> SafeFiles.delete(folder)).isInstanceOf(IOException.class)
                .hasMessageContaining("it is a folder");
        assertThat(folder.resolve("inside.txt")).hasContent("x");
        noTempFileLeft();
    }

    @Test
    @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // reading a FIFO would block for ever
    void aFifoIsRefusedWithoutReadingIt() throws Exception {
        Path fifo = org.physiokiosk.testing.TestFiles.fifo(dir.resolve("kiosk.properties"));
        assertThatThrownBy(() -> SafeFiles.write(fifo, "clinic.name = A\n")).isInstanceOf(IOException.class)
                .hasMessageContaining("not a plain file");
        assertThatThrownBy(() -> PlanFiles.writeAtomically(fifo, new byte[] {1})).isInstanceOf(IOException.class)
                .hasMessageContaining("not a plain file");
        assertThatThrownBy(() -> SafeFiles.delete(fifo)).isInstanceOf(IOException.class)
                .hasMessageContaining("not a plain file");
        assertThat(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(Files.exists(fifo, LinkOption.NOFOLLOW_LINKS)).isTrue();
        noTempFileLeft();
    }

    @Test
    void aFileOfAnotherUserIsRefused() throws IOException {
        assumePosix();
        Path file = dir.resolve("kiosk.properties");
        Files.writeString(file, "clinic.name = A\n");
        UserPrincipal other;
        try {
            other = file.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
            Files.setOwner(file, other); // only root may give a file away
        } catch (IOException | UnsupportedOperationException e) {
            Assumptions.abort("cannot give a file to another user here (needs root): " + e);
            return;
        }
        Assumptions.assumeFalse(other.equals(Files.getOwner(dir)), "running as nobody");
        assertThatThrownBy(() -> SafeFiles.write(file, "clinic.name = B\n")).isInstanceOf(IOException.class)
                .hasMessageContaining("belongs to the user \"nobody\"");
        assertThatThrownBy(() -> SafeFiles.delete(file)).isInstanceOf(IOException.class)
                .hasMessageContaining("nobody");
        assertThat(file).hasContent("clinic.name = A");
        assertThat(Files.getOwner(file)).isEqualTo(other);
        assertThat(dir.resolve("kiosk.properties.bak")).doesNotExist();
        noTempFileLeft();
    }
}
