package org.physiokiosk.app;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the kiosk's start-up time goes: named moments in milliseconds after the process
 * started, logged as one line with the first painted slide (and read by
 * {@code bench/kiosk-vs-peer.sh}).
 */
final class StartupTimeline {

    private static final long PROCESS_START = processStart();
    private static final List<String> MARKS = new ArrayList<>();

    private StartupTimeline() {
    }

    /**
     * When the process started, in epoch milliseconds. On Linux from the kernel's own clocks: the
     * process's start in clock ticks after boot ({@code /proc/self/stat}, field 22) against the time
     * since boot ({@code /proc/uptime}), both to 10 ms. {@link ProcessHandle.Info#startInstant()} adds
     * the boot time, which the kernel gives only to the second, so it was up to a second early.
     */
    private static long processStart() {
        long now = System.currentTimeMillis();
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long startTicks = Long.parseLong(fields[19]); // field 22 of the whole line
            String uptime = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/uptime"));
            double upSeconds = Double.parseDouble(uptime.substring(0, uptime.indexOf(' ')));
            long ageMillis = Math.round(upSeconds * 1000) - startTicks * 10; // USER_HZ is 100 on Linux
            if (ageMillis >= 0 && ageMillis < 600_000) {
                return now - ageMillis;
            }
        } catch (java.io.IOException | RuntimeException notLinux) {
            // not Linux, or an unexpected /proc: the JDK's own start time, to the second
        }
        return ProcessHandle.current().info().startInstant()
                .map(java.time.Instant::toEpochMilli).orElse(now);
    }

    /** Milliseconds since the process started. */
    static long now() {
        return System.currentTimeMillis() - PROCESS_START;
    }

    static synchronized void mark(String what) {
        MARKS.add(what + " " + now());
    }

    /** "main 120, settings 150, ..." */
    static synchronized String summary() {
        return String.join(", ", MARKS);
    }
}
