package org.physiokiosk.saving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.physiokiosk.testing.LogCapture;
import org.junit.jupiter.api.io.TempDir;

/** Where a plan can be saved (the sticks found) and how a saved plan is named and written. */
class SavingPlacesTest {

    @TempDir
    Path dir;

    @Test
    void sticksAreFoundOneOrTwoFoldersDownInEveryRootAndInNameOrder() throws IOException {
        Path media = Files.createDirectories(dir.resolve("media"));
        Path run = Files.createDirectories(dir.resolve("run-media"));
        Path user = Files.createDirectories(media.resolve("kiosk"));
        Path b = Files.createDirectories(user.resolve("B-STICK"));
        Path a = Files.createDirectories(user.resolve("A-STICK"));
        Path direct = Files.createDirectories(media.resolve("CARD"));
        Files.createDirectories(user.resolve("not-mounted"));
        Path deep = Files.createDirectories(b.resolve("folder-on-the-stick"));
        Files.writeString(user.resolve("file.txt"), "not a folder");
        Path fileNamedLikeAStick = Files.writeString(media.resolve("FILE-STICK"), "a file, not a folder");
        Path other = Files.createDirectories(run.resolve("kiosk").resolve("PHONE"));
        Set<Path> mounted = Set.of(a, b, direct, deep, other, fileNamedLikeAStick);

        List<RemovableDrives.Drive> found = new RemovableDrives(List.of(media, run, dir.resolve("missing")),
                mounted::contains).find();
        assertThat(found).containsExactly(new RemovableDrives.Drive(direct, "CARD"),
                new RemovableDrives.Drive(a, "A-STICK"), new RemovableDrives.Drive(b, "B-STICK"),
                new RemovableDrives.Drive(other, "PHONE"));
    }

    @Test
    void aFolderIsAMountPointOnlyWhenItIsOnAnotherFileSystemThanItsParent() throws IOException {
        assertThat(RemovableDrives.mountPoint(Files.createDirectories(dir.resolve("plain")))).isFalse();
        assertThat(RemovableDrives.mountPoint(dir.resolve("missing"))).isFalse();
        assertThat(RemovableDrives.mountPoint(Path.of("/proc"))).as("/proc is its own file system").isTrue();
        assertThat(RemovableDrives.system().find()).allSatisfy(d -> assertThat(Files.isWritable(d.root())).isTrue());
    }

    @Test
    void aFolderThatCannotBeAskedIsNotOfferedAndTheReasonIsLoggedWithItsCause() {
        Path missing = dir.resolve("gone-stick");
        try (LogCapture log = LogCapture.everythingOf("org.physiokiosk.saving")) {
            assertThat(RemovableDrives.mountPoint(missing)).isFalse();
            assertThat(log.records()).anySatisfy(r -> {
                assertThat(r.getMessage()).isEqualTo("Cannot tell whether " + missing + " is a mounted drive");
                assertThat(r.getThrown()).isInstanceOf(java.nio.file.NoSuchFileException.class);
            });
        }
    }

    @Test
    void aFailedSaveSaysWhyInWordsAClinicCanActOn() {
        Path target = dir.resolve("plan.pdf");
        assertThat(PlanFiles.explain(target, new java.nio.file.AccessDeniedException(target.toString())))
                .isEqualTo("Cannot write " + target + ": permission denied (is the stick write-protected?)");
        assertThat(PlanFiles.explain(target, new java.nio.file.NoSuchFileException(target.toString())))
                .isEqualTo("Cannot write " + target + ": the folder is gone (was the USB stick pulled out?)");
        assertThat(PlanFiles.explain(target,
                new java.nio.file.NoSuchFileException(target.toString(), null, "Not a directory")))
                .as("a missing file with the system's own reason keeps that reason")
                .isEqualTo("Cannot write " + target + ": Not a directory");
        assertThat(PlanFiles.explain(target,
                new java.nio.file.FileSystemException(target.toString(), null, "Read-only file system")))
                .isEqualTo("Cannot write " + target + ": Read-only file system");
        assertThat(PlanFiles.explain(target,
                new java.nio.file.FileSystemException(target.toString(), null, "No space left on device")))
                .isEqualTo("Cannot write " + target + ": the disk is full");
        assertThat(PlanFiles.explain(target, new IOException("Cannot write " + target + ": it is a folder")))
                .as("a message that already names the file is kept whole")
                .isEqualTo("Cannot write " + target + ": it is a folder");
        assertThat(PlanFiles.explain(target, new IOException())).isEqualTo("Cannot write " + target + ": IOException");
    }

    @Test
    void aSavedPlanIsNamedByItsMinuteAndNeverReplacesAnother() throws IOException {
        LocalDateTime when = LocalDateTime.of(2026, 11, 29, 9, 5);
        assertThat(PlanFiles.fileName(when)).isEqualTo("home-care-plan-2026-11-29-0905.pdf");
        Path first = PlanFiles.saveNew(dir, when, new byte[] {1});
        Path second = PlanFiles.saveNew(dir, when, new byte[] {2});
        Path third = PlanFiles.saveNew(dir, when, new byte[] {3});
        assertThat(List.of(first, second, third)).extracting(p -> p.getFileName().toString()).containsExactly(
                "home-care-plan-2026-11-29-0905.pdf", "home-care-plan-2026-11-29-0905-2.pdf",
                "home-care-plan-2026-11-29-0905-3.pdf");
        assertThat(Files.readAllBytes(first)).containsExactly(1);
        assertThat(Files.readAllBytes(third)).containsExactly(3);
        assertThat(Files.getPosixFilePermissions(first)).isEqualTo(PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> PlanFiles.saveNew(dir.resolve("gone"), when, new byte[] {1}))
                .hasMessage("The folder " + dir.resolve("gone") + " is not there (is the USB stick still plugged in?)");
        assertThatThrownBy(() -> PlanFiles.writeAtomically(dir.resolve("gone/plan.pdf"), new byte[] {1}))
                .hasMessage("Cannot write " + dir.resolve("gone/plan.pdf") + ": the folder does not exist");
    }

    @Test
    void aReplacedFileKeepsItsPermissions() throws IOException {
        Path file = dir.resolve("report.csv");
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        PlanFiles.writeAtomically(file, "new".getBytes());
        assertThat(Files.readString(file)).isEqualTo("new");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void aFileThatChangesWhileItIsWrittenIsLeftAloneAndNoTemporaryFileStays() throws IOException {
        Path target = dir.resolve("plan.pdf");
        Path other = dir.resolve("other.pdf");
        Files.writeString(other, "x");
        // What was checked (a file there) is not what is there at the move (nothing): refused.
        OwnFiles.Existing seen = OwnFiles.check(other);
        assertThatThrownBy(() -> PlanFiles.writeAtomically(target, new byte[] {1}, PlanFiles.SHARED, seen))
                .isInstanceOf(IOException.class)
                .hasMessage("Cannot write " + target + ": it was changed by something else while saving. "
                        + "Nothing was changed.");
        assertThat(target).doesNotExist();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("other.pdf");
        }
    }

    @Test
    void aPrivateWriteCanBeUndoneToWhatWasThereBefore() throws IOException {
        Path file = dir.resolve("kiosk.properties");
        Files.writeString(file, "clinic.name = A\n");
        SafeFiles.Change first = SafeFiles.writePrivate(file, "clinic.name = B\n");
        assertThat(Files.readString(file)).isEqualTo("clinic.name = B\n");
        SafeFiles.undo(first);
        assertThat(Files.readString(file)).isEqualTo("clinic.name = A\n");
        SafeFiles.Change bytes = SafeFiles.writePrivate(file, "clinic.name = C\n".getBytes());
        assertThat(bytes.file()).isEqualTo(file);
        SafeFiles.undo(bytes);
        assertThat(Files.readString(file)).isEqualTo("clinic.name = A\n");
    }

    @Test
    void aFullDiskIsSaidInPlainWords() throws Exception {
        Path tiny = Files.createDirectories(dir.resolve("tiny"));
        Process mount;
        try {
            mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", tiny.toString())
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            org.junit.jupiter.api.Assumptions.abort("mount is not available here: " + e.getMessage());
            return;
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(mount.waitFor() == 0,
                "cannot mount a tiny file system here (needs root)");
        try {
            Path target = tiny.resolve("plan.pdf");
            assertThatThrownBy(() -> PlanFiles.writeAtomically(target, new byte[256 * 1024]))
                    .isInstanceOf(IOException.class).hasMessage("Cannot write " + target + ": the disk is full");
            try (Stream<Path> files = Files.list(tiny)) {
                assertThat(files).as("no temporary file left").isEmpty();
            }
        } finally {
            new ProcessBuilder("umount", tiny.toString()).start().waitFor();
        }
    }
}
