package org.physiokiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import javax.swing.SwingUtilities;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.content.Slide;
import org.physiokiosk.settings.KioskSettings;
import org.physiokiosk.settings.SettingsLoader;
import org.physiokiosk.settings.SettingsWriter;
import org.physiokiosk.stats.UsageLog;
import org.physiokiosk.testing.TestMedia;
import org.physiokiosk.ui.GuiTestBase;
import org.physiokiosk.ui.shell.KioskFrame;

/** The running kiosk heals itself: an unexpected error, and content edited on disk while it runs. */
class KioskRuntimeGuiIT extends GuiTestBase {

    @TempDir
    Path dir;

    private KioskRuntime runtime;
    private UsageLog usage;
    private Thread.UncaughtExceptionHandler previous;
    private final java.util.concurrent.atomic.AtomicInteger watchdogExit = new java.util.concurrent.atomic.AtomicInteger();

    private void start() throws Exception {
        Path media = TestMedia.copyInto(dir);
        Path settingsFile = dir.resolve("kiosk.properties");
        Files.write(settingsFile, SettingsWriter.update(TestMedia.SETTINGS, Map.of(
                "media.dir", media.toString(), "stats.dir", dir.resolve("stats").toString(), "clinic.logo", "",
                "kiosk.fullscreen", "false", "slide.interval.seconds", "2")));
        KioskSettings settings = SettingsLoader.load(settingsFile).settings();
        usage = UsageLog.open(settings.statsDir(), "test", Clock.systemDefaultZone(), 0);
        previous = Thread.getDefaultUncaughtExceptionHandler();
        runtime = new KioskRuntime(settingsFile, true, usage, threads);
        // A watchdog that would end the test JVM is replaced by one that only says so.
        runtime.installSafetyNet(media, new Watchdog(Watchdog.DEFAULT_LIMIT, Watchdog.DEFAULT_PING, () -> { },
                code -> watchdogExit.set(code)));
        runtime.start(settings, ContentLoader.load(media));
        waitFor("the loop", 10_000, () -> runtime.frame() != null && runtime.frame().attractLoop().isRunning());
    }

    @AfterEach
    void stop() throws Exception {
        Thread.setDefaultUncaughtExceptionHandler(previous);
        if (runtime != null && runtime.frame() != null) {
            KioskFrame f = runtime.frame();
            SwingUtilities.invokeAndWait(f::dispose);
        }
        if (usage != null) {
            usage.close();
        }
        assertThat(watchdogExit).as("the watchdog stayed quiet").hasValue(0);
    }


    @Test
    void anUnexpectedErrorShowsSorryAndTheSlidesComeBack() throws Exception {
        start();
        SwingUtilities.invokeLater(() -> {
            throw new IllegalStateException("a bug nobody saw coming");
        });
        KioskFrame f = runtime.frame();
        waitFor("the sorry card", 5_000, () -> robot.finder()
                .findAll(f, c -> "sorry".equals(c.getName()) && c.isShowing()).size() == 1);
        waitFor("the slides again", 8_000, () -> f.attractLoop().isRunning());
        assertThat(runtime.frame()).as("the same window recovered").isSameAs(f);
    }

    @Test
    void contentEditedOnDiskIsAppliedBetweenSlidesAndABrokenEditKeepsTheLastGoodVersion() throws Exception {
        start();
        KioskFrame first = runtime.frame();
        Path chin = dir.resolve("media/techniques/chin-tuck.txt");
        Files.writeString(chin, Files.readString(chin).replace("title: Chin tuck", "title: Chin tuck, gently"));
        waitFor("a new window with the edit", 15_000, () -> runtime.frame() != first);
        assertThat(titles()).contains("Chin tuck, gently");

        KioskFrame second = runtime.frame();
        Files.writeString(chin, "id: chin-tuck\nthis line is broken\n");
        waitFor("the reload after the broken edit", 15_000, () -> runtime.frame() != second);
        assertThat(titles()).as("the last good version stays").contains("Chin tuck, gently");
    }

    private java.util.List<String> titles() {
        return GuiActionRunner.execute(() -> {
            java.util.List<String> out = new java.util.ArrayList<>();
            for (Slide s : runtime.content().loopSlides()) {
                if (s instanceof Slide.TechniqueSlide t) {
                    out.add(t.technique().title());
                }
            }
            return out;
        });
    }
}
