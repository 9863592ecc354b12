package org.physiokiosk.speech;

import java.util.Locale;

/**
 * The computer's own text-to-speech, behind a small interface: eSpeak NG on Linux
 * ({@link EspeakEngine}), the Windows speech API through PowerShell ({@link WindowsSpeechEngine}).
 * Text is never put in a shell command: it goes to the engine's standard input.
 */
public interface SpeechEngine {

    /** Loudness, 0 (silent) to 100 (the engine's full, undistorted volume). */
    int MIN_VOLUME = 0;
    int MAX_VOLUME = 100;

    /**
     * Starts reading {@code text} aloud in {@code language} and returns at once; the speech runs
     * in its own process until it ends or {@link Utterance#stop()} is called.
     *
     * @param volume 0 to 100
     * @param rate   words per minute
     * @throws IllegalStateException when {@link #available()} says no
     */
    Utterance speak(String text, Locale language, int volume, int rate);

    /** Whether this engine can speak here, and if not, why (in words staff can act on). */
    Availability available();

    /** Stops every utterance still running (the kiosk is closing). */
    void stopAll();

    /**
     * Can the engine speak, and why not.
     *
     * @param reason empty when it can; else what is missing and how to get it
     */
    record Availability(boolean present, String reason) {
        public static Availability yes() {
            return new Availability(true, "");
        }

        public static Availability no(String reason) {
            return new Availability(false, reason);
        }
    }
}
