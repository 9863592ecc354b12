package org.physiokiosk.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.physiokiosk.testing.TestFiles;
import org.physiokiosk.testing.TestMedia;

/**
 * Every content file of a private copy of the media folder (English and every translation),
 * mutated the way files really break: lines deleted, duplicated, swapped or truncated, the file
 * cut at any byte, random bytes, NUL, a byte-order mark, CR LF, a 1 MB line, keys from other
 * files. Loading never throws, every problem names an existing line of its file, one broken
 * file never costs another, and the breakages a person could not see are reported on their line.
 */
class ContentFilePropertiesTest {

    private static Path root;
    private static Path media;
    private static List<Path> files;
    private static Map<Path, byte[]> originals;
    private static SlideLibrary english;
    /** Every key of every kind of content file. */
    private static final List<String> VOCABULARY = ContentSchema.KINDS.stream()
            .flatMap(k -> k.fields().stream().map(ContentSchema.Field::key)).distinct().toList();

    @BeforeContainer
    static void copyMedia() throws IOException {
        root = Files.createTempDirectory("content-properties");
        media = TestMedia.copyInto(root);
        try (Stream<Path> walk = Files.walk(media)) {
            files = walk.filter(p -> p.getFileName().toString().endsWith(".txt"))
                    .filter(p -> !p.getParent().getFileName().toString().equals("fonts")).sorted().toList();
        }
        originals = new HashMap<>();
        for (Path f : files) {
            originals.put(f, Files.readAllBytes(f));
        }
        english = ContentLoader.load(media);
        assertThat(english.problems()).isEmpty();
    }

    @AfterContainer
    static void removeCopy() throws IOException {
        synchronized (DISK) {
            removeTree();
        }
    }

    /**
     * Deletes the copy. A try that jqwik abandoned past its time bound (on a loaded machine) may
     * still be finishing a write when the container ends: what it left is deleted on a second pass.
     */
    private static void removeTree() throws IOException {
        for (int pass = 1; ; pass++) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
                return;
            } catch (java.nio.file.DirectoryNotEmptyException e) {
                if (pass == 3) {
                    throw e;
                }
            }
        }
    }

    /** One mutated file, and what the mutation was, for the failure message. */
    record Mutation(Path file, byte[] bytes, String what, int line) {
        @Override
        public String toString() {
            return media.relativize(file) + ": " + what + (line > 0 ? " at line " + line : "");
        }
    }

    // ---- properties ----

    @Property(tries = 1000)
    void anyMutationLoadsWithoutThrowingAndEveryProblemIsLocatedAndCostsOnlyItsFile(
            @ForAll("anyMutation") Mutation m) throws IOException {
        Result r = load(m);
        for (ContentProblem p : r.problems()) {
            int lines = p.file().equals(m.file()) ? lineCount(m.bytes()) : lineCount(p.file());
            assertThat(p.line()).as("%s -> %s", m, p).isBetween(0, lines);
            assertThat(p.toString()).as("%s", m).contains(p.file().getFileName().toString());
        }
        // Every other file keeps its meaning: each English technique, category and symptom not in the
        // mutated file is loaded exactly as before.
        SlideLibrary lib = r.english();
        for (Technique t : english.techniques()) {
            // A technique needs its category (for its place in the loop); losing a symptom only drops that id.
            boolean dependsOnTheFile = isSourceOf(m.file(), t.source())
                    || m.file().equals(media.resolve("categories").resolve(t.categoryId() + ".txt"));
            if (!dependsOnTheFile) {
                Technique same = t;
                assertThat(lib.techniques()).as("%s", m).anySatisfy(x -> {
                    assertThat(x.id()).isEqualTo(same.id());
                    assertThat(x.steps()).isEqualTo(same.steps());
                    assertThat(x.cautions()).isEqualTo(same.cautions());
                    assertThat(x.dose()).isEqualTo(same.dose());
                    assertThat(x.title()).isEqualTo(same.title());
                });
            }
        }
        for (Symptom s : english.symptoms()) {
            if (!isSourceOf(m.file(), s.source())) {
                assertThat(lib.symptoms()).as("%s", m).contains(s);
            }
        }
        for (Notice n : english.notices()) {
            if (!isSourceOf(m.file(), n.source())) {
                assertThat(lib.notices()).as("%s", m).contains(n);
            }
        }
    }

    @Property(tries = 1000)
    void aBreakageNobodyCanSeeIsReportedOnItsLine(@ForAll("invisibleBreakage") Mutation m) throws IOException {
        Result r = load(m);
        assertThat(r.problems()).as("%s", m).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(m.file());
            assertThat(p.line()).isEqualTo(m.line());
        });
        assertUnitDropped(m, r);
    }

    @Property(tries = 1000)
    void aKeyGivenTwiceOrFromAnotherKindOfFileIsReportedOnItsLine(@ForAll("foreignOrRepeatedKey") Mutation m)
            throws IOException {
        Result r = load(m);
        // A key given twice is reported on its second line, naming the first: either may be the inserted one.
        // A key that cuts a list short is named by the orphaned item's problem.
        assertThat(r.problems()).as("%s", m).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(m.file());
            assertThat(p.line() == m.line() || p.message().contains("(first on line " + m.line() + ")")
                    || p.message().contains("line " + m.line() + " (\"")).as(p.toString()).isTrue();
        });
        assertUnitDropped(m, r);
    }

    @Property(tries = 1000)
    void aByteOrderMarkAndWindowsLineEndsChangeNothing(@ForAll("harmless") Mutation m) throws IOException {
        Result r = load(m);
        assertThat(r.problems()).as("%s", m).isEmpty();
        assertThat(r.english().toString()).as("%s", m).isEqualTo(english.toString());
        assertThat(r.translated().toString()).as("%s", m)
                .isEqualTo(Translations.apply(english, r.language()).toString());
    }

    // ---- loading ----

    record Result(SlideLibrary english, SlideLibrary translated, Locale language, List<ContentProblem> problems) {
    }

    /**
     * jqwik abandons a shrinking step that runs past its time bound and goes on with the next
     * property while that step may still be running: every write and its restore hold this lock,
     * so no property ever sees another's mutation.
     */
    private static final Object DISK = new Object();

    private static Result load(Mutation m) throws IOException {
        synchronized (DISK) {
            return loadLocked(m);
        }
    }

    private static Result loadLocked(Mutation m) throws IOException {
        Files.write(m.file(), m.bytes());
        try {
            Locale lang = languageOf(m.file());
            if (lang.getLanguage().equals("en")) {
                SlideLibrary lib = ContentLoader.load(media);
                return new Result(lib, lib, lang, lib.problems());
            }
            // Only a translation changed: the English library loaded once still holds.
            SlideLibrary translated = Translations.apply(english, lang);
            return new Result(english, translated, lang, translated.problems());
        } finally {
            Files.write(m.file(), originals.get(m.file()));
        }
    }

    /** The broken file's own item is not shown (English) or shown in English (a translation). */
    private static void assertUnitDropped(Mutation m, Result r) {
        if (languageOf(m.file()).getLanguage().equals("en")) {
            assertThat(r.english().techniques()).as("%s", m).noneMatch(t -> t.source().equals(m.file()));
        }
    }

    private static Locale languageOf(Path file) {
        String name = file.getFileName().toString();
        String[] parts = name.split("\\.");
        return parts.length == 3 ? Locale.forLanguageTag(parts[1]) : Locale.ENGLISH;
    }

    private static boolean isSourceOf(Path mutated, Path english) {
        String m = mutated.getFileName().toString();
        String e = english.getFileName().toString();
        return mutated.getParent().equals(english.getParent())
                && m.substring(0, m.indexOf('.')).equals(e.substring(0, e.indexOf('.')));
    }

    private static int lineCount(Path file) {
        try {
            return lineCount(Files.readAllBytes(file));
        } catch (IOException e) {
            return 0; // a folder named in a problem: its line is 0
        }
    }

    private static int lineCount(byte[] b) {
        int n = 1;
        for (byte x : b) {
            if (x == '\n') {
                n++;
            }
        }
        return n;
    }

    // ---- generators ----

    private static Arbitrary<Path> file() {
        return Arbitraries.of(files);
    }

    private static List<byte[]> lines(byte[] bytes) {
        return TestFiles.lines(bytes);
    }

    private static byte[] join(List<byte[]> lines) {
        return TestFiles.join(lines);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Provide
    Arbitrary<Mutation> anyMutation() {
        return Arbitraries.oneOf(deleteLine(), duplicateLine(), swapLines(), truncateLine(), cutAtByte(),
                insertBytes(), invisibleBreakage(), foreignOrRepeatedKey(), harmless());
    }

    @Provide
    Arbitrary<Mutation> invisibleBreakage() {
        Arbitrary<byte[]> bad = Arbitraries.of(new byte[] {0}, new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xC3},
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, utf8("\uFEFF"), new byte[] {7},
                new byte[] {0x1B}, utf8("\u2028"));
        Arbitrary<Mutation> inLine = Combinators.combine(file(), Arbitraries.integers().between(0, 10_000), bad,
                Arbitraries.integers().between(0, 10_000)).as((f, lineSeed, b, colSeed) -> {
                    List<byte[]> lines = lines(originals.get(f));
                    int i = lineSeed % lines.size();
                    byte[] line = lines.get(i);
                    int at = colSeed % (line.length + 1);
                    // Keep whole UTF-8 sequences: insert only where a character starts.
                    while (at < line.length && (line[at] & 0xC0) == 0x80) {
                        at++;
                    }
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    out.write(line, 0, at);
                    out.writeBytes(b);
                    out.write(line, at, line.length - at);
                    lines.set(i, out.toByteArray());
                    boolean bomAtStart = i == 0 && at == 0 && Arrays.equals(b, utf8("\uFEFF"));
                    return new Mutation(f, join(lines), "bytes " + Arrays.toString(b) + " inserted at column "
                            + (at + 1), bomAtStart ? -1 : i + 1);
                }).filter(m -> m.line() > 0);
        Arbitrary<Mutation> hugeLine = Combinators.combine(file(), Arbitraries.integers().between(0, 10_000),
                Arbitraries.of("x", "é", "- ", "summary: ")).as((f, seed, what) -> {
                    List<byte[]> lines = lines(originals.get(f));
                    int i = seed % (lines.size() + 1);
                    lines.add(i, utf8(what + "y".repeat(1_000_000)));
                    return new Mutation(f, join(lines), "a 1 MB line inserted", i + 1);
                });
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(9, inLine), net.jqwik.api.Tuple.of(1, hugeLine));
    }

    @Provide
    Arbitrary<Mutation> foreignOrRepeatedKey() {
        return Combinators.combine(file(), Arbitraries.integers().between(0, 10_000), Arbitraries.of(VOCABULARY))
                .as((f, seed, key) -> {
                    List<byte[]> lines = lines(originals.get(f));
                    Set<String> present = new java.util.HashSet<>();
                    for (byte[] l : lines) {
                        String s = new String(l, StandardCharsets.UTF_8).strip();
                        int colon = s.indexOf(':');
                        if (!s.startsWith("-") && !s.startsWith("#") && colon > 0) {
                            present.add(s.substring(0, colon).strip());
                        }
                    }
                    if (!present.contains(key) && allowedIn(f).contains(key)) {
                        return null; // a key this file may have and lacks: adding it is a real edit
                    }
                    // After the last line that is not a list item or blank, the new key cannot end a list early
                    // in a way that hides it: it is a key line of its own wherever it goes.
                    int i = seed % (lines.size() + 1);
                    lines.add(i, utf8(key + ": " + ("steps".equals(key) || key.endsWith("cautions")
                            || key.equals("tips") || key.equals("everyday") || key.equals("safety") ? "" : "x")));
                    return new Mutation(f, join(lines), "key \"" + key + "\" inserted", i + 1);
                }).filter(java.util.Objects::nonNull);
    }

    /** The keys a file of this kind may hold (as the schema defines them). */
    private static Set<String> allowedIn(Path f) {
        String dir = f.getParent().getFileName().toString();
        ContentSchema.Kind<?> kind = ContentSchema.KINDS.stream().filter(k -> k.folder().equals(dir)).findFirst()
                .orElse(ContentSchema.GENERAL);
        boolean translation = !languageOf(f).getLanguage().equals("en");
        return translation ? kind.translation().keys() : kind.english().keys();
    }

    @Provide
    Arbitrary<Mutation> harmless() {
        return Combinators.combine(file(), Arbitraries.of("bom", "crlf", "both")).as((f, what) -> {
            byte[] b = originals.get(f);
            if (!what.equals("bom")) {
                b = new String(b, StandardCharsets.UTF_8).replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
            }
            if (!what.equals("crlf")) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.writeBytes(utf8("\uFEFF"));
                out.writeBytes(b);
                b = out.toByteArray();
            }
            return new Mutation(f, b, what, 0);
        });
    }

    private Arbitrary<Mutation> deleteLine() {
        return Combinators.combine(file(), Arbitraries.integers().between(0, 10_000)).as((f, seed) -> {
            List<byte[]> lines = lines(originals.get(f));
            int i = seed % lines.size();
            lines.remove(i);
            return new Mutation(f, join(lines), "line deleted", i + 1);
        });
    }

    private Arbitrary<Mutation> duplicateLine() {
        return Combinators.combine(file(), Arbitraries.integers().between(0, 10_000)).as((f, seed) -> {
            List<byte[]> lines = lines(originals.get(f));
            int i = seed % lines.size();
            lines.add(i, lines.get(i));
            return new Mutation(f, join(lines), "line duplicated", i + 2);
        });
    }

    private Arbitrary<Mutation> swapLines() {
        return Combinators.combine(file(), Arbitraries.integers().between(0, 10_000),
                Arbitraries.integers().between(0, 10_000)).as((f, a, b) -> {
                    List<byte[]> lines = lines(originals.get(f));
                    int i = a % lines.size();
                    int j = b % lines.size();
                    byte[] x = lines.get(i);
                    lines.set(i, lines.get(j));
                    lines.set(j, x);
                    return new Mutation(f, join(lines), "lines " + (i + 1) + " and " + (j + 1) + " swapped", 0);
                });
    }

    private Arbitrary<Mutation> truncateLine() {
        return Combinators.combine(file(), Arbitraries.integers().between(0, 10_000),
                Arbitraries.integers().between(0, 10_000)).as((f, a, b) -> {
                    List<byte[]> lines = lines(originals.get(f));
                    int i = a % lines.size();
                    byte[] line = lines.get(i);
                    lines.set(i, Arrays.copyOf(line, b % (line.length + 1)));
                    return new Mutation(f, join(lines), "line truncated", i + 1);
                });
    }

    private Arbitrary<Mutation> cutAtByte() {
        return Combinators.combine(file(), Arbitraries.integers().between(0, 100_000)).as((f, seed) -> {
            byte[] b = originals.get(f);
            int at = seed % (b.length + 1);
            return new Mutation(f, Arrays.copyOf(b, at), "cut at byte " + at, 0);
        });
    }

    private Arbitrary<Mutation> insertBytes() {
        return Combinators.combine(file(), Arbitraries.integers().between(0, 100_000),
                Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(16)).as((f, seed, junk) -> {
                    byte[] b = originals.get(f);
                    int at = seed % (b.length + 1);
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    out.write(b, 0, at);
                    out.writeBytes(junk);
                    out.write(b, at, b.length - at);
                    return new Mutation(f, out.toByteArray(), junk.length + " random bytes inserted at byte " + at, 0);
                });
    }

    static {
        // Files.write in a generator would be a bug: generators only compute bytes.
        UncheckedIOException.class.getName();
    }
}
