package org.physiokiosk.content;

import java.util.ArrayList;
import java.util.List;

/**
 * How much of a technique to do, as the article words it. Each part is free text
 * ("5 seconds", "10–15 times") so that staff and translators keep the article's own
 * phrasing; an empty part is simply not shown.
 */
public record Dose(String hold, String repeat, String howOften, String howLong) {

    /** The parts of a dose, in the order a patient reads them. */
    public enum Part { HOLD, REPEAT, HOW_OFTEN, HOW_LONG }

    /** One non-empty part of the dose. */
    public record Line(Part part, String text) {
    }

    public static final Dose NONE = new Dose("", "", "", "");

    public Dose {
        hold = hold == null ? "" : hold.strip();
        repeat = repeat == null ? "" : repeat.strip();
        howOften = howOften == null ? "" : howOften.strip();
        howLong = howLong == null ? "" : howLong.strip();
    }

    public boolean isEmpty() {
        return lines().isEmpty();
    }

    public List<Line> lines() {
        List<Line> lines = new ArrayList<>(4);
        add(lines, Part.HOLD, hold);
        add(lines, Part.REPEAT, repeat);
        add(lines, Part.HOW_OFTEN, howOften);
        add(lines, Part.HOW_LONG, howLong);
        return List.copyOf(lines);
    }

    private static void add(List<Line> lines, Part part, String text) {
        if (!text.isEmpty()) {
            lines.add(new Line(part, text));
        }
    }
}
