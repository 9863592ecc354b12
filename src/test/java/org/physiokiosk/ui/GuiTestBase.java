package org.physiokiosk.ui;

import org.physiokiosk.ui.shell.KioskFrame;
import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.physiokiosk.app.KioskThreads;
import org.physiokiosk.threads.OffEdt;
import org.physiokiosk.ui.theme.KioskTheme;

/**
 * JUnit 5 base for AssertJ Swing tests (AssertJ Swing is built for JUnit 4): a fresh robot
 * per test, EDT violations fail the test, and the robot is always cleaned up. File work on the
 * event thread fails the test too (Failsafe runs with {@code -Dphysiokiosk.checkOffEdt=true},
 * see {@link OffEdt}). Runs under Xvfb via Failsafe ({@code *GuiIT}).
 */
@Tag("gui")
public abstract class GuiTestBase {

    protected Robot robot;
    /** The kiosk's threads for this test, stopped after it. */
    protected KioskThreads threads;

    @BeforeAll
    static void installChecks() {
        FailOnThreadViolationRepaintManager.install();
        GuiActionRunner.execute(() -> KioskTheme.install());
    }

    @BeforeEach
    void createRobot() {
        OffEdt.clear();
        threads = new KioskThreads();
        robot = BasicRobot.robotWithNewAwtHierarchy();
        robot.settings().delayBetweenEvents(30);
    }

    @AfterEach
    void cleanUpRobot() {
        robot.cleanUp();
        threads.close();
        assertThat(OffEdt.violations()).as("file work on the event thread").isEmpty();
    }

    /** Waits until {@code test}, asked on the event thread, is true; fails after {@code millis}. */
    protected void waitFor(String what, long millis, java.util.function.BooleanSupplier test) {
        org.assertj.swing.timing.Pause.pause(new org.assertj.swing.timing.Condition(what) {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(test::getAsBoolean);
            }
        }, org.assertj.swing.timing.Timeout.timeout(millis));
    }

    /** As {@link #waitFor}, for a condition that reads files: checked on the test's thread, never the EDT. */
    protected void waitForFiles(String what, long millis, java.util.function.BooleanSupplier test) {
        org.assertj.swing.timing.Pause.pause(new org.assertj.swing.timing.Condition(what) {
            @Override
            public boolean test() {
                return test.getAsBoolean();
            }
        }, org.assertj.swing.timing.Timeout.timeout(millis));
    }

    /** Builds the kiosk's window from an assembly and opens it, as the application does. */
    protected KioskFrame openKiosk(org.physiokiosk.app.KioskAssembly kiosk, Runnable restart) {
        return openKiosk(kiosk, restart, () -> { });
    }

    /** As above; {@code leave} is what leaving the kiosk does (staff mode's Leave, Ctrl+Shift+Q after the PIN). */
    protected KioskFrame openKiosk(org.physiokiosk.app.KioskAssembly kiosk, Runnable restart, Runnable leave) {
        kiosk.preload();
        return GuiActionRunner.execute(() -> {
            KioskFrame f = kiosk.frame(restart, leave);
            f.open();
            return f;
        });
    }
}
