package org.physiokiosk.ui.attract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.content.Slide;
import org.physiokiosk.content.SlideLibrary;
import org.physiokiosk.loop.DayProgramme;
import org.physiokiosk.schedule.OpeningHours;
import org.physiokiosk.schedule.TimeRange;
import org.physiokiosk.testing.FakeClock;
import org.physiokiosk.testing.TestMedia;
import org.physiokiosk.ui.Texts;

/**
 * "What plays when" tells the truth: for every row of a day's programme, the loop itself, run on
 * a fake clock from that time, plays exactly those slides in that order (a notice from the row's
 * notices at each notice place), or shows its closed screen when the row says closed.
 */
class AttractLoopProgrammeTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Duration INTERVAL = Duration.ofSeconds(1);
    private static final int EVERY = 2;

    @TempDir
    Path dir;

    private final List<String> shown = new ArrayList<>();

    private SlideLibrary library() throws IOException {
        Path media = TestMedia.copyInto(dir);
        append(media, "techniques/chin-tuck.txt", "hours: 08:00-12:00");
        append(media, "techniques/heat-therapy.txt", "days: sat, sun");
        append(media, "techniques/cold-therapy.txt", "days: sat-sun");
        append(media, "notices/fixture-pilates.txt", "hours: 09:30-11:00, 16:00-24:00\ndays: mon-fri");
        append(media, "notices/fixture-welcome.txt", "show-from: 2026-10-25");
        append(media, "categories/relaxation.txt", "hours: 13:00-15:00");
        SlideLibrary library = ContentLoader.load(media);
        assertThat(library.problems()).isEmpty();
        return library;
    }

    private static void append(Path media, String file, String lines) throws IOException {
        Files.writeString(media.resolve(file), "\n" + lines + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    private static OpeningHours hours() {
        Map<DayOfWeek, List<TimeRange>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            week.put(d, d == DayOfWeek.SATURDAY ? List.of() : List.of(new TimeRange(0, 3 * 60),
                    new TimeRange(8 * 60 + 30, 18 * 60)));
        }
        return new OpeningHours(week, List.of());
    }

    private AttractLoopPresenter loop(SlideLibrary library, FakeClock clock) {
        AttractLoopPresenter p = AttractLoopPresenter.inTurn(List.of(library.loopSlides()), INTERVAL, clock, hours(),
                ClosedNotice.in(new Texts(Locale.ENGLISH), "Riverside Physio", "01234 567890"))
                .withNotices(List.of(library.noticeSlides()), EVERY);
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
        return p;
    }

    /** One whole pass from the intro, the loop started at the clock's time. */
    private List<String> onePass(AttractLoopPresenter p, FakeClock clock) {
        shown.clear();
        p.start();
        for (int i = 0; i < 200 && !(shown.size() > 1 && shown.get(shown.size() - 1).equals("intro")); i++) {
            clock.advance(INTERVAL);
            p.tick();
        }
        return List.copyOf(shown.subList(0, shown.size() - 1));
    }

    /** A Wednesday, the autumn change day (a Sunday), the spring one, and a Saturday (closed all day). */
    @ParameterizedTest
    @ValueSource(strings = {"2026-12-02", "2026-10-25", "2026-03-29", "2026-12-05"})
    void everyRowOfTheDayIsWhatTheLoopPlaysThen(String date) throws IOException {
        SlideLibrary library = library();
        DayProgramme day = DayProgramme.of(library, EVERY, hours(), LocalDate.parse(date), LONDON);
        FakeClock clock = new FakeClock(day.rows().get(0).start(), LONDON);
        AttractLoopPresenter p = loop(library, clock);
        int open = 0;
        for (DayProgramme.Row row : day.rows()) {
            String at = date + " " + row.from() + (row.repeated() ? " (again)" : "");
            clock.set(row.start());
            if (row.closed()) {
                p.start();
                assertThat(p.isClosed()).as(at).isTrue();
                clock.set(row.end().minusSeconds(1));
                p.start();
                assertThat(p.isClosed()).as(at + " end").isTrue();
                continue;
            }
            open++;
            Set<String> noticesSeen = new HashSet<>();
            Set<String> noticesListed = new HashSet<>();
            // Enough passes for every notice to take its turn at each place.
            for (int pass = 0; pass < 3; pass++) {
                clock.set(row.start().plusSeconds(pass * 120L));
                List<String> played = onePass(p, clock);
                assertThat(played).as(at).hasSize(row.items().size());
                for (int i = 0; i < played.size(); i++) {
                    DayProgramme.Item item = row.items().get(i);
                    if (item instanceof DayProgramme.Item.Shown s) {
                        assertThat(played.get(i)).as(at + " #" + i).isEqualTo(s.slide().id());
                    } else {
                        List<String> inTurn = ((DayProgramme.Item.Notices) item).inTurn().stream()
                                .map(Slide::id).toList();
                        assertThat(inTurn).as(at + " #" + i).contains(played.get(i));
                        noticesSeen.add(played.get(i));
                        noticesListed.addAll(inTurn);
                    }
                }
            }
            assertThat(noticesSeen).as(at + ": every notice listed takes its turn").isEqualTo(noticesListed);
        }
        assertThat(open).isEqualTo(date.equals("2026-12-05") ? 0 : day.rows().size() - 2);
    }
}
