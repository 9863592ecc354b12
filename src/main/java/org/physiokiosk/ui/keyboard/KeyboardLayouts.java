package org.physiokiosk.ui.keyboard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The on-screen keyboard's layouts, one per language of the kiosk, each with its own letters
 * and a row of that language's accented letters; digits, punctuation and the action keys are
 * the same in all of them, in the same places.
 */
public final class KeyboardLayouts {

    /** A layout: its language, its name in that language, and its rows of keys, top to bottom. */
    public record Layout(Locale language, String name, List<List<Key>> rows) {
        public Layout {
            rows = rows.stream().map(List::copyOf).toList();
        }

        /** Every key, row by row. */
        public List<Key> keys() {
            return rows.stream().flatMap(List::stream).toList();
        }
    }

    private KeyboardLayouts() {
    }

    /** English, Spanish, French, German and Ukrainian, in the order the language key goes through them. */
    public static List<Layout> all() {
        return List.of(
                layout("en", "English", "& % € £ # * = _",
                        "q w e r t y u i o p", "a s d f g h j k l", "z x c v b n m"),
                layout("es", "Español", "á é í ó ú ü ¿ ¡ « »",
                        "q w e r t y u i o p", "a s d f g h j k l ñ", "z x c v b n m"),
                layout("fr", "Français", "à â ç è é ê ë î ï ô œ ù û ü ÿ « »",
                        "a z e r t y u i o p", "q s d f g h j k l m", "w x c v b n"),
                layout("de", "Deutsch", "ß é „ “ « » € &",
                        "q w e r t z u i o p ü", "a s d f g h j k l ö ä", "y x c v b n m"),
                layout("uk", "Українська", "ʼ « » № € „ “",
                        "й ц у к е н г ш щ з х ї", "ф і в а п р о л д ж є", "я ч с м и т ь б ю ґ"));
    }

    /**
     * Rows: the language's extra letters; digits and dashes with backspace; three rows of
     * letters (enter after the second, shift before the third, as on a real keyboard); and a
     * bottom row with caps, the language, space, punctuation, the arrows and "hide".
     */
    private static Layout layout(String tag, String name, String extras, String top, String middle, String bottom) {
        List<List<Key>> rows = new ArrayList<>();
        rows.add(characters(extras));
        List<Key> digits = characters("1 2 3 4 5 6 7 8 9 0 - –");
        digits.add(Key.action(Key.Kind.BACKSPACE, 2));
        rows.add(digits);
        rows.add(characters(top));
        List<Key> second = characters(middle);
        second.add(Key.action(Key.Kind.ENTER, 2));
        rows.add(second);
        List<Key> third = new ArrayList<>();
        third.add(Key.action(Key.Kind.SHIFT, 2));
        third.addAll(characters(bottom));
        third.addAll(characters(", . ? !"));
        rows.add(third);
        List<Key> last = new ArrayList<>();
        last.add(Key.action(Key.Kind.CAPS, 2));
        last.add(Key.action(Key.Kind.LANGUAGE, 3));
        last.addAll(characters(": ; ' \" ("));
        last.add(Key.action(Key.Kind.SPACE, 5));
        last.addAll(characters(") / @ +"));
        last.add(Key.action(Key.Kind.LEFT, 1));
        last.add(Key.action(Key.Kind.RIGHT, 1));
        last.add(Key.action(Key.Kind.HIDE, 2));
        rows.add(last);
        return new Layout(Locale.forLanguageTag(tag), name, rows);
    }

    private static List<Key> characters(String spaced) {
        return new ArrayList<>(Arrays.stream(spaced.split(" ")).map(Key::character).toList());
    }
}
