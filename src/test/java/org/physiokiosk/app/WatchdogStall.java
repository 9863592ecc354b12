package org.physiokiosk.app;

import java.awt.EventQueue;
import java.time.Duration;

/**
 * A child JVM for {@link WatchdogTest}: the kiosk's watchdog with a short limit, then an event
 * thread that never answers again.
 */
public final class WatchdogStall {

    private WatchdogStall() {
    }

    public static void main(String[] args) throws Exception {
        KioskThreads threads = new KioskThreads();
        new Watchdog(Duration.ofMillis(Long.parseLong(args[0])), Duration.ofMillis(200),
                () -> System.out.println("last words"), code -> Runtime.getRuntime().halt(code)).start(threads);
        EventQueue.invokeLater(WatchdogStall::stallTheEventThreadForever);
        Thread.sleep(Long.MAX_VALUE); // the watchdog ends this process
    }

    static void stallTheEventThreadForever() {
        System.out.println("stalling " + Thread.currentThread().getName());
        while (true) {
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                // A stalled event thread ignores everything.
            }
        }
    }
}
