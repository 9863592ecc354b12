package org.physiokiosk.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The schedule lines: whatever is written is read back the same, and no line makes the reader throw. */
class SchedulePropertiesTest {

    @Property(tries = 500)
    void aWrittenScheduleIsReadBackTheSame(@ForAll("schedules") Schedule schedule) {
        ScheduleText.Result read = ScheduleText.parse(schedule.written());
        assertThat(read.problems()).isEmpty();
        assertThat(read.schedule()).isEqualTo(schedule);
    }

    @Property(tries = 1000)
    void anyLinesGiveAScheduleOrProblemsNeverAnException(@ForAll("lines") String from, @ForAll("lines") String until,
                                                          @ForAll("lines") String days, @ForAll("lines") String hours) {
        ScheduleText.Result read = ScheduleText.parse(new Schedule.Written(from, until, days, hours));
        assertThat(read.schedule()).isNotNull();
        // a schedule that could not be read is never shown, and says why on a line of its own
        assertThat(read.schedule().isUnreadable()).isEqualTo(!read.problems().isEmpty());
        read.problems().forEach(p -> assertThat(p.message()).startsWith("\"" + p.key() + ":\" "));
        read.schedule().isShownAt(LocalDate.of(2026, 3, 29).atTime(2, 30));
    }

    @Property(tries = 500)
    void anyClosedDatesGiveRangesOrAMessage(@ForAll("lines") String text) {
        try {
            List<DateRange> ranges = ScheduleText.dateRanges(text);
            assertThat(ScheduleText.dateRanges(ScheduleText.dateRanges(ranges))).isEqualTo(ranges);
        } catch (ScheduleException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    @Provide
    Arbitrary<String> lines() {
        Arbitrary<String> pieces = Arbitraries.of("mon", "Tuesday", "fri-mon", "-", "–", ",", " ", "..", "08:00",
                "24:00", "25:61", "9", "2026-02-29", "2028-02-29", "2026-12-24", "0000-00-00", "99999999999", ":", "x",
                "ü", "\u0000", "\t");
        Arbitrary<String> built = pieces.list().ofMaxSize(8).map(l -> String.join("", l));
        return Arbitraries.oneOf(built, Arbitraries.strings().ofMaxLength(60));
    }

    @Provide
    Arbitrary<Schedule> schedules() {
        Arbitrary<Optional<LocalDate>> dates = Arbitraries.integers().between(0, 3000)
                .map(n -> LocalDate.of(2025, 1, 1).plusDays(n)).optional();
        Arbitrary<Set<DayOfWeek>> days = Arbitraries.of(DayOfWeek.class).set().ofMaxSize(7);
        Arbitrary<TimeRange> range = Arbitraries.integers().between(0, TimeRange.DAY - 1).flatMap(start ->
                Arbitraries.integers().between(start + 1, TimeRange.DAY).map(end -> new TimeRange(start, end)));
        Arbitrary<List<TimeRange>> hours = range.list().ofMaxSize(4);
        return Combinators.combine(dates, dates, days, hours).as((a, b, d, h) -> {
            Optional<LocalDate> from = a;
            Optional<LocalDate> until = b;
            if (a.isPresent() && b.isPresent() && b.get().isBefore(a.get())) {
                from = b;
                until = a;
            }
            return Schedule.of(from, until, d, new ArrayList<>(h));
        });
    }
}
