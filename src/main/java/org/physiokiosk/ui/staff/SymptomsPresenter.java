package org.physiokiosk.ui.staff;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.physiokiosk.content.SlideLibrary;
import org.physiokiosk.content.Symptom;
import org.physiokiosk.staff.ReviewEntry;
import org.physiokiosk.staff.RuleChoices;
import org.physiokiosk.staff.SettingsForm.Status;
import org.physiokiosk.staff.SettingsForm.Tone;
import org.physiokiosk.ui.Texts;

/**
 * The Symptoms tab without its Swing: each symptom's words, first choice and review record as
 * staff edit them, and the red-flag notice; what is wrong (each problem at its field), which
 * symptoms have unsaved changes, and what Save and Revert do. Which techniques a symptom brings
 * is set on each technique ("Helps with"), so the first choice is picked from those.
 */
final class SymptomsPresenter {

    /** A symptom's fields. */
    enum Field { LABEL, HINT, REASONS, REVIEWED_BY, REVIEWED_ON }

    /** The id the red-flag notice's problem is given (no symptom has it: ids are file names). */
    static final String RED_FLAG = "";

    /** What is wrong, at the field where it is put right; {@code symptom} is {@link #RED_FLAG} for the notice. */
    record Problem(String symptom, Field field, String text) {
    }

    /** One symptom's form: the text of each field and the first choices ticked, in the order ticked. */
    record Row(Map<Field, String> values, Set<String> firstChoice) {
        Row {
            values = Map.copyOf(values);
            firstChoice = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(firstChoice));
        }

        static Row of(Symptom s) {
            Map<Field, String> v = new EnumMap<>(Field.class);
            v.put(Field.LABEL, s.label());
            v.put(Field.HINT, s.hint());
            v.put(Field.REASONS, String.join("\n", s.ruleReasons()));
            ReviewEntry review = ReviewEntry.of(s.review());
            v.put(Field.REVIEWED_BY, review.by());
            v.put(Field.REVIEWED_ON, review.on());
            return new Row(v, new LinkedHashSet<>(s.firstChoice()));
        }

        String value(Field f) {
            return values.getOrDefault(f, "");
        }

        ReviewEntry review() {
            return new ReviewEntry(value(Field.REVIEWED_BY), value(Field.REVIEWED_ON));
        }
    }

    /** The tab on screen. */
    interface View {
        /** The form made again for these symptoms (the content changed); values from the presenter. */
        void built(List<Symptom> symptoms);

        /** The values changed from here (revert, saved): put them on the form again. */
        void refilled();

        /** The problems, the status or what is unsaved changed: show them again. */
        void stateChanged();

        /** Takes staff to a symptom's field ({@link #RED_FLAG}: the notice). */
        void focus(String symptom, Field field);
    }

    private final StaffServices services;
    private final Texts texts;
    private final StaffWork work;
    private final Runnable changed;
    private View view;
    /** The content the form was made from: made again when the content changes. */
    private SlideLibrary shown;
    private final Map<String, Symptom> symptoms = new LinkedHashMap<>();
    private final Map<String, Row> saved = new LinkedHashMap<>();
    private final Map<String, Row> rows = new LinkedHashMap<>();
    private String redFlagSaved = "";
    private String redFlag = "";
    private Status status = new Status(Tone.NONE, "");

    SymptomsPresenter(StaffServices services, Texts texts, StaffWork work, Runnable changed) {
        this.services = services;
        this.texts = texts;
        this.work = work;
        this.changed = changed;
    }

    void attach(View v) {
        this.view = v;
    }

    /**
     * Makes the form again if the content changed since it was made (a technique's "Helps with"
     * changes what can be a first choice; an undo changes the symptoms themselves). Unsaved
     * edits of a symptom still there are kept.
     */
    void refresh() {
        SlideLibrary lib = services.content().library();
        if (lib == shown) {
            return;
        }
        Map<String, Row> edited = new LinkedHashMap<>();
        rows.forEach((id, row) -> {
            if (!row.equals(saved.get(id))) {
                edited.put(id, row);
            }
        });
        boolean flagEdited = !redFlag.equals(redFlagSaved);
        shown = lib;
        symptoms.clear();
        saved.clear();
        rows.clear();
        for (Symptom s : lib.symptoms()) {
            symptoms.put(s.id(), s);
            saved.put(s.id(), Row.of(s));
            rows.put(s.id(), edited.getOrDefault(s.id(), Row.of(s)));
        }
        String wasEdited = redFlag;
        redFlagSaved = lib.general().redFlag();
        redFlag = flagEdited ? wasEdited : redFlagSaved;
        view.built(lib.symptoms());
        view.stateChanged();
    }

    // ---- state ----

    List<Symptom> symptoms() {
        return List.copyOf(symptoms.values());
    }

    /** What {@code symptom}'s first choice may be, ticked as the form has it now. */
    List<RuleChoices.Choice> firstChoices(String symptom) {
        Symptom s = symptoms.get(symptom);
        Row row = rows.get(symptom);
        return RuleChoices.firstChoice(shown, s).stream().map(c -> new RuleChoices.Choice(c.id(), c.label(), c.note(),
                row.firstChoice().contains(c.id()), c.editable())).toList();
    }

    String value(String symptom, Field field) {
        return rows.get(symptom).value(field);
    }

    boolean ticked(String symptom, String technique) {
        return rows.get(symptom).firstChoice().contains(technique);
    }

    String redFlag() {
        return redFlag;
    }

    /** The symptoms whose form differs from what is saved, in the form's order. */
    List<String> unsavedSymptoms() {
        List<String> out = new ArrayList<>();
        rows.forEach((id, row) -> {
            if (!edited(id).equals(symptoms.get(id))) {
                out.add(id);
            }
        });
        return out;
    }

    /** True when anything differs from what is saved: a symptom or the red-flag notice. */
    boolean unsaved() {
        return !unsavedSymptoms().isEmpty() || !redFlag.strip().equals(redFlagSaved.strip());
    }

    /** The symptom as its form has it now. */
    Symptom edited(String id) {
        Symptom s = symptoms.get(id);
        Row r = rows.get(id);
        List<String> ticked = RuleChoices.firstChoice(shown, s).stream().map(RuleChoices.Choice::id)
                .filter(r.firstChoice()::contains).toList();
        return s.withWords(r.value(Field.LABEL).strip(), r.value(Field.HINT).strip())
                .withRules(RuleChoices.ticked(s.firstChoice(), ticked),
                        r.value(Field.REASONS).lines().map(String::strip).filter(l -> !l.isEmpty()).toList(),
                        r.review().review());
    }

    /** Everything that stops a save, each at its field: an empty label, a review day not to be saved, an empty notice. */
    List<Problem> problems() {
        List<Problem> out = new ArrayList<>();
        for (String id : rows.keySet()) {
            Row r = rows.get(id);
            if (r.value(Field.LABEL).isBlank()) {
                out.add(new Problem(id, Field.LABEL, texts.get("staff.problem.label")));
            }
            Optional<String> day = r.review().problem(services.content().today());
            if (day.isPresent()) {
                out.add(new Problem(id, Field.REVIEWED_ON, day.get()));
            } else if (!r.value(Field.LABEL).isBlank()) {
                // The editor's own rule (a review day in the future) at the day's field.
                services.content().problem(edited(id)).ifPresent(p -> out.add(new Problem(id, Field.REVIEWED_ON, p)));
            }
        }
        if (redFlag.isBlank()) {
            out.add(new Problem(RED_FLAG, null, texts.get("staff.problem.redFlag")));
        }
        return out;
    }

    Optional<Problem> problem(String symptom, Field field) {
        return problems().stream().filter(p -> p.symptom().equals(symptom) && p.field() == field).findFirst();
    }

    Status status() {
        return status;
    }

    // ---- editing ----

    void set(String symptom, Field field, String value) {
        Row r = rows.get(symptom);
        if (r == null || r.value(field).equals(value)) {
            return;
        }
        Map<Field, String> v = new EnumMap<>(r.values());
        v.put(field, value);
        rows.put(symptom, new Row(v, r.firstChoice()));
        edited();
    }

    void tick(String symptom, String technique, boolean on) {
        Row r = rows.get(symptom);
        if (r == null || r.firstChoice().contains(technique) == on) {
            return;
        }
        Set<String> ids = new LinkedHashSet<>(r.firstChoice());
        if (on) {
            ids.add(technique);
        } else {
            ids.remove(technique);
        }
        rows.put(symptom, new Row(r.values(), ids));
        edited();
    }

    void setRedFlag(String text) {
        if (!redFlag.equals(text)) {
            redFlag = text;
            edited();
        }
    }

    private void edited() {
        if (status.tone() == Tone.SUCCESS || status.tone() == Tone.PROBLEM) {
            status = new Status(Tone.NONE, "");
        }
        view.stateChanged();
    }

    /** Revert: every symptom and the notice as saved. */
    void revert() {
        rows.putAll(saved);
        redFlag = redFlagSaved;
        status = new Status(Tone.NONE, "");
        view.refilled();
        view.stateChanged();
    }

    /**
     * Save: refused while anything is wrong (staff are taken to the first problem); else the
     * symptoms that changed, and the notice if it changed, written on the worker.
     */
    void save() {
        List<Problem> problems = problems();
        if (!problems.isEmpty()) {
            boolean onlyDates = problems.stream().allMatch(p -> p.field() == Field.REVIEWED_ON);
            tell(Tone.PROBLEM, texts.get(onlyDates ? "staff.symptoms.fixDates" : "staff.problem.fix"));
            view.focus(problems.get(0).symptom(), problems.get(0).field());
            return;
        }
        List<Symptom> changedSymptoms = unsavedSymptoms().stream().map(this::edited).toList();
        String flag = redFlag.strip().equals(redFlagSaved.strip()) ? null : redFlag;
        if (changedSymptoms.isEmpty() && flag == null) {
            tell(Tone.SUCCESS, texts.get("staff.saved"));
            return;
        }
        tell(Tone.BUSY, texts.get("staff.busy"));
        work.run("Saving the symptoms and the red-flag notice", () -> {
            for (Symptom s : changedSymptoms) {
                services.content().saveSymptom(s);
            }
            if (flag != null) {
                services.content().saveRedFlag(flag);
            }
            return "";
        }, ok -> {
            // What was written is saved now: the form is made again from the content read after the save.
            changedSymptoms.forEach(s -> saved.put(s.id(), rows.get(s.id())));
            if (flag != null) {
                redFlagSaved = redFlag;
            }
            refresh();
            tell(Tone.SUCCESS, texts.get("staff.saved"));
            changed.run();
        }, why -> {
            // Symptoms are written one file at a time, each read back as it is: those written before
            // the failure are saved, and the form is made again with the others' edits kept.
            refresh();
            tell(Tone.PROBLEM, why);
        });
    }

    private void tell(Tone tone, String text) {
        status = new Status(tone, text);
        view.stateChanged();
    }
}
