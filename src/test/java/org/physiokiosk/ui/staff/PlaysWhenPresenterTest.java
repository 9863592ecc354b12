package org.physiokiosk.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.DayOfWeek;
import java.time.LocalDate;
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
import org.physiokiosk.content.SlideLibrary;
import org.physiokiosk.content.Technique;
import org.physiokiosk.schedule.OpeningHours;
import org.physiokiosk.schedule.TimeRange;
import org.physiokiosk.settings.KioskSettings;
import org.physiokiosk.settings.SettingsLoader;
import org.physiokiosk.staff.ContentEditor;
import org.physiokiosk.testing.FakeClock;
import org.physiokiosk.testing.LayoutCheck;
import org.physiokiosk.testing.TestMedia;
import org.physiokiosk.ui.Texts;

/** "What plays when" without a display: the day chooser, the hours in words, and why things are off. */
class PlaysWhenPresenterTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** Wednesday 2 December 2026, 10:00. */
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 2, 10, 0);

    @TempDir
    Path dir;

    private final FakeClock clock = FakeClock.at(NOW, LONDON);
    private int shown;

    private static OpeningHours weekdays() {
        Map<DayOfWeek, List<TimeRange>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            week.put(d, List.of(new TimeRange(8 * 60, 18 * 60)));
        }
        return new OpeningHours(week, List.of());
    }

    private Path media(Map<String, String> lines) throws IOException {
        Path media = TestMedia.copyInto(dir);
        for (Map.Entry<String, String> e : lines.entrySet()) {
            Files.writeString(media.resolve(e.getKey()), "\n" + e.getValue() + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.APPEND);
        }
        return media;
    }

    private PlaysWhenPresenter presenter(Map<String, String> lines, Locale language) throws IOException {
        return presenter(ContentLoader.load(media(lines)), language);
    }

    private PlaysWhenPresenter presenter(SlideLibrary library, Locale language) {
        PlaysWhenPresenter p = new PlaysWhenPresenter(new Texts(language), () -> library, () -> 2, () -> weekdays(),
                clock);
        p.attach(() -> shown++);
        return p;
    }

    @Test
    void theDayChooserMovesByDayAndByTheWeekStripAndComesBackToToday() throws IOException {
        PlaysWhenPresenter p = presenter(Map.of(), Locale.ENGLISH);
        assertThat(p.chosen()).isEqualTo(NOW.toLocalDate());
        assertThat(p.heading()).isEqualTo("Wednesday 2 December 2026 (today)");
        assertThat(p.week()).extracting(PlaysWhenPresenter.DayChoice::label).containsExactly("Mon 30", "Tue 1",
                "Wed 2", "Thu 3", "Fri 4", "Sat 5", "Sun 6");
        assertThat(p.week().get(2).chosen()).isTrue();
        assertThat(p.week().get(2).today()).isTrue();
        int before = shown;
        p.next();
        assertThat(p.chosen()).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(p.heading()).isEqualTo("Thursday 3 December 2026");
        assertThat(shown).isEqualTo(before + 1);
        p.choose(p.week().get(6).date());
        p.next(); // into the next week: the strip follows
        assertThat(p.chosen()).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(p.week().get(0).date()).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(p.week()).noneMatch(PlaysWhenPresenter.DayChoice::today);
        p.previous();
        p.previous();
        assertThat(p.chosen()).isEqualTo(LocalDate.of(2026, 12, 5));
        assertThat(p.rows()).extracting(PlaysWhenPresenter.Row::time).containsExactly("00:00–24:00");
        assertThat(p.offTodayEmpty()).isEqualTo("The kiosk is closed all day: it shows the closed screen.");
        p.today();
        assertThat(p.chosen()).isEqualTo(NOW.toLocalDate());
    }

    @Test
    void eachHourSaysWhatPlaysInOrderWithTheNoticesMarked() throws IOException {
        PlaysWhenPresenter p = presenter(Map.of("techniques/chin-tuck.txt", "hours: 08:00-12:00",
                "notices/fixture-welcome.txt", "enabled: false"), Locale.ENGLISH);
        List<PlaysWhenPresenter.Row> rows = p.rows();
        assertThat(rows).extracting(PlaysWhenPresenter.Row::time).startsWith("00:00–08:00", "08:00–09:00")
                .endsWith("17:00–18:00", "18:00–24:00");
        assertThat(rows.get(0).closed()).isTrue();
        assertThat(rows.get(0).lines()).extracting(PlaysWhenPresenter.Line::text).containsExactly("Closed");
        PlaysWhenPresenter.Row morning = rows.get(1);
        assertThat(morning.lines().get(0).text()).isEqualTo("Stretching exercises: Shoulder blade squeeze, Chin tuck, Seated spinal twist");
        assertThat(morning.lines().get(2)).isEqualTo(new PlaysWhenPresenter.Line(
                "Notice, in turn: Closed on 24–26 December / Pilates classes on Thursdays", true));
        // The hours after it that play the same say so in one line; where something changes, all of it again.
        assertThat(rows.get(2)).isEqualTo(new PlaysWhenPresenter.Row("09:00–10:00", "", false, true,
                List.of(new PlaysWhenPresenter.Line("Same as 08:00–09:00", false))));
        PlaysWhenPresenter.Row noon = rows.get(5);
        assertThat(noon.time()).isEqualTo("12:00–13:00");
        assertThat(noon.same()).isFalse();
        assertThat(noon.lines().get(0).text()).isEqualTo("Stretching exercises: Shoulder blade squeeze, Seated spinal twist");
        assertThat(rows.get(6).lines()).extracting(PlaysWhenPresenter.Line::text).containsExactly("Same as 12:00–13:00");
        assertThat(p.offToday()).containsExactly("Notice: Welcome to the clinic — off: switched off");
    }

    @Test
    void whatIsOffAllDaySaysWhyInPlainWords() throws IOException {
        clock.set(LocalDateTime.of(2026, 11, 30, 10, 0)); // a Monday
        PlaysWhenPresenter p = presenter(Map.of(
                "techniques/chin-tuck.txt", "hours: 19:00-21:00",
                "techniques/heat-therapy.txt", "days: sat, sun",
                "techniques/cold-therapy.txt", "days: fri-sun",
                "notices/fixture-pilates.txt", "show-from: 2026-12-01",
                "techniques/self-massage.txt", "days: mon-fri\nhours: 25:00-26:00"), Locale.ENGLISH);
        int line = ContentLoader.load(dir.resolve("media")).problems().get(0).line();
        assertThat(p.offToday()).containsExactly(
                "Technique: Chin tuck — off: 19:00–21:00 only, while the kiosk is closed",
                "Technique: Self-massage — off: content problem on line " + line,
                "Category: Heat or cold therapy — off: none of its techniques is on",
                "Technique: Heat therapy — off: shows Sat, Sun only",
                "Technique: Cold therapy — off: shows Fri–Sun only",
                "Notice: Pilates classes on Thursdays — off: from 1 Dec 2026");
    }

    @Test
    void theClockChangeDaysSayTheirHoursAndTheRepeatedHourIsMarked() throws IOException {
        clock.set(LocalDateTime.of(2026, 10, 25, 10, 0));
        SlideLibrary library = ContentLoader.load(media(Map.of()));
        PlaysWhenPresenter p = new PlaysWhenPresenter(new Texts(Locale.ENGLISH), () -> library, () -> 2,
                () -> OpeningHours.ALWAYS_OPEN, clock);
        assertThat(p.clockNote()).isEqualTo(
                "The clocks go back at 02:00: this day has 25 hours, and 01:00–02:00 comes twice.");
        assertThat(p.rows()).hasSize(25);
        assertThat(p.rows().get(2)).satisfies(r -> {
            assertThat(r.time()).isEqualTo("01:00–02:00");
            assertThat(r.note()).isEqualTo("again, after the clocks went back");
        });
        p.choose(LocalDate.of(2026, 3, 29));
        assertThat(p.clockNote()).isEqualTo("The clocks go forward at 01:00: this day has 23 hours.");
        assertThat(p.rows()).extracting(PlaysWhenPresenter.Row::time).startsWith("00:00–01:00", "02:00–03:00")
                .hasSize(23);
        p.choose(LocalDate.of(2026, 12, 2));
        assertThat(p.clockNote()).isEmpty();
    }

    @Test
    void everyLanguageHasItsOwnWordsForEveryPart() throws IOException {
        Map<String, String> lines = Map.of("techniques/chin-tuck.txt", "hours: 19:00-21:00",
                "techniques/heat-therapy.txt", "days: sat, sun", "techniques/cold-therapy.txt", "days: sat-sun",
                "notices/fixture-pilates.txt", "show-from: 2026-12-10",
                "notices/fixture-closed.txt", "enabled: false");
        List<String> english = new ArrayList<>();
        SlideLibrary library = ContentLoader.load(media(lines));
        for (Locale language : LayoutCheck.LANGUAGES) {
            PlaysWhenPresenter p = presenter(library, language);
            List<String> words = new ArrayList<>(p.offToday());
            words.add(p.heading());
            p.rows().forEach(r -> r.lines().forEach(l -> words.add(l.text())));
            p.week().forEach(d -> words.add(d.label()));
            assertThat(words).as(language.toString()).noneMatch(w -> w.contains("staff.") || w.contains("{"));
            if (language.equals(Locale.ENGLISH)) {
                english.addAll(p.offToday());
            } else {
                assertThat(p.offToday()).as(language.toString()).hasSameSizeAs(english).doesNotContainAnyElementsOf(english);
            }
        }
    }

    @Test
    void theSlidesListSaysWhyASwitchedOnTechniqueIsOffNow() throws IOException {
        Path media = media(Map.of("techniques/chin-tuck.txt", "hours: 08:00-12:00",
                "techniques/heat-therapy.txt", "days: mon-fri",
                "techniques/self-massage.txt", "hours: noon"));
        clock.set(LocalDateTime.of(2026, 12, 5, 14, 0)); // a Saturday afternoon
        ContentEditor content = new ContentEditor(media, clock);
        KioskSettings settings = SettingsLoader.load(TestMedia.settingsIn(dir)).settings();
        StaffServices services = (StaffServices) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {StaffServices.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "settings" -> settings;
                    case "content" -> content;
                    default -> null;
                });
        SlidesPresenter slides = new SlidesPresenter(services, new Texts(Locale.ENGLISH),
                new StaffWork(Runnable::run, Runnable::run), x -> { }, () -> { });
        Technique chin = content.library().technique("chin-tuck").orElseThrow();
        assertThat(slides.offNow(chin)).contains("now off: 08:00–12:00 only");
        assertThat(slides.offNow(content.library().technique("heat-therapy").orElseThrow()))
                .contains("now off: shows Mon–Fri only");
        int line = content.library().problems().get(0).line();
        assertThat(slides.offNow(content.library().technique("self-massage").orElseThrow()))
                .contains("hidden until line " + line + " is fixed");
        assertThat(slides.offNow(content.library().technique("seated-spinal-twist").orElseThrow())).isEmpty();
        clock.set(LocalDateTime.of(2026, 12, 4, 9, 0)); // Friday morning: on
        assertThat(slides.offNow(chin)).isEmpty();
    }
}
