package org.physiokiosk.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.testing.TestMedia;

/** Wrapping: every line fits, nothing is lost unless a limit is asked for, and then "…" says so. */
class PdfFontsTest {

    @TempDir
    static Path dir;
    static PDDocument doc;
    static PdfFonts fonts;
    static Path fontDir;

    @BeforeAll
    static void load() throws IOException, PdfException {
        doc = new PDDocument();
        fontDir = TestMedia.copyInto(dir).resolve("fonts");
        fonts = PdfFonts.load(doc, fontDir);
    }

    @AfterAll
    static void close() throws IOException {
        doc.close();
    }

    @Test
    void aWordLongerThanALineIsBrokenAtTheLineEndAndNothingIsLost() {
        String word = "abcdefghijklmnopqrstuvwxyzäöüßЖ".repeat(3_000);
        List<String> lines = fonts.wrap("Start " + word + " end", fonts.regular, 10, 200, 30);
        // Lines join without a space where the long word was broken; "end" follows on its last line.
        String joined = String.join("", lines).replace(" ", "");
        String expected = "Start" + word + "end";
        assertThat(joined.length()).isEqualTo(expected.length());
        assertThat(joined.equals(expected)).as("the text is unchanged").isTrue();
        assertThat(fonts.width(fonts.regular, lines.get(0), 10)).isLessThanOrEqualTo(170f);
        for (String line : lines) {
            assertThat(fonts.width(fonts.regular, line, 10)).isLessThanOrEqualTo(200f);
        }
        // Full lines: each broken line is as long as the width allows.
        for (String line : lines.subList(2, lines.size() - 2)) {
            assertThat(fonts.width(fonts.regular, line + "a", 10)).isGreaterThan(200f - 10f);
        }
    }

    @Test
    void wordsAreJoinedByOneSpaceAndEveryLineFits() {
        String text = "Sit  or stand\twith your shoulders relaxed \n and your eyes looking straight ahead. ".repeat(50);
        List<String> lines = fonts.wrap(text, fonts.bold, 11, 150, 0);
        assertThat(String.join(" ", lines)).isEqualTo(text.strip().replaceAll("\\s+", " "));
        lines.forEach(l -> assertThat(fonts.width(fonts.bold, l, 11)).isLessThanOrEqualTo(150f));
    }

    @Test
    void aLineLimitCutsTheRestWithAnEllipsisThatFits() {
        String address = "x".repeat(10_000);
        PdfFonts.Wrapped wrapped = fonts.wrap(address, fonts.regular, 9.5f, 300, 0, 3, null);
        assertThat(wrapped.cut()).isTrue();
        assertThat(wrapped.lines()).hasSize(3);
        assertThat(wrapped.lines().get(2)).endsWith("x…");
        wrapped.lines().forEach(l -> assertThat(fonts.width(fonts.regular, l, 9.5f)).isLessThanOrEqualTo(300f));

        PdfFonts.Wrapped words = fonts.wrap("one two three four five six seven ".repeat(1000), fonts.regular, 10, 100,
                0, 2, null);
        assertThat(words.lines()).hasSize(2);
        assertThat(words.lines().get(1)).endsWith("…");
    }

    @Test
    void textWithinTheLimitIsNotCut() {
        PdfFonts.Wrapped wrapped = fonts.wrap("12 Mill Lane, Riverside", fonts.regular, 9.5f, 300, 0, 3, null);
        assertThat(wrapped.cut()).isFalse();
        assertThat(wrapped.lines()).containsExactly("12 Mill Lane, Riverside");
        assertThat(fonts.wrap("", fonts.regular, 10, 100, 0)).containsExactly("");
    }

    @Test
    void measuringAddsUpTheGlyphsAsPdfBoxDoes() throws IOException {
        String text = "Зведення лопаток — Schulterblätter, ñ, 10–15 times";
        assertThat(fonts.width(fonts.regular, text, 12))
                .isCloseTo(fonts.regular.getStringWidth(text) / 1000f * 12, org.assertj.core.data.Offset.offset(0.01f));
    }

    @Test
    void fontsParsedAheadAreEmbeddedAsSubsetsLikeFontsLoadedThere() throws Exception {
        PdfFonts.Parsed parsed = PdfFonts.parse(fontDir);
        try (PDDocument other = new PDDocument()) {
            PdfFonts ahead = PdfFonts.load(other, parsed);
            assertThat(ahead.regular.getName()).isEqualTo(fonts.regular.getName()).contains("NotoSans");
            assertThat(ahead.bold.getName()).isEqualTo(fonts.bold.getName()).contains("Bold");
            assertThat(ahead.regular.willBeSubset()).isTrue();
            String text = "Зведення лопаток — 10–15";
            assertThat(ahead.width(ahead.regular, text, 12)).isEqualTo(fonts.width(fonts.regular, text, 12));
        }
    }

    @Test
    void aDamagedFontFileIsNamedInTheMessage(@org.junit.jupiter.api.io.TempDir Path broken) throws Exception {
        java.nio.file.Files.copy(fontDir.resolve(PdfFonts.REGULAR), broken.resolve(PdfFonts.REGULAR));
        java.nio.file.Files.write(broken.resolve(PdfFonts.BOLD), new byte[] {0, 1, 0, 0, 0, 9, 1, 2, 3});
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PdfFonts.parse(broken))
                .isInstanceOf(PdfException.class)
                .hasMessageContaining(PdfFonts.BOLD).hasMessageContaining("cannot be read");
        java.nio.file.Files.delete(broken.resolve(PdfFonts.REGULAR));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PdfFonts.parse(broken))
                .isInstanceOf(PdfException.class).hasMessageContaining(PdfFonts.REGULAR + " is missing");
    }
}
