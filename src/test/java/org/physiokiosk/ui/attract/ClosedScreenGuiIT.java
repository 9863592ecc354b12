package org.physiokiosk.ui.attract;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Point;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
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
import org.physiokiosk.testing.TestMedia;
import org.physiokiosk.ui.GuiTestBase;
import org.physiokiosk.ui.shell.KioskFrame;

/** The closed screen in a real window: what it says, that a touch starts no visit, the staff corner, and opening. */
class ClosedScreenGuiIT extends GuiTestBase {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @TempDir
    Path dir;

    private FrameFixture window;
    private KioskFrame frame;

    /** A kiosk open on weekdays 08:00-18:00 whose clock runs from {@code wallClock} on. */
    private void open(LocalDateTime wallClock) throws IOException {
        Path settingsFile = dir.resolve("kiosk.properties");
        Files.write(settingsFile, SettingsWriter.update(TestMedia.SETTINGS, Map.ofEntries(
                Map.entry("media.dir", TestMedia.MEDIA.toAbsolutePath().toString()),
                Map.entry("stats.dir", dir.resolve("stats").toString()), Map.entry("clinic.logo", ""),
                Map.entry("clinic.name", "Riverside Physio"), Map.entry("clinic.phone", "01234 567890"),
                Map.entry("clinic.hours.monday", "08:00-18:00"), Map.entry("clinic.hours.tuesday", "08:00-18:00"),
                Map.entry("clinic.hours.wednesday", "08:00-18:00"), Map.entry("clinic.hours.thursday", "08:00-18:00"),
                Map.entry("clinic.hours.friday", "08:00-18:00"), Map.entry("clinic.hours.saturday", "closed"),
                Map.entry("clinic.hours.sunday", "closed"),
                // no PIN yet: the corner asks for the one-time setup code, written into this folder
                Map.entry("staff.hold.seconds", "1"))));
        KioskSettings settings = SettingsLoader.load(settingsFile).settings().withFullscreen(false);
        Instant then = wallClock.atZone(LONDON).toInstant();
        Clock clock = Clock.offset(Clock.system(LONDON), Duration.between(Instant.now(), then));
        KioskAssembly kiosk = new KioskAssembly(settings, ContentLoader.load(settings.mediaDir()),
                new RemovableDrives(List.of(), p -> false), UsageRecorder.NONE, threads.work(), clock);
        frame = openKiosk(kiosk, () -> { });
        window = new FrameFixture(robot, frame);
    }

    @AfterEach
    void close() {
        if (window != null) {
            window.cleanUp();
        }
    }

    private boolean closed() {
        return GuiActionRunner.execute(() -> frame.attractLoop().isClosed());
    }

    @Test
    void atNightTheClosedScreenSaysWhenItOpensAndATouchStartsNoVisit() throws IOException {
        open(LocalDateTime.of(2026, 12, 2, 21, 0)); // a Wednesday evening
        window.panel("closed-screen").requireVisible();
        window.label("closed-clinic").requireText("Riverside Physio");
        window.label("closed-title").requireText("We are closed");
        window.label("closed-opens").requireText("We open again tomorrow at 08:00.");
        window.label("closed-phone").requireText("Phone: 01234 567890");
        window.panel("closed-screen").click();
        robot.pressAndReleaseKeys(java.awt.event.KeyEvent.VK_ENTER);
        robot.waitForIdle();
        assertThat(robot.finder().findAll(frame, c -> "picker".equals(c.getName()) && c.isShowing())).isEmpty();
        assertThat(closed()).isTrue();

        // The staff corner still opens staff mode.
        robot.moveMouse(frame.getContentPane(), new Point(8, 8).x, 8);
        robot.pressMouse(MouseButton.LEFT_BUTTON);
        Pause.pause(1500);
        robot.releaseMouse(MouseButton.LEFT_BUTTON);
        window.panel("pin-pad").requireVisible();
    }

    @Test
    void theLoopComesBackAtOpening() throws IOException {
        open(LocalDateTime.of(2026, 12, 2, 7, 59, 57));
        window.panel("closed-screen").requireVisible();
        assertThat(closed()).isTrue();
        waitFor("the loop is back at 08:00", 10_000, () -> !frame.attractLoop().isClosed()
                && frame.attractLoop().currentSlide().id().equals("intro"));
        window.panel("slide-intro").requireVisible();
    }
}
