package org.physiokiosk.staff;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.physiokiosk.content.SlideLibrary;
import org.physiokiosk.content.Symptom;
import org.physiokiosk.content.Technique;

/**
 * What the staff forms offer to tick for the plan rules written as content: a technique's
 * "Not for" symptoms and "Never in the same plan as" techniques, and a symptom's "First choice".
 * Read from the library, so a form shows exactly what the plan builder will follow, including a
 * rule that names something not loaded today (kept, never dropped by a save). No Swing.
 */
public final class RuleChoices {

    /** Why a choice is shown the way it is. */
    public enum Note {
        /** An ordinary choice. */
        NONE,
        /** A technique staff have hidden: the rule is kept, but it is in no plan now. */
        HIDDEN,
        /** Named by the content but not loaded (its file is missing or broken): kept as written. */
        NOT_LOADED,
        /** "Never in the same plan" written on the other technique: it holds both ways, change it there. */
        WRITTEN_ON_OTHER,
        /** A first choice whose technique does not (or no longer does) help with the symptom: passed over. */
        NOT_WRITTEN_FOR_IT
    }

    /**
     * One check box.
     *
     * @param ticked   whether the rule holds now
     * @param editable false for a rule written on the other technique (it is changed there)
     */
    public record Choice(String id, String label, Note note, boolean ticked, boolean editable) {
    }

    private RuleChoices() {
    }

    /** Every symptom, ticked where {@code t} must never be offered for it. */
    public static List<Choice> notFor(SlideLibrary library, Technique t) {
        List<Choice> out = new ArrayList<>();
        for (Symptom s : library.symptoms()) {
            out.add(new Choice(s.id(), s.label(), Note.NONE, t.notFor().contains(s.id()), true));
        }
        return out;
    }

    /**
     * Every other technique in loop order, ticked where it may never share a plan with {@code t}:
     * written on {@code t} (editable), or only on the other technique (shown ticked, not editable);
     * then any technique {@code t} names that is not loaded.
     */
    public static List<Choice> notWith(SlideLibrary library, Technique t) {
        List<Choice> out = new ArrayList<>();
        Set<String> shown = new LinkedHashSet<>();
        for (Technique other : library.techniques()) {
            if (other.id().equals(t.id())) {
                continue;
            }
            boolean own = t.notWith().contains(other.id());
            boolean theirs = other.notWith().contains(t.id());
            Note note = theirs && !own ? Note.WRITTEN_ON_OTHER : other.enabled() ? Note.NONE : Note.HIDDEN;
            out.add(new Choice(other.id(), other.title(), note, own || theirs, own || !theirs));
            shown.add(other.id());
        }
        for (String id : t.notWith()) {
            if (!shown.contains(id) && !id.equals(t.id())) {
                out.add(new Choice(id, id, Note.NOT_LOADED, true, true));
            }
        }
        return out;
    }

    /**
     * The techniques that can be {@code s}'s first choice, in loop order: those whose
     * {@code symptoms:} name it (and whose {@code not-for:} does not); then any first choice
     * already written that is not one of them, so staff see it and can untick it.
     */
    public static List<Choice> firstChoice(SlideLibrary library, Symptom s) {
        List<Choice> out = new ArrayList<>();
        Set<String> shown = new LinkedHashSet<>();
        for (Technique t : library.techniques()) {
            if (t.symptoms().contains(s.id()) && !t.notFor().contains(s.id())) {
                out.add(new Choice(t.id(), t.title(), t.enabled() ? Note.NONE : Note.HIDDEN,
                        s.firstChoice().contains(t.id()), true));
                shown.add(t.id());
            }
        }
        for (String id : s.firstChoice()) {
            if (shown.add(id)) {
                Note note = library.technique(id).isPresent() ? Note.NOT_WRITTEN_FOR_IT : Note.NOT_LOADED;
                String label = library.technique(id).map(Technique::title).orElse(id);
                out.add(new Choice(id, label, note, true, true));
            }
        }
        return out;
    }

    /**
     * The ids to save: those of {@code before} still ticked, in their order (a first choice's
     * order is its priority), then the newly ticked ones in the order shown.
     */
    public static List<String> ticked(List<String> before, Collection<String> tickedNow) {
        List<String> out = new ArrayList<>();
        for (String id : before) {
            if (tickedNow.contains(id)) {
                out.add(id);
            }
        }
        for (String id : tickedNow) {
            if (!out.contains(id)) {
                out.add(id);
            }
        }
        return out;
    }
}
