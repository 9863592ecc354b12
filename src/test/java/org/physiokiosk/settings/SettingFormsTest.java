package org.physiokiosk.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the staff form offers for each setting: its control, its unit, its choices and what it expects. */
class SettingFormsTest {

    @Test
    void eachSettingIsOfferedByTheControlItsTypeCallsFor() {
        Map<Setting<?>, SettingType.Form> expected = new LinkedHashMap<>();
        expected.put(Settings.SLIDE_INTERVAL, SettingType.Form.NUMBER);
        expected.put(Settings.TRANSITION, SettingType.Form.NUMBER);
        expected.put(Settings.IDLE_TIMEOUT, SettingType.Form.NUMBER);
        expected.put(Settings.MAX_TECHNIQUES, SettingType.Form.NUMBER);
        expected.put(Settings.RETENTION, SettingType.Form.NUMBER);
        expected.put(Settings.STAFF_HOLD, SettingType.Form.NUMBER);
        expected.put(Settings.LANGUAGE, SettingType.Form.LANGUAGE);
        expected.put(Settings.LANGUAGES, SettingType.Form.LANGUAGES);
        expected.put(Settings.HIGH_CONTRAST, SettingType.Form.YES_NO);
        expected.put(Settings.ALTERNATE_LANGUAGES, SettingType.Form.YES_NO);
        expected.put(Settings.FULLSCREEN, SettingType.Form.YES_NO);
        expected.put(Settings.PAPER, SettingType.Form.CHOICE);
        expected.put(Settings.PRINTER, SettingType.Form.PRINTER);
        expected.put(Settings.CLINIC_NAME, SettingType.Form.TEXT);
        expected.put(Settings.EMERGENCY_NUMBER, SettingType.Form.TEXT);
        expected.put(Settings.MEDIA_DIR, SettingType.Form.TEXT);
        expected.put(Settings.CLINIC_LOGO, SettingType.Form.TEXT);
        expected.put(Settings.KIOSK_ID, SettingType.Form.TEXT);
        expected.forEach((s, form) -> assertThat(s.type().form()).as(s.key()).isEqualTo(form));
    }

    @Test
    void numbersNameWhatTheyCountAndOtherControlsDoNot() {
        assertThat(Settings.SLIDE_INTERVAL.type().unit()).isEqualTo("seconds");
        assertThat(Settings.TRANSITION.type().unit()).isEqualTo("milliseconds");
        assertThat(Settings.MAX_TECHNIQUES.type().unit()).isEqualTo("techniques");
        assertThat(Settings.RETENTION.type().unit()).isEqualTo("days");
        for (Setting<?> s : Settings.ALL) {
            if (s.type().form() == SettingType.Form.NUMBER) {
                assertThat(s.type().unit()).as(s.key()).isNotBlank();
            } else {
                assertThat(s.type().unit()).as(s.key()).isEmpty();
            }
        }
    }

    @Test
    void choicesAreOfferedExactlyWhereTheFormPicksFromThem() {
        assertThat(Settings.LANGUAGE.type().choices()).containsExactly("en", "es", "fr", "de", "uk");
        assertThat(Settings.LANGUAGES.type().choices()).containsExactly("en", "es", "fr", "de", "uk");
        assertThat(Settings.PAPER.type().choices()).isNotEmpty();
        for (Setting<?> s : Settings.ALL) {
            boolean picks = List.of(SettingType.Form.CHOICE, SettingType.Form.LANGUAGE, SettingType.Form.LANGUAGES)
                    .contains(s.type().form());
            assertThat(s.type().choices().isEmpty()).as(s.key()).isEqualTo(!picks);
        }
    }

    @Test
    void everySettingSaysWhatItExpects() {
        for (Setting<?> s : Settings.ALL) {
            assertThat(s.type().expected()).as(s.key()).isNotBlank();
        }
        assertThat(Settings.EMERGENCY_NUMBER.type().expected()).contains("telephone number");
        assertThat(Settings.LANGUAGE.type().expected()).contains("en");
    }
}
