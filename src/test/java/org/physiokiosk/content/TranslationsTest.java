package org.physiokiosk.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.physiokiosk.testing.TestMedia;

/** Every shipped language: complete, readable, and with the same doses as English. */
class TranslationsTest {

    private static final SlideLibrary ENGLISH = ContentLoader.load(TestMedia.MEDIA);
    private static final Pattern NUMBERS = Pattern.compile("\\d+(–\\d+)?");

    @ParameterizedTest
    @ValueSource(strings = {"es", "fr", "de", "uk"})
    void everyTextIsTranslatedAndEveryFileReads(String lang) {
        Locale locale = Locale.forLanguageTag(lang);
        assertThat(Translations.missing(ENGLISH, locale)).isEmpty();
        SlideLibrary translated = Translations.apply(ENGLISH, locale);
        assertThat(translated.problems()).isEmpty();
        assertThat(translated.techniques()).hasSameSizeAs(ENGLISH.techniques());
        for (int i = 0; i < ENGLISH.techniques().size(); i++) {
            Technique en = ENGLISH.techniques().get(i);
            Technique t = translated.techniques().get(i);
            assertThat(t.id()).isEqualTo(en.id());
            assertThat(t.title()).as(en.id()).isNotEqualTo(en.title().equals("Visualization") ? "" : en.title());
            assertThat(t.steps()).as(en.id()).hasSameSizeAs(en.steps());
            assertThat(t.cautions()).as(en.id()).hasSameSizeAs(en.cautions());
            // Doses and numbers stay exactly as in English.
            assertThat(numbers(t.dose().lines().toString())).as(en.id() + " dose")
                    .isEqualTo(numbers(en.dose().lines().toString()));
            assertThat(t.illustration()).isEqualTo(en.illustration());
            assertThat(t.symptoms()).isEqualTo(en.symptoms());
        }
        assertThat(translated.general().seekAdvice()).isNotEqualTo(ENGLISH.general().seekAdvice());
        assertThat(translated.symptoms()).allSatisfy(s -> assertThat(s.label().length()).as(s.id()).isLessThan(44));
    }

    @org.junit.jupiter.api.Test
    void aLanguageWithoutTranslationsFallsBackToEnglishAndSaysSo() {
        SlideLibrary none = Translations.apply(ENGLISH, Locale.forLanguageTag("it"));
        assertThat(none.techniques().get(0).title()).isEqualTo(ENGLISH.techniques().get(0).title());
        assertThat(Translations.missing(ENGLISH, Locale.forLanguageTag("it"))).isNotEmpty()
                .allSatisfy(m -> assertThat(m).contains("English"));
    }

    @org.junit.jupiter.api.Test
    void aTechniqueEditedInEnglishTakesItsTranslationsWordsAndEnglishWhereTheyLack() {
        Translation es = Translations.read(ENGLISH, Locale.forLanguageTag("es"));
        Technique chinTuck = ENGLISH.technique("chin-tuck").orElseThrow();
        // As staff edit it: a new title and picture, and a dose part the translation has no words for.
        Technique edited = chinTuck.with(chinTuck.categoryId(), "Chin tuck (edited)", chinTuck.summary(), "other.svg",
                chinTuck.symptoms(), new Dose("5 seconds", "10–15 times", "3–5 times a day", "for 2 weeks"),
                chinTuck.steps(), chinTuck.cautions(), true);

        Technique shown = es.technique(edited);

        assertThat(shown.title()).isEqualTo("Retracción de barbilla");
        assertThat(shown.dose().hold()).isEqualTo("5 segundos");
        assertThat(shown.dose().howLong()).isEqualTo("for 2 weeks");
        assertThat(shown.illustration()).isEqualTo("other.svg");
        assertThat(shown.steps().get(0)).startsWith("Siéntate");
        assertThat(es.category(ENGLISH.category(chinTuck.categoryId()).orElseThrow()).title())
                .isNotEqualTo(ENGLISH.category(chinTuck.categoryId()).orElseThrow().title());
        // A technique no translation knows (just added) stays English.
        Technique fresh = new Technique("new-technique", chinTuck.categoryId(), 99, "New technique", "Summary", "",
                java.util.List.of(), chinTuck.dose(), java.util.List.of("Step"), java.util.List.of(),
                chinTuck.source().resolveSibling("new-technique.txt"), true);
        assertThat(es.technique(fresh)).isEqualTo(fresh);
        // English reads nothing and changes nothing.
        assertThat(Translations.read(ENGLISH, Locale.ENGLISH).technique(edited)).isEqualTo(edited);
    }

    private static java.util.List<String> numbers(String s) {
        return NUMBERS.matcher(s).results().map(java.util.regex.MatchResult::group).sorted().toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "fr", "de", "uk"})
    void aTranslationChangesOnlyTheWordsNeverThePlanRulesOrTheReviewRecord(String lang) {
        SlideLibrary translated = Translations.apply(ENGLISH, Locale.forLanguageTag(lang));
        for (Technique t : ENGLISH.techniques()) {
            Technique x = translated.technique(t.id()).orElseThrow();
            assertThat(x.notWith()).as(t.id()).isEqualTo(t.notWith());
            assertThat(x.notFor()).as(t.id()).isEqualTo(t.notFor());
            assertThat(x.ruleReasons()).as(t.id()).isEqualTo(t.ruleReasons());
            assertThat(x.review()).as(t.id()).isEqualTo(t.review());
            assertThat(x.symptoms()).as(t.id()).isEqualTo(t.symptoms());
        }
        for (Symptom s : ENGLISH.symptoms()) {
            assertThat(translated.symptom(s.id()).orElseThrow().firstChoice()).as(s.id()).isEqualTo(s.firstChoice());
        }
        Category medication = translated.category("medication").orElseThrow();
        assertThat(medication.optional()).isTrue();
        assertThat(medication.optionalNote()).isNotBlank()
                .isNotEqualTo(ENGLISH.category("medication").orElseThrow().optionalNote());
        assertThat(translated.general().redFlagsEmergency()).hasSize(3)
                .doesNotContainAnyElementsOf(ENGLISH.general().redFlagsEmergency());
        assertThat(translated.general().emergencyAction()).contains("{number}");
    }
}
