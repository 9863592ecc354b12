package org.physiokiosk.speech;

import java.util.Locale;

/** No speech engine on this computer: never speaks, and says what to install. */
public final class MissingEngine implements SpeechEngine {

    private final String reason;

    public MissingEngine(String reason) {
        this.reason = reason;
    }

    @Override
    public Utterance speak(String text, Locale language, int volume, int rate) {
        throw new IllegalStateException("No speech: " + reason);
    }

    @Override
    public Availability available() {
        return Availability.no(reason);
    }

    @Override
    public void stopAll() {
        // nothing ever started
    }
}
