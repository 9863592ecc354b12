package org.physiokiosk.saving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.EventQueue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.threads.OffEdt;

/**
 * Every way of saving says it is file work: called on the event thread with the check on, each
 * is recorded (the GUI tests run with the check on, so a save moved onto the event thread fails
 * them); and where a stick is looked for, a mounted one is found.
 */
class SavingOffEdtTest {

    @TempDir
    Path dir;

    @BeforeEach
    void checkOn() {
        System.setProperty(OffEdt.PROPERTY, "true");
        OffEdt.clear();
    }

    @AfterEach
    void checkOff() {
        System.clearProperty(OffEdt.PROPERTY);
        OffEdt.clear();
    }

    @Test
    void everySaveCalledOnTheEventThreadIsRecorded() throws Exception {
        Path file = dir.resolve("kiosk.properties");
        List<Exception> failures = new ArrayList<>();
        EventQueue.invokeAndWait(() -> {
            try {
                SafeFiles.Change change = SafeFiles.write(file, "a = 1\n");
                SafeFiles.undo(change);
                Files.writeString(file, "a = 2\n");
                SafeFiles.delete(file);
                PlanFiles.writeAtomically(dir.resolve("plan.pdf"), new byte[] {1});
                PlanFiles.saveNew(dir, LocalDateTime.of(2026, 11, 30, 9, 0), new byte[] {2});
                new RemovableDrives(List.of(dir), p -> false).find();
            } catch (IOException e) {
                failures.add(e);
            }
        });
        assertThat(failures).isEmpty();
        assertThat(OffEdt.violations()).extracting(OffEdt.Violation::what).anyMatch(w -> w.startsWith("Writing "))
                .anyMatch(w -> w.startsWith("Putting back ")).anyMatch(w -> w.startsWith("Deleting "))
                .anyMatch(w -> w.startsWith("Saving a handout in ")).anyMatch(w -> w.equals("Looking for USB sticks"));
        // SafeFiles.write says so itself (the PlanFiles step it uses inside does not say it again).
        assertThat(OffEdt.violations().stream().filter(v -> v.what().equals("Writing " + file)).count())
                .as("SafeFiles.write").isEqualTo(1);
        assertThat(OffEdt.violations()).extracting(OffEdt.Violation::what)
                .contains("Writing " + dir.resolve("plan.pdf"));
    }

    @Test
    void nothingIsRecordedOffTheEventThread() throws IOException {
        SafeFiles.write(dir.resolve("kiosk.properties"), "a = 1\n");
        assertThat(OffEdt.violations()).isEmpty();
    }

    @Test
    void aStickMountedOneOrTwoLevelsDownIsFoundAndAFolderInItsPlaceIsNot() throws IOException {
        Files.createDirectories(dir.resolve("kiosk-user/STICK"));
        Files.createDirectories(dir.resolve("CARD"));
        Files.createDirectories(dir.resolve("kiosk-user/not-a-stick"));
        RemovableDrives drives = new RemovableDrives(List.of(dir, dir.resolve("absent")),
                p -> p.getFileName().toString().equals(p.getFileName().toString().toUpperCase()));
        assertThat(drives.find()).extracting(RemovableDrives.Drive::label).containsExactly("CARD", "STICK");
    }

    @Test
    void aFileStandingWhereTheFolderShouldBeIsRefusedWithItsReason() throws IOException {
        Path notADir = dir.resolve("file");
        Files.writeString(notADir, "x");
        assertThatThrownBy(() -> SafeFiles.write(notADir.resolve("kiosk.properties"), "a = 1\n"))
                .isInstanceOf(IOException.class).hasMessageStartingWith("Cannot write " + notADir.resolve(
                        "kiosk.properties")).hasMessageContaining("Not a directory");
    }
}
