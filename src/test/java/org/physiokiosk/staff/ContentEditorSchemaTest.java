package org.physiokiosk.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.content.SlideLibrary;
import org.physiokiosk.content.Technique;
import org.physiokiosk.testing.TestMedia;

/**
 * Staff mode and the loader read one schema: a picture name staff may save is exactly a name
 * the loader then accepts (the editor used to accept "a..b.png" and "c:x.png", which the
 * loader refused, so a saved technique vanished from the loop).
 */
class ContentEditorSchemaTest {

    @TempDir
    Path dir;

    @Test
    void whatStaffMaySaveIsWhatTheLoaderAccepts() throws IOException {
        Path media = TestMedia.copyInto(dir);
        Path file = media.resolve("techniques/chin-tuck.txt");
        byte[] original = Files.readAllBytes(file);
        for (String name : List.of("ok.svg", "Photo.JPG", "a..b.png", "c:x.png", ".hidden.png", "x.gif", "dir/x.png",
                "x\\y.png", "noextension")) {
            ContentEditor editor = new ContentEditor(media);
            Technique t = editor.library().technique("chin-tuck").orElseThrow();
            Technique edited = t.with(t.categoryId(), t.title(), t.summary(), name, t.symptoms(), t.dose(), t.steps(),
                    t.cautions(), t.enabled());
            boolean staffMaySave = editor.problem(edited).isEmpty();
            if (staffMaySave) {
                editor.save(edited);
            } else {
                // What staff could not save, written by hand: the loader must refuse it too.
                Files.writeString(file, Files.readString(file).replaceFirst("(?m)^illustration: .*$",
                        java.util.regex.Matcher.quoteReplacement("illustration: " + name)));
            }
            SlideLibrary loaded = ContentLoader.load(media);
            assertThat(loaded.technique("chin-tuck").isPresent()).as(name).isEqualTo(staffMaySave);
            Files.write(file, original);
        }
    }
}
