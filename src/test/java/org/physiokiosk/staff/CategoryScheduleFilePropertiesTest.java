package org.physiokiosk.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.physiokiosk.content.Category;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.content.SlideLibrary;
import org.physiokiosk.schedule.Schedule;
import org.physiokiosk.schedule.ScheduleText;
import org.physiokiosk.schedule.TimeRange;
import org.physiokiosk.testing.TestMedia;

/**
 * A category's schedule saved by staff mode, round trip through its real file: whatever readable
 * schedule is saved, over whatever schedule lines the file had (indented, in capitals, or none),
 * the loader reads back exactly that schedule, with no problem, and every other line of the file,
 * comments included, is as it was and in its order; its translations are never touched.
 */
class CategoryScheduleFilePropertiesTest {

    /** A line that sets one of the four schedule keys, as the loader reads keys (any case, any indent). */
    private static final String SCHEDULE_LINE = "(?i)\\s*(show-from|show-until|days|hours)\\s*:.*";

    /** One copy of the test content for all tries; each try writes its own version of the file first. */
    private static Path media;
    private static String fixture;
    private static Map<String, String> translations;

    private static synchronized Path media() {
        if (media == null) {
            try {
                Path dir = Files.createTempDirectory("category-schedule");
                media = TestMedia.copyInto(dir);
                fixture = Files.readString(file());
                translations = new TreeMap<>();
                for (String lang : List.of("de", "es", "fr", "uk")) {
                    translations.put(lang, Files.readString(file().resolveSibling("stretching." + lang + ".txt")));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return media;
    }

    private static Path file() {
        return media.resolve("categories/stretching.txt");
    }

    @Property(tries = 150)
    void anySavedScheduleReadsBackEqualAndEveryOtherLineStays(@ForAll("schedules") Schedule schedule,
                                                              @ForAll("oldLines") List<String> old,
                                                              @ForAll boolean commentAboveTheList)
            throws IOException {
        media();
        String before = variant(old, commentAboveTheList);
        Files.writeString(file(), before);
        ContentEditor editor = new ContentEditor(media);
        assertThat(editor.library().category("stretching")).as("the variant itself loads").isPresent();

        editor.saveCategorySchedule("stretching", schedule);

        String after = Files.readString(file());
        SlideLibrary lib = ContentLoader.load(media);
        Category read = lib.category("stretching").orElseThrow();
        assertThat(read.schedule()).isEqualTo(schedule);
        assertThat(read.title()).isEqualTo("Stretching exercises");
        assertThat(read.tips()).hasSize(2);
        assertThat(lib.problems()).noneMatch(p -> p.file().endsWith("stretching.txt"));
        assertThat(editor.library().category("stretching").orElseThrow().schedule()).as("read again at once")
                .isEqualTo(schedule);
        assertThat(withoutSchedule(after)).isEqualTo(withoutSchedule(before));
        // One line per key set, none for a key the schedule leaves open.
        Schedule.Written w = schedule.written();
        assertThat(after.lines().filter(l -> l.matches(SCHEDULE_LINE)).toList()).containsExactlyInAnyOrderElementsOf(
                lines(w));
        for (var t : translations.entrySet()) {
            assertThat(file().resolveSibling("stretching." + t.getKey() + ".txt")).hasContent(t.getValue());
        }
    }

    @Example
    void anUnreadableScheduleOrACategoryThatIsGoneIsRefusedAndNothingIsWritten() throws IOException {
        media();
        Files.writeString(file(), fixture);
        ContentEditor editor = new ContentEditor(media);
        Schedule broken = ScheduleText.parse(new Schedule.Written("", "", "someday", "")).schedule();
        assertThatThrownBy(() -> editor.saveCategorySchedule("stretching", broken)).hasMessage(
                "A line of the schedule cannot be read.");
        assertThatThrownBy(() -> editor.saveCategorySchedule("yoga", Schedule.ALWAYS)).hasMessage(
                "There is no category yoga any more.");
        assertThat(file()).hasContent(fixture);
    }

    private static List<String> lines(Schedule.Written w) {
        List<String> out = new ArrayList<>();
        if (!w.showFrom().isEmpty()) {
            out.add("show-from: " + w.showFrom());
        }
        if (!w.showUntil().isEmpty()) {
            out.add("show-until: " + w.showUntil());
        }
        if (!w.days().isEmpty()) {
            out.add("days: " + w.days());
        }
        if (!w.hours().isEmpty()) {
            out.add("hours: " + w.hours());
        }
        return out;
    }

    private static List<String> withoutSchedule(String text) {
        return text.lines().filter(l -> !l.matches(SCHEDULE_LINE)).toList();
    }

    /** The fixture with {@code old} schedule lines after its summary, and maybe a comment just above its list. */
    private static String variant(List<String> old, boolean commentAboveTheList) {
        List<String> out = new ArrayList<>();
        for (String line : fixture.lines().toList()) {
            if (line.startsWith("tips:") && commentAboveTheList) {
                out.add("# Shown on the category's slide, one tip a line.");
            }
            out.add(line);
            if (line.startsWith("summary:")) {
                out.addAll(old);
            }
        }
        return String.join("\n", out) + "\n";
    }

    @Provide
    Arbitrary<List<String>> oldLines() {
        Arbitrary<String> indent = Arbitraries.of("", "  ", "\t");
        Arbitrary<Boolean> capital = Arbitraries.of(true, false);
        List<String[]> keys = List.of(new String[] {"show-from", "2026-01-05"}, new String[] {"show-until", "2031-06-30"},
                new String[] {"days", "sat, sun"}, new String[] {"hours", "09:00-10:00"});
        // Each line's style: "U" (a capital) or "l", then its indent.
        Arbitrary<List<String>> styles = Combinators.combine(indent, capital).as((i, c) -> (c ? "U" : "l") + i)
                .list().ofSize(4);
        return Combinators.combine(Arbitraries.integers().between(0, 15), styles).as((mask, style) -> {
            List<String> out = new ArrayList<>();
            for (int k = 0; k < 4; k++) {
                if ((mask & (1 << k)) != 0) {
                    String key = keys.get(k)[0];
                    boolean up = style.get(k).charAt(0) == 'U';
                    out.add(style.get(k).substring(1) + (up ? key.substring(0, 1).toUpperCase() + key.substring(1)
                            : key) + ": " + keys.get(k)[1]);
                }
            }
            return out;
        });
    }

    @Provide
    Arbitrary<Schedule> schedules() {
        Arbitrary<Optional<LocalDate>> day = Arbitraries.integers().between(0, 3000)
                .map(n -> LocalDate.of(2025, 1, 1).plusDays(n)).optional(0.5);
        Arbitrary<Set<DayOfWeek>> days = Arbitraries.of(DayOfWeek.values()).set().ofMinSize(1).ofMaxSize(7)
                .map(s -> s.size() == 7 ? Set.<DayOfWeek>of() : EnumSet.copyOf(s));
        // Ends of ranges on 15-minute steps, taken in pairs: ranges in order, never overlapping.
        Arbitrary<List<TimeRange>> hours = Arbitraries.integers().between(0, 96).set().ofMaxSize(8).map(ends -> {
            List<Integer> sorted = new ArrayList<>(new TreeSet<>(ends));
            List<TimeRange> out = new ArrayList<>();
            for (int i = 0; i + 1 < sorted.size(); i += 2) {
                out.add(new TimeRange(sorted.get(i) * 15, sorted.get(i + 1) * 15));
            }
            return out;
        });
        return Combinators.combine(day, day, days, hours).as((from, until, d, h) -> {
            boolean backwards = from.isPresent() && until.isPresent() && until.get().isBefore(from.get());
            return Schedule.of(backwards ? until : from, backwards ? from : until, d, h);
        });
    }
}
