package org.physiokiosk.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.testing.TestMedia;

/** The library as the rest of the kiosk asks it: orders, look-ups, hidden techniques, fallbacks. */
class ContentLibraryTest {

    @TempDir
    Path dir;

    private Path media;

    @BeforeEach
    void copy() throws IOException {
        media = TestMedia.copyInto(dir);
    }

    private void replace(String file, String from, String to) throws IOException {
        Path p = media.resolve(file);
        String text = Files.readString(p);
        assertThat(text).contains(from);
        Files.writeString(p, text.replace(from, to));
    }

    @Test
    void categoriesSymptomsAndTechniquesFollowTheirOrderNotTheirFileNames() {
        SlideLibrary lib = ContentLoader.load(media);
        assertThat(lib.categories()).extracting(Category::id).containsExactly("stretching", "massage", "heat-cold",
                "relaxation", "posture", "medication");
        assertThat(lib.symptoms()).extracting(Symptom::id).containsExactly("stiffness", "muscle-knots",
                "after-sitting", "after-standing", "after-sleeping", "stress", "recent-strain", "keeps-coming-back");
        // Techniques: by their category's order first, then their own.
        assertThat(lib.techniques()).extracting(Technique::categoryId).first().isEqualTo("stretching");
        assertThat(lib.techniques()).extracting(Technique::categoryId).last().isEqualTo("medication");
        assertThat(lib.techniquesIn("stretching")).extracting(Technique::order).isSorted();
        assertThat(lib.techniquesIn("stretching").get(0).id()).isEqualTo("shoulder-blade-squeeze");
    }

    @Test
    void aHiddenTechniqueStaysInTheLibraryButLeavesTheLoopAndThePlans() throws IOException {
        SlideLibrary before = ContentLoader.load(media);
        assertThat(before.technique("chin-tuck").orElseThrow().enabled()).isTrue();
        assertThat(before.enabledTechniques()).hasSameSizeAs(before.techniques()).isNotEmpty();

        replace("techniques/chin-tuck.txt", "title: Chin tuck", "enabled: no\ntitle: Chin tuck");
        SlideLibrary lib = ContentLoader.load(media);
        assertThat(lib.technique("chin-tuck").orElseThrow().enabled()).isFalse();
        assertThat(lib.enabledTechniques()).extracting(Technique::id).doesNotContain("chin-tuck")
                .hasSize(lib.techniques().size() - 1);
        assertThat(lib.techniquesFor("stiffness")).extracting(Technique::id).doesNotContain("chin-tuck")
                .isNotEmpty();
        assertThat(lib.loopSlides()).extracting(Slide::id).doesNotContain("technique-chin-tuck");
    }

    @Test
    void lookUpsFindWhatIsThereAndNothingElse() {
        SlideLibrary lib = ContentLoader.load(media);
        assertThat(lib.symptom("stress").orElseThrow().label()).isEqualTo("Stress and tension");
        assertThat(lib.symptom("tired")).isEmpty();
        assertThat(lib.category("massage").orElseThrow().title()).isNotBlank();
        assertThat(lib.category("yoga")).isEmpty();
        assertThat(lib.technique("chin-tuck").orElseThrow().illustration()).isEqualTo("chin-tuck.svg");
        assertThat(lib.techniquesFor("stress")).extracting(Technique::id).containsExactlyInAnyOrder("self-massage",
                "foam-rolling", "deep-breathing", "breathing-meditation", "visualization")
                .allSatisfy(id -> assertThat(lib.technique(id).orElseThrow().symptoms()).contains("stress"));
        assertThat(lib.illustrationsDir()).isEqualTo(media.resolve("illustrations"));
    }

    @Test
    void theLoopOpensWithTheIntroAndEndsWithTheClosingSlide() {
        List<Slide> loop = ContentLoader.load(media).loopSlides();
        assertThat(loop.get(0).id()).isEqualTo("intro");
        assertThat(loop.get(loop.size() - 1).id()).isEqualTo("closing");
        assertThat(loop.get(1).id()).isEqualTo("category-stretching");
    }

    @Test
    void aGeneralFileWithoutWelcomeOrRedFlagUsesTheBuiltInWords() throws IOException {
        assertThat(ContentLoader.load(media).general().redFlag()).startsWith("Severe pain after a fall")
                .isNotEqualTo(GeneralText.FALLBACK.redFlag() + "x");
        replace("general.txt", "red-flag: Severe pain after a fall", "red-flag: Sudden severe pain");
        assertThat(ContentLoader.load(media).general().redFlag()).startsWith("Sudden severe pain");

        Path general = media.resolve("general.txt");
        Files.write(general, Files.readAllLines(general).stream()
                .filter(l -> !l.startsWith("welcome:") && !l.startsWith("red-flag:")).toList());
        GeneralText text = ContentLoader.load(media).general();
        assertThat(text.welcome()).isEqualTo(GeneralText.FALLBACK.welcome());
        assertThat(text.redFlag()).isEqualTo(GeneralText.FALLBACK.redFlag());
    }

    @Test
    void filesThatAreNotContentFilesAreLeftAlone() throws IOException {
        Files.writeString(media.resolve("techniques/README.md"), "notes for staff\n");
        Files.writeString(media.resolve("symptoms/.hidden.txt"), "not: content\n");
        SlideLibrary lib = ContentLoader.load(media);
        assertThat(lib.problems()).isEmpty();
        assertThat(lib.techniques()).hasSize(17);
        assertThat(lib.symptoms()).hasSize(8);
    }

    @Test
    void aDoseListsOnlyItsGivenPartsInTheirOrder() {
        Dose dose = new Dose(" 5 seconds ", "10 times", null, "2 weeks");
        assertThat(dose.lines()).containsExactly(new Dose.Line(Dose.Part.HOLD, "5 seconds"),
                new Dose.Line(Dose.Part.REPEAT, "10 times"), new Dose.Line(Dose.Part.HOW_LONG, "2 weeks"));
        assertThat(dose.isEmpty()).isFalse();
        assertThat(new Dose("", "", "3 times a day", "").lines())
                .containsExactly(new Dose.Line(Dose.Part.HOW_OFTEN, "3 times a day"));
        assertThat(Dose.NONE.isEmpty()).isTrue();
        assertThat(Dose.NONE.lines()).isEmpty();
    }

    @Test
    void aSymptomWrittenOutReadsBackTheSame() throws IOException {
        SlideLibrary lib = ContentLoader.load(media);
        Symptom stress = lib.symptom("stress").orElseThrow();
        Symptom edited = new Symptom("stress", stress.order(), "Stress or worry", "I feel tense.", stress.icon(),
                stress.source());
        Path file = media.resolve("symptoms/stress.txt");
        String written = ContentWriter.symptom(edited, ContentWriter.leadingComments(file));
        assertThat(written).startsWith("# Source:").contains("id: stress\n", "order: 6\n", "label: Stress or worry\n",
                "hint: I feel tense.\n", "icon: " + stress.icon() + "\n");
        Files.writeString(file, written);
        Symptom back = ContentLoader.load(media).symptom("stress").orElseThrow();
        assertThat(back).isEqualTo(edited);
        assertThat(ContentWriter.symptom(new Symptom("x", Integer.MAX_VALUE, "X", "", "", file), List.of()))
                .isEqualTo("id: x\nlabel: X\n");
    }
}
