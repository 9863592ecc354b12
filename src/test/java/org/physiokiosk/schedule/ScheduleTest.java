package org.physiokiosk.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** When a schedule shows its slide, by the wall clock, on ordinary days and the days the clocks change. */
class ScheduleTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** The gap is at 02:00-03:00 local time (the clocks go from 02:00 to 03:00). */
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static Schedule schedule(String from, String until, String days, String hours) {
        ScheduleText.Result r = ScheduleText.parse(new Schedule.Written(from, until, days, hours));
        assertThat(r.problems()).isEmpty();
        return r.schedule();
    }

    @Test
    void aDateRangeIncludesBothDays() {
        Schedule december = schedule("2026-12-01", "2026-12-03", "", "");
        assertThat(december.isShownAt(LocalDateTime.of(2026, 11, 30, 23, 59))).isFalse();
        assertThat(december.isShownAt(LocalDateTime.of(2026, 12, 1, 0, 0))).isTrue();
        assertThat(december.isShownAt(LocalDateTime.of(2026, 12, 3, 23, 59))).isTrue();
        assertThat(december.isShownAt(LocalDateTime.of(2026, 12, 4, 0, 0))).isFalse();
    }

    @Test
    void hoursIncludeTheirStartAndEndBeforeTheirEnd() {
        Schedule split = schedule("", "", "", "08:00-12:00, 14:00-18:00");
        LocalDate day = LocalDate.of(2026, 6, 3);
        assertThat(split.isShownAt(day.atTime(7, 59))).isFalse();
        assertThat(split.isShownAt(day.atTime(8, 0))).isTrue();
        assertThat(split.isShownAt(day.atTime(11, 59))).isTrue();
        assertThat(split.isShownAt(day.atTime(12, 0))).isFalse();
        assertThat(split.isShownAt(day.atTime(14, 30))).isTrue();
        assertThat(split.isShownAt(day.atTime(18, 0))).isFalse();
    }

    @Test
    void weekdaysLimitEveryWeek() {
        Schedule weekends = schedule("", "", "sat, sun", "");
        assertThat(weekends.isShownAt(LocalDateTime.of(2026, 12, 5, 10, 0))).isTrue(); // a Saturday
        assertThat(weekends.isShownAt(LocalDateTime.of(2026, 12, 7, 10, 0))).isFalse(); // a Monday
    }

    @Test
    void onTheSpringChangeDayHoursAreWallClockTime() {
        Schedule morning = schedule("", "", "", "08:00-12:00");
        // London, 2026-03-29: 01:00 GMT becomes 02:00 BST.
        ZonedDateTime before = ZonedDateTime.of(2026, 3, 29, 0, 30, 0, 0, LONDON);
        ZonedDateTime eight = ZonedDateTime.of(2026, 3, 29, 8, 0, 0, 0, LONDON);
        assertThat(morning.isShownAt(before)).isFalse();
        assertThat(morning.isShownAt(eight)).isTrue();
        assertThat(morning.isShownAt(eight.minusMinutes(1))).isFalse();
        // Seven and a half hours after half past midnight is 09:00 by the wall clock, not 08:00.
        assertThat(before.plusHours(7).plusMinutes(30).toLocalTime()).hasToString("09:00");
        // A range in the hour that is skipped does not happen that day.
        Schedule skipped = schedule("", "", "", "02:00-02:59");
        ZonedDateTime instant = ZonedDateTime.of(2026, 3, 29, 1, 59, 0, 0, BERLIN);
        for (int m = 0; m < 120; m++) {
            assertThat(skipped.isShownAt(instant.plusMinutes(m))).as("Berlin %s", instant.plusMinutes(m)).isFalse();
        }
    }

    @Test
    void onTheAutumnChangeDayTheRepeatedHourShowsTwice() {
        // London, 2026-10-25: 02:00 BST becomes 01:00 GMT, so 01:00-01:59 happens twice.
        Schedule earlyHour = schedule("", "", "", "01:00-02:00");
        ZonedDateTime first = ZonedDateTime.of(2026, 10, 25, 1, 30, 0, 0, LONDON).withEarlierOffsetAtOverlap();
        ZonedDateTime second = first.withLaterOffsetAtOverlap();
        assertThat(second.toInstant()).isEqualTo(first.toInstant().plusSeconds(3600));
        assertThat(earlyHour.isShownAt(first)).isTrue();
        assertThat(earlyHour.isShownAt(second)).isTrue();
        Schedule morning = schedule("", "", "", "08:00-12:00");
        assertThat(morning.isShownAt(ZonedDateTime.of(2026, 10, 25, 8, 0, 0, 0, LONDON))).isTrue();
        assertThat(morning.isShownAt(ZonedDateTime.of(2026, 10, 25, 12, 0, 0, 0, LONDON))).isFalse();
    }
}
