package org.physiokiosk.ui.attract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.content.Slide;
import org.physiokiosk.content.SlideLibrary;
import org.physiokiosk.content.Translations;
import org.physiokiosk.schedule.OpeningHours;
import org.physiokiosk.testing.FakeClock;
import org.physiokiosk.testing.TestMedia;
import org.physiokiosk.ui.Texts;

/** Where the loop puts the clinic's notices: between categories, in turn, only when on their schedule. */
class AttractLoopNoticesTest {

    private static final Duration INTERVAL = Duration.ofSeconds(10);
    private static final ZoneId ZONE = ZoneId.of("Europe/London");
    /** A Wednesday morning in December 2026. */
    private static final LocalDateTime WEDNESDAY = LocalDateTime.of(2026, 12, 2, 10, 0);

    @TempDir
    Path dir;

    private final List<String> shown = new ArrayList<>();
    private final List<String> played = new ArrayList<>();

    private AttractLoopPresenter loop(SlideLibrary library, FakeClock clock, int every) {
        return loop(List.of(library), clock, every);
    }

    private AttractLoopPresenter loop(List<SlideLibrary> passes, FakeClock clock, int every) {
        AttractLoopPresenter p = AttractLoopPresenter.inTurn(passes.stream().map(SlideLibrary::loopSlides).toList(),
                INTERVAL, clock, OpeningHours.ALWAYS_OPEN,
                ClosedNotice.in(new Texts(Locale.ENGLISH), "Riverside Physio", "01234 567890"))
                .withNotices(passes.stream().map(SlideLibrary::noticeSlides).toList(), every);
        p.attach(new AttractLoopPresenter.View() {
            @Override
            public void showSlide(Slide slide, int index, int count) {
                shown.add(slide.id());
            }

            @Override
            public void openStartScreen() {
            }

            @Override
            public void showClosed(ClosedNotice notice) {
                shown.add("closed");
            }
        });
        p.onSlideShown((slide, millis) -> played.add(slide.id()));
        return p;
    }

    /** Runs the loop until {@code passes} closing slides have been shown; the ids in order. */
    private List<String> run(AttractLoopPresenter p, FakeClock clock, int passes) {
        p.start();
        while (shown.stream().filter("closing"::equals).count() < passes) {
            clock.advance(INTERVAL);
            p.tick();
        }
        return List.copyOf(shown);
    }

    private static List<String> notices(List<String> ids) {
        return ids.stream().filter(id -> id.startsWith("notice-")).toList();
    }

    /** How many categories were shown before each notice of one pass. */
    private static List<Integer> categoriesBefore(List<String> ids) {
        List<Integer> out = new ArrayList<>();
        int categories = 0;
        for (String id : ids) {
            if (id.startsWith("category-")) {
                categories++;
            } else if (id.startsWith("notice-")) {
                out.add(categories);
            }
        }
        return out;
    }

    @Test
    void aNoticeFollowsEveryNthCategoryAndTheyTakeTurns() {
        SlideLibrary library = ContentLoader.load(TestMedia.MEDIA);
        int categories = (int) library.loopSlides().stream().filter(s -> s instanceof Slide.CategoryIntro).count();
        assertThat(categories).isEqualTo(6);
        FakeClock clock = FakeClock.at(WEDNESDAY, ZONE);
        List<String> pass = run(loop(library, clock, 2), clock, 1);
        assertThat(categoriesBefore(pass)).containsExactly(2, 4, 6);
        assertThat(notices(pass)).containsExactly("notice-fixture-closed", "notice-fixture-pilates",
                "notice-fixture-welcome");
        // Right before the closing slide, never before a technique of the category it follows.
        assertThat(pass.get(pass.size() - 2)).isEqualTo("notice-fixture-welcome");
        for (int i = 0; i < pass.size(); i++) {
            if (pass.get(i).startsWith("notice-")) {
                assertThat(pass.get(i + 1)).matches("category-.*|closing");
            }
        }
        // The plays reach the proof-of-play listener with the notices' own ids.
        assertThat(notices(played)).containsExactly("notice-fixture-closed", "notice-fixture-pilates",
                "notice-fixture-welcome");
    }

    @Test
    void withFewerPlacesThanNoticesEachGetsItsTurnOverThePasses() {
        SlideLibrary library = ContentLoader.load(TestMedia.MEDIA);
        FakeClock clock = FakeClock.at(WEDNESDAY, ZONE);
        List<String> ids = run(loop(library, clock, 4), clock, 4);
        assertThat(notices(ids)).containsExactly("notice-fixture-closed", "notice-fixture-pilates",
                "notice-fixture-welcome", "notice-fixture-closed");
    }

    @Test
    void everyZeroShowsNone() {
        SlideLibrary library = ContentLoader.load(TestMedia.MEDIA);
        FakeClock clock = FakeClock.at(WEDNESDAY, ZONE);
        List<String> ids = run(loop(library, clock, 0), clock, 2);
        assertThat(notices(ids)).isEmpty();
        assertThat(ids).contains("category-posture");
    }

    @Test
    void aNoticeOutOfItsScheduleIsPassedOverAndTheNextTakesItsPlace() throws IOException {
        Path media = TestMedia.copyInto(dir);
        Files.writeString(media.resolve("notices/fixture-pilates.txt"), "\nshow-from: 2027-01-01\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        SlideLibrary library = ContentLoader.load(media);
        assertThat(library.problems()).isEmpty();
        FakeClock clock = FakeClock.at(WEDNESDAY, ZONE);
        List<String> ids = run(loop(library, clock, 2), clock, 2);
        assertThat(notices(ids)).doesNotContain("notice-fixture-pilates").containsExactly("notice-fixture-closed",
                "notice-fixture-welcome", "notice-fixture-closed", "notice-fixture-welcome", "notice-fixture-closed",
                "notice-fixture-welcome");

        // From its first day on it takes turns with the others.
        shown.clear();
        clock.set(LocalDateTime.of(2027, 1, 6, 10, 0));
        List<String> later = run(loop(library, clock, 2), clock, 1);
        assertThat(notices(later)).contains("notice-fixture-pilates");
    }

    @Test
    void aNoticeThatGoesOffWhileThePassRunsIsSkippedWhenDue() throws IOException {
        Path media = TestMedia.copyInto(dir);
        // On until 10:01: on when the pass starts at 10:00, off when its place comes (after 2 categories).
        Files.writeString(media.resolve("notices/fixture-closed.txt"), "\nhours: 08:00-10:01\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        SlideLibrary library = ContentLoader.load(media);
        FakeClock clock = FakeClock.at(WEDNESDAY, ZONE);
        List<String> pass = run(loop(library, clock, 2), clock, 1);
        List<String> categoryIds = pass.stream().filter(id -> id.startsWith("category-")).toList();
        // Its place (before the third category) comes more than a minute into the pass, after 10:01.
        assertThat(pass.indexOf(categoryIds.get(2)) * INTERVAL.toSeconds()).isGreaterThan(60);
        assertThat(notices(pass)).startsWith("notice-fixture-pilates");
        assertThat(notices(pass)).doesNotContain("notice-fixture-closed");
    }

    @Test
    void aDisabledNoticeNeverShows() throws IOException {
        Path media = TestMedia.copyInto(dir);
        Files.writeString(media.resolve("notices/fixture-welcome.txt"), "\nenabled: no\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        SlideLibrary library = ContentLoader.load(media);
        FakeClock clock = FakeClock.at(WEDNESDAY, ZONE);
        assertThat(notices(run(loop(library, clock, 2), clock, 3))).isNotEmpty()
                .doesNotContain("notice-fixture-welcome");
    }

    @Test
    void eachLanguagePassShowsTheNoticeInItsLanguageAndTheTurnGoesOn() {
        SlideLibrary english = ContentLoader.load(TestMedia.MEDIA);
        SlideLibrary german = Translations.apply(english, Locale.GERMAN);
        FakeClock clock = FakeClock.at(WEDNESDAY, ZONE);
        List<Slide> seen = new ArrayList<>();
        AttractLoopPresenter p = loop(List.of(english, german), clock, 4);
        p.attach(new AttractLoopPresenter.View() {
            @Override
            public void showSlide(Slide slide, int index, int count) {
                shown.add(slide.id());
                seen.add(slide);
            }

            @Override
            public void openStartScreen() {
            }

            @Override
            public void showClosed(ClosedNotice notice) {
            }
        });
        run(p, clock, 2);
        List<String> titles = seen.stream().filter(s -> s instanceof Slide.NoticeSlide)
                .map(s -> ((Slide.NoticeSlide) s).notice().title()).toList();
        assertThat(titles).containsExactly("Closed on 24–26 December", "Pilates-Kurse am Donnerstag");
    }
}
