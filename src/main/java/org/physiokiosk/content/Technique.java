package org.physiokiosk.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One home-care technique from the article: what it is, how to do it, how much,
 * what to watch out for and which symptoms it helps.
 *
 * @param illustration file name inside {@code media/illustrations/}, or empty for none
 * @param source       the file it was read from, for staff messages
 * @param enabled      false keeps it off the loop and out of plans (staff can switch it back on)
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
        boolean enabled) {

    public Technique {
        symptoms = List.copyOf(symptoms);
        steps = List.copyOf(steps);
        cautions = List.copyOf(cautions);
    }

    /** The same technique with other fields, as staff edit it (every field in one go). */
    public Technique with(String categoryId, String title, String summary, String illustration, List<String> symptoms,
                          Dose dose, List<String> steps, List<String> cautions, boolean enabled) {
        return new Technique(id, categoryId, order, title, summary, illustration, symptoms, dose, steps, cautions,
                source, enabled);
    }

    public Technique withOrder(int order) {
        return new Technique(id, categoryId, order, title, summary, illustration, symptoms, dose, steps, cautions,
                source, enabled);
    }

    public Optional<String> illustrationFile() {
        return illustration.isEmpty() ? Optional.empty() : Optional.of(illustration);
    }
}
