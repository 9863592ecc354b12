package org.physiokiosk.ui.staff;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Staff mode's A+ control: how large the text of the whole back office is (1, then 1.3 times,
 * then back to 1), for this staff visit only: leaving staff mode puts it back to 1. It never
 * touches the patients' A+ (theirs is per visit, in the journey) nor the theme's scale.
 * {@link LargerText} applies the level to the components.
 */
final class LargerTextPresenter {

    /** The levels A+ steps through, the first the normal size. */
    static final List<Float> LEVELS = List.of(1f, 1.3f);

    private final List<Consumer<Float>> listeners = new ArrayList<>();
    private int index;

    /** The text size now, times the normal size. */
    float level() {
        return LEVELS.get(index);
    }

    /** True while the text is larger than normal (the A+ button shows it is on). */
    boolean larger() {
        return index > 0;
    }

    /** A+ pressed: the next level, after the largest back to normal. */
    void next() {
        set((index + 1) % LEVELS.size());
    }

    /** Staff mode left: normal text for whoever opens it next. */
    void reset() {
        set(0);
    }

    /**
     * {@code changed} gets the new level each time it changes, until the returned action is run
     * (a back office closed stops listening; the keypad listens for good).
     */
    Runnable onChange(Consumer<Float> changed) {
        listeners.add(changed);
        return () -> listeners.remove(changed);
    }

    private void set(int i) {
        if (i == index) {
            return;
        }
        index = i;
        float level = level();
        List.copyOf(listeners).forEach(l -> l.accept(level));
    }
}
