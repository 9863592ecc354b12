package org.physiokiosk.ui.journey;

import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.physiokiosk.speech.MissingEngine;
import org.physiokiosk.speech.SpeechEngine;
import org.physiokiosk.speech.Utterance;
import org.physiokiosk.ui.Texts;

/**
 * Reading aloud for the journey, without Swing: one item at a time (the plan, a card, a tile);
 * starting another stops the one being read; the screens are told when reading starts and ends.
 * Made once per kiosk window and shared by its journeys (a new visit starts silent).
 */
public final class ReadAloud {

    private final SpeechEngine engine;
    private final int volume;
    private final int rate;
    private final Function<Locale, Texts> words;
    private final Executor ui;
    private Utterance current;
    private String reading;
    private Runnable changed = () -> { };

    /**
     * @param engine the computer's speech engine (it may be missing: then nothing is offered)
     * @param volume 0 to 100
     * @param rate   words per minute
     * @param words  the screens' words in each language (labels such as "Hold:")
     * @param ui     where the end of a reading is reported: the event thread
     */
    public ReadAloud(SpeechEngine engine, int volume, int rate, Function<Locale, Texts> words, Executor ui) {
        this.engine = engine;
        this.volume = volume;
        this.rate = rate;
        this.words = words;
        this.ui = ui;
    }

    /** Nothing is read aloud: the setting is off (the default). */
    public static ReadAloud off() {
        return new ReadAloud(new MissingEngine("Read aloud is switched off (speech.enabled)"), 0, 150,
                Texts::new, Runnable::run);
    }

    /** True when the buttons are shown: the setting is on and a speech engine is present. */
    public boolean offered() {
        return engine.available().present();
    }

    /** Why nothing is offered, for staff; empty when it is. */
    public String whyNot() {
        return engine.available().reason();
    }

    /** What is being read: "plan", "card:ID" or "tile:ID"; null when silent. */
    public String reading() {
        return reading;
    }

    /** Told (on the event thread) when reading starts or ends, so the buttons say "Read aloud" or "Stop". */
    public void onChange(Runnable changed) {
        this.changed = changed == null ? () -> { } : changed;
    }

    Texts words(Locale language) {
        return words.apply(language);
    }

    /** Reads {@code item}, or stops it when it is the one being read (its button says "Stop"). */
    void toggle(String item, String text, Locale language) {
        if (item.equals(reading)) {
            stop();
        } else {
            read(item, text, language);
        }
    }

    /** Reads {@code item} from its start, stopping whatever was being read. */
    void read(String item, String text, Locale language) {
        if (!offered() || text.isBlank()) {
            return;
        }
        stopQuietly();
        Utterance u = engine.speak(text, language, volume, rate);
        current = u;
        reading = item;
        u.onEnd(() -> ui.execute(() -> {
            if (current == u) {
                current = null;
                reading = null;
                changed.run();
            }
        }));
        changed.run();
    }

    /** Stops reading, if anything is being read. */
    public void stop() {
        if (current != null) {
            stopQuietly();
            changed.run();
        }
    }

    private void stopQuietly() {
        Utterance u = current;
        current = null;
        reading = null;
        if (u != null) {
            u.stop();
        }
    }
}
