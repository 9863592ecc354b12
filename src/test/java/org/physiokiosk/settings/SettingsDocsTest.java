package org.physiokiosk.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped kiosk.properties and the README say what the table of settings says. */
class SettingsDocsTest {

    private static final String HOW = "out of date: run java -cp target/classes org.physiokiosk.settings.SettingsDocs .";

    @Test
    void theShippedFileHasEverySettingWithItsHelpAndNoOtherKey() throws IOException {
        byte[] shipped = Files.readAllBytes(Path.of("kiosk.properties"));
        PropertiesFile.Parsed parsed = PropertiesFile.parse(shipped);
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.lines().keySet()).as("keys in kiosk.properties")
                .containsExactlyElementsOf(Settings.ALL.stream().map(Setting::key).toList());
        List<String> lines = Files.readAllLines(Path.of("kiosk.properties"), StandardCharsets.UTF_8);
        for (Setting<?> s : Settings.ALL) {
            int at = parsed.lines().get(s.key()).number() - 1;
            StringBuilder comment = new StringBuilder();
            for (int i = at - 1; i >= 0 && lines.get(i).startsWith("# "); i--) {
                comment.insert(0, lines.get(i).substring(2) + " ");
            }
            assertThat(comment.toString().strip()).as("the comment above %s", s.key())
                    .isEqualTo(s.help().replace("\n", " "));
        }
        assertThat(new String(shipped, StandardCharsets.UTF_8)).as("kiosk.properties " + HOW)
                .isEqualTo(SettingsDocs.propertiesFile(shipped));
    }

    @Test
    void theReadmeHasARowForEverySetting() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        for (Setting<?> s : Settings.ALL) {
            assertThat(readme).as("README row of %s", s.key()).contains("| `" + s.key() + "` | ");
        }
        assertThat(readme).as("README.md " + HOW).isEqualTo(SettingsDocs.readme(readme));
    }

    @Test
    void aFileMadeFromNothingHoldsEveryDefaultAndLoadsWithoutProblems(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        Path file = dir.resolve("kiosk.properties");
        Files.writeString(file, SettingsDocs.propertiesFile(new byte[0]));
        LoadedSettings loaded = SettingsLoader.load(file);
        assertThat(loaded.problems()).isEmpty();
        PropertiesFile.Parsed parsed = PropertiesFile.parse(Files.readAllBytes(file));
        for (Setting<?> s : Settings.ALL) {
            assertThat(parsed.lines().get(s.key()).raw()).as(s.key()).isEqualTo(s.defaultText());
        }
    }
}
