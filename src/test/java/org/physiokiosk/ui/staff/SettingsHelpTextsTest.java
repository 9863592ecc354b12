package org.physiokiosk.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.physiokiosk.settings.Setting;
import org.physiokiosk.settings.SettingType;
import org.physiokiosk.settings.Settings;
import org.physiokiosk.ui.Texts;

/**
 * The staff Settings tab speaks the receptionist's language: every setting it shows has its
 * label and help line in each language's own file (the English of the settings table is only the
 * fall-back), with the table's numbers, ranges and defaults kept, and the form's words ("On",
 * not "true") where the form shows a switch.
 */
class SettingsHelpTextsTest {

    private static final Texts ENGLISH = new Texts(Locale.ENGLISH);
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    /** The settings the tab shows: the same filter as {@code SettingsForm}. */
    private static final List<Setting<?>> ON_THE_TAB = Settings.ALL.stream().filter(Setting::staffEdits).toList();

    @Test
    void theTabShowsTheSettingsThisTestCovers() {
        assertThat(ON_THE_TAB).extracting(Setting::key)
                .contains("slide.interval.seconds", "clinic.website", "clinic.booking.url", "clinic.hours.monday",
                        "clinic.hours.sunday", "clinic.closed.dates", "handout.accessible", "kiosk.id")
                .doesNotContain("staff.pin", "media.dir");
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "fr", "de", "uk"})
    void everySettingOnTheTabHasItsLabelAndHelpInTheLanguagesOwnFile(String language) {
        Properties own = ownFile(language);
        for (Setting<?> s : ON_THE_TAB) {
            assertThat(own).as("label of " + s.key() + " in " + language).containsKey("setting." + s.key());
            assertThat(own).as("help of " + s.key() + " in " + language)
                    .containsKey("staff.settings.help." + s.key());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "fr", "de", "uk"})
    void everyHelpLineIsTranslatedAndKeepsTheTablesNumbers(String language) {
        Texts texts = new Texts(Locale.forLanguageTag(language));
        for (Setting<?> s : ON_THE_TAB) {
            String key = "staff.settings.help." + s.key();
            String shown = texts.getOr(key, s.help());
            assertThat(shown).as(key + " in " + language).isNotBlank()
                    .isNotEqualTo(s.help())
                    .isNotEqualTo(ENGLISH.getOr(key, s.help()))
                    .doesNotContain(key);
            // Ranges and defaults as the table says them: 2 to 600, 999, 2026-12-24..2026-12-26.
            Matcher m = NUMBER.matcher(s.help());
            while (m.find()) {
                assertThat(shown).as(key + " in " + language + " keeps " + m.group()).contains(m.group());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es", "fr", "de", "uk"})
    void aSwitchIsExplainedInTheSwitchsOwnWords(String language) {
        Texts texts = new Texts(Locale.forLanguageTag(language));
        String on = texts.get("staff.settings.on");
        List<Setting<?>> switches = ON_THE_TAB.stream()
                .filter(s -> s.type().form() == SettingType.Form.YES_NO).toList();
        assertThat(switches).isNotEmpty();
        for (Setting<?> s : switches) {
            String shown = texts.getOr("staff.settings.help." + s.key(), s.help());
            assertThat(shown).as(s.key() + " in " + language).contains(on)
                    .doesNotContain("true").doesNotContain("false");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "fr", "de", "uk"})
    void openingHoursNameTheWordsToTypeAsTheFieldReadsThem(String language) {
        Texts texts = new Texts(Locale.forLanguageTag(language));
        // The field reads only "closed" and "all day", whatever the language of staff mode.
        for (Setting<?> s : Settings.WEEKDAY_HOURS) {
            assertThat(texts.getOr("staff.settings.help." + s.key(), s.help())).as(s.key() + " in " + language)
                    .contains("closed").contains("all day");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es", "fr", "de", "uk"})
    void helpLinesAndLabelsComeOutAsWrittenThroughMessageFormat(String language) {
        Properties own = ownFile(language);
        Texts texts = new Texts(Locale.forLanguageTag(language));
        for (Setting<?> s : ON_THE_TAB) {
            for (String key : List.of("staff.settings.help." + s.key(), "setting." + s.key())) {
                String raw = own.getProperty(key);
                if (raw == null) {
                    continue; // English lives in the table; the other languages are held to it above.
                }
                assertThat(raw).as(key + " in " + language + ": no placeholders in a help line").doesNotContain("{");
                assertThat(raw.replace("''", "")).as(key + " in " + language + ": write an apostrophe as ''")
                        .doesNotContain("'");
                assertThat(texts.get(key)).as(key + " in " + language).isEqualTo(raw.replace("''", "'"));
            }
        }
    }

    private static Properties ownFile(String language) {
        String name = "org/physiokiosk/ui/messages" + (language.equals("en") ? "" : "_" + language) + ".properties";
        Properties p = new Properties();
        try (InputStream in = SettingsHelpTextsTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
