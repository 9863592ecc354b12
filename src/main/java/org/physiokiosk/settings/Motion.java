package org.physiokiosk.settings;

import java.util.Locale;
import java.util.Optional;

/**
 * How moving drawings play on screen (the {@code motion} setting). Paper is not concerned: a
 * handout always shows the key poses.
 */
public enum Motion {
    /** The drawing moves at a steady frame rate. */
    ON,
    /** Only the start and end positions, alternating slowly, with nothing in between (for people upset by motion). */
    REDUCED,
    /** The still picture, as before drawings moved; no timer runs. */
    OFF;

    /** As written in {@code kiosk.properties}: "on", "reduced", "off". */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The value written {@code text} ("on", "Reduced", " off "), if it is one. */
    public static Optional<Motion> of(String text) {
        for (Motion m : values()) {
            if (m.word().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
