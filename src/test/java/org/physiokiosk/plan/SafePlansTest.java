package org.physiokiosk.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.content.SlideLibrary;
import org.physiokiosk.content.Symptom;
import org.physiokiosk.content.Technique;
import org.physiokiosk.testing.TestMedia;

/**
 * The plan rules as shipped (the fixtures carry the same rule lines as {@code media/}): every
 * combination of the eight symptoms, and each case a clinical review found, by name.
 */
class SafePlansTest {

    private static final SlideLibrary LIBRARY = ContentLoader.load(TestMedia.MEDIA);
    /** The shipped {@code handout.max.techniques}. */
    private static final int CAP = 6;
    private static final PlanBuilder BUILDER = new PlanBuilder(LIBRARY, CAP);
    private static final Set<String> MEDICINES = Set.of("acetaminophen", "nsaids", "topical-pain-relievers");
    private static final Set<String> RELAXATION = Set.of("breathing-meditation", "deep-breathing", "visualization");

    private static List<String> ids(HandoutPlan plan) {
        return plan.techniques().stream().map(Technique::id).toList();
    }

    private static List<String> plan(String... symptoms) {
        return ids(BUILDER.build(List.of(symptoms)));
    }

    /** All 255 non-empty sets of the eight symptoms. */
    static Stream<List<String>> everyCombination() {
        List<String> all = LIBRARY.symptoms().stream().map(Symptom::id).toList();
        assertThat(all).hasSize(8);
        return IntStream.range(1, 1 << all.size()).mapToObj(mask -> {
            List<String> picked = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                if ((mask & (1 << i)) != 0) {
                    picked.add(all.get(i));
                }
            }
            return picked;
        });
    }

    @Test
    void thereAre255CombinationsAndTheShippedRulesAreLoadedWithoutProblems() {
        assertThat(everyCombination()).hasSize(255).doesNotHaveDuplicates();
        assertThat(LIBRARY.problems()).isEmpty();
        assertThat(LIBRARY.technique("heat-therapy").orElseThrow().notWith())
                .containsExactly("cold-therapy", "topical-pain-relievers");
        assertThat(LIBRARY.category("medication").orElseThrow().optional()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyCombination")
    void everyCombinationKeepsEveryRule(List<String> picked) {
        HandoutPlan plan = BUILDER.build(picked);
        List<Technique> techniques = plan.techniques();
        List<String> ids = ids(plan);

        assertThat(ids).doesNotHaveDuplicates().hasSizeLessThanOrEqualTo(CAP).isNotEmpty();
        for (Technique t : techniques) {
            assertThat(t.notFor()).as("%s is not for any of %s", t.id(), picked).doesNotContainAnyElementsOf(picked);
            assertThat(t.symptoms()).as("%s serves one of %s", t.id(), picked).containsAnyElementsOf(picked);
            for (Technique other : techniques) {
                assertThat(PlanBuilder.clash(t, other)).as("%s with %s", t.id(), other.id()).isFalse();
            }
        }
        // Medicines are options: after every self-care technique, never tracker rows.
        int firstOption = ids.stream().filter(MEDICINES::contains).findFirst().map(ids::indexOf).orElse(ids.size());
        assertThat(ids.subList(firstOption, ids.size())).as("nothing but options after the first option")
                .allMatch(MEDICINES::contains);
        assertThat(plan.everydayTechniques()).extracting(Technique::id).doesNotContainAnyElementsOf(MEDICINES)
                .containsExactlyElementsOf(ids.subList(0, firstOption));
        // Every picked symptom is served, by its first choice where that is allowed in this plan.
        if (picked.size() <= CAP) {
            for (String id : picked) {
                assertThat(techniques).as("%s is served", id).anyMatch(t -> t.symptoms().contains(id));
                Symptom s = LIBRARY.symptom(id).orElseThrow();
                for (String choice : s.firstChoice()) {
                    Technique first = LIBRARY.technique(choice).orElseThrow();
                    boolean allowed = first.notFor().stream().noneMatch(picked::contains)
                            && techniques.stream().noneMatch(t -> PlanBuilder.clash(first, t));
                    if (allowed) {
                        assertThat(ids).as("%s's first choice", id).contains(choice);
                        break;
                    }
                }
            }
        }
        // The shipped rules, by name.
        assertThat(ids).as("one pack at a time").doesNotContain(ids.contains("heat-therapy") ? "cold-therapy" : "-");
        if (picked.contains("recent-strain")) {
            assertThat(ids).as("no heat for a fresh strain").doesNotContain("heat-therapy");
        }
        if (ids.contains("heat-therapy")) {
            assertThat(ids).as("no heat over a cream").doesNotContain("topical-pain-relievers");
        }
        if (picked.contains("keeps-coming-back")) {
            assertThat(ids).as("an ache that keeps coming back: see a clinician, no pain reliever first")
                    .doesNotContainAnyElementsOf(MEDICINES);
        }
        if (picked.contains("stress") && picked.size() <= CAP) {
            assertThat(ids).as("stress gets a relaxation technique").containsAnyElementsOf(RELAXATION);
        }
        if (!ids.isEmpty() && !ids.stream().allMatch(MEDICINES::contains)) {
            assertThat(MEDICINES).as("a medicine never opens a plan that has self-care").doesNotContain(ids.get(0));
        }
    }

    // ---- the cases the clinical review found ----

    @Test
    void recentStrainAndStiffnessGetColdNotHeatAndNeverBothPacks() {
        assertThat(plan("recent-strain", "stiffness")).startsWith("cold-therapy").doesNotContain("heat-therapy")
                .containsExactly("cold-therapy", "shoulder-blade-squeeze", "chin-tuck", "seated-spinal-twist",
                        "acetaminophen", "nsaids");
    }

    @Test
    void recentStrainAndAfterSleepingNeverPutHeatWithACream() {
        assertThat(plan("recent-strain", "after-sleeping")).doesNotContain("heat-therapy")
                .containsExactly("cold-therapy", "posture-sleeping", "acetaminophen", "nsaids",
                        "topical-pain-relievers");
        assertThat(plan("after-sleeping", "stiffness")).contains("heat-therapy").doesNotContain("topical-pain-relievers");
    }

    @Test
    void recentStrainAloneOpensWithSelfCareAndTheMedicinesAreOptionsOutsideTheTracker() {
        HandoutPlan plan = BUILDER.build(List.of("recent-strain"));
        assertThat(ids(plan)).containsExactly("cold-therapy", "acetaminophen", "nsaids", "topical-pain-relievers");
        assertThat(plan.everydayTechniques()).extracting(Technique::id).containsExactly("cold-therapy");
        assertThat(plan.groups()).last().satisfies(g -> {
            assertThat(g.category().optional()).isTrue();
            assertThat(g.category().optionalNote()).isEqualTo("Only if you need it, as the label says.");
        });
    }

    @Test
    void keepsComingBackAndRecentStrainOffersNoPainRelieverFirstOrAtAll() {
        assertThat(plan("keeps-coming-back", "recent-strain")).doesNotContainAnyElementsOf(MEDICINES)
                .containsExactly("cold-therapy", "shoulder-blade-squeeze", "chin-tuck", "seated-spinal-twist",
                        "posture-sitting", "posture-standing");
        assertThat(plan("keeps-coming-back")).doesNotContain("acetaminophen");
    }

    @Test
    void stressAndStiffnessOpenWithARelaxationTechnique() {
        assertThat(plan("stress", "stiffness")).startsWith("deep-breathing")
                .containsExactly("deep-breathing", "shoulder-blade-squeeze", "chin-tuck", "seated-spinal-twist",
                        "self-massage", "foam-rolling");
    }

    @Test
    void noSymptomGivesTheGeneralPlanAsWritten() {
        HandoutPlan plan = BUILDER.build(List.of());
        assertThat(plan.isGeneral()).isTrue();
        assertThat(ids(plan)).containsExactly("shoulder-blade-squeeze", "chin-tuck", "heat-therapy", "deep-breathing",
                "posture-sitting");
    }
}
