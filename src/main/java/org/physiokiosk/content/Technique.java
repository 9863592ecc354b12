package org.physiokiosk.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.physiokiosk.schedule.Schedule;

/**
 * One home-care technique from the article: what it is, how to do it, how much,
 * what to watch out for and which symptoms it helps.
 *
 * @param illustration file name inside {@code media/illustrations/}, or empty for none
 * @param source       the file it was read from, for staff messages
 * @param enabled      false keeps it off the loop and out of plans (staff can switch it back on)
 * @param notWith      techniques it must never share a plan with ({@code not-with:})
 * @param notFor       symptoms it must not be offered for, even when another picked symptom brings it
 *                     ({@code not-for:})
 * @param ruleReasons  why those rules are there, for the clinician who reviews them
 * @param review       who reviewed this text last, and when
 * @param schedule     when its slide may be on the attract loop (plans and handouts do not look at it)
 * @param alt          the drawing in words, for someone who cannot see it ({@code alt:}); empty when the file
 *                     has none (the handout then describes the drawing by the title)
 */
public record Technique(
        String id,
        String categoryId,
        int order,
        String title,
        String summary,
        String illustration,
        List<String> symptoms,
        Dose dose,
        List<String> steps,
        List<String> cautions,
        Path source,
        boolean enabled,
        List<String> notWith,
        List<String> notFor,
        List<String> ruleReasons,
        Review review,
        Schedule schedule,
        String alt) {

    public Technique {
        alt = alt == null ? "" : alt.strip();
        symptoms = List.copyOf(symptoms);
        steps = List.copyOf(steps);
        cautions = List.copyOf(cautions);
        notWith = List.copyOf(notWith);
        notFor = List.copyOf(notFor);
        ruleReasons = List.copyOf(ruleReasons);
        review = review == null ? Review.NONE : review;
        schedule = schedule == null ? Schedule.ALWAYS : schedule;
    }

    /** A technique without a text for its drawing. */
    public Technique(String id, String categoryId, int order, String title, String summary, String illustration,
                     List<String> symptoms, Dose dose, List<String> steps, List<String> cautions, Path source,
                     boolean enabled, List<String> notWith, List<String> notFor, List<String> ruleReasons,
                     Review review, Schedule schedule) {
        this(id, categoryId, order, title, summary, illustration, symptoms, dose, steps, cautions, source, enabled,
                notWith, notFor, ruleReasons, review, schedule, "");
    }

    /** The same technique with its drawing described in words ({@code alt:}). */
    public Technique withAlt(String alt) {
        return new Technique(id, categoryId, order, title, summary, illustration, symptoms, dose, steps, cautions,
                source, enabled, notWith, notFor, ruleReasons, review, schedule, alt);
    }

    /** The drawing in words for a screen reader: {@link #alt()}, or the title when there is none. */
    public String altOrTitle() {
        return alt.isBlank() ? title : alt;
    }

    /** A technique shown at any time. */
    public Technique(String id, String categoryId, int order, String title, String summary, String illustration,
                     List<String> symptoms, Dose dose, List<String> steps, List<String> cautions, Path source,
                     boolean enabled, List<String> notWith, List<String> notFor, List<String> ruleReasons,
                     Review review) {
        this(id, categoryId, order, title, summary, illustration, symptoms, dose, steps, cautions, source, enabled,
                notWith, notFor, ruleReasons, review, Schedule.ALWAYS);
    }

    /** The same technique on another schedule. */
    public Technique withSchedule(Schedule schedule) {
        return new Technique(id, categoryId, order, title, summary, illustration, symptoms, dose, steps, cautions,
                source, enabled, notWith, notFor, ruleReasons, review, schedule, alt);
    }

    /** A technique without plan rules and not yet reviewed. */
    public Technique(String id, String categoryId, int order, String title, String summary, String illustration,
                     List<String> symptoms, Dose dose, List<String> steps, List<String> cautions, Path source,
                     boolean enabled) {
        this(id, categoryId, order, title, summary, illustration, symptoms, dose, steps, cautions, source, enabled,
                List.of(), List.of(), List.of(), Review.NONE);
    }

    /** The same technique with other fields, as staff edit it (every field in one go). */
    public Technique with(String categoryId, String title, String summary, String illustration, List<String> symptoms,
                          Dose dose, List<String> steps, List<String> cautions, boolean enabled) {
        return new Technique(id, categoryId, order, title, summary, illustration, symptoms, dose, steps, cautions,
                source, enabled, notWith, notFor, ruleReasons, review, schedule, alt);
    }

    /** The same technique in another language: only the words change. */
    public Technique translated(String title, String summary, Dose dose, List<String> steps, List<String> cautions) {
        return new Technique(id, categoryId, order, title, summary, illustration, symptoms, dose, steps, cautions,
                source, enabled, notWith, notFor, ruleReasons, review, schedule, alt);
    }

    /** The same technique with other plan rules and review record, as staff edit them. */
    public Technique withRules(List<String> notWith, List<String> notFor, List<String> ruleReasons, Review review) {
        return new Technique(id, categoryId, order, title, summary, illustration, symptoms, dose, steps, cautions,
                source, enabled, notWith, notFor, ruleReasons, review, schedule, alt);
    }

    /** A copy under another id and file (staff's "duplicate"). */
    public Technique copyAs(String id, int order, String title, Path source) {
        return new Technique(id, categoryId, order, title, summary, illustration, symptoms, dose, steps, cautions,
                source, enabled, notWith, notFor, ruleReasons, Review.NONE, schedule, alt);
    }

    public Technique withOrder(int order) {
        return new Technique(id, categoryId, order, title, summary, illustration, symptoms, dose, steps, cautions,
                source, enabled, notWith, notFor, ruleReasons, review, schedule, alt);
    }

    public Optional<String> illustrationFile() {
        return illustration.isEmpty() ? Optional.empty() : Optional.of(illustration);
    }
}
