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
        Path source) {

    public Technique {
        symptoms = List.copyOf(symptoms);
        steps = List.copyOf(steps);
        cautions = List.copyOf(cautions);
    }

    public Optional<String> illustrationFile() {
        return illustration.isEmpty() ? Optional.empty() : Optional.of(illustration);
    }
}
