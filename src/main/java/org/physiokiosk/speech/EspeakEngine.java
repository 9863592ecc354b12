package org.physiokiosk.speech;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * eSpeak NG ({@code espeak-ng}, Debian package {@code espeak-ng}): a voice for each of the kiosk's
 * five languages, the text read from standard input.
 */
public final class EspeakEngine extends ProcessEngine {

    /** The kiosk's languages and the eSpeak NG voice for each ({@code espeak-ng --voices}). */
    static final Map<String, String> VOICES = Map.of("en", "en-gb", "es", "es", "fr", "fr-fr", "de", "de",
            "uk", "uk");
    /** eSpeak NG's own limits for words per minute. */
    static final int SLOWEST = 80;
    static final int FASTEST = 450;

    private final Path program;

    /**
     * @param program   the espeak-ng executable
     * @param processes where processes are started and stopped: one job at a time, in order
     */
    public EspeakEngine(Path program, Executor processes) {
        super(processes);
        this.program = program;
    }

    @Override
    public Availability available() {
        return Files.isExecutable(program) ? Availability.yes()
                : Availability.no(program + " is missing: apt-get install espeak-ng");
    }

    @Override
    List<String> command(Locale language, int volume, int rate) {
        return arguments(language, volume, rate, null);
    }

    /**
     * The whole command line: voice, amplitude ({@code -a}, 100 is eSpeak's normal loudness), speed
     * ({@code -s}), UTF-8 text read at once from standard input; with {@code wav}, written to that
     * file ({@code -w}) instead of the speakers.
     */
    List<String> arguments(Locale language, int volume, int rate, Path wav) {
        List<String> args = new ArrayList<>(List.of(program.toString(), "-v", voice(language),
                "-a", Integer.toString(clampVolume(volume)),
                "-s", Integer.toString(Math.max(SLOWEST, Math.min(FASTEST, rate))),
                "-b", "1"));
        if (wav != null) {
            args.add("-w");
            args.add(wav.toString());
        }
        args.add("--stdin");
        return List.copyOf(args);
    }

    static String voice(Locale language) {
        return VOICES.getOrDefault(language.getLanguage(), "en-gb");
    }

    /**
     * Writes {@code text} read aloud to a WAV file, with the same arguments as speaking (the
     * tests listen this way: there is no sound card). Blocks until done, at most a minute.
     */
    public void writeWav(String text, Locale language, int volume, int rate, Path wav)
            throws IOException, InterruptedException {
        Process p = new ProcessBuilder(arguments(language, volume, rate, wav))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectErrorStream(true).start();
        try (OutputStream in = p.getOutputStream()) {
            in.write(text.getBytes(StandardCharsets.UTF_8));
        }
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("espeak-ng took over a minute to write " + wav);
        }
        if (p.exitValue() != 0) {
            throw new IOException("espeak-ng ended with " + p.exitValue() + " writing " + wav);
        }
    }
}
