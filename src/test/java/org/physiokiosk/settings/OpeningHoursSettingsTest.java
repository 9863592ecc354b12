package org.physiokiosk.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.schedule.OpeningHours;
import org.physiokiosk.schedule.ScheduleText;

/** The opening hours in kiosk.properties: read, checked, written back, and open all day unless set. */
class OpeningHoursSettingsTest {

    @TempDir
    Path dir;

    private LoadedSettings load(String text) throws IOException {
        Path file = dir.resolve("kiosk.properties");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return SettingsLoader.load(file);
    }

    @Test
    void aKioskWhoseHoursWereNeverSetIsAlwaysOpen() throws IOException {
        LoadedSettings loaded = load("clinic.name = Test\nclinic.hours.monday =\n");
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.settings().openingHours()).isEqualTo(OpeningHours.ALWAYS_OPEN);
        assertThat(loaded.settings().written(Settings.HOURS_MONDAY)).isEqualTo("all day");
    }

    @Test
    void hoursClosedDaysAndClosedDatesAreRead() throws Exception {
        LoadedSettings loaded = load("clinic.hours.monday = 08:00-12:00, 14:00-18:00\n"
                + "clinic.hours.sunday = Closed\n"
                + "clinic.closed.dates = 2026-12-24..2026-12-26, 2027-01-01\n");
        assertThat(loaded.problems()).isEmpty();
        OpeningHours h = loaded.settings().openingHours();
        assertThat(h.hoursOn(DayOfWeek.MONDAY)).isEqualTo(ScheduleText.hours("08:00-12:00, 14:00-18:00"));
        assertThat(h.hoursOn(DayOfWeek.SUNDAY)).isEmpty();
        assertThat(h.hoursOn(DayOfWeek.TUESDAY)).isEqualTo(ScheduleText.hours("00:00-24:00"));
        assertThat(h.isOpenAt(LocalDateTime.of(2026, 12, 25, 10, 0))).isFalse();
        assertThat(h.isOpenAt(LocalDateTime.of(2026, 12, 28, 10, 0))).isTrue(); // a Monday
        assertThat(h.isOpenAt(LocalDateTime.of(2026, 12, 28, 13, 0))).isFalse();
        assertThat(h.isClosedDate(LocalDate.of(2027, 1, 1))).isTrue();
        KioskSettings s = loaded.settings();
        assertThat(s.written(Settings.HOURS_MONDAY)).isEqualTo("08:00-12:00, 14:00-18:00");
        assertThat(s.written(Settings.HOURS_SUNDAY)).isEqualTo("closed");
        assertThat(s.written(Settings.CLOSED_DATES)).isEqualTo("2026-12-24..2026-12-26, 2027-01-01");
    }

    @Test
    void aWrongValueIsReportedOnItsLineAndThatDayStaysOpenAllDay() throws IOException {
        LoadedSettings loaded = load("clinic.name = Test\nclinic.hours.friday = 18:00-08:00\n"
                + "clinic.closed.dates = 24/12/2026\n");
        assertThat(loaded.problems()).hasSize(2);
        SettingsProblem friday = loaded.problems().get(0);
        assertThat(friday.line()).isEqualTo(2);
        assertThat(friday.key()).isEqualTo("clinic.hours.friday");
        assertThat(friday.message()).contains("ends before it starts").contains("using the default all day");
        assertThat(loaded.problems().get(1).message()).contains("\"24/12/2026\"");
        assertThat(loaded.settings().openingHours()).isEqualTo(OpeningHours.ALWAYS_OPEN);
    }

    @Test
    void staffTypingIsCheckedWithTheSameWords() {
        Map<String, String> problems = SettingsLoader.check(dir.resolve("kiosk.properties"),
                Map.of("clinic.hours.monday", "8 till 6", "clinic.hours.tuesday", "09:00-17:00"));
        assertThat(problems).containsOnlyKeys("clinic.hours.monday");
        assertThat(problems.get("clinic.hours.monday")).contains("08:00-12:00, 14:00-18:00")
                .contains("\"8 till 6\"");
    }
}
