package org.physiokiosk.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReviewTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @Test
    void contentNeverReviewedIsDue() {
        assertThat(Review.NONE.due(TODAY)).isTrue();
        assertThat(new Review("A. Physio", Optional.empty()).due(TODAY)).isTrue();
        assertThat(Review.NONE.date()).isEmpty();
        assertThat(Review.NONE.by()).isEmpty();
    }

    @Test
    void aReviewIsGoodForTwelveMonthsToTheDay() {
        assertThat(Review.of("A", TODAY).due(TODAY)).isFalse();
        assertThat(Review.of("A", LocalDate.of(2025, 11, 30)).due(TODAY)).as("exactly 12 months").isFalse();
        assertThat(Review.of("A", LocalDate.of(2025, 11, 29)).due(TODAY)).as("a day more").isTrue();
    }

    @Test
    void theDateIsWrittenAsTheFileHoldsItAndNamesAreTrimmed() {
        Review r = new Review("  A. Physio, MCSP ", Optional.of(LocalDate.of(2026, 2, 3)));
        assertThat(r.date()).isEqualTo("2026-02-03");
        assertThat(r.by()).isEqualTo("A. Physio, MCSP");
        assertThat(new Review(null, null)).isEqualTo(Review.NONE);
    }
}
