package org.physiokiosk.content;

import java.nio.file.Path;

/**
 * Something a patient can say they feel, in their own words. Which techniques it brings
 * is written once, on each technique ({@code symptoms:}), so the two cannot disagree.
 *
 * @param label what the patient reads on the tile and on the handout
 * @param hint  a longer explanation, for screen readers and the tile's second line (may be empty)
 * @param icon  a file name in {@code media/illustrations/}, or empty
 */
public record Symptom(String id, int order, String label, String hint, String icon, Path source) {
}
