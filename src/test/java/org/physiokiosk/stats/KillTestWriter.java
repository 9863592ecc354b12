package org.physiokiosk.stats;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

/**
 * The child process of {@link UsageLogKillTest}: records events in a tight loop (numbered in
 * {@code value}, the round in {@code subject}), about 50,000 a second (a kiosk makes a few a
 * second; more would only fill the test machine's disk), and says every 20 ms how many it
 * has recorded, until it is killed.
 */
public final class KillTestWriter {

    private KillTestWriter() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path dir = Path.of(args[0]);
        String round = args[1];
        UsageLog log = UsageLog.open(dir, "kill-test", Clock.systemDefaultZone(), 0);
        System.out.println("open torn=" + log.tornRowsRemoved());
        long n = 0;
        long lastReport = System.nanoTime();
        while (true) {
            if (log.backlog() > 20_000) {
                Thread.onSpinWait(); // never more than the bounded queue holds: none dropped
            } else {
                log.record(EventType.SLIDE_SHOWN, "", round, Long.toString(n++), Locale.ENGLISH);
                if (n % 50 == 0) {
                    Thread.sleep(1);
                }
            }
            if (System.nanoTime() - lastReport > 20_000_000L) {
                System.out.println("recorded " + n);
                System.out.flush();
                lastReport = System.nanoTime();
            }
        }
    }
}
