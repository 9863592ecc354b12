package org.physiokiosk.handout;

import org.physiokiosk.pdf.PdfException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.physiokiosk.content.Category;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.content.Dose;
import org.physiokiosk.content.SlideLibrary;
import org.physiokiosk.content.Symptom;
import org.physiokiosk.content.Technique;
import org.physiokiosk.illustration.IllustrationLoader;
import org.physiokiosk.plan.HandoutPlan;
import org.physiokiosk.plan.PlanBuilder;
import org.physiokiosk.settings.Clinic;
import org.physiokiosk.settings.PaperSize;
import org.physiokiosk.testing.TestMedia;

/** Handouts written, reloaded with PDFBox and read back: text, fonts, margins, pages, size. */
class HandoutRendererTest {

    static final Path MEDIA = TestMedia.MEDIA;
    static final SlideLibrary LIBRARY = ContentLoader.load(MEDIA);
    static final Clinic CLINIC = new Clinic("Riverside Physiotherapy", "020 7946 0000", "12 Mill Lane, Riverside",
            Optional.of(MEDIA.resolve("branding/clinic-logo.svg")), "112");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T10:15:00Z"), ZoneId.of("Europe/London"));
    static final List<String> ALL_SYMPTOMS = LIBRARY.symptoms().stream().map(Symptom::id).toList();

    private static byte[] render(HandoutPlan plan, PaperSize paper) throws PdfException {
        return new HandoutRenderer(CLINIC, paper, Locale.ENGLISH, MEDIA, new IllustrationLoader(), CLOCK).render(plan);
    }

    private static String text(PDDocument doc) throws IOException {
        return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }

    private static String squash(String s) {
        return s.replaceAll("\\s+", " ");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"none", "stress", "recent-strain", "stiffness,muscle-knots,after-sitting,after-standing,"
            + "after-sleeping,stress,recent-strain,keeps-coming-back"})
    void everyStepDoseAndSafetyLineOfThePlanIsInThePdf(String symptoms) throws Exception {
        List<String> picked = symptoms.equals("none") ? List.of() : List.of(symptoms.split(","));
        HandoutPlan plan = new PlanBuilder(LIBRARY, 6).build(picked);
        byte[] pdf = render(plan, PaperSize.A4);

        assertThat(pdf.length).as("handout size in bytes").isLessThan(300 * 1024);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = text(doc);
            assertThat(text).contains("Riverside Physiotherapy", "020 7946 0000", "12 Mill Lane, Riverside",
                    "Your home-care plan", "November 29, 2026", "You told us:");
            plan.picked().forEach(s -> assertThat(text).contains(s.label()));
            for (Technique t : plan.techniques()) {
                assertThat(text).contains(t.title());
                t.steps().forEach(step -> assertThat(text).as(t.id()).contains(squash(step)));
                t.dose().lines().forEach(d -> assertThat(text).as(t.id()).contains(squash(d.text())));
                // A caution that only repeats the seek-advice line is printed once, in the safety box.
                new SeekAdviceLine(plan.seekAdvice()).without(t.cautions())
                        .forEach(c -> assertThat(text).as(t.id()).contains(squash(c)));
            }
            assertThat(text).contains(plan.seekAdvice(), "When to stop and seek medical advice", "My week",
                    "General information, not a diagnosis");
            plan.safety().forEach(s -> assertThat(text).contains(s));
            plan.planCautions().forEach(c -> assertThat(text).contains(squash(c)));
            plan.everyday().forEach(e -> assertThat(text).contains(e));
            assertThat(text).contains("Page 1 of " + doc.getNumberOfPages());
            assertThat(text).doesNotContain("?");
        }
    }

    @Test
    void metadataNamesTheDocumentClinicLanguageAndDate() throws Exception {
        try (PDDocument doc = Loader.loadPDF(render(new PlanBuilder(LIBRARY, 6).build(List.of("stress")),
                PaperSize.A4))) {
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Home-care plan for upper back pain");
            assertThat(doc.getDocumentInformation().getAuthor()).isEqualTo("Riverside Physiotherapy");
            assertThat(doc.getDocumentInformation().getCreationDate().toInstant())
                    .isEqualTo(Instant.parse("2026-11-29T10:15:00Z"));
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en");
        }
    }

    @Test
    void fontsAreEmbeddedSubsetsOfNotoSans() throws Exception {
        try (PDDocument doc = Loader.loadPDF(render(new PlanBuilder(LIBRARY, 6).build(List.of()), PaperSize.A4))) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(f -> {
                assertThat(f.isEmbedded()).as(f.getName()).isTrue();
                assertThat(f.getName()).matches("[A-Z]{6}\\+NotoSans-(Regular|Bold)");
            });
        }
    }

    @Test
    void illustrationsAreVectorDrawingsNotImages() throws Exception {
        try (PDDocument doc = Loader.loadPDF(render(new PlanBuilder(LIBRARY, 6).build(List.of("stress")),
                PaperSize.A4))) {
            int forms = 0;
            int images = 0;
            for (PDPage page : doc.getPages()) {
                PDResources res = page.getResources();
                for (COSName name : res.getXObjectNames()) {
                    PDXObject x = res.getXObject(name);
                    if (x instanceof PDFormXObject) {
                        forms++;
                    } else if (x instanceof PDImageXObject) {
                        images++;
                    }
                }
            }
            assertThat(forms).as("logo and 5 illustrations as forms").isGreaterThanOrEqualTo(6);
            assertThat(images).isZero();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"A4", "LETTER"})
    void allTextStaysInsideTheMarginsAndEachTechniqueStaysOnOnePage(String paper) throws Exception {
        HandoutPlan plan = new PlanBuilder(LIBRARY, 12).build(ALL_SYMPTOMS);
        PaperSize size = PaperSize.valueOf(paper);
        try (PDDocument doc = Loader.loadPDF(render(plan, size))) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(2);
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(size.widthPt());
            List<String> outside = new ArrayList<>();
            List<List<String>> pageTexts = new ArrayList<>();
            PDFTextStripper positions = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> glyphs) throws IOException {
                    float w = getCurrentPage().getMediaBox().getWidth();
                    float h = getCurrentPage().getMediaBox().getHeight();
                    for (TextPosition g : glyphs) {
                        float m = HandoutLayout.MARGIN - 0.5f;
                        if (g.getXDirAdj() < m || g.getXDirAdj() + g.getWidthDirAdj() > w - m
                                || g.getYDirAdj() - g.getHeightDir() < m || g.getYDirAdj() > h - m) {
                            outside.add("page " + getCurrentPageNo() + " \"" + text + "\" at " + g.getXDirAdj() + ","
                                    + g.getYDirAdj());
                            break;
                        }
                    }
                    while (pageTexts.size() < getCurrentPageNo()) {
                        pageTexts.add(new ArrayList<>());
                    }
                    pageTexts.get(getCurrentPageNo() - 1).add(text);
                }
            };
            positions.getText(doc);
            assertThat(outside).isEmpty();

            // A technique moves whole: its title and its last step are on the same page.
            for (Technique t : plan.techniques()) {
                String last = t.steps().get(t.steps().size() - 1);
                int titlePage = pageOf(pageTexts, t.title());
                assertThat(titlePage).as(t.id()).isGreaterThanOrEqualTo(0);
                assertThat(String.join(" ", pageTexts.get(titlePage))).as(t.id())
                        .contains(last.substring(Math.max(0, last.length() - 20)));
            }
        }
    }

    private static int pageOf(List<List<String>> pages, String line) {
        for (int p = 0; p < pages.size(); p++) {
            if (pages.get(p).contains(line)) {
                return p;
            }
        }
        return -1;
    }

    @Test
    void textInSeveralScriptsPrintsWithNoMissingGlyph() throws Exception {
        String latin = "Étirement des épaules — Schulterblätter zusammenführen, ñ, ø, ł";
        String cyrillic = "Зведення лопаток: тримайте 5 секунд, повторіть 10–15 разів";
        String greek = "Σύσφιξη ωμοπλατών: κρατήστε 5 δευτερόλεπτα";
        Category category = LIBRARY.category("stretching").orElseThrow();
        Technique t = new Technique("multi", "stretching", 1, latin, cyrillic, "shoulder-blade-squeeze.svg",
                List.of(), new Dose("5 с", "10–15 разів", "3–5 φορές την ημέρα", ""), List.of(latin, cyrillic, greek),
                List.of(greek), Path.of("multi.txt"), true);
        HandoutPlan plan = new HandoutPlan(List.of(new Symptom("stiffness", 1, "Скутість · Δυσκαμψία · Raideur",
                "", "", Path.of("s.txt"))), List.of(new HandoutPlan.Group(category, List.of(t))), List.of(cyrillic),
                List.of(greek), List.of(), "Якщо симптоми не минають, зверніться до лікаря.", "Ελληνικά · Українська");
        try (PDDocument doc = Loader.loadPDF(render(plan, PaperSize.A4))) {
            String text = text(doc);
            assertThat(text).contains(latin, cyrillic, greek, "Скутість · Δυσκαμψία · Raideur",
                    "Якщо симптоми не минають, зверніться до лікаря.").doesNotContain("?");
        }
    }

    @Test
    void aCharacterNoFontHasBecomesAStandInInsteadOfAFailure() throws Exception {
        HandoutPlan base = new PlanBuilder(LIBRARY, 1).build(List.of("stress"));
        HandoutPlan odd = new HandoutPlan(base.picked(), base.groups(), List.of("Breathe \uD83E\uDEC1 slowly"),
                base.safety(), base.planCautions(), base.seekAdvice(), base.disclaimer());
        try (PDDocument doc = Loader.loadPDF(render(odd, PaperSize.A4))) {
            assertThat(text(doc)).contains("Breathe ? slowly");
        }
    }

    @Test
    void aMissingFontIsAClearError(@TempDir Path media) throws IOException {
        Files.createDirectories(media.resolve("fonts"));
        HandoutRenderer renderer = new HandoutRenderer(CLINIC, PaperSize.A4, Locale.ENGLISH, media,
                new IllustrationLoader(), CLOCK);
        assertThatThrownBy(() -> renderer.render(new PlanBuilder(LIBRARY, 6).build(List.of())))
                .isInstanceOf(PdfException.class)
                .hasMessageContaining("NotoSans-Regular.ttf is missing");
    }
}
