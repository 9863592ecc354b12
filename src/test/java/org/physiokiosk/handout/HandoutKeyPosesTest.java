package org.physiokiosk.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.content.SlideLibrary;
import org.physiokiosk.content.Technique;
import org.physiokiosk.content.Translations;
import org.physiokiosk.illustration.IllustrationLoader;
import org.physiokiosk.pdf.PdfIllustrations;
import org.physiokiosk.plan.HandoutPlan;
import org.physiokiosk.plan.PlanBuilder;
import org.physiokiosk.settings.Clinic;
import org.physiokiosk.settings.PaperSize;
import org.physiokiosk.testing.TestMedia;

/**
 * A moving drawing on paper (issue 16): the handout shows its start and end positions side by
 * side, labelled "1 Start" and "2 End", as two vector drawings that differ; a still drawing keeps
 * one; and a six-technique plan still fits four pages in every language.
 */
class HandoutKeyPosesTest {

    private static final SlideLibrary ENGLISH = ContentLoader.load(TestMedia.MEDIA);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC);

    private static byte[] handout(SlideLibrary lib, Locale locale, List<String> symptoms) throws Exception {
        return new HandoutRenderer(new Clinic("Clinic", "", "", Optional.empty(), "112"), PaperSize.A4, locale,
                TestMedia.MEDIA, new IllustrationLoader(), CLOCK).render(new PlanBuilder(lib, 6).build(symptoms));
    }

    /** A form drawn on a page, with the size it is drawn at (points). */
    record Placed(int page, PDFormXObject form, float width) {
    }

    /** Every form drawn on the pages, in drawing order, with the width it is drawn at. */
    static List<Placed> formsDrawn(PDDocument doc) throws IOException {
        List<Placed> placed = new ArrayList<>();
        for (int p = 0; p < doc.getNumberOfPages(); p++) {
            int page = p;
            PDFStreamEngine engine = new PDFStreamEngine() {
                {
                    addOperator(new Save(this));
                    addOperator(new Restore(this));
                    addOperator(new Concatenate(this));
                }

                @Override
                protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
                    if (operator.getName().equals("Do") && getResources() != null) {
                        PDXObject x = getResources().getXObject((COSName) operands.get(0));
                        if (x instanceof PDFormXObject form) {
                            float scale = getGraphicsState().getCurrentTransformationMatrix().getScalingFactorX();
                            placed.add(new Placed(page, form, form.getBBox().getWidth() * scale));
                        }
                    }
                    super.processOperator(operator, operands);
                }
            };
            engine.processPage(doc.getPage(p));
        }
        return placed;
    }

    @Test
    void stiffnessAndStressShowTheStartAndEndPositionsOfEachMovingTechnique() throws Exception {
        HandoutPlan plan = new PlanBuilder(ENGLISH, 6).build(List.of("stiffness", "stress"));
        IllustrationLoader loader = new IllustrationLoader();
        List<Technique> moving = plan.techniques().stream()
                .filter(t -> t.illustrationFile().map(f -> loader.load(TestMedia.MEDIA.resolve("illustrations")
                        .resolve(f)).moves()).orElse(false)).toList();
        assertThat(moving).as("moving techniques in the stiffness + stress plan").hasSizeGreaterThanOrEqualTo(4);

        try (PDDocument doc = Loader.loadPDF(handout(ENGLISH, Locale.ENGLISH, List.of("stiffness", "stress")))) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(count(text, "1 Start")).as("\"1 Start\" labels").isEqualTo(moving.size());
            assertThat(count(text, "2 End")).as("\"2 End\" labels").isEqualTo(moving.size());

            // The positions are the drawings placed at pose size (the logo is smaller, a still drawing larger).
            float poseWidth = fitted(HandoutLayout.TechniqueBlock.POSE_W - 6, HandoutLayout.TechniqueBlock.POSE_H - 6);
            List<Placed> poses = formsDrawn(doc).stream().filter(f -> Math.abs(f.width() - poseWidth) < 1).toList();
            assertThat(poses).as("drawings at pose size").hasSize(2 * moving.size());
            for (int i = 0; i < poses.size(); i += 2) {
                Placed start = poses.get(i);
                Placed end = poses.get(i + 1);
                assertThat(end.page()).isEqualTo(start.page());
                assertThat(end.form().getCOSObject()).as("the end position is a drawing of its own")
                        .isNotSameAs(start.form().getCOSObject());
                assertThat(differingPixels(render(start.form()), render(end.form())))
                        .as("pixels that differ between positions %d and %d", i + 1, i + 2).isGreaterThan(150);
            }
        }
    }

    @Test
    void aStillTechniqueKeepsOneDrawingAndNoPositionLabels() throws Exception {
        // Recent strain: cold and heat packs, still drawings.
        HandoutPlan plan = new PlanBuilder(ENGLISH, 6).build(List.of("recent-strain"));
        IllustrationLoader loader = new IllustrationLoader();
        long still = plan.techniques().stream().filter(t -> t.illustrationFile().map(f -> !loader.load(
                TestMedia.MEDIA.resolve("illustrations").resolve(f)).moves()).orElse(false)).count();
        long moving = plan.techniques().size() - still;
        assertThat(still).isPositive();
        try (PDDocument doc = Loader.loadPDF(handout(ENGLISH, Locale.ENGLISH, List.of("recent-strain")))) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(count(text, "1 Start")).isEqualTo(moving);
            float oneDrawing = fitted(HandoutLayout.TechniqueBlock.ILLUSTRATION_W - 12,
                    HandoutLayout.TechniqueBlock.ILLUSTRATION_H - 12);
            assertThat(formsDrawn(doc).stream().filter(f -> Math.abs(f.width() - oneDrawing) < 1).count())
                    .as("still techniques drawn once at full size").isEqualTo(still);
        }
    }

    @Test
    void aMovingTechniqueLongerThanAPageKeepsOneDrawingSoItsTextIsNotMadeLonger() throws Exception {
        HandoutRenderer renderer = new HandoutRenderer(new Clinic("Clinic", "", "", Optional.empty(), "112"),
                PaperSize.A4, Locale.ENGLISH, TestMedia.MEDIA, new IllustrationLoader(), CLOCK);
        List<String> cautions = List.of(HandoutOverflowTest.SEEK);
        Technique shortOne = HandoutOverflowTest.technique("short", HandoutOverflowTest.steps(4), cautions);
        Technique longOne = HandoutOverflowTest.technique("long", HandoutOverflowTest.steps(60), cautions);
        float oneDrawing = fitted(HandoutLayout.TechniqueBlock.ILLUSTRATION_W - 12,
                HandoutLayout.TechniqueBlock.ILLUSTRATION_H - 12);
        try (PDDocument doc = Loader.loadPDF(renderer.render(HandoutOverflowTest.plan(shortOne)))) {
            assertThat(new PDFTextStripper().getText(doc)).contains("1 Start", "2 End");
        }
        try (PDDocument doc = Loader.loadPDF(renderer.render(HandoutOverflowTest.plan(longOne)))) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(2);
            assertThat(new PDFTextStripper().getText(doc)).doesNotContain("1 Start");
            assertThat(formsDrawn(doc)).singleElement()
                    .satisfies(f -> assertThat(f.width()).isCloseTo(oneDrawing, org.assertj.core.data.Offset.offset(1f)));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "es", "fr", "de", "uk"})
    void aSixTechniquePlanWithItsPositionsStaysWithinFourPages(String lang) throws Exception {
        Locale locale = Locale.forLanguageTag(lang);
        SlideLibrary lib = Translations.apply(ENGLISH, locale);
        ResourceBundle bundle = ResourceBundle.getBundle("org.physiokiosk.handout.handout", locale);
        for (List<String> symptoms : List.of(List.of("stiffness", "stress"), List.of("after-sitting", "muscle-knots"),
                List.of("after-sleeping", "keeps-coming-back"))) {
            HandoutPlan plan = new PlanBuilder(lib, 6).build(symptoms);
            try (PDDocument doc = Loader.loadPDF(handout(lib, locale, symptoms))) {
                assertThat(plan.techniques()).as("%s %s", lang, symptoms).hasSizeGreaterThanOrEqualTo(5);
                assertThat(doc.getNumberOfPages()).as("pages of the %s handout for %s", lang, symptoms)
                        .isLessThanOrEqualTo(4);
                String text = new PDFTextStripper().getText(doc);
                assertThat(text).contains("1 " + bundle.getString("pose.start"), "2 " + bundle.getString("pose.end"));
            }
        }
    }

    /** The width a 480 x 360 drawing is drawn at in a w x h box. */
    private static float fitted(float w, float h) {
        return Math.min(w, h * PdfIllustrations.FORM_W / PdfIllustrations.FORM_H);
    }

    private static int count(String text, String label) {
        int n = 0;
        for (int i = text.indexOf(label); i >= 0; i = text.indexOf(label, i + 1)) {
            n++;
        }
        return n;
    }

    /** One drawing from the handout on a page of its own, rendered at 50 dpi. */
    private static BufferedImage render(PDFormXObject form) throws IOException {
        try (PDDocument one = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(PdfIllustrations.FORM_W, PdfIllustrations.FORM_H));
            one.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(one, page)) {
                cs.drawForm(form);
            }
            return new PDFRenderer(one).renderImageWithDPI(0, 50);
        }
    }

    private static int differingPixels(BufferedImage a, BufferedImage b) {
        int n = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                int d = Math.abs((p >> 16 & 0xFF) - (q >> 16 & 0xFF)) + Math.abs((p >> 8 & 0xFF) - (q >> 8 & 0xFF))
                        + Math.abs((p & 0xFF) - (q & 0xFF));
                if (d > 24) {
                    n++;
                }
            }
        }
        return n;
    }
}
