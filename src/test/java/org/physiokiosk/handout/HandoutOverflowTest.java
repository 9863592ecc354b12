package org.physiokiosk.handout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.physiokiosk.content.Category;
import org.physiokiosk.content.Dose;
import org.physiokiosk.content.Symptom;
import org.physiokiosk.content.Technique;
import org.physiokiosk.illustration.IllustrationLoader;
import org.physiokiosk.pdf.PdfException;
import org.physiokiosk.plan.HandoutPlan;
import org.physiokiosk.settings.Clinic;
import org.physiokiosk.settings.PaperSize;
import org.physiokiosk.testing.LogCapture;
import org.physiokiosk.testing.TestMedia;

/**
 * Text that does not fit: a technique taller than a page continues on the next page and
 * loses nothing; short fields that are far too long are cut with "…" and a warning; a
 * handout that would be a book is refused with a clear message.
 */
class HandoutOverflowTest {

    @TempDir
    static Path dir;
    static Path media;

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T10:15:00Z"), ZoneId.of("Europe/London"));
    static final Clinic CLINIC = new Clinic("Riverside Physiotherapy", "020 7946 0000", "12 Mill Lane", Optional.empty(),
            "112");
    static final Category CATEGORY = new Category("stretching", 1, "Stretching exercises", "Gentle stretches.",
            List.of(), List.of(), Path.of("stretching.txt"));
    static final String SEEK = "If your symptoms persist or worsen, seek medical advice.";
    static final String DISCLAIMER = "General information, not a diagnosis.";

    @BeforeAll
    static void copyMedia() throws IOException {
        media = TestMedia.copyInto(dir);
    }

    static List<String> steps(int n) {
        // As long as the article's longer steps: two lines each in the handout.
        return IntStream.rangeClosed(1, n).mapToObj(i -> "Step " + i + " of the routine: breathe in slowly through "
                + "your nose, keep your shoulders relaxed and down, and count to " + (i % 9 + 1) + " before you let go.")
                .toList();
    }

    static Technique technique(String id, List<String> steps, List<String> cautions) {
        return new Technique(id, "stretching", 1, "Long shoulder routine", "A routine with many steps.",
                "shoulder-blade-squeeze.svg", List.of(), new Dose("5 seconds", "10 times", "3 times a day", ""), steps,
                cautions, Path.of(id + ".txt"), true);
    }

    static HandoutPlan plan(Technique... techniques) {
        return new HandoutPlan(List.of(new Symptom("stiffness", 1, "Stiff, or hard to turn", "", "", Path.of("s.txt"))),
                List.of(new HandoutPlan.Group(CATEGORY, List.of(techniques))), List.of("Keep moving gently."),
                List.of("Stop if the pain gets sharp."), List.of(), SEEK, DISCLAIMER);
    }

    static byte[] render(HandoutPlan plan, Clinic clinic, Locale locale) throws PdfException {
        byte[] pdf = new HandoutRenderer(clinic, PaperSize.A4, locale, media, new IllustrationLoader(), CLOCK)
                .render(plan);
        // -Dhandout.dump=DIR keeps each PDF, to look at the pages (pdftoppm) when changing the layout.
        String dump = System.getProperty("handout.dump");
        if (dump != null) {
            try {
                java.nio.file.Files.createDirectories(Path.of(dump));
                java.nio.file.Files.write(Path.of(dump, plan.techniques().get(0).id() + "-"
                        + locale.toLanguageTag() + ".pdf"), pdf);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return pdf;
    }

    static String squash(String s) {
        return s.replaceAll("\\s+", " ");
    }

    /** Every text line per page, and every line with a glyph outside the margins or in the footer band. */
    record Read(List<List<String>> pages, List<String> misplaced, String text) {
    }

    static Read read(byte[] pdf, String disclaimer) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> misplaced = new ArrayList<>();
            List<List<String>> pages = new ArrayList<>();
            PDFTextStripper positions = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> glyphs) throws IOException {
                    float w = getCurrentPage().getMediaBox().getWidth();
                    float h = getCurrentPage().getMediaBox().getHeight();
                    boolean footer = text.startsWith("Page ") || squash(disclaimer).contains(squash(text).strip())
                            || squash(text).contains("…") || text.startsWith("Content not yet clinically reviewed")
                            || text.startsWith("Content reviewed ");
                    float m = HandoutLayout.MARGIN - 0.5f;
                    float bodyBottom = HandoutLayout.MARGIN + HandoutLayout.FOOTER;
                    for (TextPosition g : glyphs) {
                        float baselineFromBottom = h - g.getYDirAdj();
                        if (g.getXDirAdj() < m || g.getXDirAdj() + g.getWidthDirAdj() > w - m
                                || g.getYDirAdj() - g.getHeightDir() < m || baselineFromBottom < m
                                || (!footer && baselineFromBottom < bodyBottom)) {
                            misplaced.add("page " + getCurrentPageNo() + " \"" + text + "\" at " + g.getXDirAdj()
                                    + "," + baselineFromBottom);
                            break;
                        }
                    }
                    while (pages.size() < getCurrentPageNo()) {
                        pages.add(new ArrayList<>());
                    }
                    pages.get(getCurrentPageNo() - 1).add(text);
                }
            };
            positions.getText(doc);
            return new Read(pages, misplaced, squash(new PDFTextStripper().getText(doc)));
        }
    }

    @Test
    void aFortyStepTechniqueContinuesOnTheNextPageWithEveryStepAndCautionInsideTheMargins() throws Exception {
        List<String> cautions = List.of("Stop if you feel tingling or numbness in your arms.",
                "Do not bounce at the end of the stretch.", SEEK);
        HandoutPlan plan = plan(technique("forty", steps(40), cautions));
        Read read = read(render(plan, CLINIC, Locale.ENGLISH), DISCLAIMER);

        assertThat(read.misplaced()).isEmpty();
        assertThat(read.pages()).hasSizeGreaterThanOrEqualTo(2);
        steps(40).forEach(s -> assertThat(read.text()).contains(squash(s)));
        cautions.forEach(c -> assertThat(read.text()).contains(c));
        assertThat(read.text()).contains("Stop if the pain gets sharp.", "My week");
        // The technique starts on page 1 and continues on page 2 under its title marked (continued).
        assertThat(read.pages().get(0)).contains("Long shoulder routine");
        assertThat(read.pages().get(1)).contains("Long shoulder routine (continued)");
        // A step is never split between pages when it fits on one: each step's text is on one page.
        for (String step : steps(40)) {
            assertThat(read.pages()).as(step).anySatisfy(page -> assertThat(squash(String.join(" ", page)))
                    .contains(squash(step)));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"es", "fr", "de", "uk"})
    void theContinuedMarkIsTranslated(String lang) throws Exception {
        Locale locale = Locale.forLanguageTag(lang);
        String expected = switch (lang) {
            case "es" -> "Long shoulder routine (continuación)";
            case "fr" -> "Long shoulder routine (suite)";
            case "de" -> "Long shoulder routine (Fortsetzung)";
            default -> "Long shoulder routine (продовження)";
        };
        Read read = read(render(plan(technique("forty", steps(40), List.of(SEEK))), CLINIC, locale), DISCLAIMER);
        assertThat(read.text()).contains(expected);
    }

    @Test
    void aThousandStepsAreAllPrintedAndTheCautionsAfterThem() throws Exception {
        List<String> cautions = List.of("Stop if you feel tingling or numbness in your arms.", SEEK);
        Read read = read(render(plan(technique("thousand", steps(1000), cautions)), CLINIC, Locale.ENGLISH),
                DISCLAIMER);
        assertThat(read.misplaced()).isEmpty();
        assertThat(read.pages().size()).isBetween(2, HandoutLayout.MAX_PAGES);
        steps(1000).forEach(s -> assertThat(read.text()).contains(squash(s)));
        cautions.forEach(c -> assertThat(read.text()).contains(c));
        assertThat(read.text()).contains("Page " + read.pages().size() + " of " + read.pages().size());
    }

    @Test
    void aStepLongerThanAPageIsSplitBetweenItsLines() throws Exception {
        String longStep = String.join(" ", IntStream.range(0, 2500).mapToObj(i -> "word" + i).toList());
        List<String> steps = List.of("Sit up tall.", longStep, "Relax.");
        Read read = read(render(plan(technique("long-step", steps, List.of("Go gently.", SEEK))), CLINIC,
                Locale.ENGLISH), DISCLAIMER);
        assertThat(read.misplaced()).isEmpty();
        // Read across the page breaks, without the footers and the continued headings between the pages.
        String body = read.text().replaceAll("Page \\d+ of \\d+ Content not yet clinically reviewed " + DISCLAIMER
                + " Long shoulder routine \\(continued\\) ", "");
        assertThat(read.pages().size()).isGreaterThan(2);
        assertThat(body).contains("Sit up tall.", longStep, "Relax.", "Go gently.", SEEK);
    }

    @Test
    void aSafetyBoxTallerThanAPageContinuesAndKeepsEveryLine() throws Exception {
        List<String> safety = IntStream.rangeClosed(1, 120).mapToObj(i -> "Safety line " + i + ": stop and call "
                + "your clinic if this happens.").toList();
        HandoutPlan base = plan(technique("short", steps(3), List.of(SEEK)));
        HandoutPlan plan = new HandoutPlan(base.picked(), base.groups(), base.everyday(), safety, base.planCautions(),
                SEEK, DISCLAIMER);
        Read read = read(render(plan, CLINIC, Locale.ENGLISH), DISCLAIMER);
        assertThat(read.misplaced()).isEmpty();
        safety.forEach(s -> assertThat(read.text()).contains(s));
        assertThat(read.text()).contains("When to stop and seek medical advice (continued)");
    }

    @Test
    void fiveThousandStepsAreRefusedWithAClearMessageInsteadOfAFiftyPageHandout() {
        HandoutPlan plan = plan(technique("five-thousand", steps(5000), List.of(SEEK)));
        assertThatThrownBy(() -> render(plan, CLINIC, Locale.ENGLISH))
                .isInstanceOf(PdfException.class)
                .hasMessageContaining("longer than 50 pages")
                .hasMessageContaining("\"five-thousand\" has 5000 steps");
    }

    @Test
    void aTenThousandCharacterAddressIsCutWithAnEllipsisAndAWarning() throws Exception {
        String address = "x".repeat(10_000);
        Clinic clinic = new Clinic("Riverside Physiotherapy", "020 7946 0000", address, Optional.empty(), "112");
        try (LogCapture log = LogCapture.of("org.physiokiosk")) {
            Read read = read(render(plan(technique("short", steps(3), List.of(SEEK))), clinic, Locale.ENGLISH),
                    DISCLAIMER);
            assertThat(read.misplaced()).isEmpty();
            // Cut to three lines, the address leaves page 1 room for the warning signs and the technique.
            assertThat(read.pages()).hasSizeLessThanOrEqualTo(2);
            assertThat(read.pages().get(0)).contains("Warning signs", "Fever", "Long shoulder routine");
            assertThat(read.text()).contains("020 7946 0000 · xxxxxxxxxx").contains("x…").doesNotContain(address);
            assertThat(log.warnings()).anySatisfy(w -> assertThat(w)
                    .contains("The clinic phone and address is too long for the handout").contains("cut to 3 lines"));
        }
    }

    @Test
    void aTenThousandCharacterTechniqueTitleIsCutButItsStepsAreNot() throws Exception {
        Technique t = technique("long-title", steps(3), List.of("Go gently.", SEEK));
        Technique longTitle = t.with(t.categoryId(), "Title".repeat(2000), t.summary(), t.illustration(),
                t.symptoms(), t.dose(), t.steps(), t.cautions(), true);
        try (LogCapture log = LogCapture.of("org.physiokiosk")) {
            Read read = read(render(plan(longTitle), CLINIC, Locale.ENGLISH), DISCLAIMER);
            assertThat(read.misplaced()).isEmpty();
            steps(3).forEach(s -> assertThat(read.text()).contains(squash(s)));
            assertThat(read.text()).contains("Go gently.", SEEK, "TitleTitle");
            assertThat(log.warnings()).anySatisfy(w -> assertThat(w)
                    .contains("The title of technique \"long-title\" is too long").contains("10,000 characters"));
        }
    }

    @Test
    void aLongDisclaimerIsCutInTheFooterWithAWarning() throws Exception {
        String disclaimer = "General information, not a diagnosis. ".repeat(40);
        HandoutPlan base = plan(technique("short", steps(3), List.of(SEEK)));
        HandoutPlan plan = new HandoutPlan(base.picked(), base.groups(), base.everyday(), base.safety(),
                base.planCautions(), SEEK, disclaimer);
        try (LogCapture log = LogCapture.of("org.physiokiosk")) {
            Read read = read(render(plan, CLINIC, Locale.ENGLISH), disclaimer);
            assertThat(read.misplaced()).isEmpty();
            assertThat(log.warnings()).anySatisfy(w -> assertThat(w).contains("The disclaimer in the footer"));
        }
    }
}
