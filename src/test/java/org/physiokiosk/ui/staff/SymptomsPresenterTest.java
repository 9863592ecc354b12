package org.physiokiosk.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.content.Symptom;
import org.physiokiosk.content.Technique;
import org.physiokiosk.staff.ContentEditor;
import org.physiokiosk.staff.ReviewEntry;
import org.physiokiosk.staff.RuleChoices;
import org.physiokiosk.staff.SettingsForm.Tone;
import org.physiokiosk.testing.TestMedia;
import org.physiokiosk.ui.Texts;
import org.physiokiosk.ui.staff.SymptomsPresenter.Field;

/** The Symptoms tab's rules without a display: over a copy of the test content, work run at once. */
class SymptomsPresenterTest {

    @TempDir
    Path dir;

    private Path media;
    private ContentEditor content;
    private SymptomsPresenter presenter;
    private final List<String> events = new ArrayList<>();
    private int changes;

    @BeforeEach
    void open() throws IOException {
        media = TestMedia.copyInto(dir);
        content = new ContentEditor(media, Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC));
        StaffServices services = (StaffServices) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {StaffServices.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "content" -> content;
                    default -> null;
                });
        presenter = new SymptomsPresenter(services, new Texts(Locale.ENGLISH),
                new StaffWork(Runnable::run, Runnable::run), () -> changes++);
        presenter.attach(new SymptomsPresenter.View() {
            @Override
            public void built(List<Symptom> symptoms) {
                events.add("built " + symptoms.size());
            }

            @Override
            public void refilled() {
                events.add("refilled");
            }

            @Override
            public void stateChanged() {
            }

            @Override
            public void focus(String symptom, Field field) {
                events.add("focus " + symptom + " " + field);
            }
        });
        presenter.refresh();
    }

    @Test
    void theFormHoldsEverySymptomAsSavedAndIsMadeOnlyOncePerContent() {
        assertThat(events).containsExactly("built " + content.library().symptoms().size());
        assertThat(presenter.value("stress", Field.LABEL)).isEqualTo("Stress and tension");
        assertThat(presenter.ticked("stress", "deep-breathing")).isTrue();
        assertThat(presenter.redFlag()).isEqualTo(content.library().general().redFlag());
        assertThat(presenter.unsaved()).isFalse();
        presenter.refresh();
        assertThat(events).hasSize(1);
    }

    @Test
    void editsAreUnsavedPerSymptomUntilRevertedAndWhitespaceIsNoChange() {
        presenter.set("stress", Field.LABEL, "Stress");
        presenter.set("stiffness", Field.REASONS, presenter.value("stiffness", Field.REASONS) + "\n   \n");
        assertThat(presenter.unsavedSymptoms()).containsExactly("stress");
        presenter.setRedFlag(presenter.redFlag() + " Call 999.");
        assertThat(presenter.unsaved()).isTrue();

        presenter.revert();
        assertThat(events).contains("refilled");
        assertThat(presenter.unsaved()).isFalse();
        assertThat(presenter.value("stress", Field.LABEL)).isEqualTo("Stress and tension");
    }

    @Test
    void eachProblemIsNamedAtItsFieldAndNothingIsWritten() throws IOException {
        String before = Files.readString(media.resolve("symptoms/stress.txt"));
        String general = Files.readString(media.resolve("general.txt"));
        presenter.set("stress", Field.LABEL, "  ");
        presenter.set("stiffness", Field.REVIEWED_ON, "30/11/2026");
        presenter.set("after-sitting", Field.REVIEWED_ON, "2027-01-01");
        presenter.setRedFlag(" ");

        assertThat(presenter.problem("stress", Field.LABEL).orElseThrow().text()).isEqualTo("Write what patients read.");
        assertThat(presenter.problem("stiffness", Field.REVIEWED_ON).orElseThrow().text())
                .isEqualTo(ReviewEntry.NOT_A_DATE);
        assertThat(presenter.problem("after-sitting", Field.REVIEWED_ON)).isPresent();
        assertThat(presenter.problems()).filteredOn(p -> p.symptom().equals(SymptomsPresenter.RED_FLAG))
                .singleElement().extracting(SymptomsPresenter.Problem::text)
                .isEqualTo("The red-flag notice cannot be empty.");

        presenter.save();
        assertThat(presenter.status().tone()).isEqualTo(Tone.PROBLEM);
        assertThat(presenter.status().text()).isEqualTo("Not saved: first correct what is marked in red.");
        assertThat(events).contains("focus " + presenter.problems().get(0).symptom() + " "
                + presenter.problems().get(0).field());
        assertThat(Files.readString(media.resolve("symptoms/stress.txt"))).isEqualTo(before);
        assertThat(Files.readString(media.resolve("general.txt"))).isEqualTo(general);

        // Only review days wrong: the message says so.
        presenter.set("stress", Field.LABEL, "Stress and tension");
        presenter.setRedFlag(content.library().general().redFlag());
        presenter.save();
        assertThat(presenter.status().text()).isEqualTo("Nothing was saved: please correct the review dates marked"
                + " in red first.");
    }

    @Test
    void saveWritesOnlyWhatChangedAndSaysSaved() throws IOException {
        presenter.set("stress", Field.LABEL, "Stress");
        presenter.set("stress", Field.REVIEWED_BY, "A. Physio");
        presenter.set("stress", Field.REVIEWED_ON, "2026-11-30");
        presenter.setRedFlag("Chest pain or numbness: tell the reception now.");
        presenter.save();

        assertThat(presenter.status()).extracting(s -> s.tone(), s -> s.text()).containsExactly(Tone.SUCCESS, "Saved.");
        assertThat(changes).isEqualTo(1);
        assertThat(presenter.unsaved()).isFalse();
        Symptom stress = ContentLoader.load(media).symptom("stress").orElseThrow();
        assertThat(stress.label()).isEqualTo("Stress");
        assertThat(stress.review().date()).isEqualTo("2026-11-30");
        assertThat(ContentLoader.load(media).general().redFlag())
                .isEqualTo("Chest pain or numbness: tell the reception now.");
        assertThat(media.resolve("symptoms/stress.txt.bak")).exists();
        assertThat(media.resolve("symptoms/stiffness.txt.bak")).as("an unchanged symptom is not written")
                .doesNotExist();
        assertThat(events).contains("built " + content.library().symptoms().size());
    }

    @Test
    void firstChoicesAreTheTechniquesThatHelpKeptInTheOrderTicked() throws IOException {
        List<String> candidates = presenter.firstChoices("stress").stream().map(RuleChoices.Choice::id).toList();
        assertThat(candidates).contains("deep-breathing", "breathing-meditation");
        presenter.tick("stress", "breathing-meditation", true);
        assertThat(presenter.unsavedSymptoms()).containsExactly("stress");
        presenter.save();
        assertThat(ContentLoader.load(media).symptom("stress").orElseThrow().firstChoice())
                .containsExactly("deep-breathing", "breathing-meditation");

        presenter.tick("stress", "deep-breathing", false);
        presenter.save();
        assertThat(ContentLoader.load(media).symptom("stress").orElseThrow().firstChoice())
                .containsExactly("breathing-meditation");
    }

    @Test
    void aChangeOnTheSlidesTabMakesTheFormAgainAndKeepsUnsavedEdits() throws IOException {
        presenter.set("stress", Field.HINT, "When you feel tense.");
        Technique chin = content.library().technique("chin-tuck").orElseThrow();
        List<String> helps = new ArrayList<>(chin.symptoms());
        helps.add("stress");
        content.save(chin.with(chin.categoryId(), chin.title(), chin.summary(), chin.illustration(), helps,
                chin.dose(), chin.steps(), chin.cautions(), chin.enabled()));
        events.clear();
        presenter.refresh();
        assertThat(events).containsExactly("built " + content.library().symptoms().size());
        assertThat(presenter.firstChoices("stress")).extracting(RuleChoices.Choice::id).contains("chin-tuck");
        assertThat(presenter.value("stress", Field.HINT)).isEqualTo("When you feel tense.");
        assertThat(presenter.unsavedSymptoms()).containsExactly("stress");
    }

    @Test
    void aFailedSaveIsToldInPlainWords() throws IOException {
        Path file = media.resolve("symptoms/stress.txt");
        Files.delete(file);
        Files.createDirectory(file);
        presenter.set("stress", Field.LABEL, "Stress");
        presenter.save();
        assertThat(presenter.status().tone()).isEqualTo(Tone.PROBLEM);
        assertThat(presenter.status().text()).isNotBlank().doesNotContain("Exception");
        assertThat(presenter.unsavedSymptoms()).containsExactly("stress");
        assertThat(changes).isZero();
    }
}
