package org.physiokiosk.ui.staff;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.physiokiosk.content.ContentSchema;
import org.physiokiosk.content.Notice;
import org.physiokiosk.content.Slide;
import org.physiokiosk.content.SlideLibrary;
import org.physiokiosk.loop.Reason;
import org.physiokiosk.qr.WebLink;
import org.physiokiosk.schedule.Schedule;
import org.physiokiosk.staff.SettingsForm.Status;
import org.physiokiosk.staff.SettingsForm.Tone;
import org.physiokiosk.ui.Texts;

/**
 * The Notices tab without its Swing: the clinic's notices with whether each is on screen now,
 * the notice being edited as a draft of the form (title, lines, style, picture, link and its
 * schedule), what is wrong with it at each field, whether it has unsaved changes, and what each
 * button does (add from a clean template, save, revert, duplicate, hide / show, delete, the
 * preview's language). Files are read and written through {@link StaffWork}.
 */
final class NoticesPresenter {

    /** The editor's parts, as tabs: the notice itself, and when it is shown. */
    enum Part { NOTICE, WHEN }

    /** The form's fields, each on its part. */
    enum Field {
        TITLE(Part.NOTICE), TEXT(Part.NOTICE), STYLE(Part.NOTICE), PICTURE(Part.NOTICE), LINK(Part.NOTICE),
        SCHEDULE(Part.WHEN);

        private final Part part;

        Field(Part part) {
            this.part = part;
        }

        Part part() {
            return part;
        }
    }

    /** Whether a notice is on the loop now, and if not, why. */
    enum State { ON, OFF_SCHEDULE, ENDED, UNREADABLE, SWITCHED_OFF }

    /** A notice in the list: its state now and its schedule in words. */
    record Row(Notice notice, State state, String stateWords, String when) {
    }

    /** What is wrong, at the field where it is put right. */
    record Problem(Field field, String text) {
    }

    /** The form's values. */
    record Draft(String title, String text, Notice.Style style, String picture, String link, ScheduleDraft schedule) {
        static Draft of(Notice n) {
            return new Draft(n.title(), String.join("\n", n.text()), n.style(), n.picture(), n.link(),
                    ScheduleDraft.of(n.schedule()));
        }

        String value(Field f) {
            return switch (f) {
                case TITLE -> title;
                case TEXT -> text;
                case STYLE -> style.word();
                case PICTURE -> picture;
                case LINK -> link;
                case SCHEDULE -> "";
            };
        }

        Draft with(Field f, String v) {
            return switch (f) {
                case TITLE -> new Draft(v, text, style, picture, link, schedule);
                case TEXT -> new Draft(title, v, style, picture, link, schedule);
                case STYLE -> new Draft(title, text, Notice.Style.of(v).orElse(style), picture, link, schedule);
                case PICTURE -> new Draft(title, text, style, v, link, schedule);
                case LINK -> new Draft(title, text, style, picture, v, schedule);
                case SCHEDULE -> this;
            };
        }

        Draft with(ScheduleDraft s) {
            return new Draft(title, text, style, picture, link, s);
        }
    }

    /** The tab on screen. */
    interface View {
        /** The notices in loop order, {@code selected} chosen (-1: none, a new notice not saved yet). */
        void listed(List<Row> rows, int selected);

        /** The pictures staff may choose ("" first: none). */
        void choices(List<String> pictures);

        /** Shows the draft's values; {@code fresh}: another notice was loaded. */
        void show(Draft draft, boolean fresh);

        /** The problems, the status or "unsaved" changed. */
        void stateChanged();

        /** The preview should be drawn again: at once, or after a pause in typing. */
        void previewChanged(boolean atOnce);

        /** Takes staff to {@code field}: its part opened, the field focused. */
        void focus(Field field);

        /** "{@code title}" has unsaved changes: true to throw them away. */
        boolean confirmDiscard(String title);

        /** True when staff confirm deleting {@code title}. */
        boolean confirmDelete(String title);
    }

    private final StaffServices services;
    private final Texts texts;
    private final StaffWork work;
    private final Consumer<List<String>> preload;
    private final Runnable changed;
    private final PreviewLanguage previewLanguage;
    private final SchedulePresenter schedule;
    private View view;
    private List<Notice> notices = List.of();
    private List<String> pictures = List.of();
    /** The notice as loaded (or the template added, not saved yet); null while there is none. */
    private Notice editing;
    private boolean isNew;
    private Draft loaded;
    private Draft draft;
    private Status status = new Status(Tone.NONE, "");

    /**
     * @param preload reads pictures by file name (on the worker), so the preview finds them ready
     * @param changed told after every saved change (the kiosk restarts with it)
     */
    NoticesPresenter(StaffServices services, Texts texts, StaffWork work, Consumer<List<String>> preload,
                     Runnable changed) {
        this.services = services;
        this.texts = texts;
        this.work = work;
        this.preload = preload;
        this.changed = changed;
        this.previewLanguage = new PreviewLanguage(PreviewLanguage.offered(services.settings()),
                () -> services.content().library(), new Texts(Locale.ENGLISH), work);
        this.schedule = new SchedulePresenter(texts, () -> services.content().today(), this::scheduleEdited);
    }

    void attach(View v) {
        this.view = v;
    }

    /** The schedule control of the notice being edited. */
    SchedulePresenter schedule() {
        return schedule;
    }

    // ---- state ----

    Optional<Notice> editing() {
        return Optional.ofNullable(editing);
    }

    Draft draft() {
        return draft;
    }

    boolean isNew() {
        return isNew;
    }

    List<Notice> notices() {
        return notices;
    }

    List<String> pictures() {
        return pictures;
    }

    Status status() {
        return status;
    }

    /** True when the form differs from the notice as saved (a notice added and not saved yet counts). */
    boolean unsaved() {
        return editing != null && (isNew || !notice().equals(built(loaded)) || !draft.schedule().equals(
                loaded.schedule()));
    }

    /** The notice as the form has it now. */
    Notice notice() {
        return built(draft);
    }

    private Notice built(Draft d) {
        return new Notice(editing.id(), editing.order(), d.title().strip(), lines(d.text()), d.picture(),
                d.link().strip(), d.style(), editing.enabled(), d.schedule().schedule(), editing.source());
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** The list's rows: each notice, whether it is on screen now and why not (as the loop decides), and when it shows. */
    List<Row> rows() {
        LocalDateTime now = services.content().now();
        ReasonWords words = new ReasonWords(texts);
        return notices.stream().map(n -> {
            State state = state(n, now);
            // "now off: shows Mon–Fri only", "hidden until line 4 is fixed": the Slides list's words.
            String said = state == State.OFF_SCHEDULE || state == State.UNREADABLE
                    ? words.slideNote(Reason.ofNotice(services.content().library(), n, now))
                            .orElse(texts.get("staff.notices.state." + state.name()))
                    : texts.get("staff.notices.state." + state.name());
            return new Row(n, state, said, schedule.summary(ScheduleDraft.of(n.schedule())));
        }).toList();
    }

    /** Whether the notice is on screen at {@code now}, by the loop's own rule ({@link Slide#offAt}). */
    static State state(Notice n, LocalDateTime now) {
        Optional<Slide.Off> off = new Slide.NoticeSlide(n).offAt(now);
        if (off.isEmpty()) {
            return State.ON;
        }
        if (off.get() instanceof Slide.Off.SwitchedOff) {
            return State.SWITCHED_OFF;
        }
        Schedule.Off why = ((Slide.Off.OwnSchedule) off.get()).why();
        if (why instanceof Schedule.Off.Unreadable) {
            return State.UNREADABLE;
        }
        return why instanceof Schedule.Off.Ended ? State.ENDED : State.OFF_SCHEDULE;
    }

    /**
     * What the line under Save says: what just happened, else the form's first problem, else
     * "Unsaved changes", else nothing.
     */
    Status shownStatus() {
        if (status.tone() != Tone.NONE) {
            return status;
        }
        List<Problem> found = problems();
        if (!found.isEmpty()) {
            return new Status(Tone.PROBLEM, found.get(0).text());
        }
        return unsaved() ? new Status(Tone.NONE, texts.get("staff.unsaved")) : status;
    }

    /**
     * Everything that stops a save, each at its field: no title, no line of text, a picture the
     * loader would refuse, a link that is not https (checked by {@link WebLink}), a schedule
     * the control marks (until before from, no day, an empty or overlapping range, a line that
     * cannot be read).
     */
    List<Problem> problems() {
        if (editing == null) {
            return List.of();
        }
        List<Problem> out = new ArrayList<>();
        Notice n = notice();
        if (n.title().isBlank()) {
            out.add(new Problem(Field.TITLE, texts.get("staff.problem.title")));
        }
        if (n.text().isEmpty()) {
            out.add(new Problem(Field.TEXT, texts.get("staff.notices.problem.text")));
        }
        if (!n.picture().isEmpty() && ContentSchema.pictureProblem(n.picture()).isPresent()) {
            out.add(new Problem(Field.PICTURE, texts.get("staff.problem.picture")));
        }
        linkProblem(n.link()).ifPresent(p -> out.add(new Problem(Field.LINK, p)));
        schedule.firstProblem().ifPresent(p -> out.add(new Problem(Field.SCHEDULE, p)));
        if (out.isEmpty()) {
            // The editor's own rules last: anything it would refuse that the form has not said yet.
            services.content().problem(n).ifPresent(p -> out.add(new Problem(Field.TITLE, p)));
        }
        return out;
    }

    /** Why {@code link} cannot be saved, in the staff language; {@link WebLink} decides whether it can. */
    private Optional<String> linkProblem(String link) {
        String l = link.strip();
        if (l.isEmpty() || WebLink.problem(l) == null) {
            return Optional.empty();
        }
        if (!l.toLowerCase(Locale.ROOT).startsWith("https://")) {
            return Optional.of(texts.get("staff.notices.problem.https"));
        }
        if (l.length() > WebLink.MAX_LENGTH) {
            return Optional.of(texts.get("staff.notices.problem.linkLong", WebLink.MAX_LENGTH, l.length()));
        }
        return Optional.of(texts.get("staff.notices.problem.linkBad"));
    }

    Optional<Problem> problem(Field field) {
        return problems().stream().filter(p -> p.field() == field).findFirst();
    }

    // ---- the list ----

    /** Fills the list from the content again and opens {@code id} (null: the one open now, else the first). */
    void refresh(String id) {
        refresh(id, () -> { });
    }

    private void refresh(String id, Runnable then) {
        SlideLibrary lib = services.content().library();
        String open = id != null ? id : editing != null && !isNew ? editing.id() : null;
        work.run("Listing the pictures in " + lib.illustrationsDir(), () -> {
            List<String> names = SlidesPresenter.pictureFiles(lib.illustrationsDir());
            preload.accept(names);
            preload.accept(lib.notices().stream().map(Notice::picture).filter(p -> !p.isEmpty()).toList());
            return names;
        }, names -> {
            fill(lib, names, open);
            then.run();
        }, why -> {
            fill(lib, List.of(), open);
            tell(Tone.PROBLEM, why);
            then.run();
        });
    }

    private void fill(SlideLibrary lib, List<String> names, String id) {
        notices = lib.notices();
        pictures = names;
        int index = 0;
        for (int i = 0; i < notices.size(); i++) {
            if (notices.get(i).id().equals(id)) {
                index = i;
            }
        }
        view.choices(withOwnPicture(null));
        if (notices.isEmpty()) {
            editing = null;
            draft = null;
            loaded = null;
            view.listed(rows(), -1);
            view.stateChanged();
            view.previewChanged(true);
            return;
        }
        view.listed(rows(), index);
        load(notices.get(index), false);
    }

    /** Staff chose a notice in the list; with unsaved changes they are asked first. Returns whether it opened. */
    boolean select(int index) {
        if (index < 0 || index >= notices.size()) {
            return false;
        }
        Notice n = notices.get(index);
        if (editing != null && !isNew && n.id().equals(editing.id())) {
            return true;
        }
        if (!mayDiscard()) {
            view.listed(rows(), indexOfEditing());
            return false;
        }
        load(n, false);
        return true;
    }

    private boolean mayDiscard() {
        return !unsaved() || view.confirmDiscard(draft.title().isBlank() ? editing.title() : draft.title().strip());
    }

    private int indexOfEditing() {
        for (int i = 0; editing != null && !isNew && i < notices.size(); i++) {
            if (notices.get(i).id().equals(editing.id())) {
                return i;
            }
        }
        return -1;
    }

    private void load(Notice n, boolean added) {
        editing = n;
        isNew = added;
        loaded = Draft.of(n);
        draft = loaded;
        status = new Status(Tone.NONE, "");
        view.choices(withOwnPicture(n.picture()));
        schedule.load(draft.schedule());
        view.show(draft, true);
        view.stateChanged();
        view.previewChanged(true);
    }

    /** The pictures to offer ("" first: none), with the notice's own even when its file is missing. */
    private List<String> withOwnPicture(String own) {
        List<String> out = new ArrayList<>();
        out.add("");
        out.addAll(pictures);
        if (own != null && !own.isEmpty() && !out.contains(own)) {
            out.add(own);
        }
        return out;
    }

    // ---- editing ----

    /** Staff changed a field (typed, chose a style or a picture). */
    void set(Field field, String value) {
        if (draft == null || draft.value(field).equals(value)) {
            return;
        }
        draft = draft.with(field, value);
        edited();
    }

    /** One of the three style buttons. */
    void style(Notice.Style style) {
        set(Field.STYLE, style.word());
        if (view != null && draft != null) {
            view.show(draft, false);
        }
    }

    private void scheduleEdited(ScheduleDraft s) {
        if (draft == null || draft.schedule().equals(s)) {
            return;
        }
        draft = draft.with(s);
        edited(false); // when a slide shows does not change how it looks
    }

    private void edited() {
        edited(true);
    }

    private void edited(boolean looks) {
        if (status.tone() == Tone.SUCCESS || status.tone() == Tone.PROBLEM) {
            status = new Status(Tone.NONE, "");
        }
        view.stateChanged();
        if (looks) {
            view.previewChanged(false);
        }
    }

    /** Revert: the form as the notice was loaded. */
    void revert() {
        if (editing == null) {
            return;
        }
        draft = loaded;
        status = new Status(Tone.NONE, "");
        schedule.load(draft.schedule());
        view.show(draft, false);
        view.stateChanged();
        view.previewChanged(false);
    }

    /** Save: refused, with the first problem's field shown, while anything is wrong; else written on the worker. */
    void save() {
        if (editing == null) {
            return;
        }
        List<Problem> problems = problems();
        if (!problems.isEmpty()) {
            tell(Tone.PROBLEM, texts.get("staff.problem.fix"));
            view.focus(problems.get(0).field());
            return;
        }
        Notice n = notice();
        boolean adding = isNew;
        Draft saving = draft;
        tell(Tone.BUSY, texts.get("staff.busy"));
        work.run(adding ? "Adding a notice" : "Saving notice " + n.id(), () -> {
            if (adding) {
                return services.content().add(n).id();
            }
            services.content().save(n);
            return n.id();
        }, id -> {
            isNew = false;
            loaded = saving;
            refresh(id, () -> {
                tell(Tone.SUCCESS, texts.get("staff.saved"));
                changed.run();
            });
        }, why -> tell(Tone.PROBLEM, texts.get("staff.notices.notSaved", why)));
    }

    private void tell(Tone tone, String text) {
        status = new Status(tone, text);
        if (view != null) {
            view.stateChanged();
        }
    }

    /** Add new: a clean notice (information style, shown always), not saved until Save. */
    void add() {
        if (!mayDiscard()) {
            return;
        }
        Notice template = new Notice("", Integer.MAX_VALUE, texts.get("staff.notices.newTitle"), List.of(), "", "",
                Notice.Style.INFORMATION, true, Schedule.ALWAYS, null);
        view.listed(rows(), -1);
        load(template, true);
        view.focus(Field.TITLE);
    }

    /** A copy (with its translations) saved after the others, then opened. */
    void duplicate() {
        listCommand("Duplicating notice", n -> services.content().duplicateNotice(n.id()).id());
    }

    /** Hide / show: off the loop, or back. */
    void toggle() {
        listCommand("Hiding or showing notice", n -> {
            services.content().setNoticeEnabled(n.id(), !n.enabled());
            return n.id();
        });
    }

    /** Deleted once staff confirm (its files kept as backups; undo brings them back). */
    void delete() {
        Notice n = listed();
        if (n == null || !view.confirmDelete(n.title())) {
            return;
        }
        work.run("Deleting notice " + n.id(), () -> {
            services.content().deleteNotice(n.id());
            return "";
        }, ok -> {
            editing = null;
            isNew = false;
            refresh(null, changed);
        }, why -> tell(Tone.PROBLEM, why));
    }

    private interface Command {
        String run(Notice n) throws IOException;
    }

    private void listCommand(String what, Command command) {
        Notice n = listed();
        if (n == null || !mayDiscard()) {
            return;
        }
        work.run(what + " " + n.id(), () -> command.run(n), id -> {
            editing = null;
            refresh(id, changed);
        }, why -> tell(Tone.PROBLEM, why));
    }

    /** The notice chosen in the list: none while a new one is being added. */
    private Notice listed() {
        return editing == null || isNew ? null : editing;
    }

    // ---- the preview ----

    PreviewLanguage previewLanguage() {
        return previewLanguage;
    }

    void previewIn(Locale language) {
        previewLanguage.choose(language, new PreviewLanguage.View() {
            @Override
            public void languageShown(Locale l) {
                view.previewChanged(true);
            }

            @Override
            public void languageNotShown(Locale l, String why) {
                tell(Tone.PROBLEM, why);
            }
        });
    }

    /** The notice as patients would see it now, in the preview's language; empty while there is none. */
    Optional<Slide.NoticeSlide> previewSlide() {
        return editing == null ? Optional.empty() : Optional.of(previewLanguage.slide(notice()));
    }
}
