package org.physiokiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class TextsTest {

    private final Texts texts = new Texts(Locale.ENGLISH);

    @Test
    void placeholdersAreFilledIn() {
        assertThat(texts.get("attract.slideOf", 3, 25)).isEqualTo("Slide 3 of 25");
        assertThat(texts.get("stillThere.countdown", 7)).isEqualTo("Starting again in 7 seconds");
        assertThat(texts.get("status.savedUsbDetail", "home-care-plan-2026-11-29-1015.pdf"))
                .startsWith("File: home-care-plan-2026-11-29-1015.pdf.");
    }

    @Test
    void eachLanguageHasItsOwnWordsWhateverTheComputersLanguage() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(new Texts(Locale.ENGLISH).get("attract.touchHint")).isEqualTo("Touch the screen to start");
            assertThat(new Texts(Locale.forLanguageTag("es")).get("attract.touchHint"))
                    .isEqualTo("Toca la pantalla para empezar");
            Locale.setDefault(Locale.forLanguageTag("uk-UA"));
            assertThat(new Texts(Locale.ENGLISH).get("dose.HOLD")).isEqualTo("Hold:");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aMissingKeyShowsTheKeyInsteadOfFailing() {
        assertThat(texts.get("no.such.key")).isEqualTo("no.such.key");
    }

    @Test
    void everyTextWithoutPlaceholdersComesOutAsWrittenWithItsApostrophes() {
        java.util.ResourceBundle bundle = java.util.ResourceBundle.getBundle("org.physiokiosk.ui.messages",
                Locale.ENGLISH);
        for (String key : bundle.keySet()) {
            String raw = bundle.getString(key);
            if (!raw.contains("{")) {
                assertThat(texts.get(key)).as(key).isEqualTo(raw.replace("''", "'"));
                assertThat(raw.replace("''", "")).as(key + ": write an apostrophe as ''").doesNotContain("'");
            }
        }
    }
}
