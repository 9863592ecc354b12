package org.physiokiosk.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.physiokiosk.settings.KioskSettings;
import org.physiokiosk.settings.Setting;
import org.physiokiosk.settings.SettingType;
import org.physiokiosk.settings.Settings;
import org.physiokiosk.settings.SettingsLoader;
import org.physiokiosk.testing.TestMedia;

/** The staff Settings form's state, without a display: values, rules, problems, dirty, saving. */
class SettingsFormTest {

    private final KioskSettings settings = SettingsLoader.load(TestMedia.SETTINGS).settings();
    private final SettingsForm form = new SettingsForm(settings, key -> "<" + key + ">");

    @Test
    void theFormHoldsEveryStaffSettingWithTheControlItsTypeAsksFor() {
        assertThat(form.settings()).containsExactlyElementsOf(Settings.ALL.stream().filter(Setting::staffEdits)
                .toList());
        assertThat(form.form("languages")).isEqualTo(SettingType.Form.LANGUAGES);
        assertThat(form.form("language")).isEqualTo(SettingType.Form.LANGUAGE);
        assertThat(form.form("kiosk.highContrast")).isEqualTo(SettingType.Form.YES_NO);
        assertThat(form.form("printer.name")).isEqualTo(SettingType.Form.PRINTER);
        assertThat(form.form("slide.interval.seconds")).isEqualTo(SettingType.Form.NUMBER);
        assertThat(form.unit("slide.interval.seconds")).isEqualTo("seconds");
        assertThat(form.unit("slide.transition.millis")).isEqualTo("milliseconds");
        assertThat(form.unitKey("idle.timeout.seconds")).isEqualTo("staff.unit.seconds");
        // Every number the table holds names its unit: none is shown bare.
        Settings.ALL.stream().filter(s -> s.type().form() == SettingType.Form.NUMBER)
                .forEach(s -> assertThat(s.type().unit()).as(s.key()).isNotBlank());
        assertThatThrownBy(() -> form.value("staff.pin")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void languagesAreNamedInThemselves() {
        assertThat(SettingType.Form.values()).isNotEmpty();
        assertThat(Settings.LANGUAGES.type().choices().stream().map(SettingsForm::languageName).toList())
                .containsExactly("English", "Español", "Français", "Deutsch", "Українська");
    }

    @Test
    void offeringLanguagesKeepsTheStartLanguageAmongThemAndNeverNone() {
        form.set("languages", "en, es");
        form.set("language", "es");
        form.setOffered("languages", "uk", true);
        assertThat(form.value("languages")).isEqualTo("en, es, uk");
        assertThat(form.startChoices("language")).containsExactly("en", "es", "uk");

        form.setOffered("languages", "es", false);
        assertThat(form.offered("languages")).containsExactly("en", "uk");
        assertThat(form.value("language")).as("the start language follows").isEqualTo("en");

        form.setOffered("languages", "en", false);
        form.setOffered("languages", "uk", false);
        assertThat(form.offered("languages")).as("the last one stays").containsExactly("uk");
        assertThat(form.value("language")).isEqualTo("uk");
        assertThat(form.status()).isEqualTo(new SettingsForm.Status(SettingsForm.Tone.PROBLEM,
                "<staff.settings.oneLanguage>"));
    }

    @Test
    void switchesWriteTrueOrFalseAndChangesAreTrackedUntilSaved() {
        assertThat(form.isDirty()).isFalse();
        boolean was = form.isOn("handout.accessible");
        form.setOn("handout.accessible", !was);
        assertThat(form.value("handout.accessible")).isEqualTo(Boolean.toString(!was));
        assertThat(form.isDirty()).isTrue();
        assertThat(form.isDirty("handout.accessible")).isTrue();
        assertThat(form.isDirty("clinic.name")).isFalse();
        form.setOn("handout.accessible", was);
        assertThat(form.isDirty()).as("back as it was").isFalse();

        form.setOn("kiosk.highContrast", true);
        int asked = form.checking();
        Map<String, String> written = form.saving();
        assertThat(form.status().tone()).isEqualTo(SettingsForm.Tone.BUSY);
        form.saved(asked, written, Map.of());
        assertThat(form.status()).isEqualTo(new SettingsForm.Status(SettingsForm.Tone.SUCCESS,
                "<staff.settings.savedNote>"));
        assertThat(form.isDirty()).isFalse();
        form.set("clinic.name", "Elm Street Physio");
        assertThat(form.status().tone()).as("an edit after saving clears the news").isEqualTo(SettingsForm.Tone.NONE);
        assertThat(form.isDirty()).isTrue();
    }

    @Test
    void aRefusedSaveShowsEachProblemBesideItsFieldAndKeepsTheChanges() {
        form.set("slide.interval.seconds", "ten");
        int asked = form.checking();
        Map<String, String> written = form.saving();
        form.saved(asked, written, SettingsLoader.check(settings.source(), written));
        assertThat(form.problem("slide.interval.seconds")).startsWith("expected a whole number of seconds from 2 "
                + "to 600");
        assertThat(form.problem("clinic.name")).isEmpty();
        assertThat(form.hasProblems()).isTrue();
        assertThat(form.status()).isEqualTo(new SettingsForm.Status(SettingsForm.Tone.PROBLEM,
                "<staff.settings.fix>"));
        assertThat(form.isDirty()).isTrue();
    }

    @Test
    void anOlderCheckArrivingLateIsNotShown() {
        int first = form.checking();
        int second = form.checking();
        form.checked(second, Map.of());
        form.checked(first, Map.of("clinic.name", "stale"));
        assertThat(form.problem("clinic.name")).isEmpty();
    }

    @Test
    void printersAreListedWithTheirStateAndAMissingConfiguredOneIsNamed() {
        form.set("printer.name", "Front desk");
        assertThat(form.printers()).extracting(SettingsForm.Printer::state)
                .containsOnly(SettingsForm.PrinterState.NOT_CHECKED);
        form.lookingUpPrinters();
        assertThat(form.isLookingUpPrinters()).isTrue();
        form.printersFound(SettingsForm.lookUp(List.of("Office", "Back room"), "Back room"::equals));
        assertThat(form.isLookingUpPrinters()).isFalse();
        assertThat(form.printers()).containsExactly(
                new SettingsForm.Printer("", SettingsForm.PrinterState.READY),
                new SettingsForm.Printer("Office", SettingsForm.PrinterState.READY),
                new SettingsForm.Printer("Back room", SettingsForm.PrinterState.STOPPED),
                new SettingsForm.Printer("Front desk", SettingsForm.PrinterState.NOT_FOUND));

        form.printersFound(List.of());
        assertThat(form.printers().get(0)).as("no printer at all: no default either")
                .isEqualTo(new SettingsForm.Printer("", SettingsForm.PrinterState.NOT_FOUND));
    }
}
