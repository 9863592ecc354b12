package org.physiokiosk.ui.slides;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Container;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import javax.swing.JFrame;
import javax.swing.JPanel;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.app.KioskAssembly;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.content.Slide;
import org.physiokiosk.content.SlideLibrary;
import org.physiokiosk.illustration.IllustrationLoader;
import org.physiokiosk.settings.KioskSettings;
import org.physiokiosk.settings.Motion;
import org.physiokiosk.settings.Settings;
import org.physiokiosk.settings.SettingsLoader;
import org.physiokiosk.stats.UsageRecorder;
import org.physiokiosk.testing.TestMedia;
import org.physiokiosk.ui.GuiTestBase;
import org.physiokiosk.ui.Texts;
import org.physiokiosk.ui.illustration.MotionPlayback;
import org.physiokiosk.ui.illustration.MotionPlayer;
import org.physiokiosk.ui.shell.KioskFrame;

/**
 * Moving drawings in a real window: drawn on the kiosk's frame thread, never on the event thread;
 * starting at the movement's start; dropping frames while the event thread is busy; stopping when
 * the loop replaces the slide or the window is hidden; and with motion off, no timer at all.
 */
class MotionSlideGuiIT extends GuiTestBase {

    @TempDir
    java.nio.file.Path settingsDir;

    private KioskFrame kiosk;
    private JFrame window;

    @AfterEach
    void close() {
        GuiActionRunner.execute(() -> {
            if (kiosk != null) {
                kiosk.dispose();
            }
            if (window != null) {
                window.dispose();
            }
        });
    }

    private static IllustrationCard showingCard(Container root) {
        return GuiActionRunner.execute(() -> find(root));
    }

    private static IllustrationCard find(Container c) {
        for (Component child : c.getComponents()) {
            if (child instanceof IllustrationCard card && card.isShowing() && card.player().presenter().plays()) {
                return card;
            }
            if (child instanceof Container cc) {
                IllustrationCard found = find(cc);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    @Test
    void theLoopsTechniqueSlidePlaysOffTheEventThreadFromTheStartAndStopsWhenTheSlideIsReplaced() throws Exception {
        KioskSettings settings = SettingsLoader.load(TestMedia.settingsIn(settingsDir)).settings().withFullscreen(false)
                .with(Settings.SLIDE_INTERVAL, Duration.ofSeconds(7)).with(Settings.TRANSITION, Duration.ofMillis(300))
                .with(Settings.IDLE_TIMEOUT, Duration.ofSeconds(90));
        SlideLibrary library = ContentLoader.load(settings.mediaDir());
        kiosk = openKiosk(KioskAssembly.of(settings, library, UsageRecorder.NONE, threads.work())
                .playOn(threads.frames()), () -> { });

        waitFor("a technique slide with a moving drawing", 40_000, () -> find(kiosk.getContentPane()) != null);
        IllustrationCard card = showingCard(kiosk.getContentPane());
        MotionPlayer player = card.player();
        String slide = GuiActionRunner.execute(() -> kiosk.attractLoop().currentSlide().id());
        waitFor("frames on screen", 5_000, () -> player.framesPainted() >= 5);
        assertThat(player.drawnOn()).as("frames are drawn on the kiosk's frame thread").startsWith("kiosk-frames-");
        assertThat(player.firstTimeShown()).as("the movement starts at its start with the crossfade").hasValue(0);

        // The event thread busy for 600 ms: at most the one frame it has not taken yet is drawn, none queued.
        int drawnWhileBusy = GuiActionRunner.execute(() -> {
            int before = player.framesDrawn();
            Thread.sleep(600);
            return player.framesDrawn() - before;
        });
        assertThat(drawnWhileBusy).as("frames dropped while the screen cannot take them").isLessThanOrEqualTo(1);
        int painted = player.framesPainted();
        waitFor("frames again after the stall", 3_000, () -> player.framesPainted() > painted + 3);

        waitFor("the loop moves on", 15_000, () -> !kiosk.attractLoop().currentSlide().id().equals(slide));
        assertThat(GuiActionRunner.execute(player::isPlaying)).as("the replaced slide's player").isFalse();
        int drawn = player.framesDrawn();
        Thread.sleep(400);
        assertThat(player.framesDrawn()).as("no frames for a slide no longer shown").isEqualTo(drawn);
    }

    private IllustrationCard showTechnique(MotionPlayback playback) {
        SlideLibrary library = ContentLoader.load(TestMedia.MEDIA);
        Slide chinTuck = library.loopSlides().stream()
                .filter(s -> s instanceof Slide.TechniqueSlide t && t.technique().id().equals("chin-tuck"))
                .findFirst().orElseThrow();
        SlideViews views = new SlideViews(library.illustrationsDir(), new IllustrationLoader(),
                new Texts(Locale.ENGLISH), "Clinic").playing(playback);
        views.preload(java.util.List.of(chinTuck));
        return GuiActionRunner.execute(() -> {
            window = new JFrame("motion");
            JPanel stage = new JPanel(new BorderLayout());
            SlideView view = views.create(chinTuck);
            stage.add(view);
            window.setContentPane(stage);
            window.setSize(1280, 720);
            window.setVisible(true);
            return (IllustrationCard) find(view, IllustrationCard.class);
        });
    }

    private static Component find(Container c, Class<?> type) {
        for (Component child : c.getComponents()) {
            if (type.isInstance(child)) {
                return child;
            }
            if (child instanceof Container cc && find(cc, type) != null) {
                return find(cc, type);
            }
        }
        return null;
    }

    @Test
    void aHiddenWindowStopsTheTimer() throws Exception {
        IllustrationCard card = showTechnique(MotionPlayback.of(Motion.ON, threads.frames()));
        MotionPlayer player = card.player();
        waitFor("frames on screen", 5_000, () -> player.framesPainted() >= 3);
        GuiActionRunner.execute(() -> window.setVisible(false));
        assertThat(GuiActionRunner.execute(player::isPlaying)).isFalse();
        Thread.sleep(150);
        int drawn = player.framesDrawn();
        Thread.sleep(400);
        assertThat(player.framesDrawn()).isEqualTo(drawn);
        assertThat(((ScheduledThreadPoolExecutor) threads.frames()).getQueue()).as("nothing scheduled").isEmpty();
    }

    @Test
    void motionOffShowsTheStillPictureAndRunsNoTimer() throws Exception {
        IllustrationCard card = showTechnique(MotionPlayback.of(Motion.OFF, threads.frames()));
        Thread.sleep(700);
        assertThat(GuiActionRunner.execute(() -> card.isShowing())).isTrue();
        assertThat(card.player().presenter().plays()).isFalse();
        assertThat(card.player().framesDrawn()).isZero();
        assertThat(((ScheduledThreadPoolExecutor) threads.frames()).getQueue()).as("nothing scheduled").isEmpty();
        assertThat(((ScheduledThreadPoolExecutor) threads.frames()).getCompletedTaskCount()).isZero();
    }
}
