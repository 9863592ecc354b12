package org.physiokiosk.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.testing.TestMedia;

/** Notice files: read through the schema, each bad key reported on its line, translated like techniques. */
class NoticeLoaderTest {

    @TempDir
    Path dir;

    private static final String GOOD = """
            id: sale
            order: 4
            title: New: Pilates on Thursdays
            style: welcome
            picture: welcome.svg
            link: https://www.example-clinic.co.uk/pilates
            enabled: yes
            days: thu
            text:
            - A small class at 18:00.
            - Ask at the reception.
            """;

    private Path media() throws IOException {
        return TestMedia.copyInto(dir);
    }

    private static Path write(Path media, String name, String text) throws IOException {
        Path file = media.resolve("notices").resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static int lineOf(String text, String start) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i + 1;
            }
        }
        throw new AssertionError(start);
    }

    @Test
    void theFixtureNoticesLoadInOrderWithoutProblems() {
        SlideLibrary lib = ContentLoader.load(TestMedia.MEDIA);
        assertThat(lib.problems()).isEmpty();
        assertThat(lib.notices()).extracting(Notice::id)
                .containsExactly("fixture-closed", "fixture-pilates", "fixture-welcome");
        Notice pilates = lib.notice("fixture-pilates").orElseThrow();
        assertThat(pilates.style()).isEqualTo(Notice.Style.INFORMATION);
        assertThat(pilates.webLink().orElseThrow().toString()).isEqualTo("https://www.example-clinic.co.uk/pilates");
        assertThat(lib.noticeSlides()).extracting(Slide::id)
                .containsExactly("notice-fixture-closed", "notice-fixture-pilates", "notice-fixture-welcome");
    }

    @Test
    void aGoodNoticeIsReadWithEveryKeyAndWrittenBackTheSame() throws IOException {
        Path media = media();
        write(media, "sale.txt", GOOD);
        SlideLibrary lib = ContentLoader.load(media);
        assertThat(lib.problems()).isEmpty();
        Notice n = lib.notice("sale").orElseThrow();
        assertThat(n.order()).isEqualTo(4);
        assertThat(n.title()).isEqualTo("New: Pilates on Thursdays");
        assertThat(n.style()).isEqualTo(Notice.Style.WELCOME);
        assertThat(n.picture()).isEqualTo("welcome.svg");
        assertThat(n.text()).containsExactly("A small class at 18:00.", "Ask at the reception.");
        assertThat(n.schedule().isShownAt(LocalDateTime.of(2026, 12, 3, 10, 0))).isTrue(); // Thursday
        assertThat(n.schedule().isShownAt(LocalDateTime.of(2026, 12, 4, 10, 0))).isFalse();
        String written = ContentWriter.write(ContentSchema.NOTICE, n, List.of());
        write(media, "sale.txt", written);
        Notice again = ContentLoader.load(media).notice("sale").orElseThrow();
        assertThat(again).isEqualTo(n);
    }

    @Test
    void aDisabledNoticeIsLoadedButNotASlide() throws IOException {
        Path media = media();
        write(media, "sale.txt", GOOD.replace("enabled: yes", "enabled: no"));
        SlideLibrary lib = ContentLoader.load(media);
        assertThat(lib.notice("sale")).isPresent();
        assertThat(lib.noticeSlides()).extracting(Slide::id).doesNotContain("notice-sale");
    }

    @Test
    void eachBadKeyIsReportedOnItsLineAndOnlyThatNoticeIsSkipped() throws IOException {
        String[][] cases = {
                {"link: https://www.example-clinic.co.uk/pilates", "link: http://www.example-clinic.co.uk/pilates",
                        "link:", "https://"},
                {"link: https://www.example-clinic.co.uk/pilates", "link: https://localhost/x", "link:", "site"},
                {"style: welcome", "style: loud", "style:", "information, important or welcome"},
                {"enabled: yes", "enabled: perhaps", "enabled:", "yes or no"},
                {"picture: welcome.svg", "picture: ../secret.svg", "picture:", "plain file name"},
                {"order: 4", "order: four", "order:", "order"},
                {"id: sale", "id: Sale!", "id:", "id"},
        };
        for (String[] c : cases) {
            Path media = media();
            String text = GOOD.replace(c[0], c[1]);
            Path file = write(media, "sale.txt", text);
            SlideLibrary lib = ContentLoader.load(media);
            assertThat(lib.notice("sale")).as(c[1]).isEmpty();
            assertThat(lib.notices()).as(c[1]).hasSize(3);
            assertThat(lib.problems()).as(c[1]).singleElement().satisfies(p -> {
                assertThat(p.file()).isEqualTo(file);
                assertThat(p.line()).isEqualTo(lineOf(text, c[2]));
                assertThat(p.message()).contains(c[3]).contains("skipped");
            });
            TestFilesCleanup.delete(media);
        }
    }

    @Test
    void aMissingPictureAndABrokenScheduleAreReportedOnTheirLines() throws IOException {
        Path media = media();
        String text = GOOD.replace("welcome.svg", "nowhere.svg").replace("days: thu", "days: thu, someday");
        Path file = write(media, "sale.txt", text);
        SlideLibrary lib = ContentLoader.load(media);
        assertThat(lib.problems()).extracting(ContentProblem::line)
                .containsExactlyInAnyOrder(lineOf(text, "picture:"), lineOf(text, "days:"));
        assertThat(lib.problems()).allSatisfy(p -> assertThat(p.file()).isEqualTo(file));
        // The broken schedule keeps it off the loop at any time.
        Slide.NoticeSlide slide = new Slide.NoticeSlide(lib.notice("sale").orElseThrow());
        assertThat(slide.isShownAt(LocalDateTime.of(2026, 12, 3, 10, 0))).isFalse();
    }

    @Test
    void aMissingRequiredKeyIsReported() throws IOException {
        Path media = media();
        write(media, "sale.txt", GOOD.replace("title: New: Pilates on Thursdays\n", ""));
        SlideLibrary lib = ContentLoader.load(media);
        assertThat(lib.notice("sale")).isEmpty();
        assertThat(lib.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("title"));
    }

    @Test
    void noNoticesFolderIsNoProblem() throws IOException {
        Path media = media();
        TestFilesCleanup.delete(media.resolve("notices"));
        SlideLibrary lib = ContentLoader.load(media);
        assertThat(lib.notices()).isEmpty();
        assertThat(lib.problems()).isEmpty();
    }

    @Test
    void aTranslationChangesOnlyTheWordsAndWhatItLacksIsListed() throws IOException {
        SlideLibrary english = ContentLoader.load(TestMedia.MEDIA);
        SlideLibrary german = Translations.apply(english, Locale.GERMAN);
        Notice de = german.notice("fixture-pilates").orElseThrow();
        Notice en = english.notice("fixture-pilates").orElseThrow();
        assertThat(de.title()).isEqualTo("Pilates-Kurse am Donnerstag");
        assertThat(de.text()).hasSize(2).allSatisfy(l -> assertThat(en.text()).doesNotContain(l));
        assertThat(de.link()).isEqualTo(en.link());
        assertThat(de.style()).isEqualTo(en.style());

        Path media = media();
        Files.delete(media.resolve("notices/fixture-pilates.fr.txt"));
        Files.writeString(media.resolve("notices/fixture-welcome.fr.txt"), "id: fixture-welcome\ntitle: Bienvenue\n");
        SlideLibrary copy = ContentLoader.load(media);
        assertThat(Translations.missing(copy, Locale.FRENCH)).containsExactlyInAnyOrder(
                "notices/fixture-pilates.fr.txt: no translation, English is shown",
                "notices/fixture-welcome.fr.txt: text in English");
        assertThat(Translations.apply(copy, Locale.FRENCH).notice("fixture-welcome").orElseThrow().text())
                .isEqualTo(copy.notice("fixture-welcome").orElseThrow().text());
    }

    /** Deletes a folder tree between cases of one test. */
    private static final class TestFilesCleanup {
        static void delete(Path root) throws IOException {
            try (var walk = Files.walk(root)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
