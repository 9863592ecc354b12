package org.physiokiosk.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.physiokiosk.content.Review;

/** The "Reviewed by / Reviewed on" fields as staff type them. */
class ReviewEntryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @Test
    void anEmptyDayIsNotReviewedAndFine() {
        ReviewEntry empty = new ReviewEntry("  ", "  ");
        assertThat(empty.problem(TODAY)).isEmpty();
        assertThat(empty.review()).isEqualTo(Review.NONE);
        assertThat(new ReviewEntry("A. Physio", "").review()).isEqualTo(new Review("A. Physio", Optional.empty()));
    }

    @Test
    void onlyARealDayWrittenYyyyMmDdIsAccepted() {
        for (String bad : List.of("30/11/2026", "2026-11-31", "2026-02-29", "2026-1-5", "+2026-11-30", "20261130",
                "yesterday", "2026-11-30x", "2026-13-01")) {
            assertThat(new ReviewEntry("A", bad).problem(TODAY)).as(bad).contains(ReviewEntry.NOT_A_DATE);
            assertThat(new ReviewEntry("A", bad).review().on()).as(bad).isEmpty();
        }
        ReviewEntry leap = new ReviewEntry(" A. Physio ", " 2024-02-29 ");
        assertThat(leap.problem(TODAY)).isEmpty();
        assertThat(leap.review()).isEqualTo(Review.of("A. Physio", LocalDate.of(2024, 2, 29)));
    }

    @Test
    void todayIsFineAndTomorrowIsInTheFuture() {
        assertThat(new ReviewEntry("A", "2026-11-30").problem(TODAY)).isEmpty();
        assertThat(new ReviewEntry("A", "2026-12-01").problem(TODAY)).contains(ReviewEntry.IN_THE_FUTURE);
    }

    @Test
    void reviewedTodayFillsTheDayAndKeepsTheName() {
        ReviewEntry entry = new ReviewEntry("A. Physio", "not a date").reviewedOn(TODAY);
        assertThat(entry.on()).isEqualTo("2026-11-30");
        assertThat(entry.by()).isEqualTo("A. Physio");
        assertThat(entry.problem(TODAY)).isEmpty();
        assertThat(ReviewEntry.of(entry.review())).isEqualTo(entry);
        assertThat(ReviewEntry.of(Review.NONE)).isEqualTo(new ReviewEntry("", ""));
    }
}
