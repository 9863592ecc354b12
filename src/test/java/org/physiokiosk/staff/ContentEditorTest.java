package org.physiokiosk.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.content.Technique;
import org.physiokiosk.testing.TestMedia;

class ContentEditorTest {

    @TempDir
    Path dir;

    private Path media;
    private ContentEditor editor;

    @BeforeEach
    void copy() throws IOException {
        media = TestMedia.copyInto(dir);
        editor = new ContentEditor(media);
    }

    @Test
    void aHugePhotoFromAStickIsCopiedScaledDown() throws IOException {
        Path stick = Files.createDirectories(dir.resolve("stick"));
        ImageIO.write(new BufferedImage(6000, 4000, BufferedImage.TYPE_INT_RGB), "png",
                stick.resolve("My Photo.PNG").toFile());
        String name = editor.importImage(stick.resolve("My Photo.PNG"));
        assertThat(name).isEqualTo("my-photo.png");
        BufferedImage imported = ImageIO.read(media.resolve("illustrations").resolve(name).toFile());
        assertThat(Math.max(imported.getWidth(), imported.getHeight())).isLessThanOrEqualTo(2400);
        assertThat(editor.importImage(stick.resolve("My Photo.PNG"))).as("never overwrites").isEqualTo("my-photo-2.png");
    }

    @Test
    void anSvgIsCheckedAndABrokenFileRefused() throws IOException {
        Path stick = Files.createDirectories(dir.resolve("stick"));
        Files.copy(TestMedia.MEDIA.resolve("illustrations/chin-tuck.svg"), stick.resolve("drawing.svg"));
        Files.writeString(stick.resolve("broken.svg"), "<svg");
        Files.writeString(stick.resolve("notes.txt"), "x");
        assertThat(editor.importImage(stick.resolve("drawing.svg"))).isEqualTo("drawing.svg");
        assertThatThrownBy(() -> editor.importImage(stick.resolve("broken.svg"))).hasMessageContaining("cannot be read");
        assertThatThrownBy(() -> editor.importImage(stick.resolve("notes.txt"))).hasMessageContaining("SVG, PNG and JPEG");
        try (Stream<Path> files = Files.list(media.resolve("illustrations"))) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".") || n.equals("broken.svg"));
        }
    }

    @Test
    void aTechniqueWithoutStepsIsRefusedWithItsReasonAndTheFileIsUntouched() throws IOException {
        Technique chin = editor.library().technique("chin-tuck").orElseThrow();
        String before = Files.readString(chin.source());
        Technique empty = chin.with(chin.categoryId(), chin.title(), chin.summary(), chin.illustration(),
                chin.symptoms(), chin.dose(), java.util.List.of(), chin.cautions(), true);
        assertThatThrownBy(() -> editor.save(empty)).hasMessage("A technique needs at least one step.");
        assertThat(Files.readString(chin.source())).isEqualTo(before);
    }

    @Test
    void addingDuplicatingAndDeletingCanEachBeUndone() throws IOException {
        Technique copy = editor.duplicate("chin-tuck");
        assertThat(copy.id()).isEqualTo("chin-tuck-copy");
        assertThat(editor.library().technique("chin-tuck-copy")).isPresent();
        editor.undo();
        assertThat(editor.library().technique("chin-tuck-copy")).isEmpty();
        editor.delete("chin-tuck");
        assertThat(editor.library().technique("chin-tuck")).isEmpty();
        editor.undo();
        assertThat(editor.library().technique("chin-tuck")).isPresent();
        Technique fresh = editor.newTechnique("stretching", "Wall angels");
        assertThat(fresh.id()).isEqualTo("wall-angels");
        assertThat(fresh.order()).isEqualTo(4);
    }

    @Test
    void symptomWordsAndTheRedFlagAreSavedInPlace() throws IOException {
        var stress = editor.library().symptom("stress").orElseThrow();
        editor.saveSymptom(new org.physiokiosk.content.Symptom("stress", stress.order(), "Stress or worry",
                stress.hint(), stress.icon(), stress.source()));
        // Typed on two lines in the form: saved as one line, or the second line would be read as a broken key.
        editor.saveRedFlag("Chest pain or trouble breathing?\r\n  Tell the reception now.\n");
        assertThat(editor.library().symptom("stress").orElseThrow().label()).isEqualTo("Stress or worry");
        assertThat(editor.library().general().redFlag())
                .isEqualTo("Chest pain or trouble breathing? Tell the reception now.");
        assertThat(editor.library().problems()).isEmpty();
        List<String> general = Files.readAllLines(media.resolve("general.txt"));
        assertThat(general).filteredOn(l -> l.startsWith("red-flag:"))
                .containsExactly("red-flag: Chest pain or trouble breathing? Tell the reception now.");
        assertThat(general).noneMatch(l -> l.contains("Tell the reception now.") && !l.startsWith("red-flag:"));
        assertThat(general).contains("intro-title: Upper back pain?");
    }
}
