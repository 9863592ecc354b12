package org.physiokiosk.ui.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Point;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.swing.AbstractButton;
import org.assertj.swing.core.MouseButton;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.app.KioskAssembly;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.content.SlideLibrary;
import org.physiokiosk.content.Symptom;
import org.physiokiosk.saving.RemovableDrives;
import org.physiokiosk.settings.KioskSettings;
import org.physiokiosk.settings.Settings;
import org.physiokiosk.settings.SettingsLoader;
import org.physiokiosk.speech.SpeechEngine;
import org.physiokiosk.stats.UsageRecorder;
import org.physiokiosk.testing.FakeSpeech;
import org.physiokiosk.testing.TestMedia;
import org.physiokiosk.ui.GuiTestBase;
import org.physiokiosk.ui.shell.KioskFrame;

/**
 * Read aloud in a real window, touched with the mouse as a patient's finger would (issue 18):
 * the plan's button reads and then stops; a long press on a tile reads it without picking it; the
 * session wipe silences the kiosk; with the setting off there is no button. A fake engine records
 * what would have been said.
 */
class ReadAloudGuiIT extends GuiTestBase {

    @TempDir
    Path dir;

    private FrameFixture window;
    private KioskFrame frame;
    private SlideLibrary library;
    private final FakeSpeech speech = new FakeSpeech();

    private void open(boolean enabled, SpeechEngine engine, Duration idle) throws Exception {
        KioskSettings settings = SettingsLoader.load(TestMedia.settingsIn(dir)).settings().withFullscreen(false)
                .with(Settings.SLIDE_INTERVAL, Duration.ofSeconds(30)).with(Settings.TRANSITION, Duration.ofMillis(300))
                .with(Settings.IDLE_TIMEOUT, idle).with(Settings.STATS_DIR, dir.resolve("stats"))
                .with(Settings.EXPORTS_DIR, dir.resolve("exports"))
                .with(Settings.SPEECH_ENABLED, enabled).with(Settings.SPEECH_VOLUME, 90)
                .with(Settings.SPEECH_RATE, 130);
        library = ContentLoader.load(settings.mediaDir());
        KioskAssembly kiosk = new KioskAssembly(settings, library, new RemovableDrives(List.of(), p -> false),
                UsageRecorder.NONE, threads.work()).withSpeech(engine);
        frame = openKiosk(kiosk, () -> { });
        window = new FrameFixture(robot, frame);
    }

    @AfterEach
    void close() {
        if (window != null) {
            window.cleanUp();
        }
    }

    /** As a patient: touches the loop, picks "stress" and touches Next, then waits for the plan preview. */
    private void toThePlanPreview() throws Exception {
        window.panel("attract-stage").click();
        window.toggleButton("symptom-stress").click();
        window.button("pick-next").click();
        waitFor("the plan preview", 5_000, () -> showing("preview"));
    }

    private boolean showing(String name) {
        return robot.finder().findAll(frame, c -> name.equals(c.getName()) && c.isShowing()).size() == 1;
    }

    private String text(String button) {
        return GuiActionRunner.execute(() -> ((AbstractButton) robot.finder().findByName(frame, button)).getText());
    }

    @Test
    void readAloudOnThePlanReadsItAndTheSameButtonStopsIt() throws Exception {
        open(true, speech, Duration.ofSeconds(90));
        toThePlanPreview();

        window.button("read-plan").requireText("Read aloud").click();
        waitFor("the button says Stop", 2_000, () -> "Stop".equals(text("read-plan")));
        assertThat(speech.spoken()).hasSize(1);
        FakeSpeech.Spoken said = speech.spoken().get(0);
        assertThat(said.text()).startsWith("Your home-care plan.");
        assertThat(said.volume()).isEqualTo(90);
        assertThat(said.rate()).isEqualTo(130);

        window.button("read-plan").click();
        waitFor("the button says Read aloud again", 2_000, () -> "Read aloud".equals(text("read-plan")));
        assertThat(speech.stopped()).containsExactly(said.text());
        assertThat(speech.speaking()).isFalse();

        window.button("read-plan").click();
        window.button("preview-back").click();
        waitFor("the picker", 5_000, () -> showing("picker"));
        assertThat(speech.speaking()).as("leaving the plan stops it").isFalse();
    }

    @Test
    void aLongPressOnATileReadsItsWordsAndDoesNotPickIt() throws Exception {
        open(true, speech, Duration.ofSeconds(90));
        window.panel("attract-stage").click();
        Symptom stress = library.symptoms().stream().filter(s -> s.id().equals("stress")).findFirst().orElseThrow();
        java.awt.Component tile = window.toggleButton("symptom-stress").target();
        Point middle = GuiActionRunner.execute(() -> new Point(tile.getWidth() / 2, tile.getHeight() / 2));
        robot.pressMouse(tile, middle, MouseButton.LEFT_BUTTON);
        org.assertj.swing.timing.Pause.pause(SymptomTile.LONG_PRESS_MILLIS + 400);
        robot.releaseMouse(MouseButton.LEFT_BUTTON);
        robot.waitForIdle();

        window.toggleButton("symptom-stress").requireNotSelected();
        assertThat(speech.spoken()).extracting(FakeSpeech.Spoken::text).containsExactly(SpokenPlan.tile(stress));

        window.toggleButton("symptom-stress").click(); // a short touch still picks it, and says nothing
        window.toggleButton("symptom-stress").requireSelected();
        assertThat(speech.spoken()).hasSize(1);
    }

    @Test
    void thePatientWalkingAwaySilencesTheKiosk() throws Exception {
        open(true, speech, Duration.ofSeconds(5));
        toThePlanPreview();
        window.button("read-plan").click();
        assertThat(speech.speaking()).isTrue();
        waitFor("back to the loop after the countdown", 25_000,
                () -> frame.attractLoop().isRunning() && frame.journey() == null);
        assertThat(speech.speaking()).isFalse();
    }

    @Test
    void rebuildingTheWindowSilencesTheReading() throws Exception {
        open(true, speech, Duration.ofSeconds(90));
        toThePlanPreview();
        window.button("read-plan").click();
        assertThat(speech.speaking()).isTrue();
        // What KioskRuntime does to the old window on a restart (staff's Restart, a content change, the safety net).
        boolean silentAtOnce = GuiActionRunner.execute(() -> {
            frame.dispose();
            return !speech.speaking();
        });
        robot.waitForIdle();
        boolean silentLater = !speech.speaking();
        assertThat(silentLater).as("after the window's events").isTrue();
        assertThat(silentAtOnce).as("as the window is thrown away").isTrue();
    }

    @Test
    void noButtonWithTheSettingOffOrWithoutAnEngine() throws Exception {
        open(false, speech, Duration.ofSeconds(90));
        toThePlanPreview();
        assertThat(showing("read-plan")).isFalse();
        assertThat(robot.finder().findAll(frame, c -> c.getName() != null && c.getName().startsWith("read-card-")
                && c.isShowing())).isEmpty();
        window.cleanUp();

        open(true, new FakeSpeech(false), Duration.ofSeconds(90));
        toThePlanPreview();
        assertThat(showing("read-plan")).isFalse();
    }
}
