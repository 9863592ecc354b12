package org.physiokiosk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.physiokiosk.stats.EventType;
import org.physiokiosk.stats.UsageLog;
import org.physiokiosk.stats.UsageReader;
import org.physiokiosk.stats.UsageReport;
import org.physiokiosk.stats.UsageSimulator;

/**
 * Usage statistics speed (targets: a report over 1,000,000 events under 2 s with heap use
 * independent of the event count, appending an event under 50 µs on average).
 * The report runs in a 64 MB heap: a million events held in memory would not fit.
 */
public class UsageBenchmark {

    /** A month and a half of busy kiosk: just over a million events. */
    @State(Scope.Benchmark)
    public static class Events {
        Path dir;
        long count;

        @Setup(Level.Trial)
        public void write() throws IOException {
            dir = Files.createTempDirectory("usage-bench");
            count = UsageSimulator.write(dir, "bench", LocalDate.of(2026, 10, 1), 29, 1, 99);
            System.out.printf("%nUsage files: %d events in %s%n", count, dir);
        }

        @TearDown(Level.Trial)
        public void delete() throws IOException {
            deleteTree(dir);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2)
    @Measurement(iterations = 5)
    @Fork(value = 1, jvmArgsAppend = "-Xmx64m")
    public UsageReport reportOverAMillionEvents(Events events) throws IOException {
        UsageReport report = new UsageReport(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31));
        new UsageReader().read(List.of(events.dir), report.from(), report.to(), report::accept);
        if (report.total().slidesShown() < 1_000_000) {
            throw new IllegalStateException("expected a million events, got " + report.total().slidesShown());
        }
        return report;
    }

    /** An open log, as the kiosk has it. */
    @State(Scope.Benchmark)
    public static class Log {
        UsageLog log;
        Path dir;

        @Setup(Level.Trial)
        public void open() throws IOException {
            dir = Files.createTempDirectory("usage-append");
            log = UsageLog.open(dir, "bench", Clock.systemDefaultZone(), 0);
        }

        @TearDown(Level.Trial)
        public void close() throws IOException {
            log.close();
            deleteTree(dir);
        }
    }

    /** What the screen pays per event: {@code record} returns at once. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 3, time = 1)
    @Measurement(iterations = 5, time = 1)
    @Fork(1)
    public void recordOneEvent(Log state) {
        state.log.record(EventType.SLIDE_SHOWN, "", "technique-chin-tuck", "10000", Locale.ENGLISH);
        while (state.log.backlog() > 10_000) {
            Thread.onSpinWait(); // keep to what the disk takes, as a kiosk always does
        }
    }

    /** All of it: 1,000 events recorded and written to disk (flushed and forced), per event. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @OperationsPerInvocation(1000)
    @Warmup(iterations = 3, time = 1)
    @Measurement(iterations = 5, time = 1)
    @Fork(1)
    public void recordAndWriteToDisk(Log state) {
        for (int i = 0; i < 1000; i++) {
            state.log.record(EventType.SLIDE_SHOWN, "", "technique-chin-tuck", Integer.toString(i), Locale.ENGLISH);
        }
        state.log.flush(Duration.ofSeconds(30));
    }
}
