package org.physiokiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.physiokiosk.testing.LogCapture;
import org.physiokiosk.ui.TextBlock.Para;
import org.physiokiosk.ui.TextBlock.Style;
import org.physiokiosk.ui.theme.KioskTheme;

/** Slide text of any length is laid out in bounded work: cut with "…" where a slide cannot show it, and logged. */
class TextBlockTest {

    @BeforeAll
    static void theme() {
        KioskTheme.install();
    }

    static String words(int chars) {
        StringBuilder b = new StringBuilder(chars + 16);
        for (int i = 0; b.length() < chars; i++) {
            b.append("stretch").append(i).append(' ');
        }
        return b.substring(0, chars);
    }

    @Test
    void aMegabyteSummaryIsCutToTwoThousandCharactersWithAnEllipsisAndAWarning() {
        String summary = words(1_000_000);
        try (LogCapture log = LogCapture.of("org.physiokiosk")) {
            TextBlock block = new TextBlock(List.of(Para.of(Style.TITLE, "Chin tuck"), Para.of(Style.SUMMARY, summary)),
                    false, false);
            String shown = block.paras().get(1).text();
            assertThat(shown.length()).isLessThanOrEqualTo(2_000);
            assertThat(shown).endsWith("…").startsWith("stretch0 stretch1 ");
            assertThat(summary).startsWith(shown.substring(0, shown.length() - 1));
            assertThat(block.text().length()).isLessThan(2_100);
            assertThat(log.warnings()).anySatisfy(w -> assertThat(w).contains("\"Chin tuck\"")
                    .contains("summary paragraph of 1,000,000 characters").contains("cut to 2,000"));
        }
    }

    @Test
    void aTitleIsCutSoonerAndAWordIsNotSplitWhenASpaceIsNear() {
        TextBlock block = new TextBlock(List.of(Para.of(Style.TITLE, "Shoulder ".repeat(100))), false, false);
        assertThat(block.paras().get(0).text()).hasSizeLessThanOrEqualTo(300).endsWith("Shoulder…");
        TextBlock noSpaces = new TextBlock(List.of(Para.of(Style.TITLE, "x".repeat(10_000))), false, false);
        assertThat(noSpaces.paras().get(0).text()).isEqualTo("x".repeat(299) + "…");
    }

    @Test
    void fiveThousandStepsShowFortyAndAnEllipsisAndKeepTheCautions() {
        List<Para> paras = new ArrayList<>();
        paras.add(Para.of(Style.TITLE, "Chin tuck"));
        IntStream.rangeClosed(1, 5000).forEach(i -> paras.add(new Para(Style.STEP, "Step " + i, "", "" + i)));
        paras.add(Para.of(Style.CAUTION, "Stop if it hurts."));
        paras.add(Para.of(Style.CAUTION, "If your symptoms persist or worsen, seek medical advice."));
        try (LogCapture log = LogCapture.of("org.physiokiosk")) {
            TextBlock block = new TextBlock(paras, false, false);
            List<Para> shown = block.paras();
            assertThat(shown.stream().filter(p -> p.style() == Style.STEP)).hasSize(TextBlock.MAX_PARAS_PER_STYLE + 1);
            assertThat(shown.get(TextBlock.MAX_PARAS_PER_STYLE + 1)).isEqualTo(Para.of(Style.STEP, "…"));
            assertThat(shown.get(TextBlock.MAX_PARAS_PER_STYLE).text()).isEqualTo("Step 40");
            assertThat(shown).extracting(Para::text).endsWith("Stop if it hurts.",
                    "If your symptoms persist or worsen, seek medical advice.");
            assertThat(log.warnings()).anySatisfy(w -> assertThat(w).contains("5,000 step paragraphs")
                    .contains("shows the first 40"));
        }
    }

    @Test
    void shrinkToFitTriesABoundedNumberOfSizes() {
        TextBlock block = new TextBlock(List.of(Para.of(Style.TITLE, "Chin tuck"),
                Para.of(Style.SUMMARY, words(1_000_000))), false, false);
        block.setSize(800, 400);
        assertThat(block.fits()).isFalse();
        assertThat(block.fitScale()).isEqualTo(TextBlock.MIN_FIT);
        assertThat(block.wasCut()).isTrue();
        // The largest and smallest size, then at most eight halvings of the summary at the smallest.
        assertThat(block.layoutCount()).isLessThanOrEqualTo(10);
    }

    @Test
    void shrinkToFitFindsASizeThatFitsBySearchingAFewSizes() {
        TextBlock block = new TextBlock(List.of(Para.of(Style.TITLE, "Chin tuck"), Para.of(Style.SUMMARY, words(900))),
                false, false);
        block.setSize(900, 700);
        int before = block.layoutCount();
        assertThat(block.fits()).isTrue();
        assertThat(block.fitScale()).isLessThan(1f).isGreaterThanOrEqualTo(TextBlock.MIN_FIT);
        // At most the largest, the smallest and five halvings of the 18 steps between them.
        assertThat(block.layoutCount() - before).isLessThanOrEqualTo(7);

    }

    @Test
    void textThatDoesNotFitEvenAtTheSmallestSizeShortensItsSummaryNotItsCautions() {
        List<Para> paras = List.of(Para.of(Style.TITLE, "Chin tuck"), Para.of(Style.SUMMARY, words(1_900)),
                Para.of(Style.CAUTION, "Stop if it hurts."));
        try (LogCapture log = LogCapture.of("org.physiokiosk")) {
            TextBlock block = new TextBlock(paras, false, false);
            block.setSize(500, 420);
            java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(500, 420,
                    java.awt.image.BufferedImage.TYPE_INT_ARGB);
            java.awt.Graphics2D g = img.createGraphics();
            block.paint(g);
            g.dispose();
            assertThat(block.fits()).isFalse();
            assertThat(block.wasCut()).isTrue();
            assertThat(log.warnings()).anySatisfy(w -> assertThat(w).contains("\"Chin tuck\" does not fit even at 55 %")
                    .contains("cautions still show"));
            // The caution's warning sign is painted inside the block (coral pixels in its lower part).
            boolean coral = false;
            for (int y = 0; y < 420 && !coral; y++) {
                for (int x = 0; x < 60 && !coral; x++) {
                    java.awt.Color c = new java.awt.Color(img.getRGB(x, y), true);
                    coral = c.getAlpha() > 200 && c.getRed() > 150 && c.getGreen() < 120 && c.getBlue() < 100;
                }
            }
            assertThat(coral).as("the caution's warning sign is drawn").isTrue();
        }
    }

    @Test
    void ordinaryTextIsNotCutAndNothingIsLogged() {
        try (LogCapture log = LogCapture.of("org.physiokiosk")) {
            List<Para> paras = List.of(Para.of(Style.TITLE, "Chin tuck"),
                    Para.of(Style.SUMMARY, "Slowly tuck your chin down towards your chest."),
                    new Para(Style.DOSE, "5 seconds", "Hold:", ""));
            TextBlock block = new TextBlock(paras, false, false);
            assertThat(block.paras()).isEqualTo(paras);
            block.setSize(900, 600);
            assertThat(block.fits()).isTrue();
            assertThat(block.wasCut()).isFalse();
            assertThat(log.warnings()).isEmpty();
        }
    }

    @Test
    void aWordWiderThanTheLineGetsASmallerSizeRatherThanBrokenInTwo() {
        TextBlock block = new TextBlock(List.of(Para.of(Style.CAPTION, "Schmerz am Tisch/Bildschirm")), true, true);
        block.setUnit(1f);
        // 38 px bold: "Tisch/Bildschirm" is about 300 px wide; the line 250 px, the height room for many lines.
        block.setSize(250, 1000);
        assertThat(block.fits()).isTrue();
        assertThat(block.fitScale()).as("a smaller size that keeps the word whole").isLessThan(1f)
                .isGreaterThanOrEqualTo(TextBlock.MIN_FIT);
        TextBlock roomy = new TextBlock(List.of(Para.of(Style.CAPTION, "Schmerz am Tisch/Bildschirm")), true, true);
        roomy.setUnit(1f);
        roomy.setSize(600, 1000);
        assertThat(roomy.fitScale()).as("the word fits the line: full size").isEqualTo(1f);
    }
}
