package org.physiokiosk.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.testing.TestMedia;

/** What staff are told a translation lacks, and what the patient then sees: the English text. */
class TranslationGapsTest {

    private static final Locale ES = Locale.forLanguageTag("es");

    @TempDir
    Path dir;

    private Path media;

    @BeforeEach
    void copy() throws IOException {
        media = TestMedia.copyInto(dir);
    }

    /** Takes a key, and the "- " lines of its list, out of a file. */
    private void drop(String file, String... keys) throws IOException {
        Path p = media.resolve(file);
        List<String> out = new ArrayList<>();
        boolean inDropped = false;
        for (String line : Files.readAllLines(p)) {
            boolean dropped = false;
            for (String k : keys) {
                dropped |= line.startsWith(k + ":");
            }
            if (dropped || inDropped && line.startsWith("- ")) {
                inDropped = inDropped || dropped;
                continue;
            }
            inDropped = false;
            out.add(line);
        }
        Files.write(p, out);
    }

    @Test
    void eachKeyLeftToEnglishIsNamedWithItsFileAndAMissingFileSaysSo() throws IOException {
        assertThat(Translations.missing(ContentLoader.load(media), ES)).isEmpty();

        drop("techniques/chin-tuck.es.txt", "hold", "repeat", "how-often", "cautions");
        drop("techniques/cold-therapy.es.txt", "how-long");
        drop("categories/stretching.es.txt", "tips");
        drop("categories/medication.es.txt", "plan-cautions");
        drop("symptoms/stress.es.txt", "hint");
        Files.delete(media.resolve("symptoms/stiffness.es.txt"));
        drop("general.es.txt", "everyday", "red-flags-contact");
        Files.write(media.resolve("techniques/nsaids.es.txt"), new byte[] {'i', 'd', ':', ' ', (byte) 0xC3, 0x28, '\n'});

        SlideLibrary english = ContentLoader.load(media);
        assertThat(Translations.missing(english, ES)).containsExactlyInAnyOrder(
                "techniques/chin-tuck.es.txt: cautions, hold, how-often, repeat in English",
                "techniques/cold-therapy.es.txt: how-long in English",
                "categories/stretching.es.txt: tips in English",
                "categories/medication.es.txt: plan-cautions in English",
                "symptoms/stress.es.txt: hint in English",
                "symptoms/stiffness.es.txt: no translation, English is shown",
                "media/general.es.txt: everyday, red-flags-contact in English",
                "techniques/nsaids.es.txt: cannot be read (line 1: this line is not valid UTF-8 text (save the file as UTF-8)), "
                        + "English is shown");
    }

    @Test
    void aListLeftOutOfATranslationShowsTheEnglishList() throws IOException {
        drop("techniques/chin-tuck.es.txt", "cautions");
        SlideLibrary english = ContentLoader.load(media);
        Technique spanish = Translations.apply(english, ES).technique("chin-tuck").orElseThrow();
        assertThat(spanish.title()).isEqualTo("Retracción de barbilla");
        assertThat(spanish.cautions()).isEqualTo(english.technique("chin-tuck").orElseThrow().cautions()).isNotEmpty();
    }
}
