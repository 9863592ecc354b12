package org.physiokiosk.content;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Who last reviewed a piece of health content, and when ({@code reviewed-by:} and
 * {@code reviewed-on:} in its file). Clinics govern what they hand patients: staff mode lists
 * what was never reviewed or not for a year, and a handout names the newest review date of what
 * it prints.
 *
 * @param by who reviewed it ("" when nobody is named)
 * @param on the day of the review, or empty when it was never reviewed
 */
public record Review(String by, Optional<LocalDate> on) {

    /** Content nobody has reviewed yet. */
    public static final Review NONE = new Review("", Optional.empty());

    /** A review older than this is due again. */
    public static final int VALID_MONTHS = 12;

    public Review {
        by = by == null ? "" : by.strip();
        on = on == null ? Optional.empty() : on;
    }

    public static Review of(String by, LocalDate on) {
        return new Review(by, Optional.of(on));
    }

    /** Never reviewed, or reviewed more than {@link #VALID_MONTHS} months before {@code today}. */
    public boolean due(LocalDate today) {
        return on.isEmpty() || on.get().plusMonths(VALID_MONTHS).isBefore(today);
    }

    /** The date as written in a content file ({@code YYYY-MM-DD}), or "". */
    public String date() {
        return on.map(LocalDate::toString).orElse("");
    }
}
