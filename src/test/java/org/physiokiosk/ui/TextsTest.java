package org.physiokiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class TextsTest {

    private final Texts texts = new Texts(Locale.ENGLISH);

    @Test
    void apostrophesAndPlaceholdersComeOutAsWritten() {
        assertThat(texts.get("start.lead")).isEqualTo("Let's find home-care ideas for your upper back.");
        assertThat(texts.get("attract.slideOf", 3, 25)).isEqualTo("Slide 3 of 25");
    }

    @Test
    void aMissingKeyShowsTheKeyInsteadOfFailing() {
        assertThat(texts.get("no.such.key")).isEqualTo("no.such.key");
    }
}
