package org.physiokiosk.ui.keyboard;

import java.util.List;
import java.util.Locale;

/**
 * The on-screen keyboard's rules, without a display: which layout, shift (for one character)
 * and caps, what each key does to the focused field, and when the keyboard shows itself.
 * It shows itself when a text field gets focus, unless a real keyboard has been used since
 * staff mode opened; a real key press hides it again. Asked for with the "Keyboard" button, it
 * stays until its own "Hide" key. A touch elsewhere (a button, a list) leaves it where it is:
 * hiding it then would move the screen under the finger between press and release.
 */
public final class KeyboardPresenter {

    /** The screen: shows or hides the keys, and draws them again when their labels change. */
    public interface View {
        void shownChanged(boolean shown);

        void keysChanged();
    }

    /** The focused text field, as the keys change it. */
    public interface Target {
        /** Types {@code text} at the caret, over the selection. */
        void insert(String text);

        /** Deletes the selection, or the character before the caret. */
        void backspace();

        /** A new line in a text area; "done, next field" in a one-line field. */
        void enter();

        void left();

        void right();
    }

    private final List<KeyboardLayouts.Layout> layouts;
    private final View view;
    private int layout;
    private boolean shift;
    private boolean caps;
    private boolean shown;
    /** Shown with the "Keyboard" button: a real keyboard or a click elsewhere does not hide it. */
    private boolean asked;
    private boolean hardwareSeen;

    /** Starts with the layout of {@code language} when there is one, English otherwise. */
    public KeyboardPresenter(List<KeyboardLayouts.Layout> layouts, Locale language, View view) {
        if (layouts.isEmpty()) {
            throw new IllegalArgumentException("no layouts");
        }
        this.layouts = List.copyOf(layouts);
        this.view = view;
        for (int i = 0; i < layouts.size(); i++) {
            if (layouts.get(i).language().getLanguage().equals(language.getLanguage())) {
                layout = i;
            }
        }
    }

    public KeyboardLayouts.Layout layout() {
        return layouts.get(layout);
    }

    public boolean shown() {
        return shown;
    }

    public boolean shift() {
        return shift;
    }

    public boolean caps() {
        return caps;
    }

    /** True once a key of a real keyboard was pressed. */
    public boolean hardwareKeyboardSeen() {
        return hardwareSeen;
    }

    /**
     * What a character key shows and types now: upper case with shift or caps (not both). A
     * letter with no single upper-case letter (ß) stays as it is.
     */
    public String typed(Key key) {
        if (key.kind() != Key.Kind.CHARACTER || shift == caps) {
            return key.text();
        }
        String upper = key.text().toUpperCase(layout().language());
        return upper.codePointCount(0, upper.length()) == key.text().codePointCount(0, key.text().length())
                ? upper : key.text();
    }

    /** The words on a character key or the language key ("Українська"); empty for the other keys. */
    public String label(Key key) {
        return switch (key.kind()) {
            case CHARACTER -> typed(key);
            case LANGUAGE -> layout().name();
            default -> "";
        };
    }

    /** A key was pressed; {@code target} is the focused text field, or null when none has focus. */
    public void press(Key key, Target target) {
        switch (key.kind()) {
            case CHARACTER -> type(typed(key), target);
            case SPACE -> type(" ", target);
            case BACKSPACE -> {
                if (target != null) {
                    target.backspace();
                }
            }
            case ENTER -> {
                if (target != null) {
                    target.enter();
                }
            }
            case LEFT -> {
                if (target != null) {
                    target.left();
                }
            }
            case RIGHT -> {
                if (target != null) {
                    target.right();
                }
            }
            case SHIFT -> {
                shift = !shift;
                view.keysChanged();
            }
            case CAPS -> {
                caps = !caps;
                shift = false;
                view.keysChanged();
            }
            case LANGUAGE -> {
                layout = (layout + 1) % layouts.size();
                shift = false;
                view.keysChanged();
            }
            case HIDE -> hideAsked();
        }
    }

    private void type(String text, Target target) {
        if (target == null) {
            return;
        }
        target.insert(text);
        if (shift) {
            shift = false; // for one character only
            view.keysChanged();
        }
    }

    /** A text field got focus: the keyboard shows itself unless a real one is in use. */
    public void fieldFocused() {
        if (!hardwareSeen) {
            setShown(true);
        }
    }

    /** A key of a real keyboard was pressed: from now on the keyboard waits to be asked for. */
    public void hardwareKey() {
        hardwareSeen = true;
        if (!asked) {
            setShown(false);
        }
    }

    /** The "Keyboard" button: shows it, whatever keyboard was used, until its "Hide" key. */
    public void showAsked() {
        asked = true;
        setShown(true);
    }

    /** The "Hide" key. */
    public void hideAsked() {
        asked = false;
        if (shift) {
            shift = false;
            view.keysChanged();
        }
        setShown(false);
    }

    private void setShown(boolean show) {
        if (show != shown) {
            shown = show;
            view.shownChanged(show);
        }
    }
}
