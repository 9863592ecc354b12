package org.physiokiosk.schedule;

/**
 * What is wrong with one line of a schedule.
 *
 * @param key     the line's key ({@code show-from}, {@code show-until}, {@code days} or {@code hours})
 * @param message what is wrong, in plain words, quoting what was found
 */
public record ScheduleProblem(String key, String message) {
}
