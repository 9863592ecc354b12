package org.physiokiosk.ui.keyboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The on-screen keyboard's rules without a display: what each key types, shift and caps, and when it shows. */
class KeyboardPresenterTest {

    /** A text field as a string and a caret; backspace and the arrows as a real field does them. */
    private static final class Field implements KeyboardPresenter.Target {
        final StringBuilder text = new StringBuilder();
        int caret;
        int enters;

        @Override
        public void insert(String s) {
            text.insert(caret, s);
            caret += s.length();
        }

        @Override
        public void backspace() {
            if (caret > 0) {
                text.deleteCharAt(--caret);
            }
        }

        @Override
        public void enter() {
            enters++;
        }

        @Override
        public void left() {
            caret = Math.max(0, caret - 1);
        }

        @Override
        public void right() {
            caret = Math.min(text.length(), caret + 1);
        }
    }

    private final List<String> seen = new ArrayList<>();
    private final KeyboardPresenter.View view = new KeyboardPresenter.View() {
        @Override
        public void shownChanged(boolean shown) {
            seen.add(shown ? "shown" : "hidden");
        }

        @Override
        public void keysChanged() {
            seen.add("keys");
        }
    };
    private final KeyboardPresenter keyboard = new KeyboardPresenter(KeyboardLayouts.all(), Locale.ENGLISH, view);
    private final Field field = new Field();

    private Key key(String id) {
        return keyboard.layout().keys().stream().filter(k -> k.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no key " + id + " in " + keyboard.layout().name()));
    }

    private void press(String... ids) {
        for (String id : ids) {
            keyboard.press(key(id), field);
        }
    }

    @Test
    void lettersDigitsAndPunctuationAreTypedAtTheCaret() {
        press("n", "e", "c", "k", "space", "1", "2", "-", "–", ".", ",", ":", ";", "'", "\"", "(", ")", "/", "@",
                "+", "?", "!");
        assertThat(field.text).hasToString("neck 12-–.,:;'\"()/@+?!");
        press("left", "left", "x", "right", "right", "backspace");
        assertThat(field.text).hasToString("neck 12-–.,:;'\"()/@+x?");
    }

    @Test
    void shiftMakesOneCapitalAndCapsAllOfThem() {
        press("shift");
        assertThat(keyboard.label(key("a"))).isEqualTo("A");
        press("a", "b");
        assertThat(keyboard.shift()).isFalse();
        press("caps", "c", "d", "shift", "e", "f");
        assertThat(field.text).hasToString("AbCDeF");
        press("caps");
        press("g");
        assertThat(field.text).hasToString("AbCDeFg");
        assertThat(seen).contains("keys");
    }

    @Test
    void theLanguageKeyGoesThroughTheFiveLayoutsEachNamedInItsOwnLanguage() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            names.add(keyboard.label(key("language")));
            press("language");
        }
        assertThat(names).containsExactly("English", "Español", "Français", "Deutsch", "Українська", "English");
    }

    @Test
    void eachLanguageHasItsAccentedLettersAndUkrainianAFullLayout() {
        var layouts = KeyboardLayouts.all();
        assertThat(ids(layouts.get(1))).contains("á", "é", "í", "ó", "ú", "ñ", "ü", "¿", "¡");
        assertThat(ids(layouts.get(2))).contains("à", "â", "ç", "è", "é", "ê", "ë", "î", "ï", "ô", "œ", "ù", "û", "ÿ");
        assertThat(ids(layouts.get(3))).contains("ä", "ö", "ü", "ß");
        assertThat(ids(layouts.get(4))).contains("й", "ц", "у", "к", "е", "н", "г", "ш", "щ", "з", "х", "ї", "ф", "і",
                "в", "а", "п", "р", "о", "л", "д", "ж", "є", "я", "ч", "с", "м", "и", "т", "ь", "б", "ю", "ґ", "'");
        for (var layout : layouts) {
            assertThat(ids(layout)).as(layout.name()).doesNotHaveDuplicates()
                    .contains("1", "0", "-", "–", ".", ",", ":", ";", "'", "\"", "(", ")", "/", "@", "+", "?", "!",
                            "shift", "caps", "backspace", "enter", "space", "left", "right", "language", "hide");
            for (var row : layout.rows()) {
                assertThat(row.stream().mapToInt(Key::width).sum()).as(layout.name() + " row width").isLessThanOrEqualTo(24);
            }
        }
    }

    private static List<String> ids(KeyboardLayouts.Layout layout) {
        return layout.keys().stream().map(Key::id).toList();
    }

    @Test
    void ukrainianCapitalsAndAccentsTypeAsTheyShow() {
        press("language", "shift", "ñ", "á");
        press("language", "language", "language", "shift", "ї", "ж", "ґ", "'");
        assertThat(field.text).hasToString("Ñá" + "Їжґ'");
        assertThat(keyboard.layout().language()).isEqualTo(Locale.forLanguageTag("uk"));
    }

    @Test
    void sharpSStaysSharpSWithShift() {
        press("language", "language", "language", "shift", "ß", "shift", "ä");
        assertThat(field.text).hasToString("ßÄ");
    }

    @Test
    void withNoFocusedFieldTheKeysTypeNothing() {
        keyboard.press(key("a"), null);
        keyboard.press(key("backspace"), null);
        keyboard.press(key("enter"), null);
        assertThat(field.text).isEmpty();
    }

    @Test
    void keysAreAtLeastFifteenMillimetresOnA24InchFullHdScreen() {
        // 1080p: the kiosk's scale is 1.5 (KioskApp.uiScale); a 24" 1920x1080 screen has about 92 dpi.
        double millimetres = Math.round(OnScreenKeyboard.KEY * 1.5) / 92.0 * 25.4;
        assertThat(millimetres).isGreaterThanOrEqualTo(15);
        // The widest row fits the smallest supported screen (1280 wide, scale 1) beside staff mode's margins.
        for (var layout : KeyboardLayouts.all()) {
            for (var row : layout.rows()) {
                int units = row.stream().mapToInt(Key::width).sum();
                int width = units * OnScreenKeyboard.KEY_WIDTH + (units - 1) * OnScreenKeyboard.GAP;
                assertThat(width).as(layout.name()).isLessThanOrEqualTo(1280 - 64);
            }
        }
    }

    @Test
    void enterIsTheFieldsOwn() {
        press("enter");
        assertThat(field.enters).isEqualTo(1);
    }

    @Test
    void itShowsItselfOnAFieldUntilARealKeyboardIsUsed() {
        assertThat(keyboard.shown()).isFalse();
        keyboard.fieldFocused();
        assertThat(keyboard.shown()).isTrue();
        keyboard.fieldFocused();
        keyboard.hardwareKey();
        assertThat(keyboard.shown()).as("a real key was pressed").isFalse();
        keyboard.fieldFocused();
        assertThat(keyboard.shown()).as("it waits to be asked now").isFalse();
        assertThat(seen).containsExactly("shown", "hidden");
    }

    @Test
    void askedForItStaysUntilItsHideKey() {
        keyboard.hardwareKey();
        keyboard.showAsked();
        assertThat(keyboard.shown()).isTrue();
        keyboard.hardwareKey();
        assertThat(keyboard.shown()).isTrue();
        press("hide");
        assertThat(keyboard.shown()).isFalse();
        keyboard.fieldFocused();
        assertThat(keyboard.shown()).isFalse();
    }

    @Test
    void itStartsInTheKiosksLanguageWhenItHasALayout() {
        assertThat(new KeyboardPresenter(KeyboardLayouts.all(), Locale.forLanguageTag("uk-UA"), view).layout().name())
                .isEqualTo("Українська");
        assertThat(new KeyboardPresenter(KeyboardLayouts.all(), Locale.ITALIAN, view).layout().name())
                .isEqualTo("English");
    }

    @Test
    void everyActionKeyHasItsWordsAndItsSpokenNameInEveryLanguageOfTheKiosk() {
        for (String tag : List.of("en", "es", "fr", "de", "uk")) {
            var texts = new org.physiokiosk.ui.Texts(Locale.forLanguageTag(tag));
            List<String> keys = new ArrayList<>(List.of("staff.keyboard.show", "keyboard.name", "keyboard.languageName"));
            for (Key.Kind kind : Key.Kind.values()) {
                if (kind != Key.Kind.CHARACTER && kind != Key.Kind.LANGUAGE) {
                    String id = Key.action(kind, 1).id();
                    keys.add("keyboard." + id);
                    keys.add("keyboard." + id + "Name");
                }
            }
            for (String key : keys) {
                assertThat(texts.get(key, "x")).as(tag + ": " + key).isNotEqualTo(key).isNotBlank();
            }
        }
    }
}
