package org.physiokiosk.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.physiokiosk.content.Category;
import org.physiokiosk.content.SlideLibrary;
import org.physiokiosk.content.Symptom;
import org.physiokiosk.content.Technique;

/**
 * Turns the symptoms a patient picked into a handout plan: techniques ordered by how many
 * picked symptoms they serve, at most {@code cap} of them, every picked symptom served where
 * there is room, grouped by category, each once;
 * plus the advice every plan carries. No symptoms gives the general plan from the content.
 */
public final class PlanBuilder {

    private final SlideLibrary library;
    private final int cap;

    public PlanBuilder(SlideLibrary library, int cap) {
        if (cap < 1) {
            throw new IllegalArgumentException("a plan needs room for at least one technique");
        }
        this.library = library;
        this.cap = cap;
    }

    /**
     * @param symptomIds the picked symptoms; order and repeats do not matter
     * @throws UnknownSymptomException when an id is not a symptom of the content
     */
    public HandoutPlan build(Collection<String> symptomIds) {
        Set<String> ids = new LinkedHashSet<>(symptomIds);
        List<String> unknown = ids.stream().filter(id -> library.symptom(id).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            throw new UnknownSymptomException(unknown, library.symptoms().stream().map(Symptom::id).toList());
        }
        List<Symptom> picked = library.symptoms().stream().filter(s -> ids.contains(s.id())).toList();
        List<Technique> chosen = picked.isEmpty() ? generalTechniques() : bestMatches(ids);
        List<HandoutPlan.Group> groups = group(chosen);

        List<String> planCautions = new ArrayList<>();
        groups.forEach(g -> g.category().planCautions().stream()
                .filter(c -> !planCautions.contains(c)).forEach(planCautions::add));
        var general = library.general();
        return new HandoutPlan(picked, groups, general.everyday(), general.safety(), planCautions,
                general.seekAdvice(), general.disclaimer());
    }

    private List<Technique> generalTechniques() {
        return library.general().generalPlan().stream()
                .map(library::technique)
                .flatMap(java.util.Optional::stream)
                .filter(Technique::enabled)
                .limit(cap)
                .toList();
    }

    /**
     * Every picked symptom gets at least one technique while there is room (a patient who
     * says "recent strain" must find something for it), choosing each time the technique
     * that serves the most symptoms not yet served; the rest of the room goes to the
     * techniques serving the most picked symptoms. The result is ordered by how many
     * picked symptoms each serves; ties keep the loop order, which follows the article.
     */
    private List<Technique> bestMatches(Set<String> ids) {
        List<Technique> all = library.enabledTechniques();
        Comparator<Technique> byScore = Comparator.comparingInt((Technique t) -> -score(t, ids))
                .thenComparingInt(all::indexOf);
        List<Technique> candidates = all.stream().filter(t -> score(t, ids) > 0).sorted(byScore).toList();

        List<Technique> chosen = new ArrayList<>();
        Set<String> unserved = new LinkedHashSet<>(ids);
        while (!unserved.isEmpty() && chosen.size() < cap) {
            Technique best = candidates.stream().filter(t -> !chosen.contains(t))
                    .max(Comparator.comparingInt((Technique t) -> score(t, unserved))
                            .thenComparing(byScore.reversed()))
                    .filter(t -> score(t, unserved) > 0)
                    .orElse(null);
            if (best == null) {
                break;
            }
            chosen.add(best);
            unserved.removeAll(best.symptoms());
        }
        candidates.stream().filter(t -> !chosen.contains(t)).limit(cap - chosen.size()).forEach(chosen::add);
        chosen.sort(byScore);
        return chosen;
    }

    private static int score(Technique t, Set<String> ids) {
        return (int) t.symptoms().stream().filter(ids::contains).count();
    }

    /**
     * Groups keep the order in which their first technique was chosen, so the best match
     * opens the handout; inside a group the chosen order is kept.
     */
    private List<HandoutPlan.Group> group(List<Technique> chosen) {
        Map<String, List<Technique>> byCategory = new LinkedHashMap<>();
        for (Technique t : chosen) {
            byCategory.computeIfAbsent(t.categoryId(), k -> new ArrayList<>()).add(t);
        }
        List<HandoutPlan.Group> groups = new ArrayList<>();
        byCategory.forEach((id, techniques) -> {
            Category category = library.category(id).orElseThrow();
            groups.add(new HandoutPlan.Group(category, techniques));
        });
        return groups;
    }
}
