package org.physiokiosk.ui.keyboard;

/**
 * One key of the on-screen keyboard: a character it types, or what it does, and how many
 * key widths it takes in its row.
 */
public record Key(Kind kind, String text, int width) {

    /** What a key does. */
    public enum Kind { CHARACTER, BACKSPACE, ENTER, SHIFT, CAPS, SPACE, LEFT, RIGHT, LANGUAGE, HIDE }

    public Key {
        if (kind == Kind.CHARACTER && (text == null || text.isEmpty())) {
            throw new IllegalArgumentException("a character key types something");
        }
        if (width < 1) {
            throw new IllegalArgumentException("width " + width);
        }
    }

    static Key character(String text) {
        return new Key(Kind.CHARACTER, text, 1);
    }

    static Key action(Kind kind, int width) {
        return new Key(kind, "", width);
    }

    /**
     * The key's lasting name, whatever shift or caps show on it: the character it types unshifted
     * ("a", "й", "é"), or what it does ("backspace", "language").
     */
    public String id() {
        return kind == Kind.CHARACTER ? text : kind.name().toLowerCase(java.util.Locale.ROOT);
    }
}
