package org.physiokiosk.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.testing.TestMedia;

class SettingsWriterTest {

    @Test
    void onlyTheChangedLinesChangeAndCommentsStay() throws IOException {
        String before = Files.readString(TestMedia.SETTINGS);
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
    void lineBreaksSurviveTheRoundTripAndSpacesAtTheEndsAreTrimmed() throws IOException {
        String after = SettingsWriter.update("", Map.of("clinic.address", " 1 Road\nTown "));
        Properties p = new Properties();
        p.load(new StringReader(after));
        assertThat(p.getProperty("clinic.address")).isEqualTo("1 Road\nTown");
        assertThat(read(after.getBytes(StandardCharsets.UTF_8)).settings().clinic().address()).isEqualTo("1 Road\nTown");
    }

    @TempDir
    Path dir;

    private LoadedSettings read(byte[] bytes) throws IOException {
        Path file = dir.resolve("kiosk.properties");
        Files.write(file, bytes);
        return SettingsLoader.load(file);
    }

    @Test
    void aPinIsSavedBesideALineThatIsNotUtf8AndThatLineIsKeptByteForByte() throws IOException {
        byte[] broken = "clinic.name = Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] before = concat("slide.interval.seconds = 20\n".getBytes(StandardCharsets.UTF_8), broken);
        Path file = dir.resolve("kiosk.properties");
        Files.write(file, before);
        byte[] after = SettingsWriter.update(file, Map.of("staff.pin", "pbkdf2-sha256$600000$c2FsdA==$aGFzaA=="));
        assertThat(new String(after, StandardCharsets.ISO_8859_1)).isEqualTo(new String(before,
                StandardCharsets.ISO_8859_1) + "staff.pin = pbkdf2-sha256$600000$c2FsdA==$aGFzaA==\n");
        assertThat(read(after).settings().staff().pinHash()).isEqualTo("pbkdf2-sha256$600000$c2FsdA==$aGFzaA==");
    }

    @Test
    void theLineChangedIsTheOneTheLoaderReads() throws IOException {
        byte[] after = SettingsWriter.update("clinic.name = A\nclinic.name = B\n".getBytes(StandardCharsets.UTF_8),
                Map.of("clinic.name", "C"));
        assertThat(new String(after, StandardCharsets.UTF_8)).isEqualTo("clinic.name = C\nclinic.name = B\n");
        assertThat(read(after).settings().clinic().name()).isEqualTo("C");
    }

    @Test
    void windowsLineEndsAndAByteOrderMarkAreKept() {
        String after = SettingsWriter.update("\uFEFFclinic.name = A\r\n# note\r\n", Map.of("clinic.name", "B"));
        assertThat(after).isEqualTo("\uFEFFclinic.name = B\r\n# note\r\n");
    }

    @Test
    void aPathIsWrittenAsTypedAndReadBackTheSame() throws IOException {
        byte[] after = SettingsWriter.update(new byte[0], Map.of("exports.dir", "D:\\exports\\new",
                "clinic.address", "C:\\users\\clinic"));
        assertThat(new String(after, StandardCharsets.UTF_8)).contains("exports.dir = D:\\exports\\new\n");
        LoadedSettings loaded = read(after);
        assertThat(loaded.settings().exportsDir().toString()).endsWith("D:\\exports\\new");
        assertThat(loaded.settings().clinic().address()).isEqualTo("C:\\users\\clinic");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
