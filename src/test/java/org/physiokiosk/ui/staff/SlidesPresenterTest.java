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
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.content.Category;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.content.Symptom;
import org.physiokiosk.content.Technique;
import org.physiokiosk.settings.KioskSettings;
import org.physiokiosk.settings.SettingsLoader;
import org.physiokiosk.staff.ContentEditor;
import org.physiokiosk.staff.ReviewEntry;
import org.physiokiosk.staff.RuleChoices;
import org.physiokiosk.staff.SettingsForm.Tone;
import org.physiokiosk.testing.TestMedia;
import org.physiokiosk.ui.Texts;
import org.physiokiosk.ui.staff.SlidesPresenter.Field;
import org.physiokiosk.ui.staff.SlidesPresenter.Rule;

/** The Slides tab's rules without a display: over a copy of the test content, work run at once. */
class SlidesPresenterTest {

    @TempDir
    Path dir;

    private Path media;
    private ContentEditor content;
    private SlidesPresenter presenter;
    private final List<String> events = new ArrayList<>();
    private final List<String> preloaded = new ArrayList<>();
    private final List<Path> usbImages = new ArrayList<>();
    private int changes;
    private boolean discard;
    private boolean delete;
    private int lastSelected = -2;

    private final SlidesPresenter.View view = new SlidesPresenter.View() {
        @Override
        public void listed(List<Technique> techniques, int selected) {
            lastSelected = selected;
            events.add("listed " + techniques.size() + " @" + selected);
        }

        @Override
        public void choices(List<Category> categories, List<String> pictures) {
            events.add("choices " + pictures.size());
        }

        @Override
        public void ruleChoices(List<Symptom> symptoms, List<RuleChoices.Choice> notWith) {
            events.add("rules " + symptoms.size() + "/" + notWith.size());
        }

        @Override
        public void show(SlidesPresenter.Draft draft, boolean fresh) {
            events.add("show " + draft.value(Field.TITLE) + (fresh ? " fresh" : ""));
        }

        @Override
        public void stateChanged() {
        }

        @Override
        public void previewChanged(boolean atOnce) {
            events.add(atOnce ? "preview now" : "preview");
        }

        @Override
        public void focus(Field field) {
            events.add("focus " + field);
        }

        @Override
        public boolean confirmDiscard(String title) {
            events.add("asked to discard " + title);
            return discard;
        }

        @Override
        public boolean confirmDelete(String title) {
            events.add("asked to delete " + title);
            return delete;
        }

        @Override
        public Optional<Path> choosePicture(List<Path> images) {
            return images.stream().findFirst();
        }
    };

    @BeforeEach
    void open() throws IOException {
        media = TestMedia.copyInto(dir);
        KioskSettings settings = SettingsLoader.load(TestMedia.settingsIn(dir)).settings();
        content = new ContentEditor(media, Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC));
        StaffServices services = (StaffServices) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {StaffServices.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "settings" -> settings;
                    case "content" -> content;
                    case "importableImages" -> List.copyOf(usbImages);
                    default -> null;
                });
        presenter = new SlidesPresenter(services, new Texts(Locale.ENGLISH),
                new StaffWork(Runnable::run, Runnable::run), preloaded::addAll, () -> changes++);
        presenter.attach(view);
        presenter.refresh(null);
    }

    private int indexOf(String id) {
        List<Technique> all = presenter.techniques();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new AssertionError(id + " not listed");
    }

    private void openChinTuck() {
        assertThat(presenter.select(indexOf("chin-tuck"))).isTrue();
        assertThat(presenter.draft().value(Field.TITLE)).isEqualTo("Chin tuck");
    }

    @Test
    void theListIsFilledInLoopOrderAndTheFirstTechniqueOpensWithItsPicturesRead() {
        List<Technique> loop = ContentLoader.load(media).techniques();
        assertThat(presenter.techniques()).extracting(Technique::id)
                .containsExactlyElementsOf(loop.stream().map(Technique::id).toList());
        assertThat(lastSelected).isZero();
        assertThat(presenter.draft().value(Field.TITLE)).isEqualTo(loop.get(0).title());
        assertThat(presenter.unsaved()).isFalse();
        // Pictures to choose: technique drawings only, each read once for the previews.
        assertThat(presenter.pictures()).contains("chin-tuck.svg").noneMatch(n -> n.startsWith("symptom-"));
        assertThat(preloaded).contains("chin-tuck.svg", "heat-therapy.svg");
    }

    @Test
    void anEditIsUnsavedUntilItIsUndoneByHandOrReverted() {
        openChinTuck();
        presenter.set(Field.TITLE, "Gentle chin tuck");
        assertThat(presenter.unsaved()).isTrue();
        assertThat(presenter.previewSlide().orElseThrow().technique().title()).isEqualTo("Gentle chin tuck");
        presenter.set(Field.TITLE, "Chin tuck"); // typed back: nothing to save
        assertThat(presenter.unsaved()).isFalse();
        // Spaces and empty lines are not changes: the file would be written the same.
        presenter.set(Field.STEPS, presenter.draft().value(Field.STEPS) + "\n\n   ");
        assertThat(presenter.unsaved()).isFalse();

        presenter.set(Field.HOLD, "10 seconds");
        presenter.tick(Rule.NOT_FOR, "recent-strain", true);
        assertThat(presenter.unsaved()).isTrue();
        events.clear();
        presenter.revert();
        assertThat(presenter.unsaved()).isFalse();
        assertThat(presenter.draft().value(Field.HOLD)).isEqualTo("5 seconds");
        assertThat(presenter.draft().ticked(Rule.NOT_FOR, "recent-strain")).isFalse();
        assertThat(events).contains("show Chin tuck", "preview");
    }

    @Test
    void eachProblemIsNamedAtItsFieldAndStopsTheSave() throws IOException {
        openChinTuck();
        Path file = media.resolve("techniques/chin-tuck.txt");
        String before = Files.readString(file);
        presenter.set(Field.TITLE, "   ");
        presenter.set(Field.STEPS, "");
        presenter.tick(Rule.NOT_FOR, "stiffness", true); // it helps with stiffness too
        presenter.set(Field.REVIEWED_ON, "30/11/2026");

        assertThat(presenter.problems()).extracting(SlidesPresenter.Problem::field)
                .containsExactly(Field.TITLE, Field.STEPS, Field.RULES, Field.REVIEWED_ON);
        assertThat(presenter.problem(Field.TITLE).orElseThrow().text()).isEqualTo("Write a title.");
        assertThat(presenter.problem(Field.RULES).orElseThrow().text())
                .isEqualTo("\"Stiff, or hard to turn\" is ticked under both \"Helps with\" and \"Not for\".");
        assertThat(presenter.problem(Field.REVIEWED_ON).orElseThrow().text()).isEqualTo(ReviewEntry.NOT_A_DATE);
        assertThat(presenter.shownStatus().text()).isEqualTo("Write a title.");

        events.clear();
        presenter.save();
        assertThat(events).containsExactly("focus TITLE");
        assertThat(presenter.status().tone()).isEqualTo(Tone.PROBLEM);
        assertThat(presenter.status().text()).isEqualTo("Not saved: first correct what is marked in red.");
        assertThat(Files.readString(file)).isEqualTo(before);

        // Only the day left: the review part is opened, with the day's own words.
        presenter.revert();
        presenter.set(Field.REVIEWED_ON, "2027-01-01");
        assertThat(presenter.problems()).extracting(SlidesPresenter.Problem::field).containsExactly(Field.REVIEWED_ON);
        events.clear();
        presenter.save();
        assertThat(events).containsExactly("focus REVIEWED_ON");
        assertThat(presenter.status().text()).isEqualTo("Not saved: correct the review date first.");
        assertThat(Files.readString(file)).isEqualTo(before);
    }

    @Test
    void saveWritesTheTechniquesFileReadsTheListAgainAndSaysSaved() throws IOException {
        openChinTuck();
        presenter.set(Field.TITLE, "Gentle chin tuck");
        presenter.tick(Rule.NOT_WITH, "heat-therapy", true);
        presenter.tick(Rule.HELPS_WITH, "stress", true);
        presenter.set(Field.REVIEWED_BY, "A. Physio");
        presenter.reviewedToday();
        presenter.save();

        assertThat(presenter.status().tone()).isEqualTo(Tone.SUCCESS);
        assertThat(presenter.status().text()).isEqualTo("Saved.");
        assertThat(changes).isEqualTo(1);
        assertThat(presenter.unsaved()).isFalse();
        Technique saved = ContentLoader.load(media).technique("chin-tuck").orElseThrow();
        assertThat(saved.title()).isEqualTo("Gentle chin tuck");
        assertThat(saved.notWith()).containsExactly("heat-therapy");
        assertThat(saved.symptoms()).contains("stress", "stiffness");
        assertThat(saved.review().date()).isEqualTo("2026-11-30");
        assertThat(Files.readString(media.resolve("techniques/chin-tuck.txt"))).startsWith("# Source:");
        // The list shows the saved title, still on chin tuck.
        assertThat(presenter.techniques().get(lastSelected).title()).isEqualTo("Gentle chin tuck");
    }

    @Test
    void aFailedSaveIsToldInPlainWordsAndTheEditsStay() throws IOException {
        openChinTuck();
        Path file = media.resolve("techniques/chin-tuck.txt");
        Files.delete(file);
        Files.createDirectory(file); // cannot be read or replaced
        presenter.set(Field.TITLE, "Gentle chin tuck");
        presenter.save();
        assertThat(presenter.status().tone()).isEqualTo(Tone.PROBLEM);
        assertThat(presenter.status().text()).doesNotContain("Exception").isNotBlank();
        assertThat(presenter.unsaved()).isTrue();
        assertThat(presenter.draft().value(Field.TITLE)).isEqualTo("Gentle chin tuck");
        assertThat(changes).isZero();
    }

    @Test
    void choosingAnotherTechniqueWithUnsavedEditsAsksFirstAndKeepsThemUnlessDiscarded() {
        openChinTuck();
        int chin = indexOf("chin-tuck");
        int other = chin == 0 ? 1 : 0;
        presenter.set(Field.TITLE, "Gentle chin tuck");
        discard = false;
        assertThat(presenter.select(other)).isFalse();
        assertThat(events).contains("asked to discard Gentle chin tuck");
        assertThat(lastSelected).as("the list back on chin tuck").isEqualTo(chin);
        assertThat(presenter.draft().value(Field.TITLE)).isEqualTo("Gentle chin tuck");

        discard = true;
        assertThat(presenter.select(other)).isTrue();
        assertThat(presenter.editing().orElseThrow().id()).isEqualTo(presenter.techniques().get(other).id());
        assertThat(presenter.unsaved()).isFalse();

        // Without edits, nobody is asked.
        events.clear();
        assertThat(presenter.select(chin)).isTrue();
        assertThat(events).noneMatch(e -> e.startsWith("asked"));
    }

    @Test
    void addNewMakesAnUnsavedTechniqueThatOnlySaveWrites() {
        openChinTuck();
        int before = presenter.techniques().size();
        events.clear();
        presenter.add();
        assertThat(presenter.isNew()).isTrue();
        assertThat(presenter.unsaved()).as("not saved yet").isTrue();
        assertThat(events).contains("listed " + before + " @-1", "focus TITLE");
        Technique fresh = presenter.editing().orElseThrow();
        assertThat(fresh.categoryId()).isEqualTo("stretching");
        assertThat(Files.exists(media.resolve("techniques/" + fresh.id() + ".txt"))).isFalse();
        presenter.save();
        assertThat(presenter.problems()).extracting(SlidesPresenter.Problem::field)
                .containsExactly(Field.SUMMARY, Field.STEPS);

        presenter.set(Field.TITLE, "Neck roll");
        presenter.set(Field.SUMMARY, "Loosens the neck.");
        presenter.set(Field.STEPS, "Sit tall.\nRoll the head slowly.");
        presenter.save();
        assertThat(presenter.status().text()).isEqualTo("Saved.");
        assertThat(media.resolve("techniques/" + fresh.id() + ".txt")).exists();
        assertThat(presenter.techniques()).hasSize(before + 1);
        assertThat(presenter.isNew()).isFalse();
        assertThat(presenter.editing().orElseThrow().title()).isEqualTo("Neck roll");
    }

    @Test
    void duplicateMoveHideAndDeleteChangeTheFilesAndTheList() throws IOException {
        openChinTuck();
        int before = presenter.techniques().size();
        presenter.duplicate();
        assertThat(presenter.techniques()).hasSize(before + 1);
        assertThat(presenter.editing().orElseThrow().title()).isEqualTo("Chin tuck (copy)");
        String copy = presenter.editing().orElseThrow().id();

        presenter.toggle();
        assertThat(ContentLoader.load(media).technique(copy).orElseThrow().enabled()).isFalse();
        assertThat(presenter.editing().orElseThrow().id()).isEqualTo(copy);

        delete = false;
        presenter.delete();
        assertThat(events).contains("asked to delete Chin tuck (copy)");
        assertThat(media.resolve("techniques/" + copy + ".txt")).exists();
        delete = true;
        presenter.delete();
        assertThat(media.resolve("techniques/" + copy + ".txt")).doesNotExist();
        assertThat(presenter.techniques()).hasSize(before);
        assertThat(changes).isEqualTo(3);

        openChinTuck();
        int at = indexOf("chin-tuck");
        presenter.move(-1);
        assertThat(indexOf("chin-tuck")).isEqualTo(at - 1);
        assertThat(ContentLoader.load(media).techniques().get(at - 1).id()).isEqualTo("chin-tuck");
    }

    @Test
    void aListCommandWithUnsavedEditsAsksFirst() {
        openChinTuck();
        int at = indexOf("chin-tuck");
        presenter.set(Field.TITLE, "Gentle chin tuck");
        discard = false;
        presenter.move(-1);
        assertThat(indexOf("chin-tuck")).as("not moved").isEqualTo(at);
        assertThat(presenter.draft().value(Field.TITLE)).isEqualTo("Gentle chin tuck");
        assertThat(changes).isZero();
    }

    @Test
    void aPictureFromAUsbStickIsCopiedInAndChosen() throws IOException {
        openChinTuck();
        Path stick = Files.createDirectories(dir.resolve("stick"));
        usbImages.add(Files.copy(TestMedia.MEDIA.resolve("illustrations/heat-therapy.svg"),
                stick.resolve("Warm Pack.svg")));
        presenter.importPicture();
        assertThat(presenter.draft().value(Field.ILLUSTRATION)).isEqualTo("warm-pack.svg");
        assertThat(media.resolve("illustrations/warm-pack.svg")).exists();
        assertThat(presenter.pictures()).contains("warm-pack.svg");
        assertThat(preloaded).contains("warm-pack.svg");
        assertThat(presenter.unsaved()).isTrue();

        usbImages.clear();
        presenter.importPicture();
        assertThat(presenter.status().text()).isEqualTo("No pictures (SVG, PNG, JPEG) were found on a USB stick.");
    }

    @Test
    void thePreviewSpeaksTheChosenLanguageAndFollowsTheForm() {
        openChinTuck();
        events.clear();
        presenter.previewIn(Locale.forLanguageTag("es"));
        assertThat(events).containsExactly("preview now");
        assertThat(presenter.previewSlide().orElseThrow().technique().title()).isEqualTo("Retracción de barbilla");
        assertThat(presenter.previewLanguage().texts().get("dose.HOLD")).isEqualTo("Mantén:");

        presenter.previewIn(Locale.ENGLISH);
        presenter.set(Field.SUMMARY, "A new summary.");
        assertThat(presenter.previewSlide().orElseThrow().technique().summary()).isEqualTo("A new summary.");
    }

    @Test
    void theWhenPartSchedulesTheTechniqueAndItsProblemsStopTheSave() throws IOException {
        openChinTuck();
        Path file = media.resolve("techniques/chin-tuck.txt");
        SchedulePresenter when = presenter.schedule();
        assertThat(when.summary()).isEqualTo("Always");
        when.day(java.time.DayOfWeek.SATURDAY, false);
        when.day(java.time.DayOfWeek.SUNDAY, false);
        when.addRange();
        assertThat(presenter.unsaved()).isTrue();
        assertThat(presenter.technique().schedule().isShownAt(java.time.LocalDate.of(2026, 12, 5).atTime(9, 0)))
                .as("a Saturday").isFalse();

        // Until before from: a problem at the When part, the save refused there.
        when.openPicker(ScheduleDraft.Part.FROM);
        when.pick(java.time.LocalDate.of(2026, 12, 20));
        when.openPicker(ScheduleDraft.Part.UNTIL);
        when.pick(java.time.LocalDate.of(2026, 12, 10));
        assertThat(presenter.problems()).extracting(SlidesPresenter.Problem::field).containsExactly(Field.SCHEDULE);
        events.clear();
        presenter.save();
        assertThat(events).containsExactly("focus SCHEDULE");
        assertThat(Files.readString(file)).doesNotContain("days:");

        when.clear(ScheduleDraft.Part.UNTIL);
        presenter.save();
        assertThat(presenter.status().text()).isEqualTo("Saved.");
        assertThat(Files.readString(file)).startsWith("# Source:").contains("show-from: 2026-12-20\n",
                "days: mon, tue, wed, thu, fri\n", "hours: 08:00-12:00\n").doesNotContain("show-until:");
        assertThat(ContentLoader.load(media).technique("chin-tuck").orElseThrow().schedule())
                .isEqualTo(presenter.technique().schedule());

        // Revert after an edit puts the control back as saved.
        when.removeRange(0);
        presenter.revert();
        assertThat(when.summary()).isEqualTo("Mon–Fri, 08:00–12:00, from 20 Dec 2026");
    }
}
