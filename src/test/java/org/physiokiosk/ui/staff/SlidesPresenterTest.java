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
import org.physiokiosk.content.Slide;
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
        public void listed(List<SlidesPresenter.Entry> entries, int selected) {
            lastSelected = selected;
            events.add("listed " + entries.size() + " @" + selected);
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
        public void categoryOpened(Category c) {
            events.add("category " + c.id());
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

    /** The row of technique {@code id} in the list. */
    private int indexOf(String id) {
        List<SlidesPresenter.Entry> all = presenter.entries();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i) instanceof SlidesPresenter.Entry.OfTechnique t && t.technique().id().equals(id)) {
                return i;
            }
        }
        throw new AssertionError(id + " not listed");
    }

    /** The row of category {@code id} in the list. */
    private int categoryRow(String id) {
        List<SlidesPresenter.Entry> all = presenter.entries();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i) instanceof SlidesPresenter.Entry.OfCategory c && c.category().id().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("category " + id + " not listed");
    }

    private Technique technique(int row) {
        return ((SlidesPresenter.Entry.OfTechnique) presenter.entries().get(row)).technique();
    }

    private Slide.TechniqueSlide techniquePreview() {
        return (Slide.TechniqueSlide) presenter.previewSlide().orElseThrow();
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
        assertThat(lastSelected).as("the first technique, under its category").isEqualTo(1);
        assertThat(technique(lastSelected).id()).isEqualTo(loop.get(0).id());
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
        assertThat(techniquePreview().technique().title()).isEqualTo("Gentle chin tuck");
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
        assertThat(technique(lastSelected).title()).isEqualTo("Gentle chin tuck");
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
        int other = indexOf(presenter.techniques().stream().map(Technique::id).filter(id -> !id.equals("chin-tuck"))
                .findFirst().orElseThrow());
        presenter.set(Field.TITLE, "Gentle chin tuck");
        discard = false;
        assertThat(presenter.select(other)).isFalse();
        assertThat(events).contains("asked to discard Gentle chin tuck");
        assertThat(lastSelected).as("the list back on chin tuck").isEqualTo(chin);
        assertThat(presenter.draft().value(Field.TITLE)).isEqualTo("Gentle chin tuck");

        discard = true;
        assertThat(presenter.select(other)).isTrue();
        assertThat(presenter.editing().orElseThrow().id()).isEqualTo(technique(other).id());
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
        int rows = presenter.entries().size();
        events.clear();
        presenter.add();
        assertThat(presenter.isNew()).isTrue();
        assertThat(presenter.unsaved()).as("not saved yet").isTrue();
        assertThat(events).contains("listed " + rows + " @-1", "focus TITLE");
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
        int inLoop = ContentLoader.load(media).techniques().stream().map(Technique::id).toList().indexOf("chin-tuck");
        presenter.move(-1);
        assertThat(indexOf("chin-tuck")).isEqualTo(at - 1);
        assertThat(ContentLoader.load(media).techniques().get(inLoop - 1).id()).isEqualTo("chin-tuck");
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
        assertThat(techniquePreview().technique().title()).isEqualTo("Retracción de barbilla");
        assertThat(presenter.previewLanguage().texts().get("dose.HOLD")).isEqualTo("Mantén:");

        presenter.previewIn(Locale.ENGLISH);
        presenter.set(Field.SUMMARY, "A new summary.");
        assertThat(techniquePreview().technique().summary()).isEqualTo("A new summary.");
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

    // ---- categories ----

    private static String rowId(SlidesPresenter.Entry e) {
        return e instanceof SlidesPresenter.Entry.OfCategory c ? "category-" + c.category().id()
                : "technique-" + ((SlidesPresenter.Entry.OfTechnique) e).technique().id();
    }

    @Test
    void eachCategoryIsListedAboveItsTechniquesAsOnTheLoopWithItsScheduleInWords() {
        // The list is the loop without its welcome and closing slides: each category's opening slide, then its techniques.
        List<String> loop = ContentLoader.load(media).loopSlides().stream().map(Slide::id)
                .filter(id -> !id.equals("intro") && !id.equals("closing")).toList();
        assertThat(presenter.entries()).extracting(SlidesPresenterTest::rowId).containsExactlyElementsOf(loop);
        Category stretching = content.library().category("stretching").orElseThrow();
        assertThat(presenter.scheduleWords(stretching)).isEqualTo("Always");
        assertThat(presenter.offNow(stretching)).isEmpty();
    }

    @Test
    void selectingACategoryOpensItsScheduleAndPreviewsItsOpeningSlide() {
        events.clear();
        assertThat(presenter.select(categoryRow("stretching"))).isTrue();
        assertThat(presenter.category()).map(Category::id).contains("stretching");
        assertThat(presenter.editing()).isEmpty();
        assertThat(events).contains("category stretching", "preview now");
        assertThat(presenter.categorySchedule().summary()).isEqualTo("Always");
        assertThat(presenter.unsaved()).isFalse();
        assertThat(presenter.shownStatus().text()).isEmpty();
        Slide.CategoryIntro slide = (Slide.CategoryIntro) presenter.previewSlide().orElseThrow();
        assertThat(slide.category().title()).isEqualTo("Stretching exercises");
        assertThat(slide.techniques()).extracting(Technique::id).containsExactlyElementsOf(
                content.library().techniquesIn("stretching").stream().map(Technique::id).toList());
        // In another language, its words from its translation, as patients of that language see it.
        presenter.previewIn(Locale.forLanguageTag("es"));
        assertThat(((Slide.CategoryIntro) presenter.previewSlide().orElseThrow()).category().title())
                .isEqualTo("Ejercicios de estiramiento");

        // A technique's list commands do nothing while a category is open.
        delete = true;
        presenter.move(-1);
        presenter.toggle();
        presenter.duplicate();
        presenter.delete();
        assertThat(changes).isZero();
        assertThat(presenter.category()).isPresent();

        // Add new: a technique in the open category.
        assertThat(presenter.select(categoryRow("massage"))).isTrue();
        presenter.add();
        assertThat(presenter.category()).isEmpty();
        assertThat(presenter.editing().orElseThrow().categoryId()).isEqualTo("massage");
    }

    @Test
    void savingACategorysScheduleWritesOnlyItsScheduleLinesAndTheLoopFollows() throws IOException {
        Path file = media.resolve("categories/stretching.txt");
        String before = Files.readString(file);
        java.util.Map<String, String> translations = new java.util.TreeMap<>();
        for (String lang : List.of("de", "es", "fr", "uk")) {
            translations.put(lang, Files.readString(media.resolve("categories/stretching." + lang + ".txt")));
        }
        assertThat(presenter.select(categoryRow("stretching"))).isTrue();
        SchedulePresenter when = presenter.categorySchedule();
        when.day(java.time.DayOfWeek.SATURDAY, false);
        when.day(java.time.DayOfWeek.SUNDAY, false);
        when.addRange();
        when.openPicker(ScheduleDraft.Part.FROM);
        when.pick(java.time.LocalDate.of(2026, 12, 1));
        assertThat(presenter.unsaved()).isTrue();
        assertThat(presenter.shownStatus().text()).isEqualTo("Unsaved changes");
        presenter.save();

        assertThat(presenter.status().text()).isEqualTo("Saved.");
        assertThat(changes).isEqualTo(1);
        assertThat(presenter.unsaved()).isFalse();
        assertThat(presenter.category()).as("still open").map(Category::id).contains("stretching");
        assertThat(lastSelected).isEqualTo(categoryRow("stretching"));
        String after = Files.readString(file);
        // The four lines where one-line keys go (before the first list); every other line as it was, in its order.
        assertThat(after).contains("summary: Stretching can help improve your posture, increase your range of motion "
                + "and relieve tension in your upper back.\nshow-from: 2026-12-01\ndays: mon, tue, wed, thu, fri\n"
                + "hours: 08:00-12:00\ntips:\n").doesNotContain("show-until:");
        assertThat(after.lines().filter(l -> !l.matches("(show-from|days|hours): .*")).toList())
                .containsExactlyElementsOf(before.lines().toList());
        for (var t : translations.entrySet()) {
            assertThat(media.resolve("categories/stretching." + t.getKey() + ".txt")).as("a translation holds no "
                    + "schedule").hasContent(t.getValue());
        }

        // What the loop reads: the opening slide, and its techniques with it, on weekday mornings from 1 December.
        var lib = ContentLoader.load(media);
        assertThat(lib.category("stretching").orElseThrow().schedule()).isEqualTo(when.draft().schedule());
        Slide intro = lib.loopSlides().stream().filter(x -> x.id().equals("category-stretching")).findFirst()
                .orElseThrow();
        Slide chin = lib.loopSlides().stream().filter(x -> x.id().equals("technique-chin-tuck")).findFirst()
                .orElseThrow();
        java.time.LocalDate monday = java.time.LocalDate.of(2026, 12, 7);
        assertThat(intro.isShownAt(monday.atTime(9, 0))).isTrue();
        assertThat(intro.isShownAt(monday.atTime(13, 0))).as("afternoon").isFalse();
        assertThat(intro.isShownAt(monday.minusDays(2).atTime(9, 0))).as("a Saturday").isFalse();
        assertThat(intro.isShownAt(java.time.LocalDate.of(2026, 11, 30).atTime(9, 0))).as("before the 1st").isFalse();
        assertThat(chin.isShownAt(monday.minusDays(2).atTime(9, 0))).as("its techniques go with it").isFalse();
        assertThat(presenter.offNow(lib.category("stretching").orElseThrow())).contains("now off: from 1 Dec 2026");

        // Back to "Always": the file is as it was, byte for byte.
        when.day(java.time.DayOfWeek.SATURDAY, true);
        when.day(java.time.DayOfWeek.SUNDAY, true);
        when.removeRange(0);
        when.clear(ScheduleDraft.Part.FROM);
        presenter.save();
        assertThat(presenter.status().text()).isEqualTo("Saved.");
        assertThat(file).hasContent(before);
    }

    @Test
    void aCategoryOffNowSaysWhyByTheLoopsOwnRule() throws IOException {
        // The test's clock: Monday 30 November 2026, 10:00.
        presenter.select(categoryRow("stretching"));
        presenter.categorySchedule().day(java.time.DayOfWeek.MONDAY, false);
        presenter.save();
        Category stretching = content.library().category("stretching").orElseThrow();
        assertThat(presenter.scheduleWords(stretching)).isEqualTo("Tue–Sun");
        assertThat(presenter.offNow(stretching)).contains("now off: shows Tue–Sun only");
        assertThat(presenter.offNow(content.library().technique("chin-tuck").orElseThrow()))
                .as("its techniques are off with it").contains("now off: category Stretching exercises, shows Tue–Sun only");

        // None of its techniques on: the loop skips the category, and the list says so.
        Category relaxation = content.library().category("relaxation").orElseThrow();
        assertThat(presenter.offNow(relaxation)).isEmpty();
        for (Technique t : content.library().techniquesIn("relaxation")) {
            content.setEnabled(t.id(), false);
        }
        presenter.refresh(null);
        relaxation = content.library().category("relaxation").orElseThrow();
        assertThat(presenter.offNow(relaxation)).contains("now off: none of its techniques is on");
        assertThat(ContentLoader.load(media).loopSlides()).extracting(Slide::id).doesNotContain("category-relaxation");
    }

    @Test
    void aCategorysUnsavedScheduleIsAskedAboutBeforeLeavingAndRevertPutsItBack() {
        assertThat(presenter.select(categoryRow("massage"))).isTrue();
        presenter.categorySchedule().day(java.time.DayOfWeek.MONDAY, false);
        assertThat(presenter.unsaved()).isTrue();
        discard = false;
        events.clear();
        assertThat(presenter.select(indexOf("chin-tuck"))).isFalse();
        assertThat(events).contains("asked to discard Massage therapy");
        assertThat(lastSelected).as("the list back on the category").isEqualTo(categoryRow("massage"));
        assertThat(presenter.categorySchedule().dayOn(java.time.DayOfWeek.MONDAY)).isFalse();

        presenter.revert();
        assertThat(presenter.unsaved()).isFalse();
        assertThat(presenter.categorySchedule().dayOn(java.time.DayOfWeek.MONDAY)).isTrue();

        // A technique's unsaved edits are asked about before a category opens.
        assertThat(presenter.select(indexOf("chin-tuck"))).isTrue();
        presenter.set(Field.TITLE, "Gentle chin tuck");
        events.clear();
        assertThat(presenter.select(categoryRow("massage"))).isFalse();
        assertThat(events).containsExactly("asked to discard Gentle chin tuck", "listed " + presenter.entries().size()
                + " @" + indexOf("chin-tuck"));
        discard = true;
        assertThat(presenter.select(categoryRow("massage"))).isTrue();
        assertThat(presenter.category()).map(Category::id).contains("massage");
        assertThat(presenter.unsaved()).isFalse();
    }

    @Test
    void aCategorysScheduleProblemStopsTheSaveAndAFailedSaveIsToldPlainlyKeepingTheOldSchedule() throws IOException {
        Path file = media.resolve("categories/stretching.txt");
        String before = Files.readString(file);
        presenter.select(categoryRow("stretching"));
        SchedulePresenter when = presenter.categorySchedule();
        when.openPicker(ScheduleDraft.Part.FROM);
        when.pick(java.time.LocalDate.of(2026, 12, 20));
        when.openPicker(ScheduleDraft.Part.UNTIL);
        when.pick(java.time.LocalDate.of(2026, 12, 10));
        assertThat(presenter.problems()).extracting(SlidesPresenter.Problem::field).containsExactly(Field.SCHEDULE);
        assertThat(presenter.shownStatus().text()).isEqualTo(
                "The last day is before the first day: the slide would never show.");
        events.clear();
        presenter.save();
        assertThat(events).containsExactly("focus SCHEDULE");
        assertThat(presenter.status().text()).isEqualTo("Not saved: first correct what is marked in red.");
        assertThat(file).hasContent(before);

        when.clear(ScheduleDraft.Part.UNTIL);
        // A folder where the backup goes: the save is refused before anything is written.
        Files.createDirectories(media.resolve("categories/stretching.txt.bak/in-the-way"));
        presenter.save();
        assertThat(presenter.status().tone()).isEqualTo(Tone.PROBLEM);
        assertThat(presenter.status().text()).startsWith("Not saved: ")
                .endsWith("The loop keeps the category's schedule as it was.").doesNotContain("Exception");
        assertThat(file).hasContent(before);
        assertThat(ContentLoader.load(media).category("stretching").orElseThrow().schedule().isAlways()).isTrue();
        assertThat(presenter.unsaved()).as("the new schedule stays on the form").isTrue();
        assertThat(when.summary()).isEqualTo("From 20 Dec 2026");
        assertThat(changes).isZero();
    }
}
