package org.physiokiosk.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.physiokiosk.speech.SpeechEngine;
import org.physiokiosk.speech.Utterance;

/**
 * A speech engine for tests: it speaks nothing, records what it was asked to say and what was
 * stopped; {@link #finish()} ends the current utterance as if the engine had read to the end.
 */
public final class FakeSpeech implements SpeechEngine {

    /** One request to speak. */
    public record Spoken(String text, Locale language, int volume, int rate) {
    }

    private final List<Spoken> spoken = Collections.synchronizedList(new ArrayList<>());
    private final List<String> stopped = Collections.synchronizedList(new ArrayList<>());
    private final List<Utterance> utterances = Collections.synchronizedList(new ArrayList<>());
    private final boolean present;

    /** An engine that is there. */
    public FakeSpeech() {
        this(true);
    }

    /** @param present false: as if espeak-ng were not installed */
    public FakeSpeech(boolean present) {
        this.present = present;
    }

    @Override
    public Utterance speak(String text, Locale language, int volume, int rate) {
        if (!present) {
            throw new IllegalStateException("not present");
        }
        spoken.add(new Spoken(text, language, volume, rate));
        Utterance[] self = new Utterance[1];
        self[0] = new Utterance(() -> {
            stopped.add(text);
            self[0].ended();
        });
        utterances.add(self[0]);
        return self[0];
    }

    @Override
    public Availability available() {
        return present ? Availability.yes() : Availability.no("espeak-ng is not installed: apt-get install espeak-ng");
    }

    @Override
    public void stopAll() {
        List.copyOf(utterances).forEach(Utterance::stop);
    }

    /** Everything asked for, in order. */
    public List<Spoken> spoken() {
        return List.copyOf(spoken);
    }

    /** The texts of the utterances stopped before their end, in order. */
    public List<String> stopped() {
        return List.copyOf(stopped);
    }

    /** The last utterance reads to its end. */
    public void finish() {
        utterances.get(utterances.size() - 1).ended();
    }

    /** True while something is being read (started, not ended). */
    public boolean speaking() {
        return utterances.stream().anyMatch(u -> !u.hasEnded());
    }
}
