package org.physiokiosk.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.content.SlideLibrary;
import org.physiokiosk.content.Technique;
import org.physiokiosk.content.Translations;
import org.physiokiosk.illustration.IllustrationLoader;
import org.physiokiosk.pdf.PdfException;
import org.physiokiosk.plan.HandoutPlan;
import org.physiokiosk.plan.PlanBuilder;
import org.physiokiosk.settings.Clinic;
import org.physiokiosk.settings.PaperSize;
import org.physiokiosk.testing.TestMedia;

/**
 * What keeps a patient safe at home, read back from the printed PDF page by page: the warning
 * signs with the clinic's emergency number on page 1, the medicines marked as options and kept
 * out of the week tracker, the seek-advice line once, and the date the content was reviewed.
 */
class HandoutSafetyTest {

    static final SlideLibrary ENGLISH = ContentLoader.load(TestMedia.MEDIA);
    /** Not the default 999: a number written into the code instead of the setting's fails here. */
    static final String NUMBER = "112";
    static final Clinic CLINIC = new Clinic("Riverside Physiotherapy", "020 7946 0000", "12 Mill Lane", Optional.empty(),
            NUMBER);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T10:15:00Z"), ZoneId.of("Europe/London"));

    static byte[] render(HandoutPlan plan, Locale locale, PaperSize paper, Path media) throws PdfException {
        return new HandoutRenderer(CLINIC, paper, locale, media, new IllustrationLoader(), CLOCK).render(plan);
    }

    static byte[] render(HandoutPlan plan, Locale locale) throws PdfException {
        return render(plan, locale, PaperSize.A4, TestMedia.MEDIA);
    }

    static SlideLibrary library(String lang) {
        return Translations.apply(ENGLISH, Locale.forLanguageTag(lang));
    }

    static List<String> symptoms(String picked) {
        return picked.equals("none") ? List.of() : List.of(picked.split("\\+"));
    }

    /** The text of each page in the order it is drawn (a column before the one beside it), line by line. */
    static List<String> pages(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(doc));
            }
            return pages;
        }
    }

    static List<String> lines(String page) {
        return page.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    static String squash(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    static int count(String text, String part) {
        Matcher m = Pattern.compile(Pattern.quote(part)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** Glyphs outside the page's margins, or of the body in the footer band (the footer's own lines excepted). */
    static List<String> misplaced(byte[] pdf, String disclaimer, Locale locale) throws IOException {
        ResourceBundle labels = ResourceBundle.getBundle("org.physiokiosk.handout.handout", locale);
        List<Pattern> footerLabels = List.of(label(labels, "page"), label(labels, "reviewed"),
                label(labels, "notReviewed"));
        List<String> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> glyphs) {
                    float w = getCurrentPage().getMediaBox().getWidth();
                    float h = getCurrentPage().getMediaBox().getHeight();
                    float m = HandoutLayout.MARGIN - 0.5f;
                    boolean footer = squash(disclaimer).contains(squash(text))
                            || footerLabels.stream().anyMatch(l -> l.matcher(squash(text)).matches());
                    for (TextPosition g : glyphs) {
                        float baseline = h - g.getYDirAdj();
                        if (g.getXDirAdj() < m || g.getXDirAdj() + g.getWidthDirAdj() > w - m
                                || g.getYDirAdj() - g.getHeightDir() < m || baseline < m
                                || (!footer && baseline < HandoutLayout.MARGIN + HandoutLayout.FOOTER)) {
                            out.add("page " + getCurrentPageNo() + " \"" + text + "\"");
                            return;
                        }
                    }
                }
            }.getText(doc);
        }
        return out;
    }

    /** A label of the handout's bundle as a pattern, any text in the place of its {0} and {1}. */
    static Pattern label(ResourceBundle labels, String key) {
        String[] parts = labels.getString(key).split("\\{\\d\\}", -1);
        return Pattern.compile(String.join(".+", java.util.Arrays.stream(parts).map(Pattern::quote).toList()));
    }

    // --- the warning signs ------------------------------------------------------------------

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({
        "none, en, A4", "recent-strain, en, A4", "recent-strain+stiffness, en, LETTER",
        "keeps-coming-back+recent-strain, en, A4", "stress+stiffness, en, A4",
        "none, es, A4", "recent-strain+stiffness, es, LETTER", "recent-strain+after-sleeping, fr, A4",
        "recent-strain+stiffness, de, A4", "keeps-coming-back+recent-strain, de, LETTER", "stress+stiffness, uk, A4",
        "stiffness+muscle-knots+after-sitting+after-standing+after-sleeping+stress+recent-strain+keeps-coming-back, de, "
                + "LETTER"})
    void theWarningSignsWithTheClinicsNumberAreWholeOnPageOneBeforeTheFirstTechnique(String picked, String lang,
                                                                                    String paper) throws Exception {
        SlideLibrary lib = library(lang);
        HandoutPlan plan = new PlanBuilder(lib, 6).build(symptoms(picked));
        HandoutPlan.RedFlags flags = plan.redFlags();
        byte[] pdf = render(plan, Locale.forLanguageTag(lang), PaperSize.valueOf(paper), TestMedia.MEDIA);
        List<String> pages = pages(pdf);
        String first = squash(pages.get(0));

        assertThat(flags.emergencyAction()).as("the content's action has the number's place").contains("{number}");
        List<String> box = new ArrayList<>();
        box.add(flags.title());
        box.add(flags.emergencyAction(NUMBER));
        box.addAll(flags.emergency());
        box.add(flags.contactAction());
        box.addAll(flags.contact());
        for (String line : box) {
            assertThat(first).as("page 1 holds \"%s\"", line).contains(squash(line));
        }
        assertThat(String.join(" ", pages)).doesNotContain("999").doesNotContain("{number}")
                .doesNotContain(flags.title() + " (");
        // Seen early: after what the patient told us, before the first technique.
        assertThat(first.indexOf(flags.title())).isLessThan(first.indexOf(plan.techniques().get(0).title()));
        assertThat(misplaced(pdf, plan.disclaimer(), Locale.forLanguageTag(lang))).isEmpty();
    }

    @Test
    void longGermanWarningSignsWrapInsideThePageAndStayOnPageOne() throws Exception {
        HandoutPlan base = new PlanBuilder(library("de"), 6).build(List.of("recent-strain", "stiffness"));
        List<String> emergency = List.of(
                "Plötzliche, sehr starke Schmerzen nach einem Sturz, einem Verkehrsunfall oder einer anderen "
                        + "Verletzung, besonders wenn sie in Arme oder Beine ausstrahlen",
                "Brustschmerzen, Engegefühl in der Brust oder Schmerzen, die in den linken Arm oder Kiefer ziehen",
                "Atemnot, Kurzatmigkeit oder Schwierigkeiten beim Sprechen ganzer Sätze",
                "Rückenmarksverletzungsverdachtsmomente mit Blasen- oder Darmentleerungsstörungen");
        List<String> contact = List.of(
                "Taubheitsgefühl, Kribbeln oder Schwäche in den Armen, Händen oder Beinen, auch wenn es kommt und geht",
                "Fieber, Schüttelfrost oder ungewollter Gewichtsverlust zusammen mit den Rückenschmerzen",
                "Schmerzen, die nachts nicht besser werden oder Sie regelmäßig aus dem Schlaf wecken");
        HandoutPlan plan = withRedFlags(base, new HandoutPlan.RedFlags("Warnzeichen",
                "Rufen Sie sofort die {number} an, wenn Sie eines dieser Anzeichen bemerken:", emergency,
                "Wenden Sie sich an Ihre Physiotherapeutin, Ihren Physiotherapeuten oder Ihre Hausarztpraxis, "
                        + "wenn Sie Folgendes bemerken:", contact));
        byte[] pdf = render(plan, Locale.GERMAN);
        String first = squash(pages(pdf).get(0));
        for (String line : concat(emergency, contact)) {
            assertThat(first).contains(squash(line));
        }
        assertThat(first).contains("Rufen Sie sofort die 112 an").doesNotContain("…").doesNotContain("Warnzeichen (");
        assertThat(misplaced(pdf, plan.disclaimer(), Locale.GERMAN)).isEmpty();
    }

    @Test
    void warningSignsTooManyForPageOneStartThereAndContinueWithNoneLeftOut() throws Exception {
        HandoutPlan base = new PlanBuilder(ENGLISH, 6).build(List.of("stress"));
        List<String> emergency = IntStream.rangeClosed(1, 40).mapToObj(i -> "Emergency sign number " + i).toList();
        List<String> contact = IntStream.rangeClosed(1, 40).mapToObj(i -> "Contact sign number " + i).toList();
        HandoutPlan plan = withRedFlags(base, new HandoutPlan.RedFlags("Warning signs",
                "Call {number} now if you have:", emergency, "Contact your physiotherapist or doctor if you have:",
                contact));
        byte[] pdf = render(plan, Locale.ENGLISH);
        List<String> pages = pages(pdf);
        assertThat(pages.get(0)).contains("Warning signs", "Call 112 now if you have:", "Emergency sign number 1\n");
        assertThat(pages.get(1)).contains("Warning signs (continued)");
        String all = squash(String.join("\n", pages));
        for (String sign : concat(emergency, contact)) {
            assertThat(count(all, sign + " ")).as(sign).isEqualTo(1);
        }
        assertThat(misplaced(pdf, plan.disclaimer(), Locale.ENGLISH)).isEmpty();
    }

    // --- medicines as options ---------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"en", "es", "de"})
    void eachMedicineHasItsOptionalNoteUnderItsTitleAndComesAfterTheSelfCare(String lang) throws Exception {
        HandoutPlan plan = new PlanBuilder(library(lang), 6).build(List.of("recent-strain"));
        List<Technique> options = options(plan);
        assertThat(options).as("the plan holds medicines").hasSizeGreaterThanOrEqualTo(2);
        String note = plan.groups().stream().filter(g -> g.category().optional()).findFirst().orElseThrow()
                .category().optionalNote();
        assertThat(note).isNotBlank();

        List<String> lines = new ArrayList<>();
        pages(render(plan, Locale.forLanguageTag(lang))).forEach(p -> lines.addAll(lines(p)));
        for (Technique t : plan.techniques()) {
            int at = lines.indexOf(t.title());
            assertThat(at).as("the title of %s on a line of its own", t.id()).isNotNegative();
            if (options.contains(t)) {
                assertThat(lines.get(at + 1)).as("the line under %s", t.id()).isEqualTo(note);
            } else {
                assertThat(lines.get(at + 1)).as("the line under %s", t.id()).isNotEqualTo(note);
            }
        }
        assertThat(lines.stream().filter(note::equals)).hasSameSizeAs(options);
        int lastSelfCare = plan.everydayTechniques().stream().mapToInt(t -> lines.indexOf(t.title())).max()
                .orElseThrow();
        options.forEach(t -> assertThat(lines.indexOf(t.title())).isGreaterThan(lastSelfCare));
    }

    @ParameterizedTest
    @ValueSource(strings = {"recent-strain", "recent-strain+stiffness", "keeps-coming-back+recent-strain",
            "stress+stiffness", "none"})
    void theWeekTrackerHasARowForEachDailyTechniqueAndNoneForAMedicine(String picked) throws Exception {
        HandoutPlan plan = new PlanBuilder(ENGLISH, 6).build(symptoms(picked));
        List<String> rows = trackerRows(pages(render(plan, Locale.ENGLISH)), plan.disclaimer());
        assertThat(rows).containsExactlyElementsOf(plan.everydayTechniques().stream().map(Technique::title).toList());
        for (Technique medicine : options(plan)) {
            assertThat(rows).doesNotContain(medicine.title());
        }
    }

    @Test
    void aPlanOfMedicinesOnlyHasNoWeekTracker() throws Exception {
        HandoutPlan base = new PlanBuilder(ENGLISH, 6).build(List.of("recent-strain"));
        List<HandoutPlan.Group> optional = base.groups().stream().filter(g -> g.category().optional()).toList();
        HandoutPlan plan = new HandoutPlan(base.picked(), optional, base.everyday(), base.safety(),
                base.planCautions(), base.seekAdvice(), base.disclaimer(), base.redFlags(), base.lastReviewed());
        String text = squash(String.join("\n", pages(render(plan, Locale.ENGLISH))));
        assertThat(text).contains(optional.get(0).techniques().get(0).title()).doesNotContain("My week")
                .doesNotContain("Tick a box");
    }

    static List<Technique> options(HandoutPlan plan) {
        return plan.groups().stream().filter(g -> g.category().optional()).flatMap(g -> g.techniques().stream())
                .toList();
    }

    /** The names in the tracker: the lines between its row of days and the footer of its page (its last block). */
    static List<String> trackerRows(List<String> pages, String disclaimer) {
        for (String page : pages) {
            List<String> lines = lines(page);
            int title = lines.indexOf("My week");
            if (title < 0) {
                continue;
            }
            assertThat(lines.get(title + 1)).isEqualTo("Tick a box on each day you do the technique.");
            assertThat(lines.get(title + 2)).startsWith("Sun 29 Mon 30 Tue 1");
            List<String> rows = new ArrayList<>();
            for (String line : lines.subList(title + 3, lines.size())) {
                if (line.matches("Page \\d+ of \\d+.*") || line.startsWith(disclaimer.substring(0, 20))) {
                    break;
                }
                rows.add(line);
            }
            return rows;
        }
        throw new AssertionError("no week tracker");
    }

    // --- one seek-advice line ---------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({"none, en", "recent-strain+stiffness, en", "stress, es", "recent-strain, fr", "stress+stiffness, de",
            "keeps-coming-back, uk"})
    void theSeekAdviceLineIsPrintedOnceAndNoCautionRepeatsIt(String picked, String lang) throws Exception {
        HandoutPlan plan = new PlanBuilder(library(lang), 6).build(symptoms(picked));
        String text = squash(String.join("\n", pages(render(plan, Locale.forLanguageTag(lang)))));
        assertThat(count(text, squash(plan.seekAdvice()))).isEqualTo(1);
        // The techniques' own "If your symptoms persist or worsen, seek medical advice." says it again: left out.
        String opening = plan.seekAdvice().substring(0, plan.seekAdvice().indexOf(','));
        assertThat(count(text, opening)).as("lines opening \"%s\"", opening).isEqualTo(1);
    }

    @Test
    void aSafetyListRepeatingTheSeekAdviceLineStillPrintsItOnceAndKeepsItsOtherLines() throws Exception {
        HandoutPlan base = new PlanBuilder(ENGLISH, 6).build(List.of("stress"));
        String seek = base.seekAdvice();
        HandoutPlan plan = new HandoutPlan(base.picked(), base.groups(), base.everyday(),
                List.of(seek, "Stop if the pain gets sharp.", "  " + seek.toUpperCase(Locale.ROOT) + " ",
                        "Stop and seek medical advice if your symptoms worsen.", "Stop if the pain gets sharp."),
                base.planCautions(), seek, base.disclaimer(), base.redFlags(), base.lastReviewed());
        String text = squash(String.join("\n", pages(render(plan, Locale.ENGLISH))));
        assertThat(count(text.toLowerCase(Locale.ROOT), "if your symptoms persist or worsen")).isEqualTo(1);
        assertThat(count(text, "seek medical advice if your symptoms worsen")).isZero();
        assertThat(count(text, "Stop if the pain gets sharp.")).isEqualTo(1);
    }

    @Test
    void anEmptySafetyListGivesTheSafetyBoxJustTheSeekAdviceLine() throws Exception {
        HandoutPlan plan = new PlanBuilder(ENGLISH, 6).build(List.of("stress"));
        assertThat(plan.safety()).isEmpty();
        List<String> lines = new ArrayList<>();
        pages(render(plan, Locale.ENGLISH)).forEach(p -> lines.addAll(lines(p)));
        int box = lines.indexOf("When to stop and seek medical advice");
        assertThat(box).isNotNegative();
        assertThat(lines.get(box + 1)).isEqualTo(plan.seekAdvice());
        assertThat(lines.get(box + 2)).isNotEqualTo(plan.seekAdvice());
    }

    // --- the review date in the footer ------------------------------------------------------

    @Test
    void everyFooterSaysTheContentIsNotYetReviewedWhenNothingWas() throws Exception {
        HandoutPlan plan = new PlanBuilder(ENGLISH, 6).build(List.of("stiffness", "stress"));
        assertThat(plan.lastReviewed()).isEmpty();
        List<String> pages = pages(render(plan, Locale.ENGLISH));
        assertThat(pages).hasSizeGreaterThan(1).allSatisfy(p -> assertThat(squash(p))
                .contains("Content not yet clinically reviewed").doesNotContain("Content reviewed"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "en | Content reviewed March 14, 2025",
        "es | Contenido revisado el 14 de marzo de 2025",
        "de | Inhalt fachlich geprüft am 14. März 2025",
    })
    void everyFooterNamesTheNewestReviewDateOfWhatItPrints(String lang, String expected, @TempDir Path dir)
            throws Exception {
        Path media = TestMedia.copyInto(dir);
        reviewed(media.resolve("general.txt"), "2024-06-01");
        reviewed(media.resolve("techniques/chin-tuck.txt"), "2025-03-14");
        reviewed(media.resolve("techniques/visualization.txt"), "2025-09-01"); // newer, but not in this plan
        SlideLibrary lib = Translations.apply(ContentLoader.load(media), Locale.forLanguageTag(lang));
        assertThat(lib.problems()).isEmpty();
        HandoutPlan plan = new PlanBuilder(lib, 6).build(List.of("stiffness"));
        assertThat(plan.techniques()).extracting(Technique::id).contains("chin-tuck").doesNotContain("visualization");
        byte[] pdf = render(plan, Locale.forLanguageTag(lang), PaperSize.A4, media);
        List<String> pages = pages(pdf);
        assertThat(pages).hasSizeGreaterThan(1).allSatisfy(p -> assertThat(squash(p)).contains(expected)
                .contains(squash(plan.disclaimer())).doesNotContain("2024"));
        // Beside the disclaimer, inside the footer band, neither of them cut.
        assertThat(misplaced(pdf, plan.disclaimer(), Locale.forLanguageTag(lang))).isEmpty();
    }

    /** Adds a review by a named physiotherapist on {@code date} to a content file. */
    static void reviewed(Path file, String date) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(file, text + (text.endsWith("\n") ? "" : "\n") + "reviewed-by: A. Physio, MCSP\nreviewed-on: "
                + date + "\n", StandardCharsets.UTF_8);
    }

    static HandoutPlan withRedFlags(HandoutPlan p, HandoutPlan.RedFlags flags) {
        return new HandoutPlan(p.picked(), p.groups(), p.everyday(), p.safety(), p.planCautions(), p.seekAdvice(),
                p.disclaimer(), flags, p.lastReviewed());
    }

    static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
