package org.physiokiosk.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.physiokiosk.testing.TestFiles;

/**
 * The settings file with a staff PIN, mutated the way files really break (a line deleted,
 * duplicated, swapped, truncated or filled with random bytes, NUL, a BOM, CR LF, a 1 MB line,
 * the file cut at any byte, keys from other files). Loading never throws; a mutation costs only
 * the lines it touched, above all never the PIN on another line; every problem names an
 * existing line; and a staff save after any mutation changes only its own line.
 */
class SettingsFilePropertiesTest {

    private static final String PIN = "pbkdf2-sha256$600000$c2FsdHNhbHRzYWx0c2FsdA==$"
            + "aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g=";
    private static final String[] FOREIGN_KEYS = {"id", "title", "steps:", "- Hold for 5 seconds", "category",
            "cautions:", "#", "printer", "staff.pin", "clinic.name", "kiosk.properties", "=", ":", "\\"};

    private static Path dir;
    private static byte[] original;
    private static List<byte[]> originalLines;
    private static LoadedSettings loadedOriginal;

    /** A clinic's settings: values on every line, so a lost line shows. */
    @BeforeContainer
    static void writeSettings() throws IOException {
        dir = Files.createTempDirectory("settings-properties");
        Files.createDirectories(dir.resolve("media"));
        Files.writeString(dir.resolve("logo.png"), "x");
        String text = """
                # Physio Kiosk settings
                slide.interval.seconds = 25
                slide.transition.millis = 300
                idle.timeout.seconds = 90
                language = es
                languages = es, en, uk
                clinic.name = Clínica Río Sur
                clinic.phone = 01234 567890
                clinic.address = C:\\clinic\\front desk
                clinic.logo = logo.png
                handout.paper = Letter
                handout.max.techniques = 4
                printer.name = Front Desk
                media.dir = media
                stats.dir = D:\\stats\\
                exports.dir = exports
                kiosk.id = front-1
                stats.retention.days = 30
                staff.hold.seconds = 5
                staff.lockout.seconds = 60
                staff.autolock.seconds = 200
                kiosk.highContrast = yes
                loop.alternate.languages = true
                kiosk.hideCursor = on
                kiosk.fullscreen = false
                staff.pin = %s
                """.formatted(PIN);
        original = text.getBytes(StandardCharsets.UTF_8);
        originalLines = lines(original);
        loadedOriginal = load(original);
        assertThat(loadedOriginal.problems()).isEmpty();
        assertThat(loadedOriginal.settings().staff().pinHash()).isEqualTo(PIN);
    }

    @AfterContainer
    static void remove() throws IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** A changed file, and the lines (1-based, in the original) that it touched. */
    record Mutation(byte[] bytes, String what, Set<Integer> touched, int lineInResult) {
        @Override
        public String toString() {
            return what;
        }
    }

    // ---- properties ----

    @Property(tries = 1000)
    void aMutationCostsOnlyTheLinesItTouchedNeverThePin(@ForAll("lineMutation") Mutation m) throws IOException {
        LoadedSettings loaded = load(m.bytes());
        Map<String, String> before = values(loadedOriginal.settings());
        Map<String, String> after = values(loaded.settings());
        for (int i = 0; i < originalLines.size(); i++) {
            String line = new String(originalLines.get(i), StandardCharsets.UTF_8);
            java.util.Optional<String> key = PropertiesFile.keyOf(line);
            if (key.isPresent() && !m.touched().contains(i + 1)) {
                assertThat(after.get(key.get())).as("%s: %s", m, key.get()).isEqualTo(before.get(key.get()));
            }
        }
        if (!m.touched().contains(originalLines.size() - 1)) { // the PIN's line (the last has no text)
            assertThat(loaded.settings().staff().pinHash()).as("%s", m).isEqualTo(PIN);
        }
        assertLocated(m, loaded);
    }

    @Property(tries = 1000)
    void cuttingTheFileAnywhereKeepsEveryWholeLineBeforeTheCut(@ForAll("cut") Mutation m) throws IOException {
        LoadedSettings loaded = load(m.bytes());
        assertLocated(m, loaded);
        if (m.touched().isEmpty()) {
            return;
        }
        int firstTouched = m.touched().iterator().next();
        Map<String, String> before = values(loadedOriginal.settings());
        Map<String, String> after = values(loaded.settings());
        for (int i = 0; i < firstTouched - 1; i++) {
            String line = new String(originalLines.get(i), StandardCharsets.UTF_8);
            PropertiesFile.keyOf(line).ifPresent(k ->
                    assertThat(after.get(k)).as("%s: %s", m, k).isEqualTo(before.get(k)));
        }
    }

    @Property(tries = 1000)
    void aBreakageNobodyCanSeeIsReportedOnItsLine(@ForAll("invisible") Mutation m) throws IOException {
        LoadedSettings loaded = load(m.bytes());
        assertThat(loaded.problems()).as("%s", m).anySatisfy(p -> assertThat(p.line()).isEqualTo(m.lineInResult()));
        assertLocated(m, loaded);
    }

    @Property(tries = 1000)
    void aStaffSaveAfterAnyMutationChangesOnlyItsLineAndIsReadBack(@ForAll("anyMutation") Mutation m,
            @ForAll("clinicName") String name) {
        byte[] saved = SettingsWriter.update(m.bytes(), Map.of(Settings.CLINIC_NAME.key(), name));
        LoadedSettings loaded = load(saved);
        assertThat(loaded.settings().clinic().name()).as("%s", m).isEqualTo(name.strip().isEmpty()
                ? "Your physiotherapy clinic" : name.strip());
        List<byte[]> a = lines(m.bytes());
        List<byte[]> b = lines(saved);
        int changed = 0;
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            if (!Arrays.equals(a.get(i), b.get(i))) {
                changed++;
            }
        }
        assertThat(changed + Math.abs(b.size() - a.size())).as("%s", m).isLessThanOrEqualTo(2);
    }

    // ---- helpers ----

    /**
     * A file of its own for every try: jqwik abandons a shrinking step that runs past its time
     * bound while it may still be running, and the next property must not see its file.
     */
    private static LoadedSettings load(byte[] bytes) {
        try {
            Path file = Files.createTempFile(dir, "kiosk", ".properties");
            Files.write(file, bytes);
            try {
                return SettingsLoader.load(file);
            } finally {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void assertLocated(Mutation m, LoadedSettings loaded) {
        int lines = lines(m.bytes()).size();
        for (SettingsProblem p : loaded.problems()) {
            assertThat(p.line()).as("%s -> %s", m, p).isBetween(0, lines);
            assertThat(p.toString()).as("%s", m).matches("(?s)kiosk\\d*\\.properties[:].*");
        }
    }

    /** Every value, by key, as text (from the table of settings, so a new setting is covered). */
    private static Map<String, String> values(KioskSettings s) {
        Map<String, String> out = new java.util.HashMap<>();
        for (Setting<?> setting : Settings.ALL) {
            out.put(setting.key(), String.valueOf(s.get(setting)));
        }
        return out;
    }

    private static List<byte[]> lines(byte[] bytes) {
        return TestFiles.lines(bytes);
    }

    private static byte[] join(List<byte[]> lines) {
        return TestFiles.join(lines);
    }

    private static Arbitrary<Integer> lineIndex() {
        return Arbitraries.integers().between(0, originalLines.size() - 2); // the last "line" is after the final \n
    }

    // ---- generators ----

    @Provide
    Arbitrary<String> clinicName() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(40),
                Arbitraries.of("Clínica Río Sur", "C:\\clinic\\u12", " leading", "a\nb", "x = y : z", "#1 Physio"));
    }

    @Provide
    Arbitrary<Mutation> anyMutation() {
        return Arbitraries.oneOf(lineMutation(), cut(), invisible());
    }

    @Provide
    Arbitrary<Mutation> lineMutation() {
        Arbitrary<Mutation> delete = lineIndex().map(i -> {
            List<byte[]> l = lines(original);
            l.remove((int) i);
            return new Mutation(join(l), "line " + (i + 1) + " deleted", Set.of(i + 1), 0);
        });
        Arbitrary<Mutation> duplicate = lineIndex().map(i -> {
            List<byte[]> l = lines(original);
            l.add(i, l.get(i));
            return new Mutation(join(l), "line " + (i + 1) + " duplicated", Set.of(), 0);
        });
        Arbitrary<Mutation> swap = Combinators.combine(lineIndex(), lineIndex()).as((i, j) -> {
            List<byte[]> l = lines(original);
            byte[] x = l.get(i);
            l.set(i, l.get(j));
            l.set(j, x);
            return new Mutation(join(l), "lines " + (i + 1) + " and " + (j + 1) + " swapped", Set.of(), 0);
        });
        Arbitrary<Mutation> truncate = Combinators.combine(lineIndex(), Arbitraries.integers().between(0, 200))
                .as((i, n) -> {
                    List<byte[]> l = lines(original);
                    byte[] line = l.get(i);
                    l.set(i, Arrays.copyOf(line, Math.min(n, line.length)));
                    return new Mutation(join(l), "line " + (i + 1) + " cut to " + n + " bytes", Set.of(i + 1), 0);
                });
        Arbitrary<Mutation> junk = Combinators.combine(lineIndex(), Arbitraries.integers().between(0, 200),
                Arbitraries.bytes().filter(b -> b != '\n').array(byte[].class).ofMinSize(1).ofMaxSize(12))
                .as((i, at, bytes) -> {
                    List<byte[]> l = lines(original);
                    byte[] line = l.get(i);
                    int pos = Math.min(at, line.length);
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    out.write(line, 0, pos);
                    out.writeBytes(bytes);
                    out.write(line, pos, line.length - pos);
                    l.set(i, out.toByteArray());
                    return new Mutation(join(l), Arrays.toString(bytes) + " inserted in line " + (i + 1),
                            Set.of(i + 1), 0);
                });
        Arbitrary<Mutation> splitLine = Combinators.combine(lineIndex(), Arbitraries.integers().between(0, 200))
                .as((i, at) -> {
                    List<byte[]> l = lines(original);
                    byte[] line = l.get(i);
                    int pos = Math.min(at, line.length);
                    l.set(i, Arrays.copyOf(line, pos));
                    l.add(i + 1, Arrays.copyOfRange(line, pos, line.length));
                    return new Mutation(join(l), "line " + (i + 1) + " broken at " + pos, Set.of(i + 1), 0);
                });
        Arbitrary<Mutation> foreign = Combinators.combine(lineIndex(), Arbitraries.of(FOREIGN_KEYS))
                .as((i, key) -> {
                    List<byte[]> l = lines(original);
                    l.add(i, (key + (key.endsWith(":") || key.startsWith("-") ? "" : " = x"))
                            .getBytes(StandardCharsets.UTF_8));
                    // "staff.pin = x" or "clinic.name = x" before the real line takes its place: that line counts
                    // as touched.
                    Set<Integer> touched = new java.util.HashSet<>();
                    for (int k = i; k < originalLines.size(); k++) {
                        if (PropertiesFile.keyOf(new String(originalLines.get(k), StandardCharsets.UTF_8))
                                .filter(key::equals).isPresent()) {
                            touched.add(k + 1);
                        }
                    }
                    return new Mutation(join(l), "\"" + key + "\" inserted before line " + (i + 1), touched, 0);
                });
        Arbitrary<Mutation> crlfBom = Arbitraries.of("bom", "crlf").map(w -> {
            byte[] b = w.equals("crlf") ? new String(original, StandardCharsets.UTF_8).replace("\n", "\r\n")
                    .getBytes(StandardCharsets.UTF_8) : concat("\uFEFF".getBytes(StandardCharsets.UTF_8), original);
            return new Mutation(b, w, Set.of(), 0);
        });
        Arbitrary<Mutation> huge = lineIndex().map(i -> {
            List<byte[]> l = lines(original);
            l.add(i, ("clinic.phone = " + "9".repeat(1_000_000)).getBytes(StandardCharsets.UTF_8));
            return new Mutation(join(l), "a 1 MB line before line " + (i + 1), Set.of(), i + 1);
        });
        return Arbitraries.oneOf(delete, duplicate, swap, truncate, junk, splitLine, foreign, crlfBom, huge);
    }

    @Provide
    Arbitrary<Mutation> cut() {
        return Arbitraries.integers().between(0, original.length).map(at -> {
            byte[] b = Arrays.copyOf(original, at);
            int line = 1;
            for (int i = 0; i < at; i++) {
                if (original[i] == '\n') {
                    line++;
                }
            }
            boolean atLineEnd = at == 0 || original[at - 1] == '\n';
            return new Mutation(b, "cut at byte " + at, atLineEnd ? Set.of() : Set.of(line), 0);
        });
    }

    @Provide
    Arbitrary<Mutation> invisible() {
        Arbitrary<byte[]> bad = Arbitraries.of(new byte[] {0}, new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xC3},
                new byte[] {(byte) 0x80}, "\uFEFF".getBytes(StandardCharsets.UTF_8), new byte[] {7},
                new byte[] {0x1B}, "\u2028".getBytes(StandardCharsets.UTF_8), "\uFFFD".getBytes(StandardCharsets.UTF_8));
        return Combinators.combine(lineIndex(), Arbitraries.integers().between(0, 200), bad).as((i, at, b) -> {
            List<byte[]> l = lines(original);
            byte[] line = l.get(i);
            int pos = Math.min(at, line.length);
            while (pos < line.length && (line[pos] & 0xC0) == 0x80) {
                pos++; // where a character starts
            }
            if (i == 0 && pos == 0 && b.length == 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB) {
                pos = 1; // a BOM at the very start is harmless by design
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(line, 0, pos);
            out.writeBytes(b);
            out.write(line, pos, line.length - pos);
            l.set(i, out.toByteArray());
            return new Mutation(join(l), Arrays.toString(b) + " inserted in line " + (i + 1) + " at byte " + pos,
                    Set.of(i + 1), i + 1);
        });
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
