package org.physiokiosk.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Settings as a clinic writes them: a file in, settings and problems out. Only the public
 * behaviour (load, its problems, update), so these hold whatever the loader looks like inside.
 */
class SettingsValuesTest {

    @TempDir
    Path dir;

    private LoadedSettings load(String... lines) throws IOException {
        Path file = dir.resolve("kiosk.properties");
        Files.writeString(file, String.join("\n", lines) + "\n");
        return SettingsLoader.load(file);
    }

    private static List<String> problems(LoadedSettings loaded) {
        return loaded.problems().stream().map(SettingsProblem::toString).toList();
    }

    @Test
    void yesNoOnOffTrueAndFalseAreAllUnderstood() throws IOException {
        KioskSettings on = load("kiosk.fullscreen = yes", "kiosk.highContrast = on", "kiosk.hideCursor = TRUE",
                "loop.alternate.languages = yes").settings();
        assertThat(on.fullscreen()).isTrue();
        assertThat(on.highContrast()).isTrue();
        assertThat(on.hideCursor()).isTrue();
        assertThat(on.alternateLanguages()).isTrue();
        LoadedSettings off = load("kiosk.fullscreen = no", "kiosk.highContrast = off", "kiosk.hideCursor = false",
                "loop.alternate.languages = No");
        assertThat(off.problems()).isEmpty();
        assertThat(off.settings().fullscreen()).isFalse();
        assertThat(off.settings().highContrast()).isFalse();
        assertThat(off.settings().hideCursor()).isFalse();
        assertThat(off.settings().alternateLanguages()).isFalse();
        LoadedSettings defaults = load("# nothing set");
        assertThat(defaults.settings().fullscreen()).isTrue();
        assertThat(defaults.settings().highContrast()).isFalse();
    }

    @Test
    void aNumberAtEitherEndOfItsRangeIsKeptAndOnePastItIsRefused() throws IOException {
        LoadedSettings low = load("slide.interval.seconds = 2", "handout.max.techniques = 1");
        assertThat(low.problems()).isEmpty();
        assertThat(low.settings().slideInterval()).isEqualTo(Duration.ofSeconds(2));
        assertThat(low.settings().handoutMaxTechniques()).isEqualTo(1);
        LoadedSettings high = load("slide.interval.seconds = 600");
        assertThat(high.problems()).isEmpty();
        assertThat(high.settings().slideInterval()).isEqualTo(Duration.ofSeconds(600));
        LoadedSettings past = load("slide.interval.seconds = 1", "idle.timeout.seconds = 100000");
        assertThat(past.settings().slideInterval()).isEqualTo(Duration.ofSeconds(10));
        assertThat(problems(past)).hasSize(2).first().asString()
                .isEqualTo("kiosk.properties:1: slide.interval.seconds = \"1\": expected a whole number of seconds "
                        + "from 2 to 600; using the default 10 seconds");
    }

    @Test
    void theKioskIdIsUsedAsWrittenOrTheComputersNameWhenItCannotBePartOfAFileName() throws IOException {
        assertThat(load("kiosk.id = front-desk_2.b").settings().kioskId()).isEqualTo("front-desk_2.b");
        LoadedSettings bad = load("kiosk.id = ../../etc");
        String fallback = bad.settings().kioskId();
        assertThat(fallback).isNotEmpty().matches("[A-Za-z0-9._-]{1,40}");
        assertThat(load("# no id").settings().kioskId()).isEqualTo(fallback);
        assertThat(problems(bad)).singleElement().asString().startsWith("kiosk.properties:1: kiosk.id = \"../../etc\": ")
                .contains("letters, digits, dots, dashes or underscores").endsWith(fallback);
    }

    @Test
    void theOfferedLanguagesKeepTheirOrderOnceEachAndAnUnknownCodeOffersAll() throws IOException {
        LoadedSettings some = load("languages = uk, ES, uk", "language = uk");
        assertThat(some.problems()).isEmpty();
        assertThat(some.settings().languages()).containsExactly(Locale.forLanguageTag("uk"),
                Locale.forLanguageTag("es"));
        LoadedSettings wrong = load("languages = en, tlh");
        assertThat(wrong.settings().languages()).containsExactly(Locale.ENGLISH, Locale.forLanguageTag("es"),
                Locale.forLanguageTag("fr"), Locale.GERMAN, Locale.forLanguageTag("uk"));
        assertThat(problems(wrong)).singleElement().asString().contains("languages = \"en, tlh\"");
        assertThat(load("# none").settings().languages()).hasSize(5);
    }

    @Test
    void aLineThatCannotBeReadNamesTheKeyThatFallsBack() throws IOException {
        LoadedSettings loaded = load("clinic.name = Good", "slide.interval.seconds = 1\u0007");
        assertThat(loaded.settings().clinic().name()).isEqualTo("Good");
        assertThat(problems(loaded)).singleElement().asString().startsWith("kiosk.properties:2: ")
                .endsWith("; slide.interval.seconds uses its default");
    }

    @Test
    void aProblemNamesItsFileLineKeyAndAShortenedValue() {
        Path file = Path.of("/etc/kiosk/kiosk.properties");
        assertThat(new SettingsProblem(file, 0, "", "", "cannot be read").toString())
                .isEqualTo("kiosk.properties: cannot be read");
        assertThat(new SettingsProblem(file, 1, "language", "", "is given twice").toString())
                .isEqualTo("kiosk.properties:1: language: is given twice");
        String eighty = "x".repeat(80);
        assertThat(new SettingsProblem(file, 3, "clinic.name", eighty, "m").toString())
                .isEqualTo("kiosk.properties:3: clinic.name = \"" + eighty + "\": m");
        assertThat(new SettingsProblem(file, 3, "clinic.name", eighty + "y", "m").toString())
                .isEqualTo("kiosk.properties:3: clinic.name = \"" + eighty + "…\": m");
    }

    @Test
    void theEmergencyNumberIsKeptAsWrittenAndIs999WhenNotSet() throws IOException {
        assertThat(load("# no number").settings().clinic().emergencyNumber()).isEqualTo("999");
        assertThat(load("clinic.emergency.number =").settings().clinic().emergencyNumber()).isEqualTo("999");
        for (String number : List.of("112", "911", "000", "15", "+44 (0)20 7946-0999", "1".repeat(20))) {
            LoadedSettings loaded = load("clinic.emergency.number = " + number);
            assertThat(loaded.problems()).as(number).isEmpty();
            assertThat(loaded.settings().clinic().emergencyNumber()).isEqualTo(number);
            assertThat(loaded.settings().written(Settings.EMERGENCY_NUMBER)).isEqualTo(number);
        }
        assertThat(SettingsLoader.load(org.physiokiosk.testing.TestMedia.SETTINGS).settings().clinic()
                .emergencyNumber()).as("the tests' own settings").isEqualTo("112");
    }

    @Test
    void anEmergencyNumberThatCannotBeDialledIsRefusedSayingWhatIsExpected() throws IOException {
        for (String wrong : List.of("call 999", "9", "++", "999!", "112 or 999", "1".repeat(21), "٩٩٩", "(--)")) {
            LoadedSettings loaded = load("clinic.emergency.number = " + wrong);
            assertThat(loaded.settings().clinic().emergencyNumber()).as(wrong).isEqualTo("999");
            assertThat(problems(loaded)).as(wrong).singleElement().asString()
                    .isEqualTo("kiosk.properties:1: clinic.emergency.number = \"" + wrong + "\": expected a telephone "
                            + "number of 2 to 20 characters: digits, spaces, +, - and ( ), at least two digits (e.g. "
                            + "999, 112 or 911); using the default 999");
        }
        // The staff form checks with the same words, before anything is saved.
        assertThat(SettingsLoader.check(dir.resolve("kiosk.properties"), Map.of("clinic.emergency.number", "nine")))
                .containsEntry("clinic.emergency.number", "expected a telephone number of 2 to 20 characters: digits, "
                        + "spaces, +, - and ( ), at least two digits (e.g. 999, 112 or 911); using the default 999");
        assertThat(Settings.EMERGENCY_NUMBER.staffEdits()).isTrue();
        assertThat(Settings.EMERGENCY_NUMBER.group()).isEqualTo(Setting.Group.CLINIC);
        assertThat(Settings.EMERGENCY_NUMBER.help()).contains("999", "112", "911");
    }

    @Test
    void anUpdateOfAMissingFileWritesJustTheChangedSettings() throws IOException {
        Path file = dir.resolve("new.properties");
        Files.write(file, SettingsWriter.update(file, Map.of("clinic.phone", "01632 960123")));
        LoadedSettings loaded = SettingsLoader.load(file);
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.settings().clinic().phone()).isEqualTo("01632 960123");
    }
}
