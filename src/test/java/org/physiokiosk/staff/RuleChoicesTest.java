package org.physiokiosk.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.content.SlideLibrary;
import org.physiokiosk.content.Technique;
import org.physiokiosk.staff.RuleChoices.Choice;
import org.physiokiosk.staff.RuleChoices.Note;
import org.physiokiosk.testing.TestMedia;

/** What the rule check boxes offer, read from the fixture content (heat therapy carries the shipped rules). */
class RuleChoicesTest {

    private final SlideLibrary lib = ContentLoader.load(TestMedia.MEDIA);

    @TempDir
    Path dir;

    @Test
    void notForOffersEverySymptomTickedWhereTheTechniqueIsNotForIt() {
        Technique heat = lib.technique("heat-therapy").orElseThrow();
        List<Choice> choices = RuleChoices.notFor(lib, heat);
        assertThat(choices).hasSize(lib.symptoms().size());
        assertThat(choices).filteredOn(Choice::ticked).extracting(Choice::id).containsExactly("recent-strain");
        assertThat(choices).allMatch(Choice::editable);
        assertThat(choices).filteredOn(c -> c.id().equals("stress")).extracting(Choice::label)
                .containsExactly("Stress and tension");
    }

    @Test
    void notWithOffersEveryOtherTechniqueAndShowsARuleWrittenOnTheOtherOneAsFixed() {
        Technique heat = lib.technique("heat-therapy").orElseThrow();
        List<Choice> forHeat = RuleChoices.notWith(lib, heat);
        assertThat(forHeat).hasSize(lib.techniques().size() - 1).noneMatch(c -> c.id().equals("heat-therapy"));
        assertThat(forHeat).filteredOn(Choice::ticked).extracting(Choice::id)
                .contains("cold-therapy", "topical-pain-relievers");
        assertThat(forHeat).filteredOn(c -> heat.notWith().contains(c.id())).allMatch(Choice::editable);

        // Cold therapy does not name heat, but heat names cold: the rule holds both ways.
        Technique cold = lib.technique("cold-therapy").orElseThrow();
        Choice heatForCold = RuleChoices.notWith(lib, cold).stream().filter(c -> c.id().equals("heat-therapy"))
                .findFirst().orElseThrow();
        assertThat(cold.notWith()).doesNotContain("heat-therapy");
        assertThat(heatForCold).isEqualTo(new Choice("heat-therapy", "Heat therapy", Note.WRITTEN_ON_OTHER, true,
                false));
    }

    @Test
    void aRuleNamingATechniqueNotLoadedTodayIsShownSoASaveKeepsIt() {
        Technique heat = lib.technique("heat-therapy").orElseThrow();
        Technique withGhost = heat.withRules(List.of("cold-therapy", "ice-bath"), heat.notFor(), heat.ruleReasons(),
                heat.review());
        assertThat(RuleChoices.notWith(lib, withGhost)).last()
                .isEqualTo(new Choice("ice-bath", "ice-bath", Note.NOT_LOADED, true, true));
    }

    @Test
    void firstChoiceOffersTheTechniquesWrittenForTheSymptomAndKeepsAStaleOneVisible() throws IOException {
        var stress = lib.symptom("stress").orElseThrow();
        List<Choice> choices = RuleChoices.firstChoice(lib, stress);
        assertThat(choices).extracting(Choice::id).containsExactlyElementsOf(lib.techniques().stream()
                .filter(t -> t.symptoms().contains("stress") && !t.notFor().contains("stress")).map(Technique::id)
                .toList());
        assertThat(choices).filteredOn(Choice::ticked).extracting(Choice::id).containsExactly("deep-breathing");

        // Recent strain: heat is "not-for" it, so heat is never offered as its first choice.
        var strain = lib.symptom("recent-strain").orElseThrow();
        assertThat(RuleChoices.firstChoice(lib, strain)).extracting(Choice::id).doesNotContain("heat-therapy");

        var stale = stress.withRules(List.of("chin-tuck", "gone"), List.of(), stress.review());
        List<Choice> shown = RuleChoices.firstChoice(lib, stale);
        assertThat(shown).filteredOn(c -> c.id().equals("chin-tuck")).extracting(Choice::note)
                .containsExactly(Note.NOT_WRITTEN_FOR_IT);
        assertThat(shown).last().isEqualTo(new Choice("gone", "gone", Note.NOT_LOADED, true, true));

        // A hidden technique written for the symptom is offered, and says it is hidden.
        Path media = TestMedia.copyInto(dir);
        Path file = media.resolve("techniques/deep-breathing.txt");
        Files.writeString(file, Files.readString(file) + "enabled: no\n");
        SlideLibrary hidden = ContentLoader.load(media);
        assertThat(RuleChoices.firstChoice(hidden, hidden.symptom("stress").orElseThrow()))
                .filteredOn(c -> c.id().equals("deep-breathing")).extracting(Choice::note)
                .containsExactly(Note.HIDDEN);
    }

    @Test
    void tickedKeepsTheWrittenOrderAndAddsNewOnesAfter() {
        assertThat(RuleChoices.ticked(List.of("b", "a", "c"), List.of("a", "b", "d"))).containsExactly("b", "a", "d");
        assertThat(RuleChoices.ticked(List.of(), List.of("x", "y"))).containsExactly("x", "y");
        assertThat(RuleChoices.ticked(List.of("a"), List.of())).isEmpty();
    }
}
