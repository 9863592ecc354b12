package org.physiokiosk.app;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the kiosk's start-up time goes: named moments in milliseconds after the process
 * started, logged as one line with the first painted slide (and read by
 * {@code bench/kiosk-vs-peer.sh}).
 */
final class StartupTimeline {

    private static final long PROCESS_START = ProcessHandle.current().info().startInstant()
            .map(java.time.Instant::toEpochMilli).orElse(System.currentTimeMillis());
    private static final List<String> MARKS = new ArrayList<>();

    private StartupTimeline() {
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
