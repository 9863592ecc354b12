package org.physiokiosk.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.testing.FakeClock;

class UsageLogTest {

    @TempDir
    Path dir;

    private final FakeClock clock = new FakeClock(Instant.parse("2026-11-29T09:00:00Z"), ZoneId.of("Europe/Kyiv"));

    private List<UsageEvent> readAll(Path folder) throws IOException {
        List<UsageEvent> out = new ArrayList<>();
        UsageReader reader = new UsageReader();
        reader.read(List.of(folder), LocalDate.of(2020, 1, 1), LocalDate.of(2030, 1, 1), out::add);
        assertThat(reader.problems()).isEmpty();
        return out;
    }

    @Test
    void eventsAreWrittenWithTheirColumnsToOneFilePerDay() throws IOException {
        try (UsageLog log = UsageLog.open(dir, "kiosk-1", clock, 0)) {
            log.record(EventType.SESSION_STARTED, "abc", "", "", Locale.forLanguageTag("uk"));
            clock.advanceMillis(Duration.ofHours(16).toMillis()); // past midnight in Kyiv
            log.record(EventType.SLIDE_SHOWN, "", "intro", "10000", Locale.ENGLISH);
            assertThat(log.flush(Duration.ofSeconds(5))).isTrue();
            assertThat(log.health().ok()).isTrue();
        }
        assertThat(dir.resolve("usage-2026-11-29-kiosk-1.csv")).hasContent(
                "timestamp,kiosk,session,event,subject,value,language\n"
                        + "2026-11-29T11:00+02:00,kiosk-1,abc,session_started,,,uk\n");
        assertThat(Files.readString(dir.resolve("usage-2026-11-30-kiosk-1.csv"))).contains(
                "2026-11-30T03:00+02:00,kiosk-1,,slide_shown,intro,10000,en\n");
        assertThat(readAll(dir)).extracting(UsageEvent::type).containsExactly(EventType.SESSION_STARTED,
                EventType.SLIDE_SHOWN);
    }

    @Test
    @org.junit.jupiter.api.Timeout(30)
    void aPipeNamedLikeTodaysFileNeitherHangsTheStartNorTheWriterAndEventsWait() throws Exception {
        org.physiokiosk.testing.TestFiles.fifo(dir.resolve("usage-2026-11-29-kiosk-1.csv"));
        try (UsageLog log = UsageLog.open(dir, "kiosk-1", clock, 0)) {
            log.record(EventType.SESSION_STARTED, "abc", "", "", Locale.ENGLISH);
            assertThat(log.flush(Duration.ofSeconds(2))).isFalse();
            assertThat(log.health().ok()).isFalse();
            assertThat(log.health().problem()).contains("not a regular file");
            assertThat(log.health().waiting()).isEqualTo(1);
        }
    }

    @Test
    void aTornLastRowIsCutOffAtStartAndCounted() throws IOException {
        Path file = dir.resolve("usage-2026-11-29-kiosk-1.csv");
        Files.writeString(file, "timestamp,kiosk,session,event,subject,value,language\n"
                + "2026-11-29T11:00+02:00,kiosk-1,abc,session_started,,,uk\n"
                + "2026-11-29T11:00:05+02:00,kiosk-1,abc,sympt");
        Path other = dir.resolve("usage-2026-11-29-kiosk-2.csv");
        Files.writeString(other, "timestamp,kiosk,session,event,subject,value,language\n2026-11-29T11:00+02:00,ki");
        try (UsageLog log = UsageLog.open(dir, "kiosk-1", clock, 0)) {
            assertThat(log.tornRowsRemoved()).isEqualTo(1);
            log.flush(Duration.ofSeconds(5));
        }
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).endsWith("session_started,,,uk");
        assertThat(lines.get(2)).contains("log_repaired").endsWith(",1,");
        // Another kiosk's file in a shared folder is that kiosk's business.
        assertThat(Files.readString(other)).endsWith(",ki");
    }

    @Test
    void retentionDeletesOnlyThisKiosksOldFiles() throws IOException {
        Files.writeString(dir.resolve("usage-2025-10-01-kiosk-1.csv"), "x\n");
        Files.writeString(dir.resolve("usage-2025-10-01-kiosk-2.csv"), "x\n");
        Files.writeString(dir.resolve("usage-2026-11-01-kiosk-1.csv"), "x\n");
        UsageLog.open(dir, "kiosk-1", clock, 400).close();
        assertThat(dir.resolve("usage-2025-10-01-kiosk-1.csv")).doesNotExist();
        assertThat(dir.resolve("usage-2025-10-01-kiosk-2.csv")).exists();
        assertThat(dir.resolve("usage-2026-11-01-kiosk-1.csv")).exists();
        UsageLog.open(dir, "kiosk-2", clock, 0).close(); // 0 keeps everything
        assertThat(dir.resolve("usage-2025-10-01-kiosk-2.csv")).exists();
    }

    @Test
    void aFolderThatCannotBeWrittenKeepsEventsWaitingUntilItCan() throws Exception {
        Path stats = dir.resolve("stats");
        Files.writeString(stats, "a file where the folder should be");
        try (UsageLog log = UsageLog.open(stats, "kiosk-1", clock, 0)) {
            assertThat(log.health().ok()).isFalse();
            long start = System.nanoTime();
            for (int i = 0; i < 100; i++) {
                log.record(EventType.SLIDE_SHOWN, "", "intro", Integer.toString(i), Locale.ENGLISH);
            }
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).as("record never blocks")
                    .isLessThan(1000);
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (log.health().waiting() < 100 && System.nanoTime() < end) {
                Thread.sleep(20);
            }
            assertThat(log.health().ok()).isFalse();
            assertThat(log.health().waiting()).isEqualTo(100);
            assertThat(log.health().problem()).contains(stats.toString());

            Files.delete(stats);
            Files.createDirectories(stats);
            awaitHealth(log, true);
            assertThat(log.flush(Duration.ofSeconds(10))).isTrue();
        }
        List<UsageEvent> events = readAll(stats);
        assertThat(events).hasSize(100);
        assertThat(events).extracting(UsageEvent::value).containsExactlyElementsOf(
                java.util.stream.IntStream.range(0, 100).mapToObj(Integer::toString).toList());
    }

    @Test
    void aFullDiskKeepsEarlierRowsIntactAndWritesTheRestWhenSpaceReturns() throws Exception {
        Path tiny = dir.resolve("tiny");
        Files.createDirectories(tiny);
        Process mount;
        try {
            mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", tiny.toString())
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.abort("mount is not available here: " + e.getMessage());
            return;
        }
        Assumptions.assumeTrue(mount.waitFor() == 0, "cannot mount a tiny file system here (needs root)");
        try {
            Path filler = tiny.resolve("filler");
            try (UsageLog log = UsageLog.open(tiny, "kiosk-1", clock, 0)) {
                log.record(EventType.KIOSK_STARTED, "", "", "", Locale.ENGLISH);
                assertThat(log.flush(Duration.ofSeconds(5))).isTrue();
                fill(filler);
                for (int i = 0; i < 200; i++) {
                    log.record(EventType.SLIDE_SHOWN, "", "intro-" + "x".repeat(40), Integer.toString(i),
                            Locale.ENGLISH);
                }
                awaitHealth(log, false);
                assertThat(log.health().problem()).contains("cannot be written");
                Files.delete(filler);
                awaitHealth(log, true);
                assertThat(log.flush(Duration.ofSeconds(10))).isTrue();
            }
            List<UsageEvent> events = readAll(tiny);
            assertThat(events).hasSize(201);
            assertThat(events.get(0).type()).isEqualTo(EventType.KIOSK_STARTED);
            assertThat(events.get(200).value()).isEqualTo("199");
        } finally {
            new ProcessBuilder("umount", tiny.toString()).start().waitFor();
        }
    }

    private static void fill(Path file) {
        byte[] block = new byte[1024];
        try (var out = Files.newOutputStream(file)) {
            while (true) {
                out.write(block);
                out.flush();
            }
        } catch (IOException full) {
            // the disk is full now
        }
    }

    private static void awaitHealth(UsageLog log, boolean ok) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (log.health().ok() != ok && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        assertThat(log.health().ok()).as("health ok").isEqualTo(ok);
    }
}
