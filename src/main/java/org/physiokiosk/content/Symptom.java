package org.physiokiosk.content;

import java.nio.file.Path;
import java.util.List;

/**
 * Something a patient can say they feel, in their own words. Which techniques it brings
 * is written once, on each technique ({@code symptoms:}), so the two cannot disagree.
 *
 * @param label what the patient reads on the tile and on the handout
 * @param hint  a longer explanation, for screen readers and the tile's second line (may be empty)
 * @param icon  a file name in {@code media/illustrations/}, or empty
 * @param firstChoice the techniques a clinician wants first for it ({@code first-choice:}), in order
 * @param ruleReasons why, for the clinician who reviews it
 * @param review      who reviewed this text last, and when
 */
public record Symptom(String id, int order, String label, String hint, String icon, Path source,
                      List<String> firstChoice, List<String> ruleReasons, Review review) {

    public Symptom {
        firstChoice = List.copyOf(firstChoice);
        ruleReasons = List.copyOf(ruleReasons);
        review = review == null ? Review.NONE : review;
    }

    /** A symptom without a first choice, not yet reviewed. */
    public Symptom(String id, int order, String label, String hint, String icon, Path source) {
        this(id, order, label, hint, icon, source, List.of(), List.of(), Review.NONE);
    }

    /** The same symptom with other words (a translation, or staff's edit). */
    public Symptom withWords(String label, String hint) {
        return new Symptom(id, order, label, hint, icon, source, firstChoice, ruleReasons, review);
    }

    /** The same symptom with another first choice, its reasons and review record, as staff edit them. */
    public Symptom withRules(List<String> firstChoice, List<String> ruleReasons, Review review) {
        return new Symptom(id, order, label, hint, icon, source, firstChoice, ruleReasons, review);
    }
}
