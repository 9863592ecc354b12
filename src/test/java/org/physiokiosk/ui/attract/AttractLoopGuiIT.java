package org.physiokiosk.ui.attract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.content.Slide;
import org.physiokiosk.content.SlideLibrary;
import org.physiokiosk.app.KioskAssembly;
import org.physiokiosk.stats.UsageRecorder;
import org.physiokiosk.settings.KioskSettings;
import org.physiokiosk.settings.Settings;
import org.physiokiosk.settings.SettingsLoader;
import org.physiokiosk.ui.GuiTestBase;
import org.physiokiosk.ui.shell.KioskFrame;
import org.physiokiosk.ui.Texts;
import org.physiokiosk.illustration.IllustrationLoader;
import org.physiokiosk.testing.TestMedia;

/** The attract loop in a real window: it advances on its own, a touch leaves it, idling brings it back. */
class AttractLoopGuiIT extends GuiTestBase {

    /** The kiosk writes beside its settings (the staff setup code): a copy, never the fixtures. */
    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path settingsDir;

    private java.nio.file.Path settingsCopy() {
        try {
            return TestMedia.settingsIn(settingsDir);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private FrameFixture window;
    private KioskFrame frame;

    private void open(Duration idleTimeout) {
        KioskSettings base = SettingsLoader.load(settingsCopy()).settings();
        KioskSettings settings = base.withFullscreen(false).with(Settings.SLIDE_INTERVAL, Duration.ofSeconds(2))
                .with(Settings.TRANSITION, Duration.ofMillis(300)).with(Settings.IDLE_TIMEOUT, idleTimeout);
        SlideLibrary library = ContentLoader.load(settings.mediaDir());
        KioskAssembly kiosk = KioskAssembly.of(settings, library, UsageRecorder.NONE, threads.work());
        frame = openKiosk(kiosk, () -> { });
        window = new FrameFixture(robot, frame);
    }

    @AfterEach
    void close() {
        if (window != null) {
            window.cleanUp();
        }
    }

    private Slide current() {
        return GuiActionRunner.execute(() -> frame.attractLoop().currentSlide());
    }

    private boolean loopRunning() {
        return GuiActionRunner.execute(() -> frame.attractLoop().isRunning() && frame.attractLoop().isShowing());
    }

    @Test
    void theLoopStartsOnTheIntroAndAdvancesByItself() {
        open(Duration.ofSeconds(90));
        assertThat(current()).isInstanceOf(Slide.Intro.class);
        window.panel("slide-intro").requireVisible();

        waitFor("the loop moves on to the first category", 6_000,
                () -> frame.attractLoop().currentSlide().id().equals("category-stretching"));
        window.panel("slide-category-stretching").requireVisible();
        assertThat(robot.finder().findByName(frame, "loop-progress", LoopProgress.class, true).index()).isEqualTo(1);
    }

    @Test
    void aTouchAnywhereLeavesTheLoopForThePickerAndCancelReturns() {
        open(Duration.ofSeconds(90));
        window.panel("attract-stage").click();

        window.panel("picker").requireVisible();
        assertThat(loopRunning()).isFalse();

        window.button("pick-cancel").click();
        window.panel("attract-loop").requireVisible();
        assertThat(loopRunning()).isTrue();
        assertThat(current()).isInstanceOf(Slide.Intro.class);
    }

}
