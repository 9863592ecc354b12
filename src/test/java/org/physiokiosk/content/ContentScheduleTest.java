package org.physiokiosk.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.schedule.Schedule;
import org.physiokiosk.testing.TestMedia;

/** Schedule lines in content files: read, written back, reported where wrong, inherited by translations. */
class ContentScheduleTest {

    @TempDir
    Path dir;

    private Path media;

    private SlideLibrary withLines(String file, String lines) throws IOException {
        media = TestMedia.copyInto(dir);
        Files.writeString(media.resolve(file), "\n" + lines + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        return ContentLoader.load(media);
    }

    private static int lineOf(Path file, String start) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i + 1;
            }
        }
        throw new AssertionError(start + " not in " + file);
    }

    @Test
    void aScheduleIsReadAndWrittenBackInTheSchemasOrder() throws IOException {
        SlideLibrary library = withLines("techniques/chin-tuck.txt",
                "hours: 8:00-12:00\ndays: Monday - Friday\nshow-until: 2027-01-31");
        assertThat(library.problems()).isEmpty();
        Technique t = library.technique("chin-tuck").orElseThrow();
        assertThat(t.schedule().isShownAt(LocalDateTime.of(2026, 12, 2, 9, 0))).isTrue();
        assertThat(t.schedule().isShownAt(LocalDateTime.of(2026, 12, 5, 9, 0))).isFalse(); // Saturday
        String written = ContentWriter.technique(t, List.of());
        assertThat(written).contains("show-until: 2027-01-31\ndays: mon, tue, wed, thu, fri\nhours: 08:00-12:00\n");
        Files.writeString(media.resolve("techniques/chin-tuck.txt"), written, StandardCharsets.UTF_8);
        assertThat(ContentLoader.load(media).technique("chin-tuck").orElseThrow().schedule()).isEqualTo(t.schedule());
    }

    @Test
    void aBrokenLineIsALocatedProblemAndHidesTheSlideButKeepsTheTechnique() throws IOException {
        SlideLibrary library = withLines("techniques/chin-tuck.txt", "days: mon, lundi");
        Path file = media.resolve("techniques/chin-tuck.txt");
        int line = lineOf(file, "days:");
        assertThat(library.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(file);
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.message()).contains("\"lundi\"").endsWith("the slide stays off the loop until this line "
                    + "is fixed");
            assertThat(p.toString()).startsWith("techniques/chin-tuck.txt:" + line + ": ");
        });
        Technique t = library.technique("chin-tuck").orElseThrow();
        assertThat(t.schedule().isUnreadable()).isTrue();
        assertThat(library.techniquesIn("stretching")).contains(t); // plans still have it
        LocalDateTime monday = LocalDateTime.of(2026, 11, 30, 10, 0);
        assertThat(library.loopSlides()).filteredOn(s -> s.id().equals("technique-chin-tuck"))
                .singleElement().satisfies(s -> assertThat(s.isShownAt(monday)).isFalse());
        // Written back as found: saving the file in staff mode never loses the line staff must fix.
        assertThat(ContentWriter.technique(t, List.of())).contains("days: mon, lundi\n");
    }

    @Test
    void showUntilBeforeShowFromIsReportedOnTheShowUntilLineOfACategory() throws IOException {
        SlideLibrary library = withLines("categories/stretching.txt", "show-from: 2026-12-10\nshow-until: 2026-12-01");
        int line = lineOf(media.resolve("categories/stretching.txt"), "show-until:");
        assertThat(library.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.message()).contains("is before \"show-from:\"");
        });
        assertThat(library.category("stretching").orElseThrow().schedule().isUnreadable()).isTrue();
    }

    @Test
    void aTranslationShowsOnTheEnglishFilesSchedule() throws IOException {
        SlideLibrary english = withLines("techniques/chin-tuck.txt", "hours: 08:00-12:00");
        Schedule schedule = english.technique("chin-tuck").orElseThrow().schedule();
        SlideLibrary spanish = Translations.apply(english, Locale.forLanguageTag("es"));
        Technique t = spanish.technique("chin-tuck").orElseThrow();
        assertThat(t.title()).isNotEqualTo(english.technique("chin-tuck").orElseThrow().title());
        assertThat(t.schedule()).isEqualTo(schedule);
    }

    @Test
    void aScheduleLineInATranslationIsReportedAndEnglishIsShown() throws IOException {
        SlideLibrary english = withLines("techniques/chin-tuck.es.txt", "hours: 08:00-12:00");
        SlideLibrary spanish = Translations.apply(english, Locale.forLanguageTag("es"));
        assertThat(spanish.problems()).anySatisfy(p -> {
            assertThat(p.file().getFileName()).hasToString("chin-tuck.es.txt");
            assertThat(p.message()).contains("unknown key \"hours\"");
        });
    }
}
