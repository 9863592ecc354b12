package org.physiokiosk.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.content.Notice;
import org.physiokiosk.schedule.Schedule;
import org.physiokiosk.schedule.ScheduleText;
import org.physiokiosk.settings.KioskSettings;
import org.physiokiosk.settings.SettingsLoader;
import org.physiokiosk.staff.ContentEditor;
import org.physiokiosk.staff.SettingsForm.Tone;
import org.physiokiosk.testing.TestMedia;
import org.physiokiosk.ui.Texts;
import org.physiokiosk.ui.staff.NoticesPresenter.Field;
import org.physiokiosk.ui.staff.NoticesPresenter.State;
import org.physiokiosk.ui.staff.ScheduleDraft.Part;

/** The Notices tab's rules without a display: over a copy of the test content, work run at once. */
class NoticesPresenterTest {

    @TempDir
    Path dir;

    private Path media;
    private NoticesPresenter presenter;
    private final List<String> events = new ArrayList<>();
    private final List<String> preloaded = new ArrayList<>();
    private List<NoticesPresenter.Row> rows = List.of();
    private int selected = -2;
    private int changes;
    private boolean discard;
    private boolean delete;

    private final NoticesPresenter.View view = new NoticesPresenter.View() {
        @Override
        public void listed(List<NoticesPresenter.Row> r, int s) {
            rows = r;
            selected = s;
            events.add("listed " + r.size() + " @" + s);
        }

        @Override
        public void choices(List<String> pictures) {
            events.add("choices " + pictures.size());
        }

        @Override
        public void show(NoticesPresenter.Draft draft, boolean fresh) {
            events.add("show " + draft.title() + (fresh ? " fresh" : ""));
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
    };

    @BeforeEach
    void open() throws IOException {
        media = TestMedia.copyInto(dir);
        KioskSettings settings = SettingsLoader.load(TestMedia.settingsIn(dir)).settings();
        // Monday 30 November 2026, 10:00 by the kiosk's clock.
        ContentEditor content = new ContentEditor(media, Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"),
                ZoneOffset.UTC));
        StaffServices services = (StaffServices) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {StaffServices.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "settings" -> settings;
                    case "content" -> content;
                    default -> null;
                });
        presenter = new NoticesPresenter(services, new Texts(Locale.ENGLISH), new StaffWork(Runnable::run,
                Runnable::run), preloaded::addAll, () -> changes++);
        presenter.attach(view);
        presenter.refresh(null);
    }

    private int indexOf(String id) {
        for (int i = 0; i < presenter.notices().size(); i++) {
            if (presenter.notices().get(i).id().equals(id)) {
                return i;
            }
        }
        throw new AssertionError(id + " not listed");
    }

    private Notice onDisk(String id) {
        return ContentLoader.load(media).notice(id).orElseThrow();
    }

    @Test
    void theListShowsEachNoticeWithWhetherItIsOnScreenNowAndWhenItShows() {
        assertThat(presenter.notices()).extracting(Notice::id)
                .containsExactly("fixture-closed", "fixture-pilates", "fixture-welcome");
        assertThat(selected).isZero();
        assertThat(presenter.draft().title()).isEqualTo("Closed on 24–26 December");
        assertThat(rows.get(0).when()).isEqualTo("Until 26 Dec 2099");
        assertThat(preloaded).contains("posture-sitting.svg");
        assertThat(presenter.pictures()).contains("posture-sitting.svg").noneMatch(n -> n.startsWith("symptom-"));

        Notice n = presenter.notices().get(0);
        java.time.LocalDateTime monday10 = LocalDate.of(2026, 11, 30).atTime(10, 0);
        assertThat(NoticesPresenter.state(n, monday10)).isEqualTo(State.ON);
        Notice mornings = new Notice("m", 1, "t", List.of("x"), "", "", Notice.Style.WELCOME, true,
                ScheduleText.parse(new Schedule.Written("", "2026-12-31", "", "08:00-09:00")).schedule(), null);
        assertThat(NoticesPresenter.state(mornings, monday10)).isEqualTo(State.OFF_SCHEDULE);
        assertThat(NoticesPresenter.state(mornings, LocalDate.of(2027, 1, 1).atTime(8, 30))).isEqualTo(State.ENDED);
        Notice off = new Notice("o", 1, "t", List.of("x"), "", "", Notice.Style.WELCOME, false, Schedule.ALWAYS, null);
        assertThat(NoticesPresenter.state(off, monday10)).isEqualTo(State.SWITCHED_OFF);
        Notice broken = new Notice("b", 1, "t", List.of("x"), "", "", Notice.Style.WELCOME, true,
                ScheduleText.parse(new Schedule.Written("", "", "someday", "")).schedule(), null);
        assertThat(NoticesPresenter.state(broken, monday10)).isEqualTo(State.UNREADABLE);
    }

    @Test
    void addMakesACleanUnsavedNoticeThatSaveWritesWithItsKeys() throws IOException {
        presenter.select(indexOf("fixture-pilates"));
        events.clear();
        presenter.add();
        assertThat(presenter.isNew()).isTrue();
        assertThat(presenter.unsaved()).isTrue();
        assertThat(events).contains("listed 3 @-1", "focus TITLE");
        NoticesPresenter.Draft d = presenter.draft();
        assertThat(d.title()).isEqualTo("New notice");
        assertThat(d.text()).isEmpty();
        assertThat(d.style()).isEqualTo(Notice.Style.INFORMATION);
        assertThat(d.picture()).isEmpty();
        assertThat(d.link()).isEmpty();
        assertThat(d.schedule()).isEqualTo(ScheduleDraft.ALWAYS);
        assertThat(presenter.schedule().draft()).as("the control shows the template's schedule")
                .isEqualTo(ScheduleDraft.ALWAYS);

        presenter.save();
        assertThat(presenter.problems()).extracting(NoticesPresenter.Problem::field).containsExactly(Field.TEXT);
        assertThat(events).contains("focus TEXT");

        presenter.set(Field.TITLE, "New: Pilates on Thursdays");
        presenter.set(Field.TEXT, "Every Thursday at 18:00.\n\n  Ask at the reception.  ");
        presenter.style(Notice.Style.WELCOME);
        presenter.set(Field.PICTURE, "welcome.svg");
        presenter.set(Field.LINK, "https://www.example-clinic.co.uk/pilates");
        presenter.schedule().day(DayOfWeek.SATURDAY, false);
        presenter.schedule().day(DayOfWeek.SUNDAY, false);
        presenter.schedule().addRange();
        assertThat(presenter.previewSlide().orElseThrow().notice().style()).isEqualTo(Notice.Style.WELCOME);
        presenter.save();

        assertThat(presenter.status().text()).isEqualTo("Saved.");
        assertThat(changes).isEqualTo(1);
        assertThat(presenter.isNew()).isFalse();
        assertThat(presenter.unsaved()).isFalse();
        Path file = media.resolve("notices/new-pilates-on-thursdays.txt");
        assertThat(Files.readString(file)).contains("id: new-pilates-on-thursdays\n", "order: 4\n",
                "title: New: Pilates on Thursdays\n", "style: welcome\n", "picture: welcome.svg\n",
                "link: https://www.example-clinic.co.uk/pilates\n", "days: mon, tue, wed, thu, fri\n",
                "hours: 08:00-12:00\n", "text:\n- Every Thursday at 18:00.\n- Ask at the reception.\n");
        Notice saved = onDisk("new-pilates-on-thursdays");
        assertThat(saved.schedule().isShownAt(LocalDate.of(2026, 12, 3).atTime(9, 0))).isTrue();
        assertThat(saved.schedule().isShownAt(LocalDate.of(2026, 12, 5).atTime(9, 0))).isFalse();
        assertThat(presenter.notices()).hasSize(4);
        assertThat(presenter.editing().orElseThrow().id()).isEqualTo("new-pilates-on-thursdays");
        assertThat(rows.get(selected).when()).isEqualTo("Mon–Fri, 08:00–12:00");
    }

    @Test
    void anEditIsSavedIntoTheFileKeepingItsCommentsAndRevertPutsTheFormBack() throws IOException {
        Path file = media.resolve("notices/fixture-pilates.txt");
        Files.writeString(file, "# Written by the front desk\n" + Files.readString(file));
        presenter.refresh("fixture-pilates");
        presenter.set(Field.TITLE, "Pilates on Thursdays and Fridays");
        assertThat(presenter.unsaved()).isTrue();
        presenter.revert();
        assertThat(presenter.unsaved()).isFalse();
        assertThat(presenter.draft().title()).isEqualTo("Pilates classes on Thursdays");

        presenter.set(Field.TITLE, "Pilates on Thursdays and Fridays");
        presenter.schedule().openPicker(Part.UNTIL);
        presenter.schedule().nextMonth();
        presenter.schedule().pick(LocalDate.of(2026, 12, 18));
        presenter.save();
        assertThat(presenter.status().tone()).isEqualTo(Tone.SUCCESS);
        String text = Files.readString(file);
        assertThat(text).startsWith("# Written by the front desk\n").contains("show-until: 2026-12-18\n");
        assertThat(onDisk("fixture-pilates").title()).isEqualTo("Pilates on Thursdays and Fridays");
        assertThat(onDisk("fixture-pilates").link()).isEqualTo("https://www.example-clinic.co.uk/pilates");
        assertThat(media.resolve("notices/fixture-pilates.es.txt")).as("translations left alone").exists();
    }

    @Test
    void eachProblemIsAtItsFieldAndStopsTheSave() throws IOException {
        presenter.refresh("fixture-pilates");
        Path file = media.resolve("notices/fixture-pilates.txt");
        String before = Files.readString(file);
        presenter.set(Field.TITLE, " ");
        presenter.set(Field.TEXT, "\n ");
        presenter.set(Field.LINK, "http://www.example-clinic.co.uk");
        presenter.schedule().openPicker(Part.FROM);
        presenter.schedule().pick(LocalDate.of(2026, 11, 20));
        presenter.schedule().openPicker(Part.UNTIL);
        presenter.schedule().pick(LocalDate.of(2026, 11, 10));

        assertThat(presenter.problems()).extracting(NoticesPresenter.Problem::field)
                .containsExactly(Field.TITLE, Field.TEXT, Field.LINK, Field.SCHEDULE);
        assertThat(presenter.problem(Field.LINK).orElseThrow().text())
                .isEqualTo("The link must start with https:// (e.g. https://www.example-clinic.co.uk/book).");
        assertThat(presenter.problem(Field.SCHEDULE).orElseThrow().text())
                .isEqualTo("The last day is before the first day: the slide would never show.");
        events.clear();
        presenter.save();
        assertThat(events).containsExactly("focus TITLE");
        assertThat(presenter.status().text()).isEqualTo("Not saved: first correct what is marked in red.");
        assertThat(Files.readString(file)).isEqualTo(before);

        presenter.revert();
        presenter.set(Field.LINK, "https://localhost");
        assertThat(presenter.problem(Field.LINK).orElseThrow().text()).startsWith("This is not a web address");
        presenter.set(Field.LINK, "https://www.example.com/" + "x".repeat(300));
        assertThat(presenter.problem(Field.LINK).orElseThrow().text()).contains("at most 300 characters");
        presenter.set(Field.LINK, "");
        assertThat(presenter.problems()).isEmpty();
        // An empty range and overlapping ranges, each at its row.
        presenter.schedule().addRange();
        presenter.schedule().step(0, true, -16);
        events.clear();
        presenter.save();
        assertThat(events).containsExactly("focus SCHEDULE");
    }

    @Test
    void aSaveThatFailsIsToldInPlainWordsAndTheEditsStay() throws IOException {
        presenter.refresh("fixture-pilates");
        Path file = media.resolve("notices/fixture-pilates.txt");
        Files.delete(file);
        Files.createDirectory(file); // cannot be read or replaced
        presenter.set(Field.TITLE, "Pilates on Fridays");
        presenter.save();
        assertThat(presenter.status().tone()).isEqualTo(Tone.PROBLEM);
        assertThat(presenter.status().text()).startsWith("Not saved: ").doesNotContain("Exception")
                .endsWith("The kiosk goes on showing the notice as it was.");
        assertThat(presenter.unsaved()).isTrue();
        assertThat(presenter.draft().title()).isEqualTo("Pilates on Fridays");
        assertThat(changes).isZero();
    }

    @Test
    void duplicateHideAndDeleteChangeTheFilesAndTheList() throws IOException {
        presenter.refresh("fixture-closed");
        presenter.duplicate();
        assertThat(presenter.notices()).hasSize(4);
        Notice copy = presenter.editing().orElseThrow();
        assertThat(copy.id()).isEqualTo("closed-on-24-26-december-copy");
        assertThat(copy.title()).isEqualTo("Closed on 24–26 December (copy)");
        assertThat(copy.style()).isEqualTo(Notice.Style.IMPORTANT);
        assertThat(copy.schedule()).isEqualTo(onDisk("fixture-closed").schedule());
        Path es = media.resolve("notices/" + copy.id() + ".es.txt");
        assertThat(Files.readString(es)).startsWith("id: " + copy.id() + "\n").contains("Cerrado del 24 al 26");

        presenter.toggle();
        assertThat(onDisk(copy.id()).enabled()).isFalse();
        assertThat(rows.get(selected).state()).isEqualTo(State.SWITCHED_OFF);
        assertThat(rows.get(selected).stateWords()).isEqualTo("Switched off");
        presenter.toggle();
        assertThat(onDisk(copy.id()).enabled()).isTrue();

        delete = false;
        presenter.delete();
        assertThat(events).contains("asked to delete Closed on 24–26 December (copy)");
        assertThat(media.resolve("notices/" + copy.id() + ".txt")).exists();
        delete = true;
        presenter.delete();
        assertThat(media.resolve("notices/" + copy.id() + ".txt")).doesNotExist();
        assertThat(es).as("its translations go with it").doesNotExist();
        assertThat(presenter.notices()).hasSize(3);
        assertThat(changes).isEqualTo(4);
    }

    @Test
    void choosingAnotherNoticeWithUnsavedEditsAsksFirst() {
        presenter.set(Field.TITLE, "Closed at Christmas");
        discard = false;
        assertThat(presenter.select(1)).isFalse();
        assertThat(events).contains("asked to discard Closed at Christmas");
        assertThat(selected).isZero();
        assertThat(presenter.draft().title()).isEqualTo("Closed at Christmas");
        // A schedule change alone counts as unsaved too.
        presenter.revert();
        presenter.schedule().day(DayOfWeek.MONDAY, false);
        assertThat(presenter.unsaved()).isTrue();
        discard = true;
        assertThat(presenter.select(1)).isTrue();
        assertThat(presenter.unsaved()).isFalse();
    }

    @Test
    void thePreviewFollowsTheFormAndSpeaksTheChosenLanguage() {
        presenter.refresh("fixture-pilates");
        presenter.set(Field.TITLE, "Pilates on Fridays");
        assertThat(presenter.previewSlide().orElseThrow().notice().title()).isEqualTo("Pilates on Fridays");
        events.clear();
        presenter.previewIn(Locale.forLanguageTag("es"));
        assertThat(events).containsExactly("preview now");
        Notice shown = presenter.previewSlide().orElseThrow().notice();
        assertThat(shown.title()).isEqualTo("Clases de pilates los jueves");
        assertThat(shown.link()).isEqualTo("https://www.example-clinic.co.uk/pilates");
    }
}
