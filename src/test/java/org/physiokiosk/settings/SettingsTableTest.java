package org.physiokiosk.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The table of settings is whole: every entry has what loading, the form and the docs need. */
class SettingsTableTest {

    private final SettingType.Context here = new SettingType.Context(Path.of("/kiosk"), () -> "host-1");

    @Test
    void everySettingHasAKeyAHelpALabelAndADefaultItsTypeReads() {
        assertThat(Settings.ALL).extracting(Setting::key).doesNotHaveDuplicates();
        for (Setting<?> s : Settings.ALL) {
            assertThat(s.key()).matches("[A-Za-z0-9._-]+");
            assertThat(s.help()).as(s.key()).isNotBlank();
            assertThat(s.label()).as(s.key()).isNotBlank();
            assertThat(s.defaultValue(here)).as(s.key()).isNotNull();
            assertThat(Settings.byKey(s.key())).contains(s);
        }
    }

    @Test
    void aDefaultWrittenBackReadsTheSame() {
        for (Setting<?> s : Settings.ALL) {
            String written = s.show(s.defaultValue(here), here);
            assertThat(written).as(s.key()).isEqualTo(s.defaultText().isEmpty() && s.key().equals("kiosk.id")
                    ? "host-1" : s.defaultText());
        }
    }

    @Test
    void theCheckOfTheStaffFormUsesTheWordsOfStartUp(@org.junit.jupiter.api.io.TempDir Path dir) {
        Map<String, String> found = SettingsLoader.check(dir.resolve("kiosk.properties"), Map.of(
                "slide.interval.seconds", "ten", "clinic.name", "X", "kiosk.fullscreen", "maybe",
                "staff.pin", "1234"));
        assertThat(found).containsOnlyKeys("slide.interval.seconds", "kiosk.fullscreen", "staff.pin");
        assertThat(found.get("slide.interval.seconds"))
                .isEqualTo("expected a whole number of seconds from 2 to 600; using the default 10 seconds");
        assertThat(found.get("kiosk.fullscreen")).isEqualTo("expected true or false; using the default true");
        // Never "staff mode will ask for a new PIN": whoever touched the screen first would choose it.
        assertThat(found.get("staff.pin")).isEqualTo("expected a PIN hash written by set-pin or staff mode (never "
                + "the PIN itself); staff mode stays closed until the PIN is set again with set-pin (see the README)");
    }

    @Test
    void aPinTypedInClearIsNeverRepeatedInAProblem(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = dir.resolve("kiosk.properties");
        java.nio.file.Files.writeString(file, "staff.pin = 13579\n");
        LoadedSettings loaded = SettingsLoader.load(file);
        assertThat(loaded.problems()).singleElement().asString().startsWith("kiosk.properties:1: staff.pin = \"(hidden)\"")
                .doesNotContain("13579");
    }

    @Test
    void aChangedCopyChangesOneSettingOnly() {
        KioskSettings a = SettingsLoader.load(org.physiokiosk.testing.TestMedia.SETTINGS).settings();
        KioskSettings b = a.with(Settings.SLIDE_INTERVAL, java.time.Duration.ofSeconds(42));
        assertThat(b.slideInterval()).hasSeconds(42);
        assertThat(a.slideInterval()).hasSeconds(10);
        for (Setting<?> s : Settings.ALL) {
            if (s != Settings.SLIDE_INTERVAL) {
                assertThat((Object) b.get(s)).as(s.key()).isEqualTo(a.get(s));
            }
        }
        assertThat(b.with(Settings.SLIDE_INTERVAL, a.slideInterval())).isEqualTo(a);
    }

    @Test
    void handoutAccessibleIsReadAndCheckedFromItsOneDefinition(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("kiosk.properties");
        assertThat(SettingsLoader.load(file).settings().get(Settings.HANDOUT_ACCESSIBLE)).isTrue();
        java.nio.file.Files.writeString(file, "handout.accessible = no\n");
        assertThat(SettingsLoader.load(file).settings().get(Settings.HANDOUT_ACCESSIBLE)).isFalse();
        java.nio.file.Files.writeString(file, "handout.accessible = maybe\n");
        LoadedSettings loaded = SettingsLoader.load(file);
        assertThat(loaded.settings().get(Settings.HANDOUT_ACCESSIBLE)).isTrue();
        assertThat(loaded.problems()).singleElement().asString().isEqualTo("kiosk.properties:1: handout.accessible "
                + "= \"maybe\": expected true or false; using the default true");
        assertThat(Settings.HANDOUT_ACCESSIBLE.staffEdits()).isTrue();
        assertThat(Settings.HANDOUT_ACCESSIBLE.group()).isEqualTo(Setting.Group.HANDOUT);
    }
}
