package org.physiokiosk.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.physiokiosk.content.Category;
import org.physiokiosk.content.Dose;
import org.physiokiosk.content.GeneralText;
import org.physiokiosk.content.Review;
import org.physiokiosk.content.SlideLibrary;
import org.physiokiosk.content.Symptom;
import org.physiokiosk.content.Technique;

/** The plan's rules on a small made-up library, where each rule can be seen on its own. */
class PlanRulesTest {

    private static final Path NOWHERE = Path.of("nowhere");

    private static Technique technique(String id, String category, String... symptoms) {
        return new Technique(id, category, 0, id, id, id + ".svg", Arrays.asList(symptoms), Dose.NONE, List.of("Do it."),
                List.of(), NOWHERE, true);
    }

    private static Category category(String id, String... planCautions) {
        return new Category(id, 0, id, id, List.of(), Arrays.asList(planCautions), NOWHERE);
    }

    private static Category optionalCategory(String id) {
        return new Category(id, 0, id, id, List.of(), List.of(), NOWHERE, true, "Only if you need it.", Review.NONE);
    }

    /** {@code t} with {@code not-with:} and {@code not-for:} rules. */
    private static Technique rules(Technique t, List<String> notWith, List<String> notFor) {
        return t.withRules(notWith, notFor, List.of("a reason"), Review.NONE);
    }

    private static SlideLibrary library(List<Category> categories, Technique... techniques) {
        return library(Map.of(), categories, techniques);
    }

    /** A library whose symptoms a–d have the given first choices. */
    private static SlideLibrary library(Map<String, List<String>> firstChoices, List<Category> categories,
                                        Technique... techniques) {
        List<Symptom> symptoms = List.of("a", "b", "c", "d").stream()
                .map(id -> new Symptom(id, 0, id, id, "", NOWHERE, firstChoices.getOrDefault(id, List.of()),
                        List.of(), Review.NONE)).toList();
        return new SlideLibrary(NOWHERE, GeneralText.FALLBACK, categories, symptoms, Arrays.asList(techniques),
                List.of());
    }

    private static List<String> ids(HandoutPlan plan) {
        return plan.techniques().stream().map(Technique::id).toList();
    }

    @Test
    void aTechniqueServingMorePickedSymptomsComesFirstEvenWhenItComesLaterInTheLoop() {
        SlideLibrary lib = library(List.of(category("x")), technique("one", "x", "c"), technique("two", "x", "a", "b"));
        assertThat(ids(new PlanBuilder(lib, 6).build(List.of("a", "b", "c")))).containsExactly("two", "one");
    }

    @Test
    void theTechniquesAreOrderedByScoreNotByTheOrderTheyWereChosenIn() {
        // "first" serves a and b; "twin" too, but adds nothing new; "third" is chosen second for c,
        // yet serves fewer picked symptoms than "twin", so it is printed after it.
        SlideLibrary lib = library(List.of(category("x")), technique("first", "x", "a", "b"),
                technique("twin", "x", "a", "b"), technique("third", "x", "c"));
        assertThat(ids(new PlanBuilder(lib, 6).build(List.of("a", "b", "c")))).containsExactly("first", "twin", "third");
    }

    @Test
    void everyPickedSymptomGetsATechniqueBeforeTheRoomIsFilledByScore() {
        SlideLibrary lib = library(List.of(category("x")), technique("ab1", "x", "a", "b"),
                technique("ab2", "x", "a", "b"), technique("c", "x", "c"));
        assertThat(ids(new PlanBuilder(lib, 2).build(List.of("a", "b", "c")))).containsExactly("ab1", "c");
    }

    @Test
    void aPlanOfOneTechniqueIsAllowedAndNoneIsNot() {
        SlideLibrary lib = library(List.of(category("x")), technique("t1", "x", "a"), technique("t2", "x", "a"));
        assertThat(ids(new PlanBuilder(lib, 1).build(List.of("a")))).containsExactly("t1");
        assertThatThrownBy(() -> new PlanBuilder(lib, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCautionSharedByTwoCategoriesIsPrintedOnce() {
        SlideLibrary lib = library(List.of(category("x", "Ask a pharmacist.", "Not with ice."),
                category("y", "Ask a pharmacist.", "Only once a day.")),
                technique("t1", "x", "a"), technique("t2", "y", "b"));
        HandoutPlan plan = new PlanBuilder(lib, 6).build(List.of("a", "b"));
        assertThat(plan.planCautions()).containsExactly("Ask a pharmacist.", "Not with ice.", "Only once a day.");
        assertThat(plan.groups()).extracting(g -> g.category().id()).containsExactly("x", "y");
    }

    @Test
    void aPlanForPickedSymptomsIsNotTheGeneralPlan() {
        SlideLibrary lib = library(List.of(category("x")), technique("t1", "x", "a"));
        assertThat(new PlanBuilder(lib, 6).build(List.of("a")).isGeneral()).isFalse();
        assertThat(new PlanBuilder(lib, 6).build(List.of()).isGeneral()).isTrue();
    }

    // ---- the rules written in the content ----

    @Test
    void notForKeepsATechniqueOutEvenWhenAnotherPickedSymptomBringsItIn() {
        SlideLibrary lib = library(List.of(category("x")), rules(technique("heat", "x", "a"), List.of(), List.of("b")),
                technique("cold", "x", "b"));
        assertThat(ids(new PlanBuilder(lib, 6).build(List.of("a")))).containsExactly("heat");
        assertThat(ids(new PlanBuilder(lib, 6).build(List.of("a", "b")))).containsExactly("cold");
    }

    @Test
    void ofTwoTechniquesThatClashThePlanKeepsTheOneServingMorePickedSymptoms() {
        SlideLibrary lib = library(List.of(category("x")), rules(technique("one", "x", "a"), List.of("two"), List.of()),
                technique("two", "x", "a", "b"), technique("other", "x", "a"));
        assertThat(ids(new PlanBuilder(lib, 6).build(List.of("a", "b")))).containsExactly("two", "other");
        assertThat(ids(new PlanBuilder(lib, 6).build(List.of("a")))).as("a tie: the earlier in the loop")
                .containsExactly("one", "other");
    }

    @Test
    void aRuleWrittenOnOneSideHoldsBothWays() {
        SlideLibrary lib = library(List.of(category("x")), technique("one", "x", "a", "b"),
                rules(technique("two", "x", "a"), List.of("one"), List.of()));
        assertThat(ids(new PlanBuilder(lib, 6).build(List.of("a", "b")))).containsExactly("one");
        assertThat(PlanBuilder.clash(lib.technique("one").orElseThrow(), lib.technique("two").orElseThrow())).isTrue();
        assertThat(PlanBuilder.clash(lib.technique("two").orElseThrow(), lib.technique("one").orElseThrow())).isTrue();
    }

    @Test
    void onATieTheClashIsWonByThePickedSymptomsFirstChoice() {
        SlideLibrary lib = library(Map.of("a", List.of("two")), List.of(category("x")),
                rules(technique("one", "x", "a"), List.of("two"), List.of()), technique("two", "x", "a"));
        assertThat(ids(new PlanBuilder(lib, 6).build(List.of("a")))).containsExactly("two");
    }

    @Test
    void everyPickedSymptomIsServedByItsFirstChoiceBeforeTheRoomGoesToTheBroadestTechniques() {
        // "broad" serves a, b and c; d's first choice serves only d, and so does "late", which the loop lists first.
        SlideLibrary lib = library(Map.of("d", List.of("calm")), List.of(category("x")),
                technique("broad", "x", "a", "b", "c", "d"), technique("also-broad", "x", "a", "b", "c"),
                technique("late", "x", "d"), technique("calm", "x", "d"));
        HandoutPlan plan = new PlanBuilder(lib, 2).build(List.of("a", "b", "c", "d"));
        assertThat(ids(plan)).containsExactly("broad", "calm");
    }

    @Test
    void aFirstChoiceThatIsNotForAnotherPickedSymptomIsPassedOverForTheNextOne() {
        SlideLibrary lib = library(Map.of("a", List.of("first", "second")), List.of(category("x")),
                rules(technique("first", "x", "a"), List.of(), List.of("b")), technique("second", "x", "a"),
                technique("b-one", "x", "b"));
        assertThat(ids(new PlanBuilder(lib, 2).build(List.of("a", "b")))).containsExactly("second", "b-one");
    }

    @Test
    void optionalTechniquesComeAfterEverySelfCareTechniqueAndAreNotTrackerRows() {
        // The medicine serves two picked symptoms, the self-care techniques one each: it still comes last.
        SlideLibrary lib = library(List.of(optionalCategory("pills"), category("x")),
                technique("pill", "pills", "a", "b"), technique("stretch", "x", "a"), technique("walk", "x", "b"));
        HandoutPlan plan = new PlanBuilder(lib, 6).build(List.of("a", "b"));
        assertThat(ids(plan)).containsExactly("stretch", "walk", "pill");
        assertThat(plan.groups()).extracting(g -> g.category().id()).containsExactly("x", "pills");
        assertThat(plan.everydayTechniques()).extracting(Technique::id).containsExactly("stretch", "walk");
    }

    @Test
    void spareRoomGoesToSelfCareBeforeOptions() {
        SlideLibrary lib = library(List.of(optionalCategory("pills"), category("x")),
                technique("pill", "pills", "a"), technique("stretch", "x", "a"), technique("walk", "x", "a"));
        assertThat(ids(new PlanBuilder(lib, 2).build(List.of("a")))).containsExactly("stretch", "walk");
        assertThat(ids(new PlanBuilder(lib, 3).build(List.of("a")))).containsExactly("stretch", "walk", "pill");
    }

    @Test
    void theGeneralPlanKeepsItsOrderButNeverPutsAnOptionFirstOrTwoClashingTechniquesTogether() {
        GeneralText general = GeneralText.FALLBACK.withGeneralPlan(List.of("pill", "heat", "cream", "stretch"));
        List<Technique> techniques = List.of(technique("pill", "pills", "a"),
                rules(technique("heat", "x", "a"), List.of("cream"), List.of()), technique("cream", "pills", "a"),
                technique("stretch", "x", "a"));
        SlideLibrary lib = new SlideLibrary(NOWHERE, general, List.of(optionalCategory("pills"), category("x")),
                List.of(new Symptom("a", 0, "a", "a", "", NOWHERE)), techniques, List.of());
        assertThat(ids(new PlanBuilder(lib, 6).build(List.of()))).containsExactly("heat", "stretch", "pill");
    }

    @Test
    void theHandoutNamesTheNewestReviewOfWhatItPrints() {
        Technique reviewed = technique("old", "x", "a").withRules(List.of(), List.of(), List.of(),
                Review.of("A. Physio", java.time.LocalDate.of(2026, 3, 1)));
        Technique newer = technique("new", "x", "b").withRules(List.of(), List.of(), List.of(),
                Review.of("A. Physio", java.time.LocalDate.of(2026, 9, 1)));
        SlideLibrary lib = library(List.of(category("x")), reviewed, newer);
        assertThat(new PlanBuilder(lib, 6).build(List.of("a")).lastReviewed())
                .contains(java.time.LocalDate.of(2026, 3, 1));
        assertThat(new PlanBuilder(lib, 6).build(List.of("a", "b")).lastReviewed())
                .contains(java.time.LocalDate.of(2026, 9, 1));
        SlideLibrary none = library(List.of(category("x")), technique("t", "x", "a"));
        assertThat(new PlanBuilder(none, 6).build(List.of("a")).lastReviewed()).isEmpty();
    }

    @Test
    void eachStepServesTheMostSymptomsStillUnservedNotTheMostSymptomsOverall() {
        // After "abc", "de" serves two symptoms still unserved; "abd" serves three overall but only one new.
        List<Symptom> five = List.of("a", "b", "c", "d", "e").stream()
                .map(id -> new Symptom(id, 0, id, id, "", NOWHERE)).toList();
        SlideLibrary lib = new SlideLibrary(NOWHERE, GeneralText.FALLBACK, List.of(category("x")), five,
                List.of(technique("abc", "x", "a", "b", "c"), technique("abd", "x", "a", "b", "d"),
                        technique("de", "x", "d", "e")), List.of());
        assertThat(ids(new PlanBuilder(lib, 2).build(List.of("a", "b", "c", "d", "e")))).containsExactly("abc", "de");
    }

    @Test
    void aFirstChoiceThatDoesNotServeItsSymptomIsPassedOver() {
        SlideLibrary lib = library(Map.of("a", List.of("bee")), List.of(category("x")),
                technique("bee", "x", "b"), technique("ab", "x", "a", "b"));
        assertThat(ids(new PlanBuilder(lib, 1).build(List.of("a", "b")))).containsExactly("ab");
    }

    @Test
    void aPickedSymptomsReviewCountsForTheHandoutsDate() {
        List<Symptom> symptoms = List.of(new Symptom("a", 0, "a", "a", "", NOWHERE, List.of(), List.of(),
                Review.of("A. Physio", java.time.LocalDate.of(2026, 10, 1))));
        SlideLibrary lib = new SlideLibrary(NOWHERE, GeneralText.FALLBACK, List.of(category("x")), symptoms,
                List.of(technique("t", "x", "a")), List.of());
        assertThat(new PlanBuilder(lib, 6).build(List.of("a")).lastReviewed())
                .contains(java.time.LocalDate.of(2026, 10, 1));
    }
}
