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
}
