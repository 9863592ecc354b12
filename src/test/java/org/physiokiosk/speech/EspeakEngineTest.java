package org.physiokiosk.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The command lines the engines run: the text is never in them, the voice follows the language. */
class EspeakEngineTest {

    private final EspeakEngine espeak = new EspeakEngine(Path.of("/usr/bin/espeak-ng"), Runnable::run);

    @Test
    void eachKioskLanguageHasItsOwnVoiceAndTheTextComesOnStandardInput() {
        assertThat(List.of("en", "es", "fr", "de", "uk").stream()
                .map(l -> EspeakEngine.voice(Locale.forLanguageTag(l))).toList())
                .containsExactly("en-gb", "es", "fr-fr", "de", "uk");
        assertThat(espeak.command(Locale.forLanguageTag("uk"), 70, 150)).containsExactly("/usr/bin/espeak-ng",
                "-v", "uk", "-a", "70", "-s", "150", "-b", "1", "--stdin");
    }

    @Test
    void volumeAndSpeedStayWithinWhatTheEngineTakes() {
        assertThat(espeak.command(Locale.ENGLISH, 250, 20)).containsSequence("-a", "100", "-s", "80");
        assertThat(espeak.command(Locale.ENGLISH, -5, 900)).containsSequence("-a", "0", "-s", "450");
    }

    @Test
    void aWavFileIsWrittenWithTheSameArgumentsPlusItsName() {
        List<String> speak = espeak.command(Locale.GERMAN, 100, 150);
        List<String> wav = espeak.arguments(Locale.GERMAN, 100, 150, Path.of("/tmp/x.wav"));
        assertThat(wav).containsSequence("-w", "/tmp/x.wav");
        assertThat(wav).containsAll(speak);
    }

    @Test
    void windowsGetsAFixedScriptWithNumbersAndACultureOnly() {
        WindowsSpeechEngine win = new WindowsSpeechEngine(Path.of("C:/ps.exe"), Runnable::run);
        List<String> command = win.command(Locale.forLanguageTag("fr"), 80, 150);
        assertThat(command.subList(0, 4)).containsExactly("C:/ps.exe", "-NoProfile", "-NonInteractive",
                "-EncodedCommand");
        String script = new String(Base64.getDecoder().decode(command.get(4)), StandardCharsets.UTF_16LE);
        assertThat(script).isEqualTo(WindowsSpeechEngine.script(Locale.FRENCH, 80, 150))
                .contains("[Console]::In.ReadToEnd()", "'fr-FR'", "$s.Volume = 80", "$s.Rate = -2");
        assertThat(WindowsSpeechEngine.windowsRate(180)).isZero();
        assertThat(WindowsSpeechEngine.windowsRate(80)).isEqualTo(-8);
        assertThat(WindowsSpeechEngine.windowsRate(999)).isEqualTo(10);
    }
}
