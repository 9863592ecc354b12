package org.physiokiosk.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.content.SlideLibrary;
import org.physiokiosk.content.Symptom;
import org.physiokiosk.content.Technique;
import org.physiokiosk.testing.TestMedia;

class PlanBuilderTest {

    private static final SlideLibrary LIBRARY = ContentLoader.load(TestMedia.MEDIA);
    private final PlanBuilder builder = new PlanBuilder(LIBRARY, 6);

    private static List<String> ids(HandoutPlan plan) {
        return plan.techniques().stream().map(Technique::id).toList();
    }

    @Test
    void theEightSymptomsAreContentInAPatientsWords() {
        assertThat(LIBRARY.symptoms()).extracting(Symptom::id).containsExactly("stiffness", "muscle-knots",
                "after-sitting", "after-standing", "after-sleeping", "stress", "recent-strain", "keeps-coming-back");
        assertThat(LIBRARY.symptoms()).allSatisfy(s -> assertThat(LIBRARY.techniquesFor(s.id())).isNotEmpty());
    }

    @Test
    void stressBringsTheRelaxationTechniquesAndMassage() {
        HandoutPlan plan = builder.build(List.of("stress"));
        assertThat(plan.picked()).extracting(Symptom::id).containsExactly("stress");
        assertThat(ids(plan)).containsExactlyInAnyOrder("self-massage", "foam-rolling", "breathing-meditation",
                "deep-breathing", "visualization");
        assertThat(plan.groups()).extracting(g -> g.category().id()).containsExactly("relaxation", "massage"); // stress's first choice, deep breathing, opens it
    }

    @Test
    void techniquesServingMoreSymptomsComeFirstAndAppearOnce() {
        HandoutPlan plan = builder.build(List.of("stiffness", "after-sitting", "after-sitting", "muscle-knots"));
        // The three stretches serve all three picked symptoms; nothing else does.
        assertThat(ids(plan).subList(0, 3)).containsExactly("shoulder-blade-squeeze", "chin-tuck",
                "seated-spinal-twist");
        assertThat(ids(plan)).doesNotHaveDuplicates().hasSize(6);
        assertThat(plan.groups().get(0).category().id()).isEqualTo("stretching");
        // Served by the stretches already, the other slots go to the next best matches.
        assertThat(ids(plan).subList(3, 6)).allSatisfy(id -> assertThat(LIBRARY.technique(id).orElseThrow()
                .symptoms()).containsAnyOf("stiffness", "after-sitting", "muscle-knots"));
        // Each category appears once, however its techniques ranked.
        assertThat(plan.groups()).extracting(g -> g.category().id()).doesNotHaveDuplicates();
    }

    @Test
    void everyPickedSymptomIsServedWhenThereIsRoom() {
        List<String> all = LIBRARY.symptoms().stream().map(Symptom::id).toList();
        HandoutPlan plan = builder.build(all);
        for (String symptom : all) {
            assertThat(plan.techniques()).as(symptom).anySatisfy(t -> assertThat(t.symptoms()).contains(symptom));
        }
        // Still ordered by how many picked symptoms each serves.
        assertThat(plan.techniques().get(0).symptoms()).hasSize(4);
    }

    @Test
    void thePlanIsCappedAtTheSetting() {
        List<String> all = LIBRARY.symptoms().stream().map(Symptom::id).toList();
        assertThat(new PlanBuilder(LIBRARY, 6).build(all).techniques()).hasSize(6);
        assertThat(new PlanBuilder(LIBRARY, 3).build(all).techniques()).hasSize(3);
        assertThat(new PlanBuilder(LIBRARY, 12).build(all).techniques()).hasSize(12);
    }

    @Test
    void noSymptomsGivesTheGeneralPlanFromTheContent() {
        HandoutPlan plan = builder.build(List.of());
        assertThat(plan.isGeneral()).isTrue();
        assertThat(ids(plan)).containsExactly("shoulder-blade-squeeze", "chin-tuck", "heat-therapy", "deep-breathing",
                "posture-sitting");
    }

    @Test
    void everyPlanCarriesTheGeneralAdviceOneSeekAdviceLineAndTheRedFlags() {
        for (List<String> picked : List.of(List.<String>of(), List.of("stress"), List.of("recent-strain"))) {
            HandoutPlan plan = builder.build(picked);
            assertThat(plan.seekAdvice()).isEqualTo("If your symptoms persist or worsen, stop and seek medical advice.");
            assertThat(plan.everyday()).contains("Sit with your back straight and your shoulders relaxed.",
                    "Take a break every 30 minutes to stand up and stretch.");
            assertThat(plan.safety()).as("the seek-advice line says when to stop; no second line says it again")
                    .isEmpty();
            assertThat(plan.redFlags().emergency()).containsExactly("Severe pain after a fall or accident",
                    "Chest pain", "Trouble breathing");
            assertThat(plan.redFlags().emergencyAction("999")).isEqualTo("Call 999 now if you have:");
            assertThat(plan.redFlags().contact()).containsExactly("Numbness or weakness", "Fever");
            assertThat(plan.redFlags().contactAction()).isEqualTo("Contact your physiotherapist or doctor if you have:");
            assertThat(plan.disclaimer()).contains("not a diagnosis");
        }
    }

    @Test
    void medicineCautionsComeOnlyWithAMedicine() {
        assertThat(builder.build(List.of("stress")).planCautions()).isEmpty();
        HandoutPlan strain = builder.build(List.of("recent-strain"));
        assertThat(ids(strain)).contains("nsaids", "acetaminophen");
        assertThat(strain.planCautions()).anySatisfy(c -> assertThat(c).contains("follow the recommended dosages"))
                .anySatisfy(c -> assertThat(c).contains("consult a healthcare provider"))
                .anySatisfy(c -> assertThat(c).contains("cloth or towel"));
    }

    @Test
    void anUnknownSymptomIsRejectedWithTheValidIds() {
        assertThatThrownBy(() -> builder.build(List.of("stress", "headache")))
                .isInstanceOf(UnknownSymptomException.class)
                .hasMessage("unknown symptom headache; valid symptoms are: stiffness, muscle-knots, after-sitting, "
                        + "after-standing, after-sleeping, stress, recent-strain, keeps-coming-back");
    }
}
