package org.physiokiosk.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The promise, tested for real: a child JVM writes events as fast as it can and is killed
 * with SIGKILL at random moments, several times into the same folder. Afterwards every
 * file parses, every row is complete, nothing written is lost, and what is missing is at
 * most the events of the last second before each kill.
 */
class UsageLogKillTest {

    private static final int ROUNDS = 5;

    @TempDir
    Path dir;

    private record Report(long nanos, long count) {
    }

    @Test
    void killedWritersLoseAtMostTheirLastSecondAndNeverDamageARow() throws Exception {
        Random random = new Random(20261129);
        List<Long> atLeast = new ArrayList<>();
        List<Long> reportedLast = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), KillTestWriter.class.getName(), dir.toString(),
                    "round-" + round).redirectErrorStream(true).start();
            List<Report> reports = new CopyOnWriteArrayList<>();
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = in.readLine()) != null) {
                        if (line.startsWith("recorded ")) {
                            reports.add(new Report(System.nanoTime(), Long.parseLong(line.substring(9))));
                        }
                    }
                } catch (java.io.IOException | NumberFormatException e) {
                    // the child is gone
                }
            });
            reader.start();
            // Let it run long enough to be a second past start-up, then kill it at a random moment.
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (reports.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            Thread.sleep(1500 + random.nextInt(1500));
            long killedAt = System.nanoTime();
            child.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no flush
            child.waitFor();
            reader.join(2000);

            long safe = reports.stream().filter(r -> r.nanos() <= killedAt - 1_000_000_000L)
                    .mapToLong(Report::count).max().orElse(0);
            atLeast.add(safe);
            reportedLast.add(reports.isEmpty() ? 0 : reports.get(reports.size() - 1).count());
        }

        // A last open repairs the torn row the last kill may have left.
        UsageLog.open(dir, "kill-test", java.time.Clock.systemDefaultZone(), 0).close();

        Map<String, Long> next = new HashMap<>();
        long rows = 0;
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.sorted().toList();
        }
        assertThat(files).isNotEmpty();
        for (Path f : files) {
            try (CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(Files.newBufferedReader(f))) {
                for (CSVRecord r : csv) {
                    assertThat(r.size()).as(f + ":" + r.getRecordNumber()).isEqualTo(7);
                    assertThat(r.isConsistent()).isTrue();
                    if (!r.get(3).equals("slide_shown")) {
                        continue; // log_repaired rows
                    }
                    long n = Long.parseLong(r.get(5));
                    long expected = next.getOrDefault(r.get(4), 0L);
                    assertThat(n).as("no gap and no repeat in " + r.get(4)).isEqualTo(expected);
                    next.put(r.get(4), n + 1);
                    rows++;
                }
            }
        }
        for (int round = 0; round < ROUNDS; round++) {
            long written = next.getOrDefault("round-" + round, 0L);
            long lost = reportedLast.get(round) - written;
            System.out.printf("Kill test round %d: %d events written, %d recorded a second before the kill, "
                    + "at most %d recorded but not written%n", round, written, atLeast.get(round), Math.max(0, lost));
            assertThat(written).as("round " + round).isGreaterThanOrEqualTo(atLeast.get(round));
        }
        assertThat(rows).isPositive();
        assertThat(new UsageReaderCheck(dir).problems()).isEmpty();
    }

    /** The report reader must find every row readable too. */
    private static final class UsageReaderCheck {
        private final UsageReader reader = new UsageReader();

        UsageReaderCheck(Path dir) throws java.io.IOException {
            reader.read(List.of(dir), LocalDate.now().minusDays(2), LocalDate.now().plusDays(2), e -> { });
        }

        List<String> problems() {
            return reader.problems();
        }
    }
}
