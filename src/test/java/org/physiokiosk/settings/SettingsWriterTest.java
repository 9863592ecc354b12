package org.physiokiosk.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class SettingsWriterTest {

    @Test
    void onlyTheChangedLinesChangeAndCommentsStay() throws IOException {
        String before = Files.readString(Path.of("kiosk.properties"));
        Map<String, String> changes = new LinkedHashMap<>();
        changes.put("clinic.phone", "01234 567890");
        changes.put("clinic.name", "Clínica Río \\ Sur");
        changes.put("kiosk.note", "added at the end");
        String after = SettingsWriter.update(before, changes);

        String[] a = before.split("\n");
        String[] b = after.split("\n");
        int changed = 0;
        for (int i = 0; i < a.length; i++) {
            if (!a[i].equals(b[i])) {
                changed++;
                assertThat(b[i]).matches("clinic\\.(phone|name) = .*");
            }
        }
        assertThat(changed).isEqualTo(2);
        assertThat(b).hasSize(a.length + 1);
        assertThat(b[b.length - 1]).isEqualTo("kiosk.note = added at the end");

        Properties p = new Properties();
        p.load(new StringReader(after));
        assertThat(p.getProperty("clinic.name")).isEqualTo("Clínica Río \\ Sur");
        assertThat(p.getProperty("clinic.phone")).isEqualTo("01234 567890");
    }

    @Test
    void aLeadingSpaceAndLineBreaksSurviveTheRoundTrip() throws IOException {
        String after = SettingsWriter.update("", Map.of("clinic.address", " 1 Road\nTown"));
        Properties p = new Properties();
        p.load(new StringReader(after));
        assertThat(p.getProperty("clinic.address")).isEqualTo(" 1 Road\nTown");
    }
}
