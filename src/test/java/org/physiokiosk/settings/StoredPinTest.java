package org.physiokiosk.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.testing.TestMedia;

/**
 * The stored PIN as the settings read it: none set, a hash, or unreadable. A file that went bad
 * must never look like a fresh kiosk, where staff mode would be set up by whoever comes first.
 */
class StoredPinTest {

    private static final String PIN = "pbkdf2-sha256$600000$c2FsdHNhbHRzYWx0c2FsdA==$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g=";

    @TempDir
    Path dir;

    /** The tests' settings file with {@code staff.pin} replaced by {@code pinLine}'s bytes. */
    private Path settingsWithPinLine(byte[] pinLine) throws IOException {
        String fixture = Files.readString(TestMedia.SETTINGS);
        int at = fixture.indexOf("staff.pin =");
        int end = fixture.indexOf('\n', at);
        Path file = dir.resolve("kiosk.properties");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(fixture.substring(0, at).getBytes(StandardCharsets.UTF_8));
            out.write(pinLine);
            out.write(fixture.substring(end).getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    private static StoredPin pinOf(Path file) {
        return SettingsLoader.load(file).settings().staff().pin();
    }

    @Test
    void anEmptyLineOrNoLineIsNoPinYet() throws IOException {
        assertThat(pinOf(TestMedia.SETTINGS)).isEqualTo(StoredPin.NONE);
        Path file = dir.resolve("kiosk.properties");
        Files.writeString(file, "clinic.name = X\n");
        assertThat(pinOf(file)).isEqualTo(StoredPin.NONE);
        assertThat(pinOf(dir.resolve("absent.properties"))).as("no file at all: a fresh kiosk")
                .isEqualTo(StoredPin.NONE);
    }

    @Test
    void aHashIsRead() throws IOException {
        StoredPin pin = pinOf(settingsWithPinLine(("staff.pin = " + PIN).getBytes(StandardCharsets.UTF_8)));
        assertThat(pin.isSet()).isTrue();
        assertThat(pin.hash()).isEqualTo(PIN);
        assertThat(pin.toString()).doesNotContain(PIN);
    }

    @Test
    void aPinTypedInClearIsUnreadableNotNone() throws IOException {
        Path file = settingsWithPinLine("staff.pin = 1234".getBytes(StandardCharsets.UTF_8));
        LoadedSettings loaded = SettingsLoader.load(file);
        StoredPin pin = loaded.settings().staff().pin();
        assertThat(pin.isSet()).isFalse();
        assertThat(pin.isUnreadable()).isTrue();
        assertThat(pin.unreadable()).startsWith("kiosk.properties:").contains("staff.pin", "expected a PIN hash")
                .doesNotContain("1234");
        assertThat(loaded.problems()).filteredOn(p -> p.key().equals("staff.pin")).singleElement().asString()
                .contains("staff mode stays closed").doesNotContain("1234", "ask for a new PIN");
    }

    @Test
    void aPinLineThatIsNotUtf8OrHasAControlCharacterIsUnreadable() throws IOException {
        byte[] latin1 = ("staff.pin = " + PIN + "\u00e9").getBytes(StandardCharsets.ISO_8859_1);
        StoredPin pin = pinOf(settingsWithPinLine(latin1));
        assertThat(pin.isUnreadable()).isTrue();
        assertThat(pin.unreadable()).contains("not valid UTF-8");

        StoredPin withNul = pinOf(settingsWithPinLine(("staff.pin = " + PIN + "\u0000")
                .getBytes(StandardCharsets.UTF_8)));
        assertThat(withNul.isUnreadable()).isTrue();
        assertThat(withNul.unreadable()).contains("U+0000").doesNotContain(PIN);
    }

    @Test
    void aPinLineThatLostItsEqualsSignIsUnreadableAndItsHashIsNotRepeated() throws IOException {
        LoadedSettings loaded = SettingsLoader.load(settingsWithPinLine(("staff.pin " + PIN)
                .getBytes(StandardCharsets.UTF_8)));
        StoredPin pin = loaded.settings().staff().pin();
        assertThat(pin.isUnreadable()).isTrue();
        assertThat(loaded.problems()).filteredOn(p -> p.key().equals("staff.pin")).singleElement().asString()
                .contains("staff.pin", "is not a setting name", "staff mode stays closed").doesNotContain("c2FsdH");
        StoredPin noEqualsAtAll = pinOf(settingsWithPinLine("staff.pin pbkdf2-sha256$600000$c2FsdA$aGFzaA"
                .getBytes(StandardCharsets.UTF_8)));
        assertThat(noEqualsAtAll.unreadable()).contains("expected \"key = value\"").doesNotContain("c2FsdA");
    }

    @Test
    void aSettingsFileThatCannotBeReadLeavesThePinUnreadable() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("kiosk.properties"));
        StoredPin pin = pinOf(folder);
        assertThat(pin.isUnreadable()).isTrue();
        assertThat(pin.unreadable()).contains("is not a regular file");
    }

    @Test
    void aBrokenLineElsewhereCostsNotThePin() throws IOException {
        Path file = settingsWithPinLine(("staff.pin = " + PIN).getBytes(StandardCharsets.UTF_8));
        String withBadName = Files.readString(file).replace("clinic.name = Riverside Physiotherapy",
                "clinic.name = Riverside \u0000");
        Files.writeString(file, withBadName);
        assertThat(pinOf(file).hash()).isEqualTo(PIN);
    }

    @Test
    void aNewPinReplacesAnUnreadableOne() throws IOException {
        KioskSettings settings = SettingsLoader.load(settingsWithPinLine("staff.pin = 1234"
                .getBytes(StandardCharsets.UTF_8))).settings();
        KioskSettings.Staff staff = settings.staff();
        KioskSettings changed = settings.withStaff(new KioskSettings.Staff(StoredPin.of(PIN), staff.hold(),
                staff.lockout(), staff.autoLock()));
        assertThat(changed.staff().pinHash()).isEqualTo(PIN);
        assertThat(changed.toString()).doesNotContain(PIN).contains("staff.pin=(hidden)");
    }
}
