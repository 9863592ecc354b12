package org.physiokiosk.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Broken and hostile usage files: each costs only its own bad rows, never the report. */
class UsageReaderTest {

    @TempDir
    Path dir;

    static final String HEADER = "timestamp,kiosk,session,event,subject,value,language\n";
    static final LocalDate DAY = LocalDate.of(2026, 11, 2);

    static String row(int i) {
        return String.format("2026-11-02T09:%02d:%02dZ,k,s%d,session_started,,,en\n", (i / 60) % 60, i % 60, i);
    }

    private List<UsageEvent> read(List<String> problems) throws IOException {
        List<UsageEvent> events = new ArrayList<>();
        UsageReader reader = new UsageReader();
        reader.read(List.of(dir), DAY.minusDays(1), DAY.plusDays(1), events::add);
        problems.addAll(reader.problems());
        return events;
    }

    @Test
    void aFileWithoutHeaderIsReportedAndReadByPositionAndTheOthersStillCount() throws IOException {
        Files.writeString(dir.resolve("usage-2026-11-02-a.csv"), row(1) + row(2));
        Files.writeString(dir.resolve("usage-2026-11-02-b.csv"), HEADER + row(3));
        List<String> problems = new ArrayList<>();
        assertThat(read(problems)).hasSize(3);
        assertThat(problems).singleElement().asString().startsWith("usage-2026-11-02-a.csv:1: ")
                .contains("header");
    }

    @Test
    void anEmptyHeaderNameIsReportedAndTheRowsStillRead() throws IOException {
        Files.writeString(dir.resolve("usage-2026-11-02-a.csv"),
                "timestamp,,session,event,subject,value,language\n" + row(1));
        Files.writeString(dir.resolve("usage-2026-11-02-b.csv"), HEADER + row(2));
        List<String> problems = new ArrayList<>();
        assertThat(read(problems)).hasSize(2);
        assertThat(problems).singleElement().asString().startsWith("usage-2026-11-02-a.csv:1: ");
    }

    @Test
    void anyExceptionFromOneFileIsLocatedLoggedWithItsStackTraceAndTheNextFileRead() throws IOException {
        Files.writeString(dir.resolve("usage-2026-11-02-a.csv"), HEADER + row(1) + row(2));
        Files.writeString(dir.resolve("usage-2026-11-02-b.csv"), HEADER + row(3));
        List<LogRecord> logged = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord r) {
                logged.add(r);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger log = Logger.getLogger(UsageReader.class.getName());
        log.addHandler(handler);
        try {
            List<UsageEvent> events = new ArrayList<>();
            UsageReader reader = new UsageReader();
            reader.read(List.of(dir), DAY, DAY, e -> {
                if (e.session().equals("s2")) {
                    throw new IllegalStateException("boom");
                }
                events.add(e);
            });
            assertThat(events).extracting(UsageEvent::session).containsExactly("s1", "s3");
            assertThat(reader.problems()).singleElement().asString()
                    .startsWith("usage-2026-11-02-a.csv:3: ").contains("IllegalStateException", "boom");
            assertThat(logged).anySatisfy(r -> assertThat(r.getThrown()).hasMessage("boom"));
        } finally {
            log.removeHandler(handler);
        }
    }

    @Test
    void oneInvalidUtf8ByteCostsOnlyItsRow() throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(HEADER.getBytes(StandardCharsets.UTF_8));
        for (int i = 1; i <= 200; i++) {
            byte[] r = row(i).getBytes(StandardCharsets.UTF_8);
            if (i == 50) {
                r[r.length - 3] = (byte) 0xC3; // "e\xC3\n": a lead byte without its continuation
            }
            file.writeBytes(r);
        }
        Files.write(dir.resolve("usage-2026-11-02-a.csv"), file.toByteArray());
        List<String> problems = new ArrayList<>();
        assertThat(read(problems)).hasSize(199);
        assertThat(problems).singleElement().asString().startsWith("usage-2026-11-02-a.csv:51: ")
                .contains("UTF-8");
    }

    @Test
    void problemsAreCappedAndTheRestCountedPerKind() throws IOException {
        Path f = dir.resolve("usage-2026-11-02-a.csv");
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(f))) {
            out.write(HEADER.getBytes(StandardCharsets.UTF_8));
            byte[] bad = "2026-11-02T09:00:00Z,k,s,danced,,,en\n".getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 250_000; i++) {
                out.write(bad);
            }
            out.write("yesterday,k,s,session_started,,,en\n".getBytes(StandardCharsets.UTF_8));
        }
        List<String> problems = new ArrayList<>();
        UsageReader reader = new UsageReader();
        reader.read(List.of(dir), DAY, DAY, e -> { });
        problems.addAll(reader.problems());
        assertThat(problems).hasSize(UsageReader.MAX_PROBLEMS + 2);
        assertThat(problems.get(0)).isEqualTo("usage-2026-11-02-a.csv:2: unknown event \"danced\"; row skipped");
        assertThat(problems).contains("and 249,900 more rows with unknown events",
                "and 1 more row with a bad timestamp");
        assertThat(reader.problemCount()).isEqualTo(250_001);
    }

    @Test
    void aHugeValueOrAnEndlessLineIsRejectedWithItsLineAndTheNextRowsKept() throws IOException {
        Path f = dir.resolve("usage-2026-11-02-a.csv");
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(f))) {
            out.write((HEADER + row(1)).getBytes(StandardCharsets.UTF_8));
            out.write(("2026-11-02T09:00:00Z,k,s,slide_shown,intro," + "9".repeat(100_000) + ",en\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.write(row(2).getBytes(StandardCharsets.UTF_8));
            byte[] x = new byte[1 << 20];
            java.util.Arrays.fill(x, (byte) 'x');
            for (int i = 0; i < 20; i++) {
                out.write(x); // a 20 MB line: no newline for a long time
            }
            out.write('\n');
            out.write(row(3).getBytes(StandardCharsets.UTF_8));
        }
        List<String> problems = new ArrayList<>();
        assertThat(read(problems)).extracting(UsageEvent::session).containsExactly("s1", "s2", "s3");
        assertThat(problems).hasSize(2);
        assertThat(problems.get(0)).startsWith("usage-2026-11-02-a.csv:3: ").contains("longer than");
        assertThat(problems.get(1)).startsWith("usage-2026-11-02-a.csv:5: ").contains("longer than");
    }

    @Test
    @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // opening a FIFO would wait forever
    void filesThatAreNotRegularFilesAreRefusedWithoutHanging() throws Exception {
        Files.createDirectory(dir.resolve("usage-2026-11-02-folder.csv"));
        Files.createSymbolicLink(dir.resolve("usage-2026-11-02-zero.csv"), Path.of("/dev/zero"));
        Path fifo = dir.resolve("usage-2026-11-02-fifo.csv");
        boolean haveFifo;
        try {
            haveFifo = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            haveFifo = false; // no mkfifo here: the other kinds of file are still checked
        }
        Files.writeString(dir.resolve("usage-2026-11-02-ok.csv"), HEADER + row(1));
        List<String> problems = new ArrayList<>();
        assertThat(read(problems)).hasSize(1);
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("usage-2026-11-02-folder.csv: ")
                .contains("not a regular file"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("usage-2026-11-02-zero.csv: ")
                .contains("not a regular file"));
        if (haveFifo) {
            assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("usage-2026-11-02-fifo.csv: "));
        }
    }

    @Test
    void problemsGiveLineNumbersEvenAfterAQuotedFieldSpanningLines() throws IOException {
        Files.writeString(dir.resolve("usage-2026-11-02-a.csv"), HEADER
                + "2026-11-02T09:00:00Z,k,s1,handout_printed,\"Front\ndesk\",,en\n"
                + "yesterday,k,s2,session_started,,,en\n");
        List<String> problems = new ArrayList<>();
        List<UsageEvent> events = read(problems);
        assertThat(events).singleElement().extracting(UsageEvent::subject).isEqualTo("Front\ndesk");
        assertThat(problems).containsExactly(
                "usage-2026-11-02-a.csv:4: \"yesterday\" is not a timestamp; row skipped");
    }

    @Test
    void aByteOrderMarkAndCrlfLineEndsAreRead() throws IOException {
        Files.writeString(dir.resolve("usage-2026-11-02-a.csv"),
                "\uFEFF" + (HEADER + row(1) + row(2)).replace("\n", "\r\n"));
        List<String> problems = new ArrayList<>();
        assertThat(read(problems)).extracting(UsageEvent::language).containsExactly("en", "en");
        assertThat(problems).isEmpty();
    }

    @Test
    void controlCharactersInAFieldAreAProblemNotAnEvent() throws IOException {
        Files.writeString(dir.resolve("usage-2026-11-02-a.csv"), HEADER
                + "2026-11-02T09:00:00Z,k,s1,symptom_picked,str\u0000ess,,en\n" + row(2));
        List<String> problems = new ArrayList<>();
        assertThat(read(problems)).hasSize(1);
        assertThat(problems).singleElement().asString().startsWith("usage-2026-11-02-a.csv:2: ");
    }
}
