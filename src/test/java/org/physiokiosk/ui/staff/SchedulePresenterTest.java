package org.physiokiosk.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.physiokiosk.schedule.Schedule;
import org.physiokiosk.schedule.ScheduleText;
import org.physiokiosk.ui.Texts;
import org.physiokiosk.ui.staff.ScheduleDraft.Hours;
import org.physiokiosk.ui.staff.ScheduleDraft.Part;

/** The touch schedule control without a display: every touch, its words, its problems, and its text round trip. */
class SchedulePresenterTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    private final List<ScheduleDraft> edits = new ArrayList<>();
    private final SchedulePresenter presenter = new SchedulePresenter(new Texts(Locale.ENGLISH), () -> TODAY,
            edits::add);

    private static Schedule read(String from, String until, String days, String hours) {
        return ScheduleText.parse(new Schedule.Written(from, until, days, hours)).schedule();
    }

    @Test
    void aNewControlSaysAlwaysWithEveryDayOnAndNoRange() {
        presenter.load(ScheduleDraft.of(Schedule.ALWAYS));
        assertThat(presenter.summary()).isEqualTo("Always");
        assertThat(SchedulePresenter.week()).allMatch(presenter::dayOn);
        assertThat(presenter.rows()).isEmpty();
        assertThat(presenter.draft().written()).isEqualTo(new Schedule.Written("", "", "", ""));
        assertThat(edits).as("loading is not an edit").isEmpty();
    }

    @Test
    void eachHintShowsOnlyWhileItSaysWhatTheControlShows() {
        presenter.load(ScheduleDraft.of(Schedule.ALWAYS));
        assertThat(presenter.everyDayHintShown()).as("all seven on").isTrue();
        assertThat(presenter.allDayHintShown()).as("no range").isTrue();
        presenter.day(DayOfWeek.SUNDAY, false);
        assertThat(presenter.everyDayHintShown()).as("Mon–Sat").isFalse();
        assertThat(presenter.allDayHintShown()).isTrue();
        presenter.addRange();
        assertThat(presenter.allDayHintShown()).as("a range set").isFalse();
        presenter.day(DayOfWeek.SUNDAY, true);
        assertThat(presenter.everyDayHintShown()).isTrue();
        presenter.removeRange(0);
        assertThat(presenter.allDayHintShown()).isTrue();
        // A schedule loaded with days and hours set shows neither.
        presenter.load(ScheduleDraft.of(read("", "", "mon-fri", "08:00-12:00")));
        assertThat(presenter.everyDayHintShown()).isFalse();
        assertThat(presenter.allDayHintShown()).isFalse();
    }

    @Test
    void theDatesArePickedOnAMonthGridWithoutTyping() {
        presenter.openPicker(Part.FROM);
        assertThat(presenter.picking()).contains(Part.FROM);
        assertThat(presenter.month()).as("opens on today's month").isEqualTo(YearMonth.of(2026, 11));
        // November 2026 starts on a Sunday: six blanks, then the 1st, Monday first.
        List<LocalDate> grid = presenter.calendar();
        assertThat(grid).hasSize(42);
        assertThat(grid.subList(0, 6)).containsOnlyNulls();
        assertThat(grid.get(6)).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(grid.get(7).getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);

        presenter.nextMonth();
        assertThat(presenter.monthText()).isEqualTo("December 2026");
        presenter.pick(LocalDate.of(2026, 12, 1));
        assertThat(presenter.picking()).as("a touch on a day closes the grid").isEmpty();
        presenter.openPicker(Part.UNTIL);
        assertThat(presenter.month()).as("until opens on from's month").isEqualTo(YearMonth.of(2026, 12));
        presenter.pick(LocalDate.of(2026, 12, 31));

        assertThat(presenter.dateText(presenter.date(Part.FROM))).isEqualTo("1 Dec 2026");
        assertThat(presenter.summary()).isEqualTo("From 1 Dec 2026 until 31 Dec 2026");
        assertThat(presenter.draft().written().showFrom()).isEqualTo("2026-12-01");
        assertThat(presenter.draft().written().showUntil()).isEqualTo("2026-12-31");
        assertThat(edits).hasSize(2);

        presenter.clear(Part.FROM);
        assertThat(presenter.summary()).isEqualTo("Until 31 Dec 2026");
        assertThat(presenter.dateText(presenter.date(Part.FROM))).isEqualTo("Not set");
    }

    @Test
    void weekdaysAndHourRangesMakeTheSummaryAndTheFileLines() {
        presenter.day(DayOfWeek.SATURDAY, false);
        presenter.day(DayOfWeek.SUNDAY, false);
        presenter.addRange();
        assertThat(presenter.rows()).containsExactly(SchedulePresenter.FIRST_RANGE);
        presenter.addRange();
        presenter.step(1, false, -8); // 14:00 two hours earlier
        presenter.step(1, true, -8);
        presenter.openPicker(Part.FROM);
        presenter.nextMonth();
        presenter.pick(LocalDate.of(2026, 12, 1));
        presenter.openPicker(Part.UNTIL);
        presenter.pick(LocalDate.of(2026, 12, 31));

        assertThat(presenter.summary()).isEqualTo("Mon–Fri, 08:00–12:00, 12:00–16:00, from 1 Dec 2026 until 31 Dec 2026");
        assertThat(presenter.draft().written()).isEqualTo(new Schedule.Written("2026-12-01", "2026-12-31",
                "mon, tue, wed, thu, fri", "08:00-12:00, 12:00-16:00"));
        assertThat(presenter.problems()).isEmpty();
        assertThat(presenter.draft().schedule()).isEqualTo(read("2026-12-01", "2026-12-31", "mon-fri",
                "08:00-12:00, 12:00-16:00"));

        // Runs of two stay apart, three or more take a dash.
        presenter.day(DayOfWeek.WEDNESDAY, false);
        presenter.day(DayOfWeek.SUNDAY, true);
        assertThat(presenter.summary()).startsWith("Mon, Tue, Thu, Fri, Sun, ");
    }

    @Test
    void theSteppersMoveByAQuarterHourAndStayInsideTheDay() {
        presenter.addRange();
        presenter.step(0, false, 1);
        assertThat(presenter.rows().get(0)).isEqualTo(new Hours(8 * 60 + 15, 12 * 60));
        presenter.step(0, false, -100);
        assertThat(presenter.rows().get(0).start()).isZero();
        presenter.step(0, true, 100);
        assertThat(presenter.rows().get(0).end()).isEqualTo(24 * 60);
        assertThat(presenter.draft().written().hours()).isEqualTo("00:00-24:00");
        presenter.removeRange(0);
        assertThat(presenter.rows()).isEmpty();
        assertThat(presenter.summary()).isEqualTo("Always");
    }

    @Test
    void invalidCombinationsAreProblemsAtTheirPart() {
        presenter.openPicker(Part.FROM);
        presenter.pick(LocalDate.of(2026, 12, 10));
        presenter.openPicker(Part.UNTIL);
        presenter.pick(LocalDate.of(2026, 12, 1));
        assertThat(presenter.problemAt(Part.UNTIL, -1)).contains(
                "The last day is before the first day: the slide would never show.");

        for (DayOfWeek d : DayOfWeek.values()) {
            presenter.day(d, false);
        }
        assertThat(presenter.problemAt(Part.DAYS, -1)).contains("Choose at least one day.");

        presenter.addRange(); // 08:00-12:00
        presenter.addRange(); // 14:00-18:00
        presenter.step(1, false, -12); // 11:00: overlaps the first
        assertThat(presenter.problemAt(Part.HOURS, 1)).contains("This range overlaps another one.");
        assertThat(presenter.problemAt(Part.HOURS, 0)).isEmpty();
        presenter.step(0, true, -16); // 08:00-08:00
        assertThat(presenter.problemAt(Part.HOURS, 0)).contains("This range ends before it starts.");

        assertThat(presenter.problems()).extracting(ScheduleDraft.Problem::part)
                .containsExactly(Part.UNTIL, Part.DAYS, Part.HOURS);
        assertThat(presenter.firstProblem()).isPresent();
        // What cannot be saved is never a readable schedule.
        assertThat(presenter.draft().schedule().isUnreadable()).isTrue();
    }

    @Test
    void aLineTheFileGotWrongIsKeptAsWrittenUntilStaffSetThatPart() {
        Schedule broken = read("2026-12-01", "", "mon-fri", "8 to 12");
        assertThat(broken.isUnreadable()).isTrue();
        presenter.load(ScheduleDraft.of(broken));
        assertThat(presenter.date(Part.FROM)).contains(LocalDate.of(2026, 12, 1));
        assertThat(presenter.dayOn(DayOfWeek.SATURDAY)).isFalse();
        assertThat(presenter.problemAt(Part.HOURS, -1)).hasValueSatisfying(p -> assertThat(p)
                .startsWith("This line of the file cannot be read (\"hours:\" cannot read \"8 to 12\""));
        assertThat(presenter.summary()).isEqualTo("Hidden: a line of its schedule cannot be read");
        assertThat(presenter.draft().written().hours()).isEqualTo("8 to 12");
        assertThat(presenter.draft().schedule()).as("kept as read: nothing lost").isEqualTo(broken);

        presenter.addRange();
        assertThat(presenter.problems()).isEmpty();
        assertThat(presenter.draft().written().hours()).isEqualTo("08:00-12:00");
        assertThat(presenter.summary()).isEqualTo("Mon–Fri, 08:00–12:00, from 1 Dec 2026");
    }

    @Test
    void theWordsFollowTheStaffLanguage() {
        SchedulePresenter de = new SchedulePresenter(new Texts(Locale.GERMAN), () -> TODAY, d -> { });
        de.load(ScheduleDraft.of(read("2026-12-01", "2026-12-31", "mon-fri", "08:00-12:00")));
        assertThat(de.summary()).isEqualTo("Mo.–Fr., 08:00–12:00, vom 1. Dez. 2026 bis 31. Dez. 2026");
        SchedulePresenter uk = new SchedulePresenter(new Texts(Locale.forLanguageTag("uk")), () -> TODAY, d -> { });
        uk.load(ScheduleDraft.of(Schedule.ALWAYS));
        assertThat(uk.summary()).isEqualTo("Завжди");
        assertThat(uk.shortName(DayOfWeek.MONDAY)).isEqualTo("Пн");
    }

    /** Any schedule staff can make with the control is written as lines that read back as the same schedule. */
    @Property(tries = 300)
    void anyScheduleTheControlMakesReadsBackEqual(@ForAll("touches") List<Integer> touches) {
        SchedulePresenter p = new SchedulePresenter(new Texts(Locale.ENGLISH), () -> TODAY, d -> { });
        for (int t : touches) {
            touch(p, t);
        }
        ScheduleDraft d = p.draft();
        ScheduleText.Result read = ScheduleText.parse(d.written());
        if (d.problems().isEmpty()) {
            assertThat(read.problems()).isEmpty();
            assertThat(read.schedule()).isEqualTo(d.schedule());
            // And the control shows what it read exactly as before.
            assertThat(ScheduleDraft.of(read.schedule())).isEqualTo(d);
        } else {
            // Not savable: the control says why, at a part, so the editor keeps the save back.
            assertThat(p.firstProblem()).isPresent();
            assertThat(d.problems()).allSatisfy(pr -> assertThat(pr.part()).isNotNull());
        }
    }

    /** One touch, chosen by a number: a weekday, a stepper, a range added or removed, a date picked or cleared. */
    private static void touch(SchedulePresenter p, int t) {
        int what = Math.floorMod(t, 10);
        int arg = Math.floorDiv(t, 10);
        int rows = p.rows().size();
        switch (what) {
            case 0 -> p.day(DayOfWeek.of(1 + Math.floorMod(arg, 7)), !p.dayOn(DayOfWeek.of(1 + Math.floorMod(arg, 7))));
            case 1 -> p.addRange();
            case 2 -> p.removeRange(rows == 0 ? 0 : Math.floorMod(arg, rows));
            case 3, 4 -> p.step(rows == 0 ? 0 : Math.floorMod(arg, rows), what == 4, Math.floorMod(arg, 9) - 4);
            case 5, 6 -> {
                Part which = what == 5 ? Part.FROM : Part.UNTIL;
                p.openPicker(which);
                for (int i = 0; i < Math.floorMod(arg, 30); i++) {
                    if (arg % 2 == 0) {
                        p.nextMonth();
                    } else {
                        p.previousMonth();
                    }
                }
                List<LocalDate> days = p.calendar().stream().filter(d -> d != null).toList();
                p.pick(days.get(Math.floorMod(arg, days.size())));
            }
            case 7 -> p.clear(arg % 2 == 0 ? Part.FROM : Part.UNTIL);
            default -> p.day(DayOfWeek.of(1 + Math.floorMod(arg, 7)), true);
        }
    }

    @Provide
    Arbitrary<List<Integer>> touches() {
        return Arbitraries.integers().between(-500, 500).list().ofMaxSize(25);
    }

    @Test
    void theDraftOfAScheduleShowsAllSevenDaysForEveryDay() {
        ScheduleDraft d = ScheduleDraft.of(read("", "", "", ""));
        assertThat(d.days()).hasSize(7);
        assertThat(d.from()).isEqualTo(Optional.empty());
        assertThat(ScheduleDraft.of(read("", "", "sat, sun", "")).days())
                .isEqualTo(Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
    }
}
