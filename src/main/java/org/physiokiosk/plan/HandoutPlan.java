package org.physiokiosk.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.physiokiosk.content.Category;
import org.physiokiosk.content.GeneralText;
import org.physiokiosk.content.Symptom;
import org.physiokiosk.content.Technique;

/**
 * What one patient's handout holds: the symptoms they picked, the techniques chosen for
 * them grouped by category, and the advice every plan carries. The screen's preview and
 * the PDF are both drawn from this one plan, so they cannot differ.
 *
 * @param picked        the symptoms the patient picked (empty: the general plan)
 * @param groups        techniques by category, best match first
 * @param everyday      general advice printed on every plan
 * @param safety        when to stop and when to seek medical advice
 * @param planCautions  cautions of the categories in the plan (e.g. over-the-counter medicines)
 * @param seekAdvice    the article's closing line, on every plan
 * @param redFlags      the warning signs printed on page 1, with what to do at home
 * @param lastReviewed  the newest review date of the content the plan prints (empty: none reviewed)
 */
public record HandoutPlan(
        List<Symptom> picked,
        List<Group> groups,
        List<String> everyday,
        List<String> safety,
        List<String> planCautions,
        String seekAdvice,
        String disclaimer,
        RedFlags redFlags,
        Optional<LocalDate> lastReviewed) {

    /**
     * The warning signs a patient at home must act on.
     *
     * @param emergencyAction what to do for {@code emergency}, {@code {number}} standing for the clinic's number
     */
    public record RedFlags(String title, String emergencyAction, List<String> emergency, String contactAction,
                           List<String> contact) {
        public RedFlags {
            emergency = List.copyOf(emergency);
            contact = List.copyOf(contact);
        }

        public static RedFlags of(GeneralText general) {
            return new RedFlags(general.redFlagsTitle(), general.emergencyAction(), general.redFlagsEmergency(),
                    general.contactAction(), general.redFlagsContact());
        }

        /** The emergency action with the clinic's number in it. */
        public String emergencyAction(String number) {
            return emergencyAction.replace("{number}", number);
        }
    }

    /** The techniques of one category in a plan. */
    public record Group(Category category, List<Technique> techniques) {
        public Group {
            techniques = List.copyOf(techniques);
        }
    }

    /** A plan with the built-in red flags and no review date (for tests and previews). */
    public HandoutPlan(List<Symptom> picked, List<Group> groups, List<String> everyday, List<String> safety,
                       List<String> planCautions, String seekAdvice, String disclaimer) {
        this(picked, groups, everyday, safety, planCautions, seekAdvice, disclaimer,
                RedFlags.of(GeneralText.FALLBACK), Optional.empty());
    }

    public HandoutPlan {
        picked = List.copyOf(picked);
        groups = List.copyOf(groups);
        everyday = List.copyOf(everyday);
        safety = List.copyOf(safety);
        planCautions = List.copyOf(planCautions);
    }

    /** True when the patient picked nothing ("Not sure") and got the general plan. */
    public boolean isGeneral() {
        return picked.isEmpty();
    }

    /** The techniques a patient does every day (the week tracker's rows): all but the optional ones. */
    public List<Technique> everydayTechniques() {
        return groups.stream().filter(g -> !g.category().optional()).flatMap(g -> g.techniques().stream()).toList();
    }

    /** Every technique of the plan, in the order it is printed. */
    public List<Technique> techniques() {
        return groups.stream().flatMap(g -> g.techniques().stream()).toList();
    }
}
