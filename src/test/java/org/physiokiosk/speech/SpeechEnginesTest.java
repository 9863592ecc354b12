package org.physiokiosk.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which engine a computer has, found along its PATH; and what staff read when there is none. */
class SpeechEnginesTest {

    private static final String PATH = String.join(File.pathSeparator, "/usr/local/bin", "", "/usr/bin", "/bin");

    @Test
    void linuxWithEspeakOnThePathGetsEspeakFromTheFirstFolderThatHasIt() {
        Set<Path> programs = Set.of(Path.of("/usr/bin/espeak-ng"), Path.of("/bin/espeak-ng"));
        SpeechEngine e = SpeechEngines.detect("Linux", PATH, "C:\\Windows", programs::contains, Runnable::run);
        assertThat(e).isInstanceOf(EspeakEngine.class);
        assertThat(((EspeakEngine) e).arguments(java.util.Locale.ENGLISH, 100, 150, null).get(0))
                .isEqualTo("/usr/bin/espeak-ng");
    }

    @Test
    void linuxWithoutEspeakSaysWhatToInstall() {
        SpeechEngine e = SpeechEngines.detect("Linux", PATH, "C:\\Windows", p -> false, Runnable::run);
        assertThat(e.available().present()).isFalse();
        assertThat(e.available().reason()).isEqualTo("espeak-ng is not installed: apt-get install espeak-ng");
    }

    @Test
    void windowsUsesPowerShellFromThePathOrItsUsualPlace() {
        Path usual = Path.of("C:\\Windows", "System32", "WindowsPowerShell", "v1.0", "powershell.exe");
        SpeechEngine e = SpeechEngines.detect("Windows 11", PATH, "C:\\Windows", usual::equals, Runnable::run);
        assertThat(e).isInstanceOf(WindowsSpeechEngine.class);
        SpeechEngine none = SpeechEngines.detect("Windows 10", PATH, "C:\\Windows", p -> false, Runnable::run);
        assertThat(none.available().reason()).contains("powershell.exe");
    }

    @Test
    void thisMachinesAnswerIsAnEngineOrAReason() {
        SpeechEngine e = SpeechEngines.detect(Runnable::run);
        assertThat(e.available().present() || !e.available().reason().isBlank()).isTrue();
    }
}
