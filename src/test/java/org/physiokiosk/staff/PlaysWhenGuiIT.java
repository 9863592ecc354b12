package org.physiokiosk.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Point;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import javax.swing.JLabel;
import org.assertj.swing.core.MouseButton;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Pause;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.app.KioskAssembly;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.saving.RemovableDrives;
import org.physiokiosk.settings.KioskSettings;
import org.physiokiosk.settings.SettingsLoader;
import org.physiokiosk.settings.SettingsWriter;
import org.physiokiosk.stats.UsageRecorder;
import org.physiokiosk.testing.FakeClock;
import org.physiokiosk.testing.TestMedia;
import org.physiokiosk.ui.GuiTestBase;
import org.physiokiosk.ui.shell.KioskFrame;

/** "What plays when" in a real window, by touch: into staff mode, the tab, the next day, a day of the week strip. */
class PlaysWhenGuiIT extends GuiTestBase {

    @TempDir
    Path dir;

    private FrameFixture window;
    private KioskFrame frame;

    @AfterEach
    void close() {
        if (window != null) {
            window.cleanUp();
        }
    }

    private void open(FakeClock clock) throws IOException {
        Path media = TestMedia.copyInto(dir);
        Files.writeString(media.resolve("techniques/chin-tuck.txt"), "\nhours: 08:00-12:00\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        Files.writeString(media.resolve("notices/fixture-pilates.txt"), "\ndays: thu\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        Path settingsFile = dir.resolve("kiosk.properties");
        Files.write(settingsFile, SettingsWriter.update(TestMedia.SETTINGS, Map.of(
                "media.dir", media.toString(), "stats.dir", dir.resolve("stats").toString(),
                "exports.dir", dir.resolve("exports").toString(), "clinic.logo", "",
                "staff.pin", PinHash.hash("2468".toCharArray(), 20_000), "staff.hold.seconds", "1",
                "clinic.hours.saturday", "closed", "clinic.hours.sunday", "closed")));
        KioskSettings settings = SettingsLoader.load(settingsFile).settings().withFullscreen(false);
        KioskAssembly kiosk = new KioskAssembly(settings, ContentLoader.load(media),
                new RemovableDrives(List.of(), p -> false), UsageRecorder.NONE, threads.work(), clock);
        frame = openKiosk(kiosk, () -> { });
        window = new FrameFixture(robot, frame);
    }

    private void enterStaff() {
        robot.moveMouse(frame.getContentPane(), 8, 8);
        robot.pressMouse(MouseButton.LEFT_BUTTON);
        Pause.pause(2200);
        robot.releaseMouse(MouseButton.LEFT_BUTTON);
        window.panel("pin-pad").requireVisible();
        for (char c : "2468".toCharArray()) {
            window.button("pin-" + c).click();
        }
        window.button("pin-ok").click();
        try { // 20 s: on a machine shared with other builds, 10 s was once too short
            waitFor("the back office", 20_000, () -> frame.staffMode().isOpen()
                    && robot.finder().findAll(frame, c -> "staff".equals(c.getName()) && c.isShowing()).size() == 1);
        } catch (RuntimeException e) {
            throw new AssertionError("the keypad says: " + GuiActionRunner.execute(() ->
                    window.label("pin-message").target().getText()), e);
        }
    }

    private String text(String name) {
        return GuiActionRunner.execute(() -> {
            JLabel l = window.robot().finder().findByName(window.target(), name, JLabel.class, true);
            String t = l.getText().replaceAll("<br>", "\n").replaceAll("<[^>]*>", "").strip();
            return t;
        });
    }

    /** The words of the row whose time label starts with {@code time}. */
    private String row(String time) {
        return GuiActionRunner.execute(() -> {
            var found = window.robot().finder().findAll(window.target(), c -> c instanceof JLabel l
                    && l.getName() != null && l.getName().startsWith("plays-time-") && l.getText().startsWith(time));
            assertThat(found).as("a row at " + time).hasSize(1);
            String n = found.iterator().next().getName().substring("plays-time-".length());
            return window.robot().finder().findByName(window.target(), "plays-row-" + n, JLabel.class, true)
                    .getText().replaceAll("<[^>]*>", " ");
        });
    }

    @Test
    void staffOpenTheViewAndMoveToTheNextDayByTouch() throws IOException {
        // Wednesday 2 December 2026, 10:00 in London.
        FakeClock clock = FakeClock.at(LocalDateTime.of(2026, 12, 2, 10, 0), ZoneId.of("Europe/London"));
        open(clock);
        enterStaff();
        window.tabbedPane("staff-tabs").selectTab("What plays when");
        window.panel("staff-plays").requireVisible();
        assertThat(text("plays-heading")).isEqualTo("Wednesday 2 December 2026 (today)");
        assertThat(row("08:00")).contains("Chin tuck").doesNotContain("Pilates");
        assertThat(row("12:00")).doesNotContain("Chin tuck").contains("Seated spinal twist");
        assertThat(row("13:00")).contains("Same as 12:00–13:00");

        window.button("plays-next").click();
        waitFor("Thursday shown", 5_000, () -> window.label("plays-heading").target().getText()
                .equals("Thursday 3 December 2026"));
        assertThat(row("08:00")).contains("Pilates classes on Thursdays");

        window.button("plays-day-5").click(); // Saturday, closed in these settings
        waitFor("Saturday shown", 5_000, () -> window.label("plays-heading").target().getText()
                .equals("Saturday 5 December 2026"));
        assertThat(row("00:00")).contains("Closed");
        assertThat(text("plays-off")).contains("closed all day");

        window.button("plays-today").click();
        waitFor("back to today", 5_000, () -> window.label("plays-heading").target().getText().endsWith("(today)"));
        assertThat(text("plays-off")).contains("Notice: Pilates classes on Thursdays — off: shows Thu only");
    }
}
