package org.physiokiosk.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.content.Review;
import org.physiokiosk.content.Symptom;
import org.physiokiosk.content.Technique;
import org.physiokiosk.testing.TestMedia;

class ContentEditorTest {

    @TempDir
    Path dir;

    private Path media;
    private ContentEditor editor;

    @BeforeEach
    void copy() throws IOException {
        media = TestMedia.copyInto(dir);
        editor = new ContentEditor(media);
    }

    @Test
    void aHugePhotoFromAStickIsCopiedScaledDown() throws IOException {
        Path stick = Files.createDirectories(dir.resolve("stick"));
        ImageIO.write(new BufferedImage(6000, 4000, BufferedImage.TYPE_INT_RGB), "png",
                stick.resolve("My Photo.PNG").toFile());
        String name = editor.importImage(stick.resolve("My Photo.PNG"));
        assertThat(name).isEqualTo("my-photo.png");
        BufferedImage imported = ImageIO.read(media.resolve("illustrations").resolve(name).toFile());
        assertThat(Math.max(imported.getWidth(), imported.getHeight())).isLessThanOrEqualTo(2400);
        assertThat(editor.importImage(stick.resolve("My Photo.PNG"))).as("never overwrites").isEqualTo("my-photo-2.png");
    }

    @Test
    void anSvgIsCheckedAndABrokenFileRefused() throws IOException {
        Path stick = Files.createDirectories(dir.resolve("stick"));
        Files.copy(TestMedia.MEDIA.resolve("illustrations/chin-tuck.svg"), stick.resolve("drawing.svg"));
        Files.writeString(stick.resolve("broken.svg"), "<svg");
        Files.writeString(stick.resolve("notes.txt"), "x");
        assertThat(editor.importImage(stick.resolve("drawing.svg"))).isEqualTo("drawing.svg");
        assertThatThrownBy(() -> editor.importImage(stick.resolve("broken.svg"))).hasMessageContaining("cannot be read");
        assertThatThrownBy(() -> editor.importImage(stick.resolve("notes.txt"))).hasMessageContaining("SVG, PNG and JPEG");
        try (Stream<Path> files = Files.list(media.resolve("illustrations"))) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".") || n.equals("broken.svg"));
        }
    }

    @Test
    void aTechniqueWithoutStepsIsRefusedWithItsReasonAndTheFileIsUntouched() throws IOException {
        Technique chin = editor.library().technique("chin-tuck").orElseThrow();
        String before = Files.readString(chin.source());
        Technique empty = chin.with(chin.categoryId(), chin.title(), chin.summary(), chin.illustration(),
                chin.symptoms(), chin.dose(), java.util.List.of(), chin.cautions(), true);
        assertThatThrownBy(() -> editor.save(empty)).hasMessage("A technique needs at least one step.");
        assertThat(Files.readString(chin.source())).isEqualTo(before);
    }

    @Test
    void addingDuplicatingAndDeletingCanEachBeUndone() throws IOException {
        Technique copy = editor.duplicate("chin-tuck");
        assertThat(copy.id()).isEqualTo("chin-tuck-copy");
        assertThat(editor.library().technique("chin-tuck-copy")).isPresent();
        editor.undo();
        assertThat(editor.library().technique("chin-tuck-copy")).isEmpty();
        editor.delete("chin-tuck");
        assertThat(editor.library().technique("chin-tuck")).isEmpty();
        editor.undo();
        assertThat(editor.library().technique("chin-tuck")).isPresent();
        Technique fresh = editor.newTechnique("stretching", "Wall angels");
        assertThat(fresh.id()).isEqualTo("wall-angels");
        assertThat(fresh.order()).isEqualTo(4);
    }

    @Test
    void symptomWordsAndTheRedFlagAreSavedInPlace() throws IOException {
        var stress = editor.library().symptom("stress").orElseThrow();
        editor.saveSymptom(new org.physiokiosk.content.Symptom("stress", stress.order(), "Stress or worry",
                stress.hint(), stress.icon(), stress.source()));
        // Typed on two lines in the form: saved as one line, or the second line would be read as a broken key.
        editor.saveRedFlag("Chest pain or trouble breathing?\r\n  Tell the reception now.\n");
        assertThat(editor.library().symptom("stress").orElseThrow().label()).isEqualTo("Stress or worry");
        assertThat(editor.library().general().redFlag())
                .isEqualTo("Chest pain or trouble breathing? Tell the reception now.");
        assertThat(editor.library().problems()).isEmpty();
        List<String> general = Files.readAllLines(media.resolve("general.txt"));
        assertThat(general).filteredOn(l -> l.startsWith("red-flag:"))
                .containsExactly("red-flag: Chest pain or trouble breathing? Tell the reception now.");
        assertThat(general).noneMatch(l -> l.contains("Tell the reception now.") && !l.startsWith("red-flag:"));
        assertThat(general).contains("intro-title: Upper back pain?");
    }

    @Test
    void aTechniquesPlanRulesAndReviewAreSavedInTheSchemasOrderAndReadBackEqual() throws IOException {
        Technique chin = editor.library().technique("chin-tuck").orElseThrow();
        Technique ruled = chin.withRules(List.of("heat-therapy", "foam-rolling"), List.of("recent-strain"),
                List.of("not-for recent-strain: rest a fresh strain first.", "not-with heat-therapy: one at a time."),
                Review.of("A. Physio, physiotherapist", LocalDate.of(2026, 11, 2)));
        assertThat(editor.problem(ruled)).isEmpty();
        editor.save(ruled);

        Technique back = ContentLoader.load(media).technique("chin-tuck").orElseThrow();
        assertThat(back).isEqualTo(ruled);
        assertThat(editor.library().problems()).isEmpty();
        String file = Files.readString(chin.source());
        assertThat(file).startsWith("# Source:")
                .contains("symptoms: stiffness, muscle-knots, after-sitting, keeps-coming-back\n"
                        + "not-for: recent-strain\nnot-with: heat-therapy, foam-rolling\n")
                .contains("reviewed-by: A. Physio, physiotherapist\nreviewed-on: 2026-11-02\nsteps:\n")
                .endsWith("rule-reasons:\n- not-for recent-strain: rest a fresh strain first.\n"
                        + "- not-with heat-therapy: one at a time.\n");

        // Load, save, load: the same record and the very same bytes.
        editor.save(back);
        assertThat(Files.readString(chin.source())).isEqualTo(file);
        assertThat(ContentLoader.load(media).technique("chin-tuck").orElseThrow()).isEqualTo(ruled);

        // Clearing the rules and the review takes their lines out again.
        editor.save(back.withRules(List.of(), List.of(), List.of(), Review.NONE));
        assertThat(Files.readString(chin.source())).doesNotContain("not-for", "not-with", "reviewed-", "rule-reasons");
    }

    @Test
    void aSymptomsFirstChoiceAndReviewAreSavedAndReadBackEqual() throws IOException {
        Symptom stress = editor.library().symptom("stress").orElseThrow();
        Symptom ruled = stress.withWords("Stress or worry", stress.hint()).withRules(
                List.of("breathing-meditation", "deep-breathing"), List.of("first-choice breathing-meditation: calm."),
                Review.of("B. Doctor, GP", LocalDate.of(2026, 10, 1)));
        editor.saveSymptom(ruled);
        Symptom back = ContentLoader.load(media).symptom("stress").orElseThrow();
        assertThat(back).isEqualTo(ruled);
        String file = Files.readString(stress.source());
        assertThat(file).startsWith("# Source:")
                .contains("first-choice: breathing-meditation, deep-breathing\nreviewed-by: B. Doctor, GP\n"
                        + "reviewed-on: 2026-10-01\nrule-reasons:\n- first-choice breathing-meditation: calm.\n");
        assertThat(editor.library().problems()).isEmpty();
        editor.saveSymptom(back);
        assertThat(Files.readString(stress.source())).isEqualTo(file);
    }

    @Test
    void aRuleThatContradictsItselfOrAReviewDatedTomorrowIsRefusedWithItsReason() throws IOException {
        ContentEditor dated = new ContentEditor(media, Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"),
                ZoneOffset.UTC));
        Technique chin = dated.library().technique("chin-tuck").orElseThrow();
        String before = Files.readString(chin.source());
        Technique both = chin.withRules(List.of(), List.of("stiffness"), List.of(), Review.NONE);
        assertThat(dated.problem(both)).contains("\"Stiff, or hard to turn\" is ticked under both \"Helps with\" "
                + "and \"Not for\".");
        assertThatThrownBy(() -> dated.save(both)).hasMessageContaining("is ticked under both");
        Technique self = chin.withRules(List.of("chin-tuck"), List.of(), List.of(), Review.NONE);
        assertThat(dated.problem(self)).contains("A technique cannot be kept out of plans with itself.");

        Technique tomorrow = chin.withRules(List.of(), List.of(), List.of(),
                Review.of("A. Physio", LocalDate.of(2026, 12, 1)));
        assertThat(dated.problem(tomorrow)).contains(ReviewEntry.IN_THE_FUTURE);
        Technique today = chin.withRules(List.of(), List.of(), List.of(),
                Review.of("A. Physio", LocalDate.of(2026, 11, 30)));
        assertThat(dated.problem(today)).isEmpty();
        assertThat(Files.readString(chin.source())).isEqualTo(before);

        Symptom stress = dated.library().symptom("stress").orElseThrow();
        Symptom future = stress.withRules(stress.firstChoice(), stress.ruleReasons(),
                Review.of("B", LocalDate.of(2027, 1, 1)));
        assertThatThrownBy(() -> dated.saveSymptom(future)).hasMessage(ReviewEntry.IN_THE_FUTURE);
        assertThat(dated.today()).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void hidingMovingAndDuplicatingKeepTheRulesAndADuplicateStartsUnreviewed() throws IOException {
        Technique heat = editor.library().technique("heat-therapy").orElseThrow();
        editor.save(heat.withRules(heat.notWith(), heat.notFor(), heat.ruleReasons(),
                Review.of("A. Physio", LocalDate.of(2026, 1, 5))));
        editor.setEnabled("heat-therapy", false);
        editor.move("heat-therapy", +1);
        Technique after = editor.library().technique("heat-therapy").orElseThrow();
        assertThat(after.notWith()).isEqualTo(heat.notWith());
        assertThat(after.notFor()).isEqualTo(heat.notFor());
        assertThat(after.ruleReasons()).isEqualTo(heat.ruleReasons());
        assertThat(after.review()).isEqualTo(Review.of("A. Physio", LocalDate.of(2026, 1, 5)));
        Technique copy = editor.duplicate("heat-therapy");
        assertThat(editor.library().technique(copy.id()).orElseThrow().review()).isEqualTo(Review.NONE);
        assertThat(editor.library().technique(copy.id()).orElseThrow().notWith()).isEqualTo(heat.notWith());
    }

    @Test
    void aReviewOfACategoryOrTheGeneralTextsChangesOnlyItsTwoLines() throws IOException {
        Path heatCold = media.resolve("categories/heat-cold.txt");
        List<String> before = Files.readAllLines(heatCold);
        Review review = Review.of("A. Physio, physiotherapist", LocalDate.of(2026, 11, 2));
        editor.saveReview(ContentReview.Kind.CATEGORY, "heat-cold", review);
        List<String> after = Files.readAllLines(heatCold);
        assertThat(after).hasSize(before.size() + 2);
        assertThat(new java.util.ArrayList<>(after)).containsSubsequence(before);
        int at = after.indexOf("reviewed-by: A. Physio, physiotherapist");
        assertThat(after.get(at + 1)).isEqualTo("reviewed-on: 2026-11-02");
        assertThat(after.get(at - 1)).isEqualTo("summary: Heat or cold therapy can give immediate relief from upper "
                + "back pain.");
        assertThat(after.get(at + 2)).as("before the first list, where the schema writes one-line keys")
                .isEqualTo("tips:");
        assertThat(editor.library().category("heat-cold").orElseThrow().review()).isEqualTo(review);
        assertThat(editor.library().problems()).isEmpty();

        // A second review replaces the lines; no review takes them out again.
        Review later = Review.of("B. Doctor, GP", LocalDate.of(2026, 11, 20));
        editor.saveReview(ContentReview.Kind.CATEGORY, "heat-cold", later);
        assertThat(Files.readAllLines(heatCold)).hasSize(before.size() + 2).contains("reviewed-on: 2026-11-20");
        editor.saveReview(ContentReview.Kind.CATEGORY, "heat-cold", Review.NONE);
        assertThat(Files.readAllLines(heatCold)).isEqualTo(before);
        editor.undo();
        assertThat(editor.library().category("heat-cold").orElseThrow().review()).isEqualTo(later);

        Path general = media.resolve("general.txt");
        List<String> generalBefore = Files.readAllLines(general);
        editor.saveReview(ContentReview.Kind.GENERAL, "", review);
        List<String> generalAfter = Files.readAllLines(general);
        assertThat(generalAfter).hasSize(generalBefore.size() + 2);
        assertThat(new java.util.ArrayList<>(generalAfter)).containsSubsequence(generalBefore);
        int reviewedBy = generalAfter.indexOf("reviewed-by: A. Physio, physiotherapist");
        assertThat(generalAfter.get(reviewedBy + 2)).as("a list's comment stays with its list")
                .startsWith("# Printed on every handout");
        assertThat(editor.library().general().review()).isEqualTo(review);
        assertThat(editor.library().general().redFlag()).isEqualTo(ContentLoader.load(TestMedia.MEDIA).general()
                .redFlag());
    }

    @Test
    void aReviewOfATechniqueOrSymptomKeepsEverythingElseAndAFutureDayIsRefused() throws IOException {
        Technique heat = editor.library().technique("heat-therapy").orElseThrow();
        Review review = Review.of("A. Physio", LocalDate.of(2026, 1, 5));
        editor.saveReview(ContentReview.Kind.TECHNIQUE, "heat-therapy", review);
        assertThat(ContentLoader.load(media).technique("heat-therapy")).contains(
                heat.withRules(heat.notWith(), heat.notFor(), heat.ruleReasons(), review));
        Symptom stress = editor.library().symptom("stress").orElseThrow();
        editor.saveReview(ContentReview.Kind.SYMPTOM, "stress", review);
        assertThat(ContentLoader.load(media).symptom("stress")).contains(
                stress.withRules(stress.firstChoice(), stress.ruleReasons(), review));

        ContentEditor dated = new ContentEditor(media, Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"),
                ZoneOffset.UTC));
        String file = Files.readString(media.resolve("general.txt"));
        assertThatThrownBy(() -> dated.saveReview(ContentReview.Kind.GENERAL, "",
                Review.of("A", LocalDate.of(2026, 12, 1)))).hasMessage(ReviewEntry.IN_THE_FUTURE);
        assertThat(Files.readString(media.resolve("general.txt"))).isEqualTo(file);
    }
}
