package org.physiokiosk.ui.staff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.physiokiosk.content.Category;
import org.physiokiosk.content.ContentSchema;
import org.physiokiosk.content.Dose;
import org.physiokiosk.content.Slide;
import org.physiokiosk.content.SlideLibrary;
import org.physiokiosk.content.Symptom;
import org.physiokiosk.content.Technique;
import org.physiokiosk.staff.ReviewEntry;
import org.physiokiosk.staff.RuleChoices;
import org.physiokiosk.staff.SettingsForm.Status;
import org.physiokiosk.staff.SettingsForm.Tone;
import org.physiokiosk.ui.Texts;

/**
 * The Slides tab without its Swing: the list in loop order (each category's opening slide, then
 * its techniques), the technique being edited as a draft of the form's values,
 * what is wrong with it (each problem at its field), whether it has unsaved changes, and what
 * each button does (save, revert, add, duplicate, move, hide, delete, import a picture, the
 * preview's language), or a category's schedule being edited (saved into its file alone). Files
 * are read and written through {@link StaffWork}; the panel shows this state and passes each
 * touch back.
 */
final class SlidesPresenter {

    /** The editor's parts, as tabs. */
    enum Part { SLIDE, RULES, REVIEW, SCHEDULE }

    /** The form's text fields and choices, each on its part. */
    enum Field {
        TITLE(Part.SLIDE), SUMMARY(Part.SLIDE), CATEGORY(Part.SLIDE), ILLUSTRATION(Part.SLIDE), HOLD(Part.SLIDE),
        REPEAT(Part.SLIDE), HOW_OFTEN(Part.SLIDE), HOW_LONG(Part.SLIDE), STEPS(Part.SLIDE), CAUTIONS(Part.SLIDE),
        /** The rule check boxes as a whole ("Helps with" and "Not for" both ticked). */
        RULES(Part.RULES), RULE_REASONS(Part.RULES), REVIEWED_BY(Part.REVIEW), REVIEWED_ON(Part.REVIEW),
        /** When its slide is on the loop, as a whole (the control marks each part). */
        SCHEDULE(Part.SCHEDULE);

        private final Part part;

        Field(Part part) {
            this.part = part;
        }

        Part part() {
            return part;
        }
    }

    /** The plan rules staff tick: helps with, not for (symptoms), never in the same plan as (techniques). */
    enum Rule { HELPS_WITH, NOT_FOR, NOT_WITH }

    /** What is wrong, at the field where it is put right. */
    record Problem(Field field, String text) {
    }

    /** A row of the list: a category's opening slide (above its techniques, as on the loop), or a technique. */
    sealed interface Entry {
        /** A category's opening slide: staff set when it (and so each of its techniques) may be on the loop. */
        record OfCategory(Category category) implements Entry {
        }

        record OfTechnique(Technique technique) implements Entry {
        }
    }

    /** What to open once the list is filled: a technique or a category, by id (the two may share one). */
    private record Open(boolean category, String id) {
        boolean is(Entry e) {
            return category ? e instanceof Entry.OfCategory c && c.category().id().equals(id)
                    : e instanceof Entry.OfTechnique t && t.technique().id().equals(id);
        }
    }

    /**
     * The form's values: the text of each field (a category and a picture by id and file name)
     * and the ids ticked for each rule ("never with": only those written on this technique), and
     * its schedule as the "When" control holds it.
     */
    record Draft(Map<Field, String> values, Map<Rule, Set<String>> ticked, ScheduleDraft schedule) {
        Draft {
            values = Map.copyOf(values);
            ticked = Map.copyOf(ticked);
        }

        static Draft of(Technique t) {
            Map<Field, String> v = new EnumMap<>(Field.class);
            v.put(Field.TITLE, t.title());
            v.put(Field.SUMMARY, t.summary());
            v.put(Field.CATEGORY, t.categoryId());
            v.put(Field.ILLUSTRATION, t.illustration());
            v.put(Field.HOLD, t.dose().hold());
            v.put(Field.REPEAT, t.dose().repeat());
            v.put(Field.HOW_OFTEN, t.dose().howOften());
            v.put(Field.HOW_LONG, t.dose().howLong());
            v.put(Field.STEPS, String.join("\n", t.steps()));
            v.put(Field.CAUTIONS, String.join("\n", t.cautions()));
            v.put(Field.RULES, "");
            v.put(Field.RULE_REASONS, String.join("\n", t.ruleReasons()));
            ReviewEntry review = ReviewEntry.of(t.review());
            v.put(Field.REVIEWED_BY, review.by());
            v.put(Field.REVIEWED_ON, review.on());
            Map<Rule, Set<String>> r = new EnumMap<>(Rule.class);
            r.put(Rule.HELPS_WITH, Set.copyOf(t.symptoms()));
            r.put(Rule.NOT_FOR, Set.copyOf(t.notFor()));
            r.put(Rule.NOT_WITH, Set.copyOf(t.notWith()));
            return new Draft(v, r, ScheduleDraft.of(t.schedule()));
        }

        String value(Field f) {
            return values.getOrDefault(f, "");
        }

        boolean ticked(Rule rule, String id) {
            return ticked.get(rule).contains(id);
        }

        Draft with(Field f, String value) {
            Map<Field, String> v = new EnumMap<>(values);
            v.put(f, value);
            return new Draft(v, ticked, schedule);
        }

        Draft with(Rule rule, String id, boolean on) {
            Set<String> ids = new LinkedHashSet<>(ticked.get(rule));
            if (on) {
                ids.add(id);
            } else {
                ids.remove(id);
            }
            Map<Rule, Set<String>> r = new EnumMap<>(ticked);
            r.put(rule, ids);
            return new Draft(values, r, schedule);
        }

        Draft with(ScheduleDraft s) {
            return new Draft(values, ticked, s);
        }

        ReviewEntry review() {
            return new ReviewEntry(value(Field.REVIEWED_BY), value(Field.REVIEWED_ON));
        }
    }

    /** The tab on screen. */
    interface View {
        /**
         * The list in loop order, each category before its techniques, {@code selected} chosen (-1:
         * none, a new technique not saved yet).
         */
        void listed(List<Entry> entries, int selected);

        /** The categories and the pictures staff may choose. */
        void choices(List<Category> categories, List<String> pictures);

        /** The rule check boxes for the technique now edited: every symptom, every other technique. */
        void ruleChoices(List<Symptom> symptoms, List<RuleChoices.Choice> notWith);

        /** Shows the draft's values; {@code fresh}: another technique was loaded (each part opens at its top). */
        void show(Draft draft, boolean fresh);

        /** A category is open: its form (its schedule) takes the technique form's place until a technique is. */
        void categoryOpened(Category category);

        /** The problems, the status or "unsaved" changed: show them again. */
        void stateChanged();

        /**
         * The preview should be drawn again: the form or its language changed; {@code atOnce} for
         * another technique or language, else after a pause in typing.
         */
        void previewChanged(boolean atOnce);

        /** Takes staff to {@code field}: its part opened, the field focused. */
        void focus(Field field);

        /** "{@code title}" has unsaved changes: true to throw them away. */
        boolean confirmDiscard(String title);

        /** True when staff confirm deleting {@code title}. */
        boolean confirmDelete(String title);

        /** One of {@code images} (on USB sticks) to import, or empty. */
        Optional<Path> choosePicture(List<Path> images);
    }

    private final StaffServices services;
    private final Texts texts;
    private final StaffWork work;
    private final Consumer<List<String>> preload;
    private final Runnable changed;
    private final PreviewLanguage previewLanguage;
    private final SchedulePresenter schedule;
    private final SchedulePresenter categorySchedule;
    private View view;
    private List<Technique> techniques = List.of();
    private List<Entry> entries = List.of();
    /** The category open instead of a technique, as loaded; null while a technique is open. */
    private Category category;
    private ScheduleDraft categoryLoaded;
    private ScheduleDraft categoryDraft;
    private List<String> pictures = List.of();
    /** The technique as loaded (or as added, not saved yet); null before the list is filled. */
    private Technique editing;
    private boolean isNew;
    private Draft loaded;
    private Draft draft;
    private Status status = new Status(Tone.NONE, "");

    /**
     * @param preload reads pictures by file name (on the worker), so previews and thumbnails find them ready
     * @param changed told after every saved change (the kiosk restarts with it)
     */
    SlidesPresenter(StaffServices services, Texts texts, StaffWork work, Consumer<List<String>> preload,
                    Runnable changed) {
        this.services = services;
        this.texts = texts;
        this.work = work;
        this.preload = preload;
        this.changed = changed;
        this.previewLanguage = new PreviewLanguage(PreviewLanguage.offered(services.settings()),
                () -> services.content().library(), new Texts(Locale.ENGLISH), work);
        this.schedule = new SchedulePresenter(texts, () -> services.content().today(), this::scheduleEdited);
        this.categorySchedule = new SchedulePresenter(texts, () -> services.content().today(),
                this::categoryScheduleEdited);
    }

    /** The "When" part's schedule control. */
    SchedulePresenter schedule() {
        return schedule;
    }

    /** The schedule control of the category form. */
    SchedulePresenter categorySchedule() {
        return categorySchedule;
    }

    void attach(View v) {
        this.view = v;
    }

    // ---- state ----

    Optional<Technique> editing() {
        return Optional.ofNullable(editing);
    }

    Draft draft() {
        return draft;
    }

    boolean isNew() {
        return isNew;
    }

    /** The category open instead of a technique, as loaded. */
    Optional<Category> category() {
        return Optional.ofNullable(category);
    }

    /**
     * True when the form differs from the technique as saved (a technique added and not saved yet
     * counts), or the category's schedule from its saved one.
     */
    boolean unsaved() {
        if (category != null) {
            return !categoryDraft.equals(categoryLoaded);
        }
        return editing != null && (isNew || !technique().equals(built(loaded))
                || !draft.schedule().equals(loaded.schedule()));
    }

    Status status() {
        return status;
    }

    /**
     * What the line under Save says: what just happened (saving, saved, a failure), else why
     * the form cannot be saved (its first problem), else "Unsaved changes", else nothing.
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

    /** Under Save, whichever part is open: whether this technique is reviewed, and when. */
    String reviewState() {
        if (draft == null) {
            return " ";
        }
        if (draft.review().problem(services.content().today()).isPresent()) {
            return texts.get("staff.review.stateBadDate");
        }
        org.physiokiosk.content.Review review = draft.review().review();
        if (review.on().isEmpty()) {
            return texts.get("staff.review.stateNever");
        }
        return texts.get(review.due(services.content().today()) ? "staff.review.stateDue" : "staff.review.stateOk",
                review.date());
    }

    /** True when the review state asks for attention: a day that cannot be saved, or a review due. */
    boolean reviewNeedsAttention() {
        return draft != null && (draft.review().problem(services.content().today()).isPresent()
                || draft.review().review().due(services.content().today()));
    }

    List<Technique> techniques() {
        return techniques;
    }

    /** The list's rows in loop order: each category, then its techniques. */
    List<Entry> entries() {
        return entries;
    }

    /** A category's schedule in plain words, as its form says it ("Always", "Mon–Fri, 08:00–12:00"). */
    String scheduleWords(Category c) {
        return categorySchedule.summary(ScheduleDraft.of(c.schedule()));
    }

    /**
     * Why a category's opening slide is off the loop right now, by the loop's own rule: its schedule
     * ("now off: shows Mon–Fri only"), or none of its techniques on ("now off: none of its
     * techniques is on"); empty when it is on now.
     */
    Optional<String> offNow(Category c) {
        return new ReasonWords(texts).slideNote(org.physiokiosk.loop.Reason.ofCategory(services.content().library(),
                c, java.time.LocalDateTime.now(services.content().clock())));
    }

    /**
     * Why a switched-on technique is off the loop right now (its schedule or its category's), in
     * the words of "What plays when"; empty when it is on, or switched off (the list says "hidden").
     */
    Optional<String> offNow(Technique t) {
        return new ReasonWords(texts).slideNote(org.physiokiosk.loop.Reason.ofTechnique(services.content().library(),
                t, java.time.LocalDateTime.now(services.content().clock())));
    }

    List<String> pictures() {
        return pictures;
    }

    /** The technique as the form has it now. */
    Technique technique() {
        return built(draft);
    }

    private Technique built(Draft d) {
        SlideLibrary lib = services.content().library();
        List<String> helps = new ArrayList<>();
        List<String> notFor = new ArrayList<>();
        for (Symptom s : lib.symptoms()) {
            if (d.ticked(Rule.HELPS_WITH, s.id())) {
                helps.add(s.id());
            }
            if (d.ticked(Rule.NOT_FOR, s.id())) {
                notFor.add(s.id());
            }
        }
        List<String> notWith = RuleChoices.notWith(lib, editing).stream().filter(RuleChoices.Choice::editable)
                .map(RuleChoices.Choice::id).filter(id -> d.ticked(Rule.NOT_WITH, id)).toList();
        String category = d.value(Field.CATEGORY).isEmpty() ? editing.categoryId() : d.value(Field.CATEGORY);
        return editing.with(category, d.value(Field.TITLE).strip(), d.value(Field.SUMMARY).strip(),
                d.value(Field.ILLUSTRATION), helps, new Dose(d.value(Field.HOLD), d.value(Field.REPEAT),
                        d.value(Field.HOW_OFTEN), d.value(Field.HOW_LONG)), lines(d.value(Field.STEPS)),
                lines(d.value(Field.CAUTIONS)), editing.enabled())
                .withRules(RuleChoices.ticked(editing.notWith(), notWith),
                        RuleChoices.ticked(editing.notFor(), notFor), lines(d.value(Field.RULE_REASONS)),
                        d.review().review())
                .withSchedule(d.schedule().schedule());
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /**
     * Everything that stops a save, each at its field, in the form's order: empty title,
     * summary or steps, no category, a picture the loader would refuse, a symptom under both
     * "Helps with" and "Not for", a review day that cannot be read or lies in the future.
     */
    List<Problem> problems() {
        if (category != null) {
            return categorySchedule.firstProblem().map(p -> List.of(new Problem(Field.SCHEDULE, p))).orElse(List.of());
        }
        if (editing == null) {
            return List.of();
        }
        List<Problem> out = new ArrayList<>();
        Technique t = technique();
        SlideLibrary lib = services.content().library();
        if (t.title().isBlank()) {
            out.add(new Problem(Field.TITLE, texts.get("staff.problem.title")));
        }
        if (t.summary().isBlank()) {
            out.add(new Problem(Field.SUMMARY, texts.get("staff.problem.summary")));
        }
        if (lib.category(t.categoryId()).isEmpty()) {
            out.add(new Problem(Field.CATEGORY, texts.get("staff.problem.category")));
        }
        if (!t.illustration().isEmpty() && ContentSchema.pictureProblem(t.illustration()).isPresent()) {
            out.add(new Problem(Field.ILLUSTRATION, texts.get("staff.problem.picture")));
        }
        if (t.steps().isEmpty()) {
            out.add(new Problem(Field.STEPS, texts.get("staff.problem.steps")));
        }
        for (String id : t.notFor()) {
            if (t.symptoms().contains(id)) {
                out.add(new Problem(Field.RULES, texts.get("staff.problem.both",
                        lib.symptom(id).map(Symptom::label).orElse(id), texts.get("staff.field.symptoms"),
                        texts.get("staff.field.notFor"))));
            }
        }
        schedule.firstProblem().ifPresent(p -> out.add(new Problem(Field.SCHEDULE, p)));
        Optional<String> day = draft.review().problem(services.content().today());
        if (day.isPresent()) {
            out.add(new Problem(Field.REVIEWED_ON, day.get()));
        } else {
            // The editor's own rules last: anything it would refuse that the form has not said yet.
            services.content().problem(t).filter(p -> out.isEmpty())
                    .ifPresent(p -> out.add(new Problem(Field.TITLE, p)));
        }
        return out;
    }

    /** The problem shown at {@code field}, if any. */
    Optional<Problem> problem(Field field) {
        return problems().stream().filter(p -> p.field() == field).findFirst();
    }

    // ---- the list ----

    /**
     * Fills the list from the content again and opens {@code id} (null: the technique open now,
     * else the first), once the pictures are listed and read on the worker.
     */
    void refresh(String id) {
        reopen(id == null ? null : new Open(false, id), () -> { });
    }

    private void refresh(String id, Runnable then) {
        reopen(id == null ? null : new Open(false, id), then);
    }

    /** As {@link #refresh(String)}; {@code id} null: what is open now (a technique or a category). */
    private void reopen(Open id, Runnable then) {
        SlideLibrary lib = services.content().library();
        Open open = id != null ? id : category != null ? new Open(true, category.id())
                : editing != null && !isNew ? new Open(false, editing.id()) : null;
        work.run("Listing the pictures in " + lib.illustrationsDir(), () -> pictures(lib), names -> {
            fill(lib, names, open);
            then.run();
        }, why -> {
            fill(lib, List.of(), open);
            tell(Tone.PROBLEM, why); // the list of pictures stays empty; the log has the details
            then.run();
        });
    }

    /** The pictures staff may choose, each read once so that previews find them ready. Slow. */
    private List<String> pictures(SlideLibrary lib) throws IOException {
        List<String> names = pictureFiles(lib.illustrationsDir());
        preload.accept(names);
        preload.accept(lib.techniques().stream().map(Technique::illustration).filter(n -> !n.isEmpty()).toList());
        return names;
    }

    /** The pictures in {@code dir} staff may choose for a slide (not the symptom icons), by name. Slow. */
    static List<String> pictureFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.matches("(?i).*\\.(svg|png|jpe?g)"))
                    .filter(n -> !n.startsWith("symptom-")).sorted().toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Each category, then its techniques (switched off ones too): the loop's order. */
    static List<Entry> entries(SlideLibrary lib) {
        List<Entry> out = new ArrayList<>();
        for (Category c : lib.categories()) {
            out.add(new Entry.OfCategory(c));
            lib.techniques().stream().filter(t -> t.categoryId().equals(c.id()))
                    .forEach(t -> out.add(new Entry.OfTechnique(t)));
        }
        return List.copyOf(out);
    }

    /** Fills the list and opens {@code open}: when it is not listed (or null), the first technique, else the first row. */
    private void fill(SlideLibrary lib, List<String> names, Open open) {
        techniques = lib.techniques();
        entries = entries(lib);
        pictures = names;
        int index = -1;
        for (int i = 0; i < entries.size() && open != null; i++) {
            if (open.is(entries.get(i))) {
                index = i;
            }
        }
        for (int i = 0; i < entries.size() && index < 0; i++) {
            if (entries.get(i) instanceof Entry.OfTechnique) {
                index = i;
            }
        }
        view.choices(lib.categories(), withOwnPicture(null));
        if (entries.isEmpty()) {
            editing = null;
            draft = null;
            category = null;
            view.listed(entries, -1);
            view.stateChanged();
            return;
        }
        index = Math.max(0, index);
        view.listed(entries, index);
        open(entries.get(index));
    }

    private void open(Entry e) {
        if (e instanceof Entry.OfCategory c) {
            load(c.category());
        } else {
            load(((Entry.OfTechnique) e).technique(), false);
        }
    }

    /**
     * Staff chose a technique in the list. With unsaved changes, staff are asked first; kept,
     * the list goes back to the technique being edited. Returns whether it was opened.
     */
    boolean select(int index) {
        if (index < 0 || index >= entries.size()) {
            return false;
        }
        Entry e = entries.get(index);
        if (index == indexOfEditing()) {
            return true;
        }
        if (!mayDiscard()) {
            view.listed(entries, indexOfEditing());
            return false;
        }
        open(e);
        return true;
    }

    /** True when there is nothing unsaved, or staff agree to throw it away. */
    private boolean mayDiscard() {
        if (!unsaved()) {
            return true;
        }
        if (category != null) {
            return view.confirmDiscard(category.title());
        }
        return view.confirmDiscard(draft.value(Field.TITLE).isBlank() ? editing.title()
                : draft.value(Field.TITLE).strip());
    }

    /** The row of what is open: the category, or the technique (-1 for one added and not saved yet). */
    private int indexOfEditing() {
        Open open = category != null ? new Open(true, category.id())
                : editing != null && !isNew ? new Open(false, editing.id()) : null;
        for (int i = 0; open != null && i < entries.size(); i++) {
            if (open.is(entries.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Opens a category's form: its schedule, as saved. */
    private void load(Category c) {
        editing = null;
        isNew = false;
        loaded = null;
        draft = null;
        category = c;
        categoryLoaded = ScheduleDraft.of(c.schedule());
        categoryDraft = categoryLoaded;
        status = new Status(Tone.NONE, "");
        categorySchedule.load(categoryDraft);
        view.categoryOpened(c);
        view.stateChanged();
        view.previewChanged(true);
    }

    private void load(Technique t, boolean added) {
        category = null;
        editing = t;
        isNew = added;
        loaded = Draft.of(t);
        draft = loaded;
        status = new Status(Tone.NONE, "");
        view.choices(services.content().library().categories(), withOwnPicture(t.illustration()));
        view.ruleChoices(services.content().library().symptoms(), RuleChoices.notWith(services.content().library(), t));
        schedule.load(draft.schedule());
        view.show(draft, true);
        view.stateChanged();
        view.previewChanged(true);
    }

    /**
     * The pictures to offer, with the technique's own even when it is not in the folder (a
     * missing file): the form would otherwise show another picture, and a save would write it.
     */
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

    /** Staff changed a field (typed, deleted, pasted, chose). */
    void set(Field field, String value) {
        if (draft == null || draft.value(field).equals(value)) {
            return;
        }
        draft = draft.with(field, value);
        edited();
    }

    /** Staff ticked or unticked a rule's box. */
    void tick(Rule rule, String id, boolean on) {
        if (draft == null || draft.ticked(rule, id) == on) {
            return;
        }
        draft = draft.with(rule, id, on);
        edited();
    }

    /** "Reviewed today": the day filled in as {@link ReviewEntry} writes it. */
    void reviewedToday() {
        if (draft != null) {
            set(Field.REVIEWED_ON, draft.review().reviewedOn(services.content().today()).on());
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

    private void categoryScheduleEdited(ScheduleDraft s) {
        if (category == null || categoryDraft.equals(s)) {
            return;
        }
        categoryDraft = s;
        edited(false); // the category's slide looks the same whenever it shows
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

    /** Revert: the form as the technique (or the category's schedule) was loaded. */
    void revert() {
        if (category != null) {
            categoryDraft = categoryLoaded;
            status = new Status(Tone.NONE, "");
            categorySchedule.load(categoryDraft);
            view.stateChanged();
            return;
        }
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

    /**
     * Save: refused, with the first problem's field shown, while anything is wrong; else
     * written on the worker, the list read again, and "Saved." told.
     */
    void save() {
        if (category != null) {
            saveCategory();
            return;
        }
        if (editing == null) {
            return;
        }
        List<Problem> problems = problems();
        if (!problems.isEmpty()) {
            tell(Tone.PROBLEM, texts.get(problems.get(0).field() == Field.REVIEWED_ON ? "staff.review.fixDay"
                    : "staff.problem.fix"));
            view.focus(problems.get(0).field());
            return;
        }
        Technique t = technique();
        tell(Tone.BUSY, texts.get("staff.busy"));
        work.run("Saving technique " + t.id(), () -> {
            services.content().save(t);
            return t.id();
        }, id -> {
            isNew = false;
            editing = t;
            loaded = draft;
            refresh(id, () -> {
                tell(Tone.SUCCESS, texts.get("staff.saved"));
                changed.run();
            });
        }, why -> tell(Tone.PROBLEM, why));
    }

    /**
     * Saves the open category's schedule into its file alone (its other lines as written), then
     * reads the list again; a failure is said in plain words and the form keeps the new schedule
     * unsaved, the file and the loop the old one.
     */
    private void saveCategory() {
        List<Problem> problems = problems();
        if (!problems.isEmpty()) {
            tell(Tone.PROBLEM, texts.get("staff.problem.fix"));
            view.focus(Field.SCHEDULE);
            return;
        }
        Category c = category;
        ScheduleDraft d = categoryDraft;
        tell(Tone.BUSY, texts.get("staff.busy"));
        work.run("Saving the schedule of category " + c.id(), () -> {
            services.content().saveCategorySchedule(c.id(), d.schedule());
            return c.id();
        }, id -> {
            categoryLoaded = d;
            reopen(new Open(true, id), () -> {
                tell(Tone.SUCCESS, texts.get("staff.saved"));
                changed.run();
            });
        }, why -> tell(Tone.PROBLEM, texts.get("staff.categories.notSaved", why)));
    }

    private void tell(Tone tone, String text) {
        status = new Status(tone, text);
        if (view != null) {
            view.stateChanged();
        }
    }

    /** Up (-1) or down (+1) inside its category. */
    void move(int direction) {
        listCommand("Moving technique", t -> {
            services.content().move(t.id(), direction);
            return t.id();
        });
    }

    /** Hide / show: out of the loop and plans, or back. */
    void toggle() {
        listCommand("Hiding or showing technique", t -> {
            services.content().setEnabled(t.id(), !t.enabled());
            return t.id();
        });
    }

    /** A copy saved under a new id, then opened. */
    void duplicate() {
        listCommand("Duplicating technique", t -> services.content().duplicate(t.id()).id());
    }

    /** Deleted once staff confirm (its file kept as a backup, undo brings it back). */
    void delete() {
        Technique t = listed();
        if (t == null || !view.confirmDelete(t.title())) {
            return;
        }
        work.run("Deleting technique " + t.id(), () -> {
            services.content().delete(t.id());
            return "";
        }, ok -> {
            editing = null;
            refresh(null, changed);
        }, why -> tell(Tone.PROBLEM, why));
    }

    private interface Command {
        String run(Technique t) throws Exception;
    }

    /** A command on the technique chosen in the list, after unsaved changes are saved or given up. */
    private void listCommand(String what, Command command) {
        Technique t = listed();
        if (t == null || !mayDiscard()) {
            return;
        }
        work.run(what + " " + t.id(), () -> command.run(t), id -> {
            editing = null; // what was on the form is given up; the list opens id afresh
            refresh(id, changed);
        }, why -> tell(Tone.PROBLEM, why));
    }

    /** The technique chosen in the list: none while a new one is being added. */
    private Technique listed() {
        return editing == null || isNew ? null : editing;
    }

    /** Add new: a technique at the end of the form's category, not saved until Save. */
    void add() {
        String category = this.category != null ? this.category.id() : draft != null && !draft.value(Field.CATEGORY).isEmpty() ? draft.value(Field.CATEGORY)
                : services.content().library().categories().stream().findFirst().map(Category::id).orElse(null);
        if (category == null || !mayDiscard()) {
            return;
        }
        // Finding a free file name looks at the disk: on the worker.
        work.run("Adding a technique", () -> services.content().newTechnique(category, "New technique"), fresh -> {
            view.listed(entries, -1);
            load(fresh, true);
            view.focus(Field.TITLE);
        }, why -> tell(Tone.PROBLEM, why));
    }

    /** Import from USB stick: staff choose a picture there; it is copied in and chosen. */
    void importPicture() {
        if (editing == null) {
            return;
        }
        work.run("Looking for pictures on USB sticks", services::importableImages, images -> {
            if (images.isEmpty()) {
                tell(Tone.PROBLEM, texts.get("staff.slides.noImages"));
                return;
            }
            view.choosePicture(images).ifPresent(chosen -> work.run("Importing the picture " + chosen, () -> {
                String name = services.content().importImage(chosen);
                preload.accept(List.of(name)); // the preview shows it at once
                return name;
            }, name -> {
                List<String> more = new ArrayList<>(pictures);
                if (!more.contains(name)) {
                    more.add(name);
                }
                pictures = more.stream().sorted().toList();
                view.choices(services.content().library().categories(), withOwnPicture(name));
                set(Field.ILLUSTRATION, name);
                view.show(draft, false);
            }, why -> tell(Tone.PROBLEM, why)));
        }, why -> tell(Tone.PROBLEM, why));
    }

    // ---- the preview ----

    PreviewLanguage previewLanguage() {
        return previewLanguage;
    }

    /** Shows the preview in {@code language}, once its translation is read. */
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

    /**
     * The slide as patients would see it, in the preview's language: the technique's (empty without
     * a category), or the open category's opening slide with its switched-on techniques.
     */
    Optional<Slide> previewSlide() {
        if (category != null) {
            return Optional.of(previewLanguage.slide(category.withSchedule(categoryDraft.schedule()),
                    services.content().library().techniquesIn(category.id())));
        }
        if (editing == null) {
            return Optional.empty();
        }
        Technique t = technique();
        return services.content().library().category(t.categoryId()).map(c -> previewLanguage.slide(t, c));
    }
}
