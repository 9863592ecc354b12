package org.physiokiosk.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.testing.TestMedia;

class ContentWriterTest {

    @TempDir
    Path media;

    @Test
    void everyShippedTechniqueWrittenBackReadsTheSame() throws IOException {
        SlideLibrary shipped = ContentLoader.load(TestMedia.MEDIA);
        TestMedia.copy(TestMedia.MEDIA, media);
        for (Technique t : shipped.techniques()) {
            Path file = media.resolve("techniques").resolve(t.id() + ".txt");
            Files.writeString(file, ContentWriter.technique(t, ContentWriter.leadingComments(t.source())));
        }
        SlideLibrary again = ContentLoader.load(media);
        assertThat(again.problems()).isEmpty();
        for (Technique t : shipped.techniques()) {
            Technique back = again.technique(t.id()).orElseThrow();
            assertThat(back).usingRecursiveComparison().ignoringFields("source").isEqualTo(t);
        }
    }

    @Test
    void aDisabledTechniqueStaysInTheLibraryButLeavesTheLoopAndThePlans() throws IOException {
        TestMedia.copy(TestMedia.MEDIA, media);
        Technique chin = ContentLoader.load(media).technique("chin-tuck").orElseThrow();
        Technique off = chin.with(chin.categoryId(), chin.title(), chin.summary(), chin.illustration(), chin.symptoms(),
                chin.dose(), chin.steps(), chin.cautions(), false);
        Files.writeString(chin.source(), ContentWriter.technique(off, ContentWriter.leadingComments(chin.source())));
        SlideLibrary lib = ContentLoader.load(media);
        assertThat(lib.technique("chin-tuck").orElseThrow().enabled()).isFalse();
        assertThat(lib.loopSlides()).extracting(Slide::id).doesNotContain("technique-chin-tuck");
        assertThat(lib.techniquesFor("stiffness")).extracting(Technique::id).doesNotContain("chin-tuck");
        assertThat(Files.readString(chin.source())).startsWith("# Source:").contains("enabled: no\n");
    }

    @Test
    void linesTypedIntoAFieldBecomeOneLine() {
        Technique t = new Technique("x", "stretching", 1, "A\ntitle", "S", "", List.of(), Dose.NONE,
                List.of("one\r\ntwo", "  "), List.of(), Path.of("x.txt"), true);
        assertThat(ContentWriter.technique(t, List.of())).contains("title: A title\n").contains("- one two\n")
                .doesNotContain("- \n");
    }

    @Test
    void everySymptomAndCategoryWrittenBackReadsTheSame() throws IOException {
        SlideLibrary shipped = ContentLoader.load(TestMedia.MEDIA);
        TestMedia.copy(TestMedia.MEDIA, media);
        for (Symptom s : shipped.symptoms()) {
            Path file = media.resolve("symptoms").resolve(s.id() + ".txt");
            Files.writeString(file, ContentWriter.symptom(s, ContentWriter.leadingComments(s.source())));
        }
        for (Category c : shipped.categories()) {
            Path file = media.resolve("categories").resolve(c.id() + ".txt");
            Files.writeString(file, ContentWriter.write(ContentSchema.CATEGORY, c,
                    ContentWriter.leadingComments(c.source())));
        }
        SlideLibrary again = ContentLoader.load(media);
        assertThat(again.problems()).isEmpty();
        assertThat(again.symptoms()).hasSameSizeAs(shipped.symptoms());
        for (Symptom s : shipped.symptoms()) {
            assertThat(again.symptom(s.id()).orElseThrow()).usingRecursiveComparison().ignoringFields("source")
                    .isEqualTo(s);
        }
        assertThat(again.categories()).hasSameSizeAs(shipped.categories());
        for (Category c : shipped.categories()) {
            assertThat(again.category(c.id()).orElseThrow()).usingRecursiveComparison().ignoringFields("source")
                    .isEqualTo(c);
        }
        assertThat(shipped.symptom("stress").orElseThrow().firstChoice()).as("a first choice went through")
                .containsExactly("deep-breathing");
    }

    @Test
    void rulesReasonsAndAReviewWrittenBackReadTheSame() throws IOException {
        TestMedia.copy(TestMedia.MEDIA, media);
        SlideLibrary lib = ContentLoader.load(media);
        Technique chin = lib.technique("chin-tuck").orElseThrow().withRules(List.of("heat-therapy"),
                List.of("recent-strain"), List.of("one", "two"), Review.of("A. Physio", java.time.LocalDate.of(2026, 3, 1)));
        Symptom stress = lib.symptom("stress").orElseThrow().withRules(List.of("foam-rolling"), List.of("why"),
                Review.of("B. Doctor", java.time.LocalDate.of(2025, 12, 31)));
        Files.writeString(chin.source(), ContentWriter.technique(chin, ContentWriter.leadingComments(chin.source())));
        Files.writeString(stress.source(), ContentWriter.symptom(stress, ContentWriter.leadingComments(stress.source())));
        SlideLibrary again = ContentLoader.load(media);
        assertThat(again.technique("chin-tuck")).contains(chin);
        assertThat(again.symptom("stress")).contains(stress);
        assertThat(again.problems()).isEmpty();
    }
}
