package org.physiokiosk.speech;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Predicate;

/** Finds the speech engine this computer has: a look along the PATH, done once at start, off the event thread. */
public final class SpeechEngines {

    /** What staff read when a Linux kiosk has no eSpeak NG. */
    public static final String NO_ESPEAK = "espeak-ng is not installed: apt-get install espeak-ng";

    private SpeechEngines() {
    }

    /** The engine of this computer (its OS and PATH), or a {@link MissingEngine} saying what to install. */
    public static SpeechEngine detect(Executor processes) {
        return detect(System.getProperty("os.name", ""), System.getenv().getOrDefault("PATH", ""),
                System.getenv().getOrDefault("SystemRoot", "C:\\Windows"), Files::isExecutable, processes);
    }

    /**
     * @param executable whether a file is a program that can be run (a test's own answer)
     */
    static SpeechEngine detect(String osName, String path, String systemRoot, Predicate<Path> executable,
                               Executor processes) {
        boolean windows = osName.toLowerCase(Locale.ROOT).startsWith("windows");
        if (windows) {
            Optional<Path> ps = onPath("powershell.exe", path, executable);
            if (ps.isEmpty()) {
                Path usual = Path.of(systemRoot, "System32", "WindowsPowerShell", "v1.0", "powershell.exe");
                ps = executable.test(usual) ? Optional.of(usual) : Optional.empty();
            }
            return ps.<SpeechEngine>map(p -> new WindowsSpeechEngine(p, processes))
                    .orElseGet(() -> new MissingEngine("powershell.exe was not found: Windows speech needs it"));
        }
        return onPath("espeak-ng", path, executable).<SpeechEngine>map(p -> new EspeakEngine(p, processes))
                .orElseGet(() -> new MissingEngine(NO_ESPEAK));
    }

    /** The first {@code program} in the PATH's folders that can be run. */
    static Optional<Path> onPath(String program, String path, Predicate<Path> executable) {
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isBlank()) {
                continue;
            }
            try {
                Path candidate = Path.of(dir.strip(), program);
                if (executable.test(candidate)) {
                    return Optional.of(candidate);
                }
            } catch (java.nio.file.InvalidPathException ignored) {
                // a malformed PATH entry: skip it
            }
        }
        return Optional.empty();
    }
}
