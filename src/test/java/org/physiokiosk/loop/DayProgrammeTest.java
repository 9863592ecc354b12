package org.physiokiosk.loop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.content.SlideLibrary;
import org.physiokiosk.schedule.OpeningHours;
import org.physiokiosk.schedule.TimeRange;

/** The day's programme staff see in "What plays when": hour by hour, with what is off and why. */
class DayProgrammeTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** A Wednesday. */
    static final LocalDate WEDNESDAY = LocalDate.of(2026, 12, 2);
    /** Mon–Fri 08:00–18:00, closed at the weekend. */
    static final OpeningHours WEEKDAYS = weekdays();

    @TempDir
    Path dir;

    static OpeningHours weekdays() {
        Map<DayOfWeek, List<TimeRange>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            week.put(d, List.of(new TimeRange(8 * 60, 18 * 60)));
        }
        return new OpeningHours(week, List.of());
    }

    /** The fixture media with {@code lines} added to the end of some files (e.g. techniques/chin-tuck.txt). */
    static SlideLibrary libraryWith(Path dir, Map<String, String> lines) throws IOException {
        Path media = org.physiokiosk.testing.TestMedia.copyInto(dir);
        for (Map.Entry<String, String> e : lines.entrySet()) {
            Files.writeString(media.resolve(e.getKey()), "\n" + e.getValue() + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.APPEND);
        }
        return ContentLoader.load(media);
    }

    private static List<String> rowsAsText(DayProgramme p) {
        return p.rows().stream().map(r -> r.from().toLocalTime() + "-" + r.to().toLocalTime()
                + (r.closed() ? " closed" : "")).toList();
    }

    private static boolean playsAt(DayProgramme p, LocalTime t, String id) {
        return p.rows().stream().filter(r -> !r.from().toLocalTime().isAfter(t) && r.to().toLocalTime().isAfter(t)
                || !r.from().toLocalTime().isAfter(t) && r.to().toLocalTime().equals(LocalTime.MIDNIGHT))
                .findFirst().orElseThrow().ids().contains(id);
    }

    private static Reason offToday(DayProgramme p, String id) {
        return p.offToday().stream().filter(o -> o.slide().id().equals(id)).map(DayProgramme.Off::why).findFirst()
                .orElse(null);
    }

    @Test
    void closedHoursAreOneRowEachSideOfTheOpenHoursWhichGoHourByHour() throws IOException {
        SlideLibrary library = libraryWith(dir, Map.of());
        DayProgramme p = DayProgramme.of(library, 2, WEEKDAYS, WEDNESDAY, LONDON);
        assertThat(rowsAsText(p)).containsExactly("00:00-08:00 closed", "08:00-09:00", "09:00-10:00", "10:00-11:00",
                "11:00-12:00", "12:00-13:00", "13:00-14:00", "14:00-15:00", "15:00-16:00", "16:00-17:00",
                "17:00-18:00", "18:00-00:00 closed");
        assertThat(p.rows().get(0).items()).isEmpty();
        assertThat(p.rows().get(1).ids()).startsWith("intro", "category-stretching").endsWith("closing");
        DayProgramme saturday = DayProgramme.of(library, 2, WEEKDAYS, WEDNESDAY.plusDays(3), LONDON);
        assertThat(rowsAsText(saturday)).containsExactly("00:00-00:00 closed");
        assertThat(saturday.closedAllDay()).isTrue();
        assertThat(saturday.offToday()).isEmpty();
    }

    @Test
    void anHourWhereTheOpeningTimeFallsIsSplitThere() throws IOException {
        Map<DayOfWeek, List<TimeRange>> week = new EnumMap<>(DayOfWeek.class);
        week.put(DayOfWeek.WEDNESDAY, List.of(new TimeRange(8 * 60 + 30, 12 * 60)));
        DayProgramme p = DayProgramme.of(libraryWith(dir, Map.of()), 2, new OpeningHours(week, List.of()), WEDNESDAY,
                LONDON);
        assertThat(rowsAsText(p)).containsExactly("00:00-08:30 closed", "08:30-09:00", "09:00-10:00", "10:00-11:00",
                "11:00-12:00", "12:00-00:00 closed");
    }

    @Test
    void aNoticeWithADateRangeIsOnTheRightDaysOnly() throws IOException {
        SlideLibrary library = libraryWith(dir, Map.of("notices/fixture-pilates.txt",
                "show-from: 2026-12-01\nshow-until: 2026-12-03"));
        String pilates = "notice-fixture-pilates";
        DayProgramme before = DayProgramme.of(library, 2, WEEKDAYS, LocalDate.of(2026, 11, 30), LONDON);
        DayProgramme first = DayProgramme.of(library, 2, WEEKDAYS, LocalDate.of(2026, 12, 1), LONDON);
        DayProgramme last = DayProgramme.of(library, 2, WEEKDAYS, LocalDate.of(2026, 12, 3), LONDON);
        DayProgramme after = DayProgramme.of(library, 2, WEEKDAYS, LocalDate.of(2026, 12, 4), LONDON);
        assertThat(playsAt(before, LocalTime.of(10, 0), pilates)).isFalse();
        assertThat(offToday(before, pilates)).isEqualTo(new Reason.NotYet(LocalDate.of(2026, 12, 1)));
        assertThat(playsAt(first, LocalTime.of(8, 0), pilates)).isTrue();
        assertThat(playsAt(last, LocalTime.of(17, 0), pilates)).isTrue();
        assertThat(offToday(first, pilates)).isNull();
        assertThat(playsAt(after, LocalTime.of(10, 0), pilates)).isFalse();
        assertThat(offToday(after, pilates)).isEqualTo(new Reason.Ended(LocalDate.of(2026, 12, 3)));
        // The notice shares its places with the others, in turn.
        DayProgramme.Item.Notices place = first.rows().get(1).items().stream()
                .filter(DayProgramme.Item.Notices.class::isInstance).map(DayProgramme.Item.Notices.class::cast)
                .findFirst().orElseThrow();
        assertThat(place.inTurn()).extracting(n -> n.id()).containsExactly("notice-fixture-closed", pilates,
                "notice-fixture-welcome");
    }

    @Test
    void aMorningOnlySlideIsInTheMorningHoursOnly() throws IOException {
        SlideLibrary library = libraryWith(dir, Map.of("techniques/chin-tuck.txt", "hours: 08:00-12:00"));
        DayProgramme p = DayProgramme.of(library, 2, WEEKDAYS, WEDNESDAY, LONDON);
        for (DayProgramme.Row r : p.rows()) {
            if (!r.closed()) {
                boolean morning = r.from().getHour() < 12;
                assertThat(r.ids().contains("technique-chin-tuck")).as(r.from().toString()).isEqualTo(morning);
                assertThat(r.ids()).contains("technique-seated-spinal-twist");
            }
        }
        assertThat(offToday(p, "technique-chin-tuck")).isNull();
        // Its hours all in closed time: off all day, and staff are told why.
        SlideLibrary evening = libraryWith(dir.resolve("b"), Map.of("techniques/chin-tuck.txt", "hours: 19:00-21:00"));
        DayProgramme q = DayProgramme.of(evening, 2, WEEKDAYS, WEDNESDAY, LONDON);
        assertThat(offToday(q, "technique-chin-tuck")).isEqualTo(
                new Reason.OtherHours(List.of(new TimeRange(19 * 60, 21 * 60)), true));
    }

    @Test
    void aCategoryWhoseTechniquesAreAllOffIsAbsentAndSaysWhy() throws IOException {
        SlideLibrary library = libraryWith(dir, Map.of(
                "techniques/heat-therapy.txt", "days: sat, sun",
                "techniques/cold-therapy.txt", "days: sat-sun"));
        DayProgramme p = DayProgramme.of(library, 2, OpeningHours.ALWAYS_OPEN, WEDNESDAY, LONDON);
        for (DayProgramme.Row r : p.rows()) {
            assertThat(r.ids()).doesNotContain("category-heat-cold", "technique-heat-therapy",
                    "technique-cold-therapy").contains("category-stretching");
        }
        assertThat(offToday(p, "category-heat-cold")).isEqualTo(new Reason.NoTechniqueOn());
        assertThat(offToday(p, "technique-heat-therapy")).isEqualTo(
                new Reason.OtherDays(Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY)));
        DayProgramme saturday = DayProgramme.of(library, 2, OpeningHours.ALWAYS_OPEN, WEDNESDAY.plusDays(3), LONDON);
        assertThat(saturday.rows().get(0).ids()).contains("category-heat-cold", "technique-heat-therapy");
    }

    @Test
    void aCategoryOffByItsOwnScheduleNamesItForItsTechniques() throws IOException {
        SlideLibrary library = libraryWith(dir, Map.of("categories/stretching.txt", "show-until: 2026-11-30"));
        DayProgramme p = DayProgramme.of(library, 2, OpeningHours.ALWAYS_OPEN, WEDNESDAY, LONDON);
        assertThat(offToday(p, "category-stretching")).isEqualTo(new Reason.Ended(LocalDate.of(2026, 11, 30)));
        assertThat(offToday(p, "technique-chin-tuck")).isInstanceOfSatisfying(Reason.OfCategory.class, c ->
                assertThat(c.why()).isEqualTo(new Reason.Ended(LocalDate.of(2026, 11, 30))));
    }

    @Test
    void aBrokenScheduleLineKeepsTheSlideOffAndNamesTheLine() throws IOException {
        SlideLibrary library = libraryWith(dir, Map.of("techniques/chin-tuck.txt", "hours: 8 till noon"));
        assertThat(library.problems()).hasSize(1);
        int line = library.problems().get(0).line();
        assertThat(line).isPositive();
        DayProgramme p = DayProgramme.of(library, 2, OpeningHours.ALWAYS_OPEN, WEDNESDAY, LONDON);
        assertThat(offToday(p, "technique-chin-tuck")).isEqualTo(new Reason.BrokenLine(line));
        assertThat(Reason.ofTechnique(library, library.technique("chin-tuck").orElseThrow(),
                WEDNESDAY.atTime(10, 0))).contains(new Reason.BrokenLine(line));
        assertThat(Reason.ofTechnique(library, library.technique("seated-spinal-twist").orElseThrow(),
                WEDNESDAY.atTime(10, 0))).isEmpty();
    }

    @Test
    void notSwitchedOnAndNoPlaceForNotices() throws IOException {
        SlideLibrary library = libraryWith(dir, Map.of("techniques/chin-tuck.txt", "enabled: false"));
        DayProgramme p = DayProgramme.of(library, 0, OpeningHours.ALWAYS_OPEN, WEDNESDAY, LONDON);
        assertThat(offToday(p, "technique-chin-tuck")).isEqualTo(new Reason.SwitchedOff());
        assertThat(offToday(p, "notice-fixture-welcome")).isEqualTo(new Reason.NoNoticePlace());
        assertThat(p.rows().get(0).items()).noneMatch(DayProgramme.Item.Notices.class::isInstance);
    }

    /** The time line of a day: no gap, no overlap, every row where the one before ends. */
    private static void assertTimeLine(DayProgramme p, LocalDate day, Duration length) {
        assertThat(p.rows().get(0).start()).isEqualTo(day.atStartOfDay(LONDON).toInstant());
        assertThat(p.rows().get(p.rows().size() - 1).end()).isEqualTo(day.plusDays(1).atStartOfDay(LONDON)
                .toInstant());
        for (int i = 1; i < p.rows().size(); i++) {
            assertThat(p.rows().get(i).start()).isEqualTo(p.rows().get(i - 1).end());
        }
        assertThat(p.rows().stream().map(DayProgramme.Row::length).reduce(Duration.ZERO, Duration::plus))
                .isEqualTo(length);
        assertThat(p.rows()).allMatch(r -> !r.length().isNegative() && !r.length().isZero());
    }

    @Test
    void theSpringChangeDayHas23HoursAndTheAutumnOne25() throws IOException {
        SlideLibrary library = libraryWith(dir, Map.of("techniques/chin-tuck.txt", "hours: 01:00-02:00"));
        LocalDate spring = LocalDate.of(2026, 3, 29);
        DayProgramme p = DayProgramme.of(library, 2, OpeningHours.ALWAYS_OPEN, spring, LONDON);
        assertTimeLine(p, spring, Duration.ofHours(23));
        assertThat(p.rows()).hasSize(23);
        assertThat(rowsAsText(p)).startsWith("00:00-01:00", "02:00-03:00").doesNotHaveDuplicates();
        assertThat(p.clockChange()).isPresent();
        // 01:00-02:00 does not happen that day: the morning-at-one slide is off all day.
        assertThat(offToday(p, "technique-chin-tuck")).isInstanceOf(Reason.OtherHours.class);

        LocalDate autumn = LocalDate.of(2026, 10, 25);
        DayProgramme q = DayProgramme.of(library, 2, OpeningHours.ALWAYS_OPEN, autumn, LONDON);
        assertTimeLine(q, autumn, Duration.ofHours(25));
        assertThat(q.rows()).hasSize(25);
        assertThat(rowsAsText(q)).startsWith("00:00-01:00", "01:00-02:00", "01:00-02:00", "02:00-03:00");
        assertThat(q.rows()).extracting(DayProgramme.Row::repeated).containsOnlyOnce(true);
        assertThat(q.rows().get(2).repeated()).isTrue();
        assertThat(q.rows().stream().filter(r -> r.ids().contains("technique-chin-tuck")).count()).isEqualTo(2);
        assertThat(q.rows()).extracting(DayProgramme.Row::start).doesNotHaveDuplicates();
        // An ordinary day: 24.
        DayProgramme r = DayProgramme.of(library, 2, OpeningHours.ALWAYS_OPEN, WEDNESDAY, LONDON);
        assertTimeLine(r, WEDNESDAY, Duration.ofHours(24));
        assertThat(r.rows()).hasSize(24);
        assertThat(r.clockChange()).isEmpty();
    }

    @Test
    void closedHoursOnTheAutumnDayStayOneRow() throws IOException {
        LocalDate autumn = LocalDate.of(2026, 10, 25); // a Sunday
        Map<DayOfWeek, List<TimeRange>> week = new EnumMap<>(DayOfWeek.class);
        week.put(DayOfWeek.SUNDAY, List.of(new TimeRange(10 * 60, 12 * 60)));
        DayProgramme p = DayProgramme.of(libraryWith(dir, Map.of()), 2, new OpeningHours(week, List.of()), autumn,
                LONDON);
        assertThat(rowsAsText(p)).containsExactly("00:00-10:00 closed", "10:00-11:00", "11:00-12:00",
                "12:00-00:00 closed");
        assertThat(p.rows().get(0).length()).isEqualTo(Duration.ofHours(11));
        assertTimeLine(p, autumn, Duration.ofHours(25));
        assertThat(LocalDateTime.ofInstant(p.rows().get(1).start(), LONDON)).isEqualTo(autumn.atTime(10, 0));
    }

    /**
     * Every day of a year in zones with unusual changes (Lord Howe moves its clocks by half an hour;
     * São Paulo in 2018 skipped midnight itself): the rows cover the day exactly, in order.
     */
    @Test
    void everyDayOfTheYearIsCoveredWithoutGapOrOverlapInOddZones() throws IOException {
        SlideLibrary library = libraryWith(dir, Map.of("techniques/chin-tuck.txt", "hours: 00:00-00:30, 01:30-02:15"));
        Map<String, Integer> years = Map.of("Europe/London", 2026, "America/New_York", 2026,
                "Australia/Lord_Howe", 2026, "America/Sao_Paulo", 2018);
        for (Map.Entry<String, Integer> e : years.entrySet()) {
            ZoneId zone = ZoneId.of(e.getKey());
            for (LocalDate d = LocalDate.of(e.getValue(), 1, 1); d.getYear() == e.getValue(); d = d.plusDays(1)) {
                DayProgramme p = DayProgramme.of(library, 2, WEEKDAYS, d, zone);
                java.time.Instant start = d.atStartOfDay(zone).toInstant();
                java.time.Instant end = d.plusDays(1).atStartOfDay(zone).toInstant();
                assertThat(p.rows().get(0).start()).as(zone + " " + d).isEqualTo(start);
                assertThat(p.rows().get(p.rows().size() - 1).end()).as(zone + " " + d).isEqualTo(end);
                for (int i = 1; i < p.rows().size(); i++) {
                    assertThat(p.rows().get(i).start()).as(zone + " " + d).isEqualTo(p.rows().get(i - 1).end());
                    assertThat(p.rows().get(i).start()).as(zone + " " + d).isAfter(p.rows().get(i - 1).start());
                }
            }
        }
    }
}
