package org.physiokiosk.speech;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * Windows' own speech (System.Speech's SpeechSynthesizer, the voices of Settings > Time & language
 * > Speech) through PowerShell. The script is fixed and passed encoded ({@code -EncodedCommand}),
 * with only numbers and a checked language tag in it; the text arrives on standard input.
 * Not tested on this project's Linux machines beyond the command it builds.
 */
public final class WindowsSpeechEngine extends ProcessEngine {

    /** The Windows culture for each kiosk language (a voice of that culture is chosen if installed). */
    static final Map<String, String> CULTURES = Map.of("en", "en-GB", "es", "es-ES", "fr", "fr-FR", "de", "de-DE",
            "uk", "uk-UA");

    private final Path powershell;

    public WindowsSpeechEngine(Path powershell, Executor processes) {
        super(processes);
        this.powershell = powershell;
    }

    @Override
    public Availability available() {
        return Files.isRegularFile(powershell) ? Availability.yes()
                : Availability.no(powershell + " is missing: Windows speech needs PowerShell");
    }

    @Override
    List<String> command(Locale language, int volume, int rate) {
        return List.of(powershell.toString(), "-NoProfile", "-NonInteractive", "-EncodedCommand",
                Base64.getEncoder().encodeToString(script(language, volume, rate).getBytes(StandardCharsets.UTF_16LE)));
    }

    /** The PowerShell script: reads all of standard input as UTF-8 and speaks it. */
    static String script(Locale language, int volume, int rate) {
        String culture = CULTURES.getOrDefault(language.getLanguage(), "en-GB");
        return "[Console]::InputEncoding = [System.Text.Encoding]::UTF8; "
                + "$text = [Console]::In.ReadToEnd(); "
                + "Add-Type -AssemblyName System.Speech; "
                + "$s = New-Object System.Speech.Synthesis.SpeechSynthesizer; "
                + "try { $s.SelectVoiceByHints([System.Speech.Synthesis.VoiceGender]::NotSet, "
                + "[System.Speech.Synthesis.VoiceAge]::NotSet, 0, "
                + "[System.Globalization.CultureInfo]::GetCultureInfo('" + culture + "')) } catch { }; "
                + "$s.Volume = " + clampVolume(volume) + "; "
                + "$s.Rate = " + windowsRate(rate) + "; "
                + "$s.Speak($text)";
    }

    /** Words per minute to SpeechSynthesizer.Rate (-10 to 10, 0 being about 180 words a minute). */
    static int windowsRate(int wordsPerMinute) {
        return Math.max(-10, Math.min(10, Math.round((wordsPerMinute - 180) / 12f)));
    }
}
