package org.physiokiosk.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.content.SlideLibrary;
import org.physiokiosk.content.Technique;
import org.physiokiosk.content.Translations;
import org.physiokiosk.illustration.IllustrationLoader;
import org.physiokiosk.plan.HandoutPlan;
import org.physiokiosk.plan.PlanBuilder;
import org.physiokiosk.qr.WebLink;
import org.physiokiosk.settings.Clinic;
import org.physiokiosk.settings.PaperSize;
import org.physiokiosk.testing.PdfStandards;
import org.physiokiosk.testing.TestMedia;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The handout is a tagged, accessible PDF: veraPDF finds no broken rule of PDF/UA-1 or PDF/A-2b
 * in any language or plan, and the structure a screen reader follows reads as a person reads.
 */
class TaggedHandoutTest {

    static final Path MEDIA = TestMedia.MEDIA;
    static final SlideLibrary ENGLISH = ContentLoader.load(MEDIA);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T10:15:00Z"), ZoneId.of("Europe/London"));
    /** With the clinic's logo (an artifact: the name is printed beside it) and a booking link. */
    static final Clinic WITH_LINK = new Clinic("Riverside Physiotherapy", "020 7946 0000", "12 Mill Lane",
            Optional.of(MEDIA.resolve("branding/clinic-logo.svg")), "112", Optional.empty(),
            Optional.of(WebLink.parse("https://riverside-physio.example.org/book?from=handout")));
    static final Clinic PLAIN = new Clinic("Riverside Physiotherapy", "020 7946 0000", "12 Mill Lane",
            Optional.empty(), "112", Optional.empty(), Optional.empty());
    /** Plans: six techniques with a QR link, one symptom, the general plan. */
    static final List<List<String>> PLANS = List.of(
            List.of("stress", "stiffness", "recent-strain", "muscle-knots"), List.of("stress"), List.of());

    static byte[] render(String lang, List<String> symptoms, Clinic clinic) throws Exception {
        Locale locale = Locale.forLanguageTag(lang);
        HandoutPlan plan = new PlanBuilder(Translations.apply(ENGLISH, locale), 6).build(symptoms);
        return new HandoutRenderer(clinic, PaperSize.A4, locale, MEDIA, new IllustrationLoader(), CLOCK).render(plan);
    }

    static Stream<Arguments> handouts() {
        List<Arguments> all = new ArrayList<>();
        for (String lang : List.of("en", "es", "fr", "de", "uk")) {
            for (int p = 0; p < PLANS.size(); p++) {
                all.add(Arguments.of(lang, PLANS.get(p), p == 0 ? WITH_LINK : PLAIN));
            }
        }
        return all.stream();
    }

    @Test
    void theBigPlanHasSixTechniques() {
        assertThat(new PlanBuilder(ENGLISH, 6).build(PLANS.get(0)).techniques()).hasSize(6);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("handouts")
    void veraPdfFindsNoBrokenRuleOfPdfUa1OrPdfA2b(String lang, List<String> symptoms, Clinic clinic) throws Exception {
        byte[] pdf = render(lang, symptoms, clinic);
        List<String> failed = new ArrayList<>(PdfStandards.failures(pdf, PDFAFlavour.PDFUA_1));
        failed.addAll(PdfStandards.failures(pdf, PDFAFlavour.PDFA_2_B));
        if (!failed.isEmpty()) {
            Path kept = Files.createDirectories(Path.of("target", "tagged-pdf"))
                    .resolve("handout-" + lang + "-" + symptoms.size() + ".pdf");
            Files.write(kept, pdf);
        }
        assertThat(failed).as("rules broken by the %s handout for %s", lang, symptoms).isEmpty();
    }

    /** The check can fail: an untagged page of text, as handouts were before, breaks PDF/UA-1 rules. */
    @Test
    void veraPdfFindsTheRulesAnUntaggedPdfBreaks() throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
            doc.addPage(page);
            var font = org.apache.pdfbox.pdmodel.font.PDType0Font.load(doc,
                    MEDIA.resolve("fonts").resolve(org.physiokiosk.pdf.PdfFonts.REGULAR).toFile());
            try (var cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(font, 12);
                cs.newLineAtOffset(50, 700);
                cs.showText("Chin tuck");
                cs.endText();
            }
            doc.save(out);
        }
        List<String> failed = PdfStandards.failures(out.toByteArray(), PDFAFlavour.PDFUA_1);
        assertThat(failed).as("untagged content, no MarkInfo, no pdfuaid").isNotEmpty()
                .anyMatch(f -> f.startsWith("ua1 7.1-"));
    }

    @Test
    void theStructureReadsInTheOrderAPersonReads() throws Exception {
        byte[] pdf = render("en", List.of("stress"), WITH_LINK);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).as("Tagged: yes").isTrue();
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en");
            assertThat(doc.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
            List<PDStructureElement> order = new ArrayList<>();
            walk(doc.getDocumentCatalog().getStructureTreeRoot(), order);
            List<String> roles = order.stream().map(PDStructureElement::getStructureType).toList();
            assertThat(roles.get(0)).isEqualTo("Document");
            int h1 = roles.indexOf("H1");
            int firstH2 = roles.indexOf("H2");
            int firstH3 = roles.indexOf("H3");
            assertThat(h1).as("the title first of the headings").isPositive().isLessThan(firstH2);
            assertThat(firstH2).isLessThan(firstH3);

            HandoutPlan plan = new PlanBuilder(ENGLISH, 6).build(List.of("stress"));
            Technique first = plan.techniques().get(0);
            // In the first technique's section: its title, its summary, its drawing, then its steps.
            PDStructureElement sect = (PDStructureElement) order.get(firstH3).getParent();
            assertThat(sect.getStructureType()).isEqualTo("Sect");
            List<String> inSect = new ArrayList<>();
            for (Object kid : sect.getKids()) {
                if (kid instanceof PDStructureElement e) {
                    inSect.add(e.getStructureType());
                }
            }
            assertThat(inSect.subList(0, 4)).containsExactly("H3", "P", "Figure", "L");
            PDStructureElement figure = (PDStructureElement) sect.getKids().stream()
                    .filter(k -> k instanceof PDStructureElement e && e.getStructureType().equals("Figure"))
                    .findFirst().orElseThrow();
            assertThat(figure.getAlternateDescription()).as("the technique's alt: line").isEqualTo(first.alt())
                    .isNotBlank();
            long lists = order.stream().filter(e -> e.getStructureType().equals("L")).count();
            assertThat(lists).as("lists of steps, cautions, warning signs").isGreaterThanOrEqualTo(3);
            long labels = order.stream().filter(e -> e.getStructureType().equals("Lbl")).count();
            assertThat(labels).as("a label per step and per dose line")
                    .isGreaterThanOrEqualTo(first.steps().size());
            assertThat(roles).contains("Table", "TR", "TH", "TD");
            assertThat(roles.indexOf("Table")).as("the tracker after the techniques").isGreaterThan(firstH3);
            assertThat(roles.lastIndexOf("Figure")).as("the QR code, last").isGreaterThan(roles.indexOf("Table"));
        }
    }

    /**
     * A technique split over pages is still one section with one list of steps: its items on two
     * pages hang under one L, the title repeated as "(continued)" is an artifact, and veraPDF passes.
     */
    @Test
    void aTechniqueSplitOverPagesStaysOneListAndItsContinuedTitleIsNotReadTwice() throws Exception {
        HandoutPlan plan = HandoutOverflowTest.plan(HandoutOverflowTest.technique("forty", HandoutOverflowTest.steps(40),
                List.of("Do not bounce at the end of the stretch.")));
        byte[] pdf = new HandoutRenderer(PLAIN, PaperSize.A4, Locale.ENGLISH, MEDIA, new IllustrationLoader(), CLOCK)
                .render(plan);
        List<String> failed = new ArrayList<>(PdfStandards.failures(pdf, PDFAFlavour.PDFUA_1));
        failed.addAll(PdfStandards.failures(pdf, PDFAFlavour.PDFA_2_B));
        assertThat(failed).isEmpty();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            List<PDStructureElement> order = new ArrayList<>();
            walk(doc.getDocumentCatalog().getStructureTreeRoot(), order);
            PDStructureElement steps = order.stream().filter(e -> e.getStructureType().equals("L")
                    && e.getKids().size() == 40).findFirst().orElseThrow(() -> new AssertionError(
                    "no list of 40 steps in " + order.stream().map(PDStructureElement::getStructureType).toList()));
            PDStructureElement last = (PDStructureElement) steps.getKids().get(39);
            PDStructureElement first = (PDStructureElement) steps.getKids().get(0);
            assertThat(pageOf(doc, last)).as("the last step is on a later page than the first")
                    .isGreaterThan(pageOf(doc, first));
            assertThat(order.stream().filter(e -> e.getStructureType().equals("H3")).count())
                    .as("one title, the continued one is an artifact").isEqualTo(1);
        }
    }

    /**
     * A technique not yet translated is printed in English in a Spanish handout: its section says
     * so (/Lang en), so a screen reader switches voice; the translated ones take the document's.
     */
    @Test
    void aTechniqueStillInEnglishIsMarkedEnglishInAnotherLanguagesHandout(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path media = org.physiokiosk.testing.TestMedia.copyInto(dir);
        Files.delete(media.resolve("techniques/chin-tuck.es.txt"));
        Locale spanish = Locale.forLanguageTag("es");
        HandoutPlan plan = new PlanBuilder(Translations.apply(ContentLoader.load(media), spanish), 6)
                .build(List.of("stiffness"));
        assertThat(plan.techniques()).extracting(Technique::id).contains("chin-tuck");
        byte[] pdf = new HandoutRenderer(PLAIN, PaperSize.A4, spanish, media, new IllustrationLoader(), CLOCK)
                .render(plan);
        assertThat(PdfStandards.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("es");
            List<PDStructureElement> order = new ArrayList<>();
            walk(doc.getDocumentCatalog().getStructureTreeRoot(), order);
            List<String> sectionLanguages = new ArrayList<>();
            for (PDStructureElement e : order) {
                if (e.getStructureType().equals("H3")) {
                    sectionLanguages.add(((PDStructureElement) e.getParent()).getLanguage());
                }
            }
            int chinTuck = plan.techniques().stream().map(Technique::id).toList().indexOf("chin-tuck");
            assertThat(sectionLanguages.get(chinTuck)).isEqualTo("en");
            assertThat(sectionLanguages.stream().filter(l -> l != null).count()).as("only that one").isEqualTo(1);
            List<String> rowHeaderLanguages = order.stream().filter(e -> e.getStructureType().equals("TH")
                    && e.getLanguage() != null).map(PDStructureElement::getLanguage).toList();
            assertThat(rowHeaderLanguages).as("its row in the tracker too").containsExactly("en");
        }
    }

    /**
     * Tagging changes nothing a reader sees: each page of the tagged handout renders pixel for pixel
     * as the plain one ({@code handout.accessible = no}), which has no structure and no MarkInfo.
     */
    @Test
    void taggingChangesNoPixelAndTheSettingOffMakesAPlainPdf() throws Exception {
        Locale locale = Locale.forLanguageTag("de");
        HandoutPlan plan = new PlanBuilder(Translations.apply(ENGLISH, locale), 6).build(PLANS.get(0));
        HandoutRenderer renderer = new HandoutRenderer(WITH_LINK, PaperSize.A4, locale, MEDIA,
                new IllustrationLoader(), CLOCK);
        byte[] tagged = renderer.render(plan);
        byte[] plain = renderer.tagged(false).render(plan);
        try (PDDocument t = Loader.loadPDF(tagged); PDDocument p = Loader.loadPDF(plain)) {
            assertThat(p.getDocumentCatalog().getMarkInfo()).isNull();
            assertThat(p.getDocumentCatalog().getStructureTreeRoot()).isNull();
            assertThat(t.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(t.getNumberOfPages()).isEqualTo(p.getNumberOfPages()).isGreaterThan(1);
            org.apache.pdfbox.rendering.PDFRenderer rt = new org.apache.pdfbox.rendering.PDFRenderer(t);
            org.apache.pdfbox.rendering.PDFRenderer rp = new org.apache.pdfbox.rendering.PDFRenderer(p);
            for (int i = 0; i < t.getNumberOfPages(); i++) {
                java.awt.image.BufferedImage a = rt.renderImageWithDPI(i, 60);
                java.awt.image.BufferedImage b = rp.renderImageWithDPI(i, 60);
                int differing = 0;
                for (int y = 0; y < a.getHeight(); y++) {
                    for (int x = 0; x < a.getWidth(); x++) {
                        if (a.getRGB(x, y) != b.getRGB(x, y)) {
                            differing++;
                        }
                    }
                }
                assertThat(differing).as("pixels that differ on page %d", i + 1).isZero();
            }
        }
    }

    /** The page of a list item's body (the element's /Pg). */
    private static int pageOf(PDDocument doc, PDStructureElement item) {
        PDStructureElement body = (PDStructureElement) item.getKids().stream()
                .filter(k -> k instanceof PDStructureElement e && e.getStructureType().equals("LBody")).findFirst()
                .orElseThrow();
        return doc.getPages().indexOf(body.getPage());
    }

    /** The structure elements in reading order (depth first), the root's kids first. */
    private static void walk(PDStructureNode node, List<PDStructureElement> out) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                out.add(e);
                walk(e, out);
            }
        }
    }
}
