package org.physiokiosk.plan;

import java.util.List;
import org.physiokiosk.content.Category;
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
 */
public record HandoutPlan(
        List<Symptom> picked,
        List<Group> groups,
        List<String> everyday,
        List<String> safety,
        List<String> planCautions,
        String seekAdvice,
        String disclaimer) {

    /** The techniques of one category in a plan. */
    public record Group(Category category, List<Technique> techniques) {
        public Group {
            techniques = List.copyOf(techniques);
        }
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

    /** Every technique of the plan, in the order it is printed. */
    public List<Technique> techniques() {
        return groups.stream().flatMap(g -> g.techniques().stream()).toList();
    }
}
