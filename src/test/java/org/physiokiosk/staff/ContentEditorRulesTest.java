package org.physiokiosk.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.content.Technique;
import org.physiokiosk.testing.TestMedia;

/** What staff may save, where a new technique goes, and moving techniques within a category. */
class ContentEditorRulesTest {

    @TempDir
    Path dir;

    private Path media;
    private ContentEditor editor;
    private Technique chin;

    @BeforeEach
    void copy() throws IOException {
        media = TestMedia.copyInto(dir);
        editor = new ContentEditor(media);
        chin = editor.library().technique("chin-tuck").orElseThrow();
    }

    private Technique with(String title, String summary, List<String> steps, String category, String picture) {
        return chin.with(category, title, summary, picture, chin.symptoms(), chin.dose(), steps, chin.cautions(),
                chin.enabled());
    }

    @Test
    void eachMissingPartIsNamedAndAGoodTechniqueHasNoProblem() {
        assertThat(editor.problem(chin)).isEmpty();
        assertThat(editor.problem(with(" ", chin.summary(), chin.steps(), "stretching", "")))
                .contains("The title is empty.");
        assertThat(editor.problem(with("T", " ", chin.steps(), "stretching", ""))).contains("The summary is empty.");
        assertThat(editor.problem(with("T", "S", List.of(" ", ""), "stretching", "")))
                .contains("A technique needs at least one step.");
        assertThat(editor.problem(with("T", "S", List.of("", "Step"), "stretching", ""))).isEmpty();
        assertThat(editor.problem(with("T", "S", chin.steps(), "yoga", ""))).contains("Choose a category.");
        for (String bad : List.of("a/b.svg", "a\\b.svg", ".hidden.svg", "notes.txt", "drawing")) {
            assertThat(editor.problem(with("T", "S", chin.steps(), "stretching", bad))).as(bad)
                    .contains("The illustration must be an SVG, PNG or JPEG file in media/illustrations/.");
        }
        for (String good : List.of("x.svg", "x.PNG", "x.jpg", "x.jpeg")) {
            assertThat(editor.problem(with("T", "S", chin.steps(), "stretching", good))).as(good).isEmpty();
        }
    }

    @Test
    void aTechniqueWithAProblemIsNotSavedAndCannotBeUndone() throws IOException {
        assertThat(editor.canUndo()).isFalse();
        String before = Files.readString(media.resolve("techniques/chin-tuck.txt"));
        assertThatThrownBy(() -> editor.save(with("", "S", chin.steps(), "stretching", "")))
                .isInstanceOf(IOException.class).hasMessage("The title is empty.");
        assertThat(Files.readString(media.resolve("techniques/chin-tuck.txt"))).isEqualTo(before);
        assertThat(editor.canUndo()).isFalse();
        editor.setEnabled("chin-tuck", false);
        assertThat(editor.canUndo()).isTrue();
        assertThat(ContentLoader.load(media).technique("chin-tuck").orElseThrow().enabled()).isFalse();
    }

    @Test
    void aNewTechniqueGetsAFreeIdFromItsTitleAndTheNextPlaceInItsCategory() throws IOException {
        Technique fresh = editor.newTechnique("stretching", "  Chin tuck!  ");
        assertThat(fresh.id()).isEqualTo("chin-tuck-2");
        assertThat(fresh.order()).isEqualTo(4);
        assertThat(fresh.categoryId()).isEqualTo("stretching");
        assertThat(fresh.source()).isEqualTo(media.resolve("techniques/chin-tuck-2.txt"));
        assertThat(fresh.enabled()).isTrue();
        assertThat(editor.newTechnique("stretching", "!!!").id()).isEqualTo("technique");
        assertThat(editor.newTechnique("medication", "Ice pack").order())
                .isEqualTo(editor.library().techniquesIn("medication").size() + 1);
        Files.writeString(media.resolve("techniques/ice-pack.txt"), "not yet loaded\n");
        assertThat(editor.newTechnique("heat-cold", "Ice pack").id()).as("a file already there").isEqualTo("ice-pack-2");
    }

    @Test
    void movingRenumbersTheCategoryAndStopsAtItsEnds() throws IOException {
        editor.move("chin-tuck", +1);
        assertThat(ContentLoader.load(media).techniquesIn("stretching")).extracting(Technique::id)
                .containsExactly("shoulder-blade-squeeze", "seated-spinal-twist", "chin-tuck");
        assertThat(ContentLoader.load(media).techniquesIn("stretching")).extracting(Technique::order)
                .containsExactly(1, 2, 3);
        assertThat(editor.canUndo()).isTrue();
        String last = Files.readString(media.resolve("techniques/chin-tuck.txt"));
        editor.move("chin-tuck", +1);
        assertThat(Files.readString(media.resolve("techniques/chin-tuck.txt"))).isEqualTo(last);
        editor.move("shoulder-blade-squeeze", -1);
        assertThat(ContentLoader.load(media).techniquesIn("stretching")).extracting(Technique::id)
                .containsExactly("shoulder-blade-squeeze", "seated-spinal-twist", "chin-tuck");
        editor.move("shoulder-blade-squeeze", +1);
        assertThat(ContentLoader.load(media).techniquesIn("stretching")).extracting(Technique::id)
                .containsExactly("seated-spinal-twist", "shoulder-blade-squeeze", "chin-tuck");
    }
}
