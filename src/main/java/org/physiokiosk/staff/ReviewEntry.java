package org.physiokiosk.staff;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.physiokiosk.content.Review;

/**
 * A review record as staff type it into a form: who reviewed the content, and the day as
 * {@code YYYY-MM-DD}. It says what is wrong with the day in words for the field, and turns into
 * the {@link Review} that is saved. No Swing.
 *
 * @param by who reviewed it, as typed
 * @param on the day, as typed ("" for not reviewed)
 */
public record ReviewEntry(String by, String on) {

    /** Shown under a date that is not a real YYYY-MM-DD day. */
    public static final String NOT_A_DATE = "Write the date as YYYY-MM-DD, for example 2026-11-30.";
    /** Shown under a date after today: the kiosk would count it as never reviewed. */
    public static final String IN_THE_FUTURE = "This date is in the future. Write the day the review was done.";

    public ReviewEntry {
        by = by == null ? "" : by.strip();
        on = on == null ? "" : on.strip();
    }

    /** The form's fields filled from a saved review. */
    public static ReviewEntry of(Review review) {
        return new ReviewEntry(review.by(), review.date());
    }

    /** The same entry dated {@code today} ("Reviewed today"); who reviewed it stays as typed. */
    public ReviewEntry reviewedOn(LocalDate today) {
        return new ReviewEntry(by, today.toString());
    }

    /**
     * Why the day cannot be saved, or empty when it can: an empty day (not reviewed) is fine; a
     * day that is not a real {@code YYYY-MM-DD} date, or is after {@code today}, is not.
     */
    public Optional<String> problem(LocalDate today) {
        if (on.isEmpty()) {
            return Optional.empty();
        }
        Optional<LocalDate> day = day();
        if (day.isEmpty()) {
            return Optional.of(NOT_A_DATE);
        }
        if (day.get().isAfter(today)) {
            return Optional.of(IN_THE_FUTURE);
        }
        return Optional.empty();
    }

    /** The review to save; a day that cannot be read counts as none (check {@link #problem} first). */
    public Review review() {
        return new Review(by, day());
    }

    private Optional<LocalDate> day() {
        // Exactly four digits, two and two: LocalDate.parse alone would take "+2026-11-30".
        if (!on.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(on));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
