package org.physiokiosk.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.physiokiosk.content.Category;
import org.physiokiosk.content.Review;
import org.physiokiosk.content.SlideLibrary;
import org.physiokiosk.content.Symptom;
import org.physiokiosk.content.Technique;

/**
 * Turns the symptoms a patient picked into a handout plan, following the rules written in the
 * content so a clinician can review them:
 * <ol>
 * <li>a technique is never offered for a symptom its {@code not-for:} names, even when another
 * picked symptom would bring it in;</li>
 * <li>two techniques one of whose {@code not-with:} names the other never share a plan: the plan
 * keeps the one serving more picked symptoms, a picked symptom's first choice on a tie, then
 * the self-care one over an optional one, then the one earlier in the loop;</li>
 * <li>every picked symptom is served first by its {@code first-choice:} technique, then, while
 * there is room, each symptom still unserved by the technique serving the most of them; the
 * rest of the room goes to the techniques serving the most picked symptoms, self-care before
 * options;</li>
 * <li>techniques of an optional category (the medicines) come after every self-care technique.</li>
 * </ol>
 * At most {@code cap} techniques, grouped by category, each once; plus the advice every plan
 * carries. No symptoms gives the general plan from the content.
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
        List<Technique> chosen = picked.isEmpty() ? generalTechniques() : bestMatches(picked);
        List<HandoutPlan.Group> groups = group(chosen);

        List<String> planCautions = new ArrayList<>();
        groups.forEach(g -> g.category().planCautions().stream()
                .filter(c -> !planCautions.contains(c)).forEach(planCautions::add));
        var general = library.general();
        return new HandoutPlan(picked, groups, general.everyday(), general.safety(), planCautions,
                general.seekAdvice(), general.disclaimer(), HandoutPlan.RedFlags.of(general),
                lastReviewed(picked, groups));
    }

    /** The newest review date of what the handout prints: its techniques, their groups, the symptoms, the general texts. */
    private Optional<LocalDate> lastReviewed(List<Symptom> picked, List<HandoutPlan.Group> groups) {
        List<Review> reviews = new ArrayList<>();
        reviews.add(library.general().review());
        picked.forEach(s -> reviews.add(s.review()));
        for (HandoutPlan.Group g : groups) {
            reviews.add(g.category().review());
            g.techniques().forEach(t -> reviews.add(t.review()));
        }
        return reviews.stream().map(Review::on).flatMap(Optional::stream).max(Comparator.naturalOrder());
    }

    /** The general plan keeps its written order, except that options never come before self-care. */
    private List<Technique> generalTechniques() {
        List<Technique> plan = new ArrayList<>();
        for (String id : library.general().generalPlan()) {
            library.technique(id).filter(Technique::enabled)
                    .filter(t -> plan.stream().noneMatch(c -> clash(t, c)))
                    .ifPresent(plan::add);
        }
        List<Technique> capped = new ArrayList<>(plan.subList(0, Math.min(cap, plan.size())));
        capped.sort(Comparator.comparing(this::optional));
        return capped;
    }

    private List<Technique> bestMatches(List<Symptom> picked) {
        Set<String> ids = new LinkedHashSet<>();
        picked.forEach(s -> ids.add(s.id()));
        Set<String> firstChoices = new LinkedHashSet<>();
        picked.forEach(s -> firstChoices.addAll(s.firstChoice()));
        List<Technique> all = library.enabledTechniques();

        // Rank: more picked symptoms served, a first choice, self-care over options, earlier in the loop.
        Comparator<Technique> rank = Comparator.comparingInt((Technique t) -> -score(t, ids))
                .thenComparing(t -> !firstChoices.contains(t.id()))
                .thenComparing(this::optional)
                .thenComparingInt(all::indexOf);
        List<Technique> ranked = all.stream()
                .filter(t -> score(t, ids) > 0)
                .filter(t -> t.notFor().stream().noneMatch(ids::contains))
                .sorted(rank)
                .toList();
        // Clashes are settled before anything is chosen, so the better of two always wins.
        List<Technique> candidates = new ArrayList<>();
        for (Technique t : ranked) {
            if (candidates.stream().noneMatch(c -> clash(t, c))) {
                candidates.add(t);
            }
        }

        List<Technique> chosen = new ArrayList<>();
        Set<String> unserved = new LinkedHashSet<>(ids);
        for (Symptom s : picked) {
            if (chosen.size() >= cap || !unserved.contains(s.id())) {
                continue;
            }
            s.firstChoice().stream()
                    .flatMap(id -> candidates.stream().filter(t -> t.id().equals(id)))
                    .filter(t -> t.symptoms().contains(s.id()))
                    .findFirst()
                    .ifPresent(t -> {
                        chosen.add(t);
                        unserved.removeAll(t.symptoms());
                    });
        }
        while (!unserved.isEmpty() && chosen.size() < cap) {
            Technique best = candidates.stream().filter(t -> !chosen.contains(t))
                    .filter(t -> score(t, unserved) > 0)
                    .min(Comparator.comparingInt((Technique t) -> -score(t, unserved)).thenComparing(rank))
                    .orElse(null);
            if (best == null) {
                break;
            }
            chosen.add(best);
            unserved.removeAll(best.symptoms());
        }
        candidates.stream().filter(t -> !chosen.contains(t))
                .sorted(Comparator.comparing(this::optional).thenComparing(rank))
                .limit(cap - chosen.size()).forEach(chosen::add);
        chosen.sort(Comparator.comparing(this::optional).thenComparing(rank));
        return chosen;
    }

    /** True when either names the other in its {@code not-with:} (a rule written once holds both ways). */
    static boolean clash(Technique a, Technique b) {
        return a.notWith().contains(b.id()) || b.notWith().contains(a.id());
    }

    private boolean optional(Technique t) {
        return library.category(t.categoryId()).map(Category::optional).orElse(false);
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
