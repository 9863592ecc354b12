package org.physiokiosk.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** "Closed now? Next change when?" on ordinary days, closed dates and the days the clocks change. */
class OpeningHoursTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** Weekdays 08:00-12:00 and 14:00-18:00, Saturday morning, closed on Sunday and over Christmas. */
    private static OpeningHours clinic() throws ScheduleException {
        Map<DayOfWeek, List<TimeRange>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            week.put(d, ScheduleText.hours("08:00-12:00, 14:00-18:00"));
        }
        week.put(DayOfWeek.SATURDAY, ScheduleText.hours("09:00-12:00"));
        return new OpeningHours(week, ScheduleText.dateRanges("2026-12-24..2026-12-26, 2027-01-01"));
    }

    @Test
    void closedAtNightOpenInTheMorningClosedAtLunch() throws ScheduleException {
        OpeningHours h = clinic();
        LocalDate wednesday = LocalDate.of(2026, 12, 2);
        assertThat(h.isOpenAt(wednesday.atTime(3, 0))).isFalse();
        assertThat(h.isOpenAt(wednesday.atTime(7, 59))).isFalse();
        assertThat(h.isOpenAt(wednesday.atTime(8, 0))).isTrue();
        assertThat(h.isOpenAt(wednesday.atTime(12, 30))).isFalse();
        assertThat(h.isOpenAt(wednesday.atTime(17, 59))).isTrue();
        assertThat(h.isOpenAt(wednesday.atTime(18, 0))).isFalse();
        assertThat(h.nextOpening(wednesday.atTime(3, 0))).contains(wednesday.atTime(8, 0));
        assertThat(h.nextOpening(wednesday.atTime(12, 30))).contains(wednesday.atTime(14, 0));
        assertThat(h.nextOpening(wednesday.atTime(19, 0))).contains(wednesday.plusDays(1).atTime(8, 0));
    }

    @Test
    void closedDatesAndSundaysAreSkippedToTheNextOpening() throws ScheduleException {
        OpeningHours h = clinic();
        LocalDate christmasEve = LocalDate.of(2026, 12, 24); // a Thursday
        assertThat(h.isOpenAt(christmasEve.atTime(10, 0))).isFalse();
        assertThat(h.hoursOn(christmasEve)).isEmpty();
        assertThat(h.hoursOn(christmasEve.getDayOfWeek())).hasSize(2);
        // Thu 24, Fri 25, Sat 26 closed dates, Sun 27 closed: Monday 28 at 08:00.
        assertThat(h.nextOpening(christmasEve.atTime(10, 0))).contains(LocalDateTime.of(2026, 12, 28, 8, 0));
        ZonedDateTime now = christmasEve.atTime(10, 0).atZone(LONDON);
        assertThat(h.nextChange(now)).contains(LocalDateTime.of(2026, 12, 28, 8, 0).atZone(LONDON).toInstant());
    }

    @Test
    void nextChangeIsTheNextOpeningOrClosing() throws ScheduleException {
        OpeningHours h = clinic();
        ZonedDateTime morning = ZonedDateTime.of(2026, 12, 2, 9, 15, 0, 0, LONDON);
        assertThat(h.nextChange(morning)).contains(morning.withHour(12).withMinute(0).toInstant());
        ZonedDateTime lunch = morning.withHour(12).withMinute(0);
        assertThat(h.nextChange(lunch)).contains(lunch.withHour(14).toInstant());
        assertThat(OpeningHours.ALWAYS_OPEN.nextChange(morning)).isEmpty();
        assertThat(OpeningHours.ALWAYS_OPEN.isOpenAt(morning)).isTrue();
        OpeningHours never = new OpeningHours(Map.of(), List.of());
        assertThat(never.nextChange(morning)).isEmpty();
        assertThat(never.nextOpening(morning.toLocalDateTime())).isEmpty();
    }

    @Test
    void adjacentRangesAreOneOpening() throws ScheduleException {
        OpeningHours h = new OpeningHours(Map.of(DayOfWeek.MONDAY, ScheduleText.hours("08:00-12:00, 12:00-18:00")),
                List.of());
        ZonedDateTime monday = ZonedDateTime.of(2026, 11, 30, 9, 0, 0, 0, LONDON);
        assertThat(h.nextChange(monday)).contains(monday.withHour(18).toInstant());
        assertThat(h.nextOpening(monday.toLocalDateTime())).contains(LocalDateTime.of(2026, 12, 7, 8, 0));
    }

    @Test
    void theSpringChangeDayOpensAtEightByTheWallClock() throws ScheduleException {
        // Sunday 2026-03-29, London: 01:00 GMT -> 02:00 BST. Open every day 08:00-18:00.
        OpeningHours h = new OpeningHours(everyDay("08:00-18:00"), List.of());
        ZonedDateTime night = ZonedDateTime.of(2026, 3, 29, 0, 30, 0, 0, LONDON);
        Instant eight = ZonedDateTime.of(2026, 3, 29, 8, 0, 0, 0, LONDON).toInstant();
        assertThat(h.nextChange(night)).contains(eight);
        // only 6 h 30 min after 00:30 GMT, since an hour is skipped
        assertThat(java.time.Duration.between(night.toInstant(), eight)).hasHours(6);
        assertThat(h.isOpenAt(eight.atZone(LONDON))).isTrue();
        assertThat(h.isOpenAt(eight.minusSeconds(60).atZone(LONDON))).isFalse();
    }

    @Test
    void theAutumnChangeDayOpensAtEightByTheWallClock() throws ScheduleException {
        // Sunday 2026-10-25, London: 02:00 BST -> 01:00 GMT.
        OpeningHours h = new OpeningHours(everyDay("08:00-18:00"), List.of());
        ZonedDateTime night = ZonedDateTime.of(2026, 10, 25, 0, 30, 0, 0, LONDON);
        Instant eight = ZonedDateTime.of(2026, 10, 25, 8, 0, 0, 0, LONDON).toInstant();
        assertThat(h.nextChange(night)).contains(eight);
        assertThat(java.time.Duration.between(night.toInstant(), eight)).hasHours(8); // 7 h 30 min + the repeated hour
        assertThat(h.nextChange(eight.atZone(LONDON))).contains(
                ZonedDateTime.of(2026, 10, 25, 18, 0, 0, 0, LONDON).toInstant());
    }

    @Test
    void anOpeningInsideTheSkippedHourHappensWhenTheClockJumpsPastIt() throws ScheduleException {
        // Berlin, 2026-03-29: the clock goes from 02:00 straight to 03:00. Open from 02:30.
        OpeningHours h = new OpeningHours(everyDay("02:30-06:00"), List.of());
        ZonedDateTime night = ZonedDateTime.of(2026, 3, 29, 1, 0, 0, 0, BERLIN);
        Instant jump = ZonedDateTime.of(2026, 3, 29, 3, 0, 0, 0, BERLIN).toInstant();
        assertThat(h.nextChange(night)).contains(jump);
        assertThat(h.isOpenAt(jump.atZone(BERLIN))).isTrue();
        assertThat(h.isOpenAt(jump.minusNanos(1).atZone(BERLIN))).isFalse();
    }

    @Test
    void aRangeInsideTheRepeatedHourOpensTwice() throws ScheduleException {
        // London, 2026-10-25: 01:00-01:59 happens twice; open 01:15-01:45.
        OpeningHours h = new OpeningHours(everyDay("01:15-01:45"), List.of());
        ZonedDateTime start = ZonedDateTime.of(2026, 10, 25, 0, 0, 0, 0, LONDON);
        Instant firstOpen = h.nextChange(start).orElseThrow();
        Instant firstClose = h.nextChange(firstOpen.atZone(LONDON)).orElseThrow();
        Instant secondOpen = h.nextChange(firstClose.atZone(LONDON)).orElseThrow();
        Instant secondClose = h.nextChange(secondOpen.atZone(LONDON)).orElseThrow();
        assertThat(firstOpen.atZone(LONDON).toLocalTime()).hasToString("01:15");
        assertThat(firstClose.atZone(LONDON).toLocalTime()).hasToString("01:45");
        assertThat(secondOpen).isEqualTo(firstOpen.plusSeconds(3600));
        assertThat(secondClose).isEqualTo(firstClose.plusSeconds(3600));
    }

    private static Map<DayOfWeek, List<TimeRange>> everyDay(String hours) throws ScheduleException {
        Map<DayOfWeek, List<TimeRange>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            week.put(d, ScheduleText.hours(hours));
        }
        return week;
    }
}
