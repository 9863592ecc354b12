package org.physiokiosk.handout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The handout's one "stop and seek medical advice" line, printed once in the safety box. A line
 * elsewhere that only says it again in other words (a technique's "If your symptoms persist or
 * worsen, seek medical advice.", a clinic's safety line repeating it) is left out, so a patient
 * reads it once, not once per technique. A line says nothing more when each of its words is in
 * the seek-advice line and it has at least half of that line's words: a paraphrase, not a fragment
 * such as "Stop.". Words are compared in any language, ignoring case and punctuation.
 */
final class SeekAdviceLine {

    private final String text;
    private final Set<String> words;

    SeekAdviceLine(String text) {
        this.text = text.strip();
        this.words = words(text);
    }

    String text() {
        return text;
    }

    /** True when {@code line} says nothing the seek-advice line does not already say. */
    boolean alreadySays(String line) {
        Set<String> own = words(line);
        return !own.isEmpty() && words.containsAll(own) && own.size() * 2 >= words.size();
    }

    /** {@code lines} without those the seek-advice line already says; a line repeated (in case or spacing) once. */
    List<String> without(List<String> lines) {
        Map<String, String> once = new LinkedHashMap<>();
        for (String line : lines) {
            if (!line.isBlank() && !alreadySays(line)) {
                once.putIfAbsent(line.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT), line);
            }
        }
        return List.copyOf(once.values());
    }

    /** The safety box's lines: the clinic's safety lines that add something, then the seek-advice line. */
    List<String> safetyBox(List<String> safety) {
        List<String> out = new ArrayList<>(without(safety));
        out.add(text);
        return out;
    }

    private static Set<String> words(String s) {
        return Arrays.stream(s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty())
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }
}
