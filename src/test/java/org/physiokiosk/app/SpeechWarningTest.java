package org.physiokiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.settings.KioskSettings;
import org.physiokiosk.settings.Settings;
import org.physiokiosk.settings.SettingsLoader;
import org.physiokiosk.testing.FakeSpeech;
import org.physiokiosk.testing.TestMedia;
import org.physiokiosk.ui.Texts;

/** Staff mode's warnings line says why read aloud cannot speak, in staff's language, only when it is switched on. */
class SpeechWarningTest {

    @TempDir
    Path dir;

    @Test
    void switchedOnWithoutAnEngineStaffAreToldWhatToInstall() throws Exception {
        KioskSettings off = SettingsLoader.load(TestMedia.settingsIn(dir)).settings();
        KioskSettings on = off.with(Settings.SPEECH_ENABLED, true);
        FakeSpeech missing = new FakeSpeech(false);

        assertThat(KioskAssembly.speechWarnings(off, missing, new Texts(Locale.ENGLISH))).as("off: nothing to say")
                .isEmpty();
        assertThat(KioskAssembly.speechWarnings(on, new FakeSpeech(), new Texts(Locale.ENGLISH))).as("it can speak")
                .isEmpty();
        assertThat(KioskAssembly.speechWarnings(on, missing, new Texts(Locale.ENGLISH))).containsExactly(
                "Read aloud is on but cannot speak: espeak-ng is not installed: apt-get install espeak-ng");
        assertThat(KioskAssembly.speechWarnings(on, missing, new Texts(Locale.GERMAN))).singleElement()
                .asString().startsWith("Vorlesen ist eingeschaltet").endsWith("apt-get install espeak-ng");
    }
}
