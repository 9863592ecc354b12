package org.physiokiosk.ui.attract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.content.Slide;
import org.physiokiosk.content.SlideLibrary;
import org.physiokiosk.schedule.OpeningHours;
import org.physiokiosk.schedule.ScheduleException;
import org.physiokiosk.schedule.ScheduleText;
import org.physiokiosk.schedule.TimeRange;
import org.physiokiosk.testing.FakeClock;
import org.physiokiosk.testing.TestMedia;
import org.physiokiosk.ui.Texts;

/** The loop on a fake clock: scheduled slides come and go, and the closed screen takes over outside the hours. */
class AttractLoopScheduleTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Duration INTERVAL = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private final List<String> events = new ArrayList<>();
    private int startScreens;

    /** The fixture media with {@code lines} added to {@code file} (e.g. techniques/chin-tuck.txt). */
    private SlideLibrary libraryWith(Map<String, String> lines) throws IOException {
        Path media = TestMedia.copyInto(dir);
        for (Map.Entry<String, String> e : lines.entrySet()) {
            Files.writeString(media.resolve(e.getKey()), "\n" + e.getValue() + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.APPEND);
        }
        SlideLibrary library = ContentLoader.load(media);
        assertThat(library.problems()).isEmpty();
        return library;
    }

    private AttractLoopPresenter loop(SlideLibrary library, FakeClock clock, OpeningHours hours) {
        AttractLoopPresenter p = AttractLoopPresenter.inTurn(List.of(library.loopSlides()), INTERVAL, clock, hours,
                ClosedNotice.in(new Texts(Locale.ENGLISH), "Riverside Physio", "01234 567890"));
        p.attach(new AttractLoopPresenter.View() {
            @Override
            public void showSlide(Slide slide, int index, int count) {
                events.add(slide.id());
            }

            @Override
            public void openStartScreen() {
                startScreens++;
            }

            @Override
            public void showClosed(ClosedNotice notice) {
                events.add("closed: " + notice.opens());
            }
        });
        return p;
    }

    /** The slide ids of one whole pass from the intro, starting the loop at the clock's time. */
    private List<String> onePass(AttractLoopPresenter p, FakeClock clock) {
        events.clear();
        p.start();
        for (int i = 0; i < 60 && !(events.size() > 1 && events.get(events.size() - 1).equals("intro")); i++) {
            clock.advance(INTERVAL);
            p.tick();
        }
        return List.copyOf(events.subList(0, events.size() - 1));
    }

    @Test
    void aSlideWithADateRangeAppearsAndDisappearsOnTheRightDays() throws IOException {
        SlideLibrary library = libraryWith(Map.of("techniques/chin-tuck.txt",
                "show-from: 2026-12-01\nshow-until: 2026-12-03"));
        FakeClock clock = FakeClock.at(LocalDateTime.of(2026, 11, 30, 23, 0), LONDON);
        AttractLoopPresenter p = loop(library, clock, OpeningHours.ALWAYS_OPEN);
        assertThat(onePass(p, clock)).doesNotContain("technique-chin-tuck").contains("technique-seated-spinal-twist");
        clock.set(LocalDateTime.of(2026, 12, 1, 0, 0));
        assertThat(onePass(p, clock)).contains("technique-chin-tuck");
        clock.set(LocalDateTime.of(2026, 12, 3, 23, 0));
        assertThat(onePass(p, clock)).contains("technique-chin-tuck");
        clock.set(LocalDateTime.of(2026, 12, 4, 0, 0));
        assertThat(onePass(p, clock)).doesNotContain("technique-chin-tuck");
    }

    @Test
    void aMorningOnlySlideIsSkippedAtTheMomentItIsDueInTheAfternoon() throws IOException {
        SlideLibrary library = libraryWith(Map.of("techniques/chin-tuck.txt", "hours: 08:00-12:00"));
        FakeClock clock = FakeClock.at(LocalDateTime.of(2026, 12, 2, 9, 0), LONDON);
        AttractLoopPresenter p = loop(library, clock, OpeningHours.ALWAYS_OPEN);
        assertThat(onePass(p, clock)).contains("technique-chin-tuck");
        clock.set(LocalDateTime.of(2026, 12, 2, 14, 0));
        assertThat(onePass(p, clock)).doesNotContain("technique-chin-tuck");
        // The pass began at 11:59:50 with the slide on; by the time it is due, noon has passed: skipped.
        clock.set(LocalDateTime.of(2026, 12, 2, 11, 59, 50));
        List<String> pass = onePass(p, clock);
        assertThat(pass).doesNotContain("technique-chin-tuck").contains("technique-seated-spinal-twist");
    }

    @Test
    void aCategoryWhoseTechniquesAreAllOffIsSkippedWithItsOpeningSlide() throws IOException {
        SlideLibrary library = libraryWith(Map.of(
                "techniques/heat-therapy.txt", "days: sat, sun",
                "techniques/cold-therapy.txt", "days: sat-sun"));
        FakeClock clock = FakeClock.at(LocalDateTime.of(2026, 12, 2, 10, 0), LONDON); // a Wednesday
        AttractLoopPresenter p = loop(library, clock, OpeningHours.ALWAYS_OPEN);
        List<String> weekday = onePass(p, clock);
        assertThat(weekday).doesNotContain("category-heat-cold", "technique-heat-therapy", "technique-cold-therapy")
                .contains("category-stretching", "closing");
        clock.set(LocalDateTime.of(2026, 12, 5, 10, 0)); // a Saturday
        assertThat(onePass(p, clock)).contains("category-heat-cold", "technique-heat-therapy",
                "technique-cold-therapy");
    }

    @Test
    void aCategoryOnItsOwnScheduleTakesItsTechniquesWithIt() throws IOException {
        SlideLibrary library = libraryWith(Map.of("categories/stretching.txt", "show-until: 2026-11-30"));
        FakeClock clock = FakeClock.at(LocalDateTime.of(2026, 12, 2, 10, 0), LONDON);
        List<String> pass = onePass(loop(library, clock, OpeningHours.ALWAYS_OPEN), clock);
        assertThat(pass).doesNotContain("category-stretching", "technique-chin-tuck", "technique-seated-spinal-twist")
                .contains("category-posture");
    }

    @Test
    void theCategorySlidePreviewsOnlyTheTechniquesOnNow() throws IOException {
        SlideLibrary library = libraryWith(Map.of("techniques/chin-tuck.txt", "hours: 08:00-12:00"));
        FakeClock clock = FakeClock.at(LocalDateTime.of(2026, 12, 2, 14, 0), LONDON);
        AttractLoopPresenter p = loop(library, clock, OpeningHours.ALWAYS_OPEN);
        p.start();
        clock.advance(INTERVAL);
        p.tick();
        assertThat(p.current()).isInstanceOfSatisfying(Slide.CategoryIntro.class, c ->
                assertThat(c.techniques()).extracting(t -> t.id()).doesNotContain("chin-tuck").isNotEmpty());
    }

    @Test
    void closedHoursShowTheClosedScreenAndTheLoopResumesAtOpening() throws Exception {
        SlideLibrary library = libraryWith(Map.of());
        OpeningHours hours = weekdays("08:00-18:00");
        FakeClock clock = FakeClock.at(LocalDateTime.of(2026, 12, 2, 6, 30), LONDON); // Wednesday, before opening
        AttractLoopPresenter p = loop(library, clock, hours);
        p.start();
        assertThat(p.isClosed()).isTrue();
        assertThat(events).containsExactly("closed: We open again today at 08:00.");
        assertThat(p.closedNotice().lines()).containsExactly("Riverside Physio", "We are closed",
                "We open again today at 08:00.", "Opening hours that day: 08:00–18:00", "Phone: 01234 567890");
        // A touch does not start a visit.
        p.touched();
        assertThat(startScreens).isZero();
        // Never more than a minute between looks at the clock, and no new words while nothing changed.
        int looks = 0;
        while (p.isClosed()) {
            long wait = p.millisToNextCheck();
            assertThat(wait).isBetween(1L, 60_000L);
            clock.advance(Duration.ofMillis(wait));
            p.tick();
            looks++;
        }
        assertThat(looks).isEqualTo(90);
        assertThat(clock.wallClock()).isEqualTo(LocalDateTime.of(2026, 12, 2, 8, 0));
        assertThat(events).containsExactly("closed: We open again today at 08:00.", "intro");
        // At closing time the slide that is due gives way to the closed screen.
        clock.set(LocalDateTime.of(2026, 12, 2, 17, 59, 55));
        p.start();
        events.clear();
        clock.advance(INTERVAL);
        p.tick();
        assertThat(events).containsExactly("closed: We open again tomorrow at 08:00.");
        // Friday evening: Monday.
        clock.set(LocalDateTime.of(2026, 12, 4, 19, 0));
        p.start();
        assertThat(p.closedNotice().opens()).isEqualTo("We open again on Monday at 08:00.");
    }

    @Test
    void aClosedDateKeepsTheClosedScreenAllDay() throws Exception {
        SlideLibrary library = libraryWith(Map.of());
        Map<DayOfWeek, List<TimeRange>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            week.put(d, weekdays("08:00-18:00").hoursOn(d));
        }
        // Thursday 24 to Saturday 26 closed, Sunday closed: Monday 28.
        OpeningHours hours = new OpeningHours(week, ScheduleText.dateRanges("2026-12-24..2026-12-26"));
        FakeClock clock = FakeClock.at(LocalDateTime.of(2026, 12, 24, 10, 0), LONDON);
        AttractLoopPresenter p = loop(library, clock, hours);
        p.start();
        assertThat(p.isClosed()).isTrue();
        assertThat(p.closedNotice().opens()).isEqualTo("We open again on Monday at 08:00.");
        clock.set(LocalDateTime.of(2026, 12, 28, 7, 59, 30));
        p.tick();
        assertThat(p.isClosed()).isTrue();
        clock.advance(Duration.ofSeconds(30));
        p.tick();
        assertThat(p.isClosed()).isFalse();
        assertThat(events).last().isEqualTo("intro");
    }

    @Test
    void onTheSpringChangeDayTheLoopResumesAtEightByTheWallClock() throws Exception {
        // Sunday 2026-03-29, London: 01:00 GMT becomes 02:00 BST.
        OpeningHours hours = new OpeningHours(week("08:00-18:00"), List.of());
        FakeClock clock = FakeClock.at(LocalDateTime.of(2026, 3, 29, 0, 30), LONDON);
        AttractLoopPresenter p = loop(libraryWith(Map.of()), clock, hours);
        p.start();
        while (p.isClosed()) {
            clock.advance(Duration.ofMillis(p.millisToNextCheck()));
            p.tick();
        }
        assertThat(clock.wallClock()).isEqualTo(LocalDateTime.of(2026, 3, 29, 8, 0));
        assertThat(clock.instant()).isEqualTo(LocalDateTime.of(2026, 3, 29, 7, 0).atZone(ZoneId.of("UTC"))
                .toInstant());
    }

    @Test
    void onTheAutumnChangeDayTheLoopResumesAtEightByTheWallClock() throws Exception {
        // Sunday 2026-10-25, London: 02:00 BST becomes 01:00 GMT.
        OpeningHours hours = new OpeningHours(week("08:00-18:00"), List.of());
        FakeClock clock = FakeClock.at(LocalDateTime.of(2026, 10, 25, 0, 30), LONDON);
        AttractLoopPresenter p = loop(libraryWith(Map.of()), clock, hours);
        p.start();
        int looks = 0;
        while (p.isClosed()) {
            clock.advance(Duration.ofMillis(p.millisToNextCheck()));
            p.tick();
            looks++;
        }
        assertThat(clock.wallClock()).isEqualTo(LocalDateTime.of(2026, 10, 25, 8, 0));
        assertThat(clock.instant()).isEqualTo(LocalDateTime.of(2026, 10, 25, 8, 0).atZone(ZoneId.of("UTC"))
                .toInstant());
        assertThat(looks).isEqualTo(8 * 60 + 30); // one look a minute for 8 h 30 min (the repeated hour counts)
    }

    @Test
    void aSlideInTheSkippedSpringHourIsNotShownThatDayInLondon() throws IOException {
        // London, 2026-03-29: the clocks go from 01:00 GMT straight to 02:00 BST.
        SlideLibrary library = libraryWith(Map.of("techniques/chin-tuck.txt", "hours: 01:00-02:00"));
        FakeClock clock = FakeClock.at(LocalDateTime.of(2026, 3, 29, 1, 30), LONDON);
        assertThat(clock.wallClock()).isEqualTo(LocalDateTime.of(2026, 3, 29, 2, 30)); // 01:30 does not exist
        AttractLoopPresenter p = loop(library, clock, OpeningHours.ALWAYS_OPEN);
        assertThat(onePass(p, clock)).doesNotContain("technique-chin-tuck");
        clock.set(LocalDateTime.of(2026, 3, 30, 1, 30));
        assertThat(onePass(p, clock)).contains("technique-chin-tuck");
    }

    @Test
    void aSlideInTheSkippedSpringHourIsNotShownThatDayWhereTheGapIsFromTwoToThree() throws IOException {
        // Berlin, 2026-03-29: the clocks go from 02:00 CET straight to 03:00 CEST.
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        SlideLibrary library = libraryWith(Map.of("techniques/chin-tuck.txt", "hours: 02:00-03:00"));
        FakeClock clock = FakeClock.at(LocalDateTime.of(2026, 3, 29, 1, 59, 45), berlin);
        AttractLoopPresenter p = loop(library, clock, OpeningHours.ALWAYS_OPEN);
        assertThat(onePass(p, clock)).doesNotContain("technique-chin-tuck");
        clock.set(LocalDateTime.of(2026, 3, 29, 2, 30));
        assertThat(clock.wallClock()).isEqualTo(LocalDateTime.of(2026, 3, 29, 3, 30)); // 02:30 does not exist
        assertThat(onePass(p, clock)).doesNotContain("technique-chin-tuck");
        clock.set(LocalDateTime.of(2026, 3, 30, 2, 30));
        assertThat(onePass(p, clock)).contains("technique-chin-tuck");
    }

    @Test
    void aSlideInTheRepeatedAutumnHourIsShownBothTimes() throws IOException {
        // London, 2026-10-25: 01:00-01:59 happens first in BST, then again in GMT.
        SlideLibrary library = libraryWith(Map.of("techniques/chin-tuck.txt", "hours: 01:00-02:00"));
        FakeClock clock = FakeClock.at(LocalDateTime.of(2026, 10, 25, 1, 10), LONDON);
        AttractLoopPresenter p = loop(library, clock, OpeningHours.ALWAYS_OPEN);
        assertThat(onePass(p, clock)).contains("technique-chin-tuck");
        clock.set(LocalDateTime.of(2026, 10, 25, 1, 10).atZone(LONDON).withLaterOffsetAtOverlap().toInstant());
        assertThat(onePass(p, clock)).contains("technique-chin-tuck");
        clock.set(LocalDateTime.of(2026, 10, 25, 2, 10));
        assertThat(onePass(p, clock)).doesNotContain("technique-chin-tuck");
    }

    private static OpeningHours weekdays(String ranges) throws ScheduleException {
        Map<DayOfWeek, List<TimeRange>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            week.put(d, ScheduleText.hours(ranges));
        }
        return new OpeningHours(week, List.of());
    }

    private static Map<DayOfWeek, List<TimeRange>> week(String ranges) throws ScheduleException {
        Map<DayOfWeek, List<TimeRange>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            week.put(d, ScheduleText.hours(ranges));
        }
        return week;
    }
}
