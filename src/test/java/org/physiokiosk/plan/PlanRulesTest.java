package org.physiokiosk.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.physiokiosk.content.Category;
import org.physiokiosk.content.Dose;
import org.physiokiosk.content.GeneralText;
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

    private static SlideLibrary library(List<Category> categories, Technique... techniques) {
        List<Symptom> symptoms = List.of("a", "b", "c", "d").stream()
                .map(id -> new Symptom(id, 0, id, id, "", NOWHERE)).toList();
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
}
