package org.physiokiosk.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.physiokiosk.content.Category;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.content.SlideLibrary;
import org.physiokiosk.content.Symptom;
import org.physiokiosk.content.Technique;
import org.physiokiosk.content.Translations;
import org.physiokiosk.illustration.IllustrationLoader;
import org.physiokiosk.pdf.PdfFonts;
import org.physiokiosk.plan.HandoutPlan;
import org.physiokiosk.plan.PlanBuilder;
import org.physiokiosk.settings.Clinic;
import org.physiokiosk.settings.PaperSize;
import org.physiokiosk.testing.TestMedia;

/** The handout in each language: every character has a glyph, and the text comes out in that language. */
class HandoutLanguagesTest {

    private static final Path MEDIA = TestMedia.MEDIA;
    private static final SlideLibrary ENGLISH = ContentLoader.load(MEDIA);

    @ParameterizedTest
    @ValueSource(strings = {"en", "es", "fr", "de", "uk"})
    void everyCharacterOfTheLanguageHasAGlyphInTheHandoutFont(String lang) throws Exception {
        Locale locale = Locale.forLanguageTag(lang);
        SlideLibrary lib = Translations.apply(ENGLISH, locale);
        List<String> texts = new ArrayList<>();
        for (Technique t : lib.techniques()) {
            texts.add(t.title());
            texts.add(t.summary());
            texts.addAll(t.steps());
            texts.addAll(t.cautions());
            t.dose().lines().forEach(d -> texts.add(d.text()));
        }
        for (Category c : lib.categories()) {
            texts.add(c.title());
            texts.addAll(c.planCautions());
            texts.add(c.optionalNote());
        }
        lib.symptoms().forEach(s -> texts.add(s.label()));
        texts.addAll(lib.general().everyday());
        texts.addAll(lib.general().safety());
        texts.add(lib.general().seekAdvice());
        texts.add(lib.general().disclaimer());
        texts.add(lib.general().redFlagsTitle());
        texts.add(lib.general().emergencyAction());
        texts.addAll(lib.general().redFlagsEmergency());
        texts.add(lib.general().contactAction());
        texts.addAll(lib.general().redFlagsContact());
        ResourceBundle bundle = ResourceBundle.getBundle("org.physiokiosk.handout.handout", locale);
        bundle.keySet().forEach(k -> texts.add(bundle.getString(k)));
        try (PDDocument doc = new PDDocument()) {
            PdfFonts fonts = PdfFonts.load(doc, MEDIA.resolve("fonts"));
            for (String text : texts) {
                String plain = text.replaceAll("\\s", " ");
                assertThat(fonts.clean(plain)).as("glyphs for \"%s\"", text).isEqualTo(plain);
            }
        }
    }

    @org.junit.jupiter.api.Test
    void anEnglishHandoutOnAGermanComputerIsInEnglish() throws Exception {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMAN);
        try {
            HandoutPlan plan = new PlanBuilder(ENGLISH, 6).build(List.of("stress"));
            byte[] pdf = new HandoutRenderer(new Clinic("Clinic", "", "", java.util.Optional.empty(), "112"),
                    PaperSize.A4, Locale.ENGLISH, MEDIA, new IllustrationLoader(),
                    Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC)).render(plan);
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
                assertThat(text).contains("Your home-care plan", "My week").doesNotContain("Ihr Plan", "Meine Woche");
            }
        } finally {
            Locale.setDefault(before);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "fr", "de", "uk"})
    void theHandoutTextExtractsInThatLanguage(String lang) throws Exception {
        Locale locale = Locale.forLanguageTag(lang);
        SlideLibrary lib = Translations.apply(ENGLISH, locale);
        HandoutPlan plan = new PlanBuilder(lib, 6).build(List.of("stress", "recent-strain"));
        byte[] pdf = new HandoutRenderer(new Clinic("Clinic", "", "", java.util.Optional.empty(), "112"), PaperSize.A4,
                locale, MEDIA, new IllustrationLoader(), Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"),
                ZoneOffset.UTC)).render(plan);
        ResourceBundle bundle = ResourceBundle.getBundle("org.physiokiosk.handout.handout", locale);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains(bundle.getString("title").replace("''", "'"));
            for (Technique t : plan.techniques()) {
                assertThat(text).contains(t.title());
            }
            for (Symptom s : plan.picked()) {
                assertThat(text).contains(s.label().replaceAll("\\s+", " "));
            }
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo(lang);
            assertThat(text).doesNotContain(ENGLISH.technique(plan.techniques().get(0).id()).orElseThrow().steps()
                    .get(0));
        }
    }
}
