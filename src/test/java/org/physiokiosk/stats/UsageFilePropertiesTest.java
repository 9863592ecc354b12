package org.physiokiosk.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * A valid usage file, written by the real {@link UsageLog}, mutated the ways files really
 * break (and some they should not): whatever the mutation, reading returns, every row the
 * mutation did not touch is still read as the same event, and a row whose bytes were made
 * invalid (not UTF-8, a control character, a cut) is reported at its own line.
 */
class UsageFilePropertiesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);
    private static final String NAME = "usage-2026-11-02-prop.csv";
    private static final Pattern LOCATED = Pattern.compile(Pattern.quote(NAME) + ":(\\d+): .*");

    private static Path base;
    private static byte[] original;
    private static List<byte[]> lines; // each with its '\n'
    private static List<UsageEvent> events; // of lines 2.. in order

    @BeforeContainer
    static void writeAValidFile() throws IOException {
        base = Files.createTempDirectory("usage-props");
        Path sim = base.resolve("sim");
        UsageSimulator.write(sim, "prop", DAY, 1, 300, 11);
        Path file = sim.resolve(NAME);
        original = Files.readAllBytes(file);
        lines = splitLines(original);
        events = new ArrayList<>();
        UsageReader reader = new UsageReader();
        reader.read(List.of(sim), DAY, DAY, events::add);
        assertThat(reader.problems()).isEmpty();
        assertThat(events).hasSize(lines.size() - 1).hasSizeGreaterThan(62);
    }

    @AfterContainer
    static void cleanUp() throws IOException {
        try (var walk = Files.walk(base)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static List<byte[]> splitLines(byte[] bytes) {
        List<byte[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                out.add(Arrays.copyOfRange(bytes, start, i + 1));
                start = i + 1;
            }
        }
        if (start < bytes.length) {
            out.add(Arrays.copyOfRange(bytes, start, bytes.length));
        }
        return out;
    }

    /** What reading a mutated file gave. */
    private record Outcome(List<UsageEvent> events, List<String> problems, Set<Long> problemLines) {
    }

    /** Reads from memory: the same code as for a file, without a thousand temp files per property. */
    private static Outcome read(byte[] content) {
        List<UsageEvent> got = new ArrayList<>();
        UsageReader reader = new UsageReader();
        reader.read(NAME, new ByteArrayInputStream(content), DAY.minusDays(1), DAY.plusDays(1), got::add);
        Set<Long> at = new HashSet<>();
        for (String p : reader.problems()) {
            Matcher m = LOCATED.matcher(p);
            if (m.matches()) {
                at.add(Long.parseLong(m.group(1)));
            }
        }
        return new Outcome(got, reader.problems(), at);
    }

    private static byte[] join(List<byte[]> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        parts.forEach(out::writeBytes);
        return out.toByteArray();
    }

    /** Every original event (by line index) is read, as many times as it appears, in a multiset sense. */
    private static void assertRead(Outcome o, List<Integer> untouchedDataLines) {
        Map<UsageEvent, Integer> got = new HashMap<>();
        o.events().forEach(e -> got.merge(e, 1, Integer::sum));
        Map<UsageEvent, Integer> want = new HashMap<>();
        untouchedDataLines.forEach(i -> want.merge(events.get(i - 1), 1, Integer::sum));
        want.forEach((e, n) -> assertThat(got.getOrDefault(e, 0)).as("event of an untouched row: %s", e)
                .isGreaterThanOrEqualTo(n));
        assertThat(o.problems()).allSatisfy(p -> assertThat(p).matches(
                Pattern.quote(NAME) + ":\\d+: .*|and [\\d,]+ more .*"));
    }

    private static List<Integer> dataLinesExcept(int... touched) {
        List<Integer> out = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            final int line = i;
            if (Arrays.stream(touched).noneMatch(t -> t == line)) {
                out.add(i);
            }
        }
        return out;
    }

    @Provide
    Arbitrary<Integer> dataLine() {
        return Arbitraries.integers().between(1, 60); // lines.size() is larger; checked below
    }

    @Property(tries = 1000)
    void deletingDuplicatingOrSwappingLinesCostsNoOtherRow(@ForAll("dataLine") int a, @ForAll("dataLine") int b,
                                                           @ForAll boolean duplicate) {
        List<byte[]> l = new ArrayList<>(lines);
        l.remove(a);
        if (duplicate) {
            l.add(Math.min(b, l.size()), lines.get(a).clone());
            l.add(Math.min(b, l.size()), lines.get(a).clone()); // the deleted line back, twice
        } else {
            byte[] x = l.get(b);
            l.set(b, l.get(0));
            l.set(0, x); // the header swapped with a row
        }
        Outcome o = read(join(l));
        if (duplicate) {
            assertRead(o, dataLinesExcept());
            assertThat(o.events()).hasSize(events.size() + 1);
            assertThat(o.problems()).isEmpty();
        } else {
            assertRead(o, dataLinesExcept(a, b < a ? b : b + 1));
            assertThat(o.problemLines()).as("header missing from line 1 and found again").contains(1L);
        }
    }

    @Property(tries = 1000)
    void cuttingAtAnyByteCostsOnlyTheRowCut(@ForAll("offset") int offset) {
        byte[] cut = Arrays.copyOf(original, Math.min(offset, original.length));
        Outcome o = read(cut);
        int lastWhole = -1; // the last line wholly before the cut, newline included
        int pos = 0;
        for (int i = 0; i < lines.size(); i++) {
            pos += lines.get(i).length;
            if (pos <= cut.length) {
                lastWhole = i;
            }
        }
        List<Integer> whole = new ArrayList<>();
        for (int i = 1; i <= lastWhole; i++) {
            whole.add(i);
        }
        assertRead(o, whole);
        assertThat(o.events()).hasSize(whole.size());
        boolean cutInALine = lastWhole + 1 < lines.size() && cut.length > 0 && cut[cut.length - 1] != '\n';
        if (cutInALine) {
            assertThat(o.problemLines()).as("the cut row is reported at its line").contains((long) lastWhole + 2);
        }
    }

    @Provide
    Arbitrary<Integer> offset() {
        return Arbitraries.integers().between(0, 20_000);
    }

    @Property(tries = 1000)
    void badBytesCostOnlyTheirRowAndAreReportedThere(@ForAll("dataLine") int line, @ForAll("badBytes") byte[] bad,
                                                     @ForAll("position") int where) {
        List<byte[]> l = new ArrayList<>(lines);
        byte[] row = l.get(line);
        int at = Math.min(where, row.length - 1); // before the newline
        if (bad.length == 1 && bad[0] == '\r' && at == row.length - 1) {
            at--; // a CR just before the newline is a CRLF line end: no harm done
        }
        ByteArrayOutputStream mutated = new ByteArrayOutputStream();
        mutated.write(row, 0, at);
        mutated.writeBytes(bad);
        mutated.write(row, at, row.length - at);
        l.set(line, mutated.toByteArray());
        Outcome o = read(join(l));
        assertRead(o, dataLinesExcept(line));
        assertThat(o.events()).hasSize(events.size() - 1);
        assertThat(o.problemLines()).containsExactly((long) line + 1);
    }

    @Provide
    Arbitrary<byte[]> badBytes() {
        return Arbitraries.oneOf(
                Arbitraries.just(new byte[] {0}), // NUL
                Arbitraries.just(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}), // a BOM mid-file
                Arbitraries.just(new byte[] {'\r'}), // a carriage return alone
                Arbitraries.of((byte) 0x80, (byte) 0xC3, (byte) 0xFF, (byte) 0xC0, (byte) 0xED)
                        .map(b -> new byte[] {b}), // not UTF-8 on their own
                Arbitraries.integers().between(1, 31).filter(c -> c != '\n' && c != '\r')
                        .map(c -> new byte[] {c.byteValue()})); // control characters
    }

    @Provide
    Arbitrary<Integer> position() {
        return Arbitraries.integers().between(0, 200);
    }

    @Property(tries = 1000)
    void anyInsertedBytesCostAtMostTheRowsTheyTouch(@ForAll("dataLine") int line,
                                                    @ForAll("anyBytes") byte[] inserted,
                                                    @ForAll("position") int where) {
        List<byte[]> l = new ArrayList<>(lines);
        byte[] row = l.get(line);
        int at = Math.min(where, row.length - 1);
        ByteArrayOutputStream mutated = new ByteArrayOutputStream();
        mutated.write(row, 0, at);
        mutated.writeBytes(inserted);
        mutated.write(row, at, row.length - at);
        l.set(line, mutated.toByteArray());
        Outcome o = read(join(l));
        // The inserted bytes may hold newlines and quotes: they touch their row and, through an
        // unclosed quote, the row the quote would close on; never any other.
        int newlines = 0;
        for (byte b : inserted) {
            newlines += b == '\n' ? 1 : 0;
        }
        assertRead(o, dataLinesExcept(line, line + 1));
        assertThat(o.events().size()).isLessThanOrEqualTo(events.size() + newlines + 1);
    }

    @Provide
    Arbitrary<byte[]> anyBytes() {
        return Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(12);
    }

    @Property(tries = 1000)
    void crlfBomAndAHeaderFromAnotherFileOrEmptyNamesKeepEveryRow(@ForAll boolean crlf, @ForAll boolean bom,
                                                                  @ForAll("header") String header) {
        List<byte[]> l = new ArrayList<>(lines);
        if (header != null) {
            l.set(0, header.getBytes(StandardCharsets.UTF_8));
        }
        byte[] content = join(l);
        if (crlf) {
            content = new String(content, StandardCharsets.UTF_8).replace("\n", "\r\n")
                    .getBytes(StandardCharsets.UTF_8);
        }
        if (bom) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            b.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            b.writeBytes(content);
            content = b.toByteArray();
        }
        Outcome o = read(content);
        assertRead(o, dataLinesExcept());
        assertThat(o.events()).hasSize(events.size());
        if (header == null) {
            assertThat(o.problems()).isEmpty();
        } else {
            assertThat(o.problemLines()).containsExactly(1L);
        }
    }

    @Provide
    Arbitrary<String> header() {
        return Arbitraries.of("", "\n", "timestamp,,session,event,subject,value,language\n",
                ",,,,,,\n", "date,visits,finished,timed out,printed,saved\n",
                "figure,value\n", "\"timestamp\n", "timestamp,kiosk,session,event,subject,value,language,extra\n")
                .injectNull(0.2);
    }

    @Property(tries = 1000)
    void aHugeLineCostsOnlyItself(@ForAll("dataLine") int line, @ForAll boolean newlineAfter,
                                  @ForAll("hugeLength") int length) {
        List<byte[]> l = new ArrayList<>(lines);
        byte[] huge = new byte[length + (newlineAfter ? 1 : 0)];
        Arrays.fill(huge, (byte) (length % 2 == 0 ? 'x' : '"'));
        if (newlineAfter) {
            huge[length] = '\n';
        }
        l.add(line, huge);
        Outcome o = read(join(l));
        // With a newline the huge line is a line of its own; without, it is glued to the row after it.
        assertRead(o, newlineAfter ? dataLinesExcept() : dataLinesExcept(line));
        assertThat(o.events()).hasSize(newlineAfter ? events.size() : events.size() - 1);
        assertThat(o.problemLines()).contains((long) line + 1);
    }

    @Provide
    Arbitrary<Integer> hugeLength() {
        // Mostly a few KB around the limit; sometimes a whole megabyte.
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(20, Arbitraries.integers().between(UsageRows.MAX_ROW_BYTES - 2,
                        UsageRows.MAX_ROW_BYTES + 70_000)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(1 << 20)));
    }
}
