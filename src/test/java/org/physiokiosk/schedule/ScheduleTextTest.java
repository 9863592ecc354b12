package org.physiokiosk.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The words of schedules: what is read, and what is said about what cannot be. */
class ScheduleTextTest {

    private static ScheduleText.Result parse(String from, String until, String days, String hours) {
        return ScheduleText.parse(new Schedule.Written(from, until, days, hours));
    }

    @Test
    void nothingGivenIsAlways() {
        ScheduleText.Result r = parse("", "", "", "");
        assertThat(r.problems()).isEmpty();
        assertThat(r.schedule()).isEqualTo(Schedule.ALWAYS);
        assertThat(r.schedule().isAlways()).isTrue();
    }

    @Test
    void readsEveryPart() {
        ScheduleText.Result r = parse("2026-12-01", "2026-12-31", "mon-wed, Friday", "8:00-12:00, 14:00 – 18:30");
        assertThat(r.problems()).isEmpty();
        Schedule s = r.schedule();
        assertThat(s.showFrom()).contains(LocalDate.of(2026, 12, 1));
        assertThat(s.showUntil()).contains(LocalDate.of(2026, 12, 31));
        assertThat(s.days()).containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.FRIDAY);
        assertThat(s.hours()).containsExactly(new TimeRange(480, 720), new TimeRange(840, 1110));
        assertThat(s.written()).isEqualTo(new Schedule.Written("2026-12-01", "2026-12-31", "mon, tue, wed, fri",
                "08:00-12:00, 14:00-18:30"));
    }

    @Test
    void dayNamesFullShortAnyCaseAndRangesOverTheWeekend() throws ScheduleException {
        assertThat(ScheduleText.days("MONDAY, tues, Thurs, sun")).containsExactlyInAnyOrder(DayOfWeek.MONDAY,
                DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SUNDAY);
        assertThat(ScheduleText.days("fri-mon")).containsExactlyInAnyOrder(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY,
                DayOfWeek.SUNDAY, DayOfWeek.MONDAY);
        assertThat(ScheduleText.hours("00:00-24:00")).containsExactly(TimeRange.ALL_DAY);
    }

    @Test
    void aDateThatIsNotADayIsNamed() {
        ScheduleText.Result r = parse("2026-02-30", "", "", "");
        assertThat(r.schedule().isUnreadable()).isTrue();
        assertThat(r.problems()).containsExactly(new ScheduleProblem("show-from", "\"show-from:\" \"2026-02-30\" is "
                + "not a day of the calendar (check the month and the day)"));
        assertThat(parse("", "24/12/2026", "", "").problems()).extracting(ScheduleProblem::message)
                .containsExactly("\"show-until:\" must be a date written YYYY-MM-DD (e.g. 2026-12-24), found "
                        + "\"24/12/2026\"");
    }

    @Test
    void anUnknownDayIsNamedWithTheDaysThatAreKnown() {
        ScheduleText.Result r = parse("", "", "mon, lundi", "");
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("days");
            assertThat(p.message()).contains("\"lundi\"").contains("mon, tue, wed, thu, fri, sat, sun");
        });
        assertThat(parse("", "", "mo", "").problems()).hasSize(1); // two letters could be more than one day
    }

    @Test
    void aReversedRangeSaysHowToWriteOneOverMidnight() {
        ScheduleText.Result r = parse("", "", "", "08:00-12:00, 20:00-06:00");
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("hours");
            assertThat(p.message()).contains("\"20:00-06:00\" ends before it starts")
                    .contains("20:00-24:00, 00:00-06:00");
        });
        assertThat(parse("", "", "", "25:00-26:00").problems()).extracting(ScheduleProblem::message)
                .singleElement().asString().contains("cannot read the time \"25:00\"");
        assertThat(parse("", "", "", "09:00-09:00").problems()).extracting(ScheduleProblem::message)
                .singleElement().asString().contains("starts and ends at the same time");
        assertThat(parse("", "", "", "morning").problems()).extracting(ScheduleProblem::message)
                .singleElement().asString().contains("\"morning\"");
    }

    @Test
    void showUntilBeforeShowFromIsAProblemOfShowUntil() {
        ScheduleText.Result r = parse("2026-12-31", "2026-12-01", "", "");
        assertThat(r.schedule().isUnreadable()).isTrue();
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("show-until");
            assertThat(p.message()).contains("2026-12-01 is before \"show-from:\" 2026-12-31");
        });
        assertThatThrownBy(() -> Schedule.of(Optional.of(LocalDate.of(2026, 12, 31)),
                Optional.of(LocalDate.of(2026, 12, 1)), Set.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyBrokenLineIsReportedAndTheLinesAreKeptAsWritten() {
        Schedule.Written lines = new Schedule.Written("soon", "2026-13-01", "someday", "all the time");
        ScheduleText.Result r = ScheduleText.parse(lines);
        assertThat(r.problems()).extracting(ScheduleProblem::key)
                .containsExactly("show-from", "show-until", "days", "hours");
        assertThat(r.schedule().written()).isEqualTo(lines);
        assertThat(r.schedule().isShownAt(LocalDate.of(2026, 6, 1).atTime(10, 0))).isFalse();
    }

    @Test
    void closedDatesAndRanges() throws ScheduleException {
        assertThat(ScheduleText.dateRanges("2026-12-24..2026-12-26, 2027-01-01")).containsExactly(
                new DateRange(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 26)),
                new DateRange(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 1)));
        assertThat(ScheduleText.dateRanges(ScheduleText.dateRanges(List.of(
                new DateRange(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 26)))))).hasSize(1);
        assertThatThrownBy(() -> ScheduleText.dateRanges("2026-12-26..2026-12-24"))
                .hasMessageContaining("ends before it starts");
        assertThatThrownBy(() -> ScheduleText.dateRanges("christmas")).hasMessageContaining("\"christmas\"");
    }
}
