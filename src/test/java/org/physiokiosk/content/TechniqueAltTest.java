package org.physiokiosk.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.physiokiosk.testing.LogCapture;
import org.physiokiosk.testing.TestMedia;

/** {@code alt:} (the drawing in words for a screen reader) in every language, and what happens without it. */
class TechniqueAltTest {

    private static final SlideLibrary ENGLISH = ContentLoader.load(TestMedia.MEDIA);

    @ParameterizedTest
    @ValueSource(strings = {"es", "fr", "de", "uk"})
    void everyTechniqueDescribesItsDrawingInEveryLanguage(String lang) {
        SlideLibrary translated = Translations.apply(ENGLISH, Locale.forLanguageTag(lang));
        assertThat(ENGLISH.techniques()).isNotEmpty().allSatisfy(t -> assertThat(t.alt()).as(t.id()).isNotBlank());
        for (Technique t : translated.techniques()) {
            Technique english = ENGLISH.techniques().stream().filter(e -> e.id().equals(t.id())).findFirst()
                    .orElseThrow();
            assertThat(t.alt()).as("%s in %s", t.id(), lang).isNotBlank().isNotEqualTo(english.alt());
            assertThat(t.altOrTitle()).isEqualTo(t.alt());
        }
    }

    @Test
    void withoutAltTheTitleDescribesTheDrawingAndTheLogSaysWhichFile(@TempDir Path media) throws Exception {
        for (String dir : List.of("categories", "symptoms")) {
            Files.createDirectories(media.resolve(dir));
            try (var files = Files.list(TestMedia.MEDIA.resolve(dir))) {
                for (Path f : files.toList()) {
                    Files.copy(f, media.resolve(dir).resolve(f.getFileName()));
                }
            }
        }
        Files.copy(TestMedia.MEDIA.resolve("general.txt"), media.resolve("general.txt"));
        Files.createDirectories(media.resolve("techniques"));
        Files.writeString(media.resolve("techniques").resolve("wall-stretch.txt"), """
                id: wall-stretch
                category: stretching
                title: Wall stretch
                summary: A test technique.
                steps:
                - Stand facing a wall.
                """, StandardCharsets.UTF_8);
        try (LogCapture log = LogCapture.of("org.physiokiosk")) {
            SlideLibrary lib = ContentLoader.load(media);
            Technique t = lib.techniques().get(0);
            assertThat(t.alt()).isEmpty();
            assertThat(t.altOrTitle()).isEqualTo("Wall stretch");
            assertThat(log.warnings()).anyMatch(w -> w.contains("techniques/wall-stretch.txt") && w.contains("alt:"));
        }
    }
}
