package org.physiokiosk.ui.staff;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.physiokiosk.testing.LayoutCheck;
import org.physiokiosk.ui.Texts;

/**
 * Not a check: how long the event thread is busy building the back office and laying it out at
 * 1366x768 (the watchdog ends the kiosk after 10 s), three times (the first one cold). Runs only
 * when asked: {@code -Dstaff.timing=true}; prints "TIMING build N ms, layout N ms".
 */
@EnabledIfSystemProperty(named = "staff.timing", matches = "true")
class StaffBuildTiming {

    @Test
    void printIt() throws Exception {
        StaffLayoutTest.load();
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            StaffPanel panel = StaffLayoutTest.panelAt(new Texts(Locale.ENGLISH), 1366, 768, 1f);
            long t1 = System.nanoTime();
            LayoutCheck.layOut(panel, 1366, 768);
            long t2 = System.nanoTime();
            System.out.printf("TIMING build %d ms, layout %d ms%n", (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
        }
    }
}
