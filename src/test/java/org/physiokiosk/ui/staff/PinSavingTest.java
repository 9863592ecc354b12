package org.physiokiosk.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.MalformedInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/** Choosing a new staff PIN when the settings file cannot take it. */
class PinSavingTest {

    private final Executor direct = Runnable::run;
    private final List<String> shown = new ArrayList<>();
    private final PinSaving.View keypad = new PinSaving.View() {
        @Override
        public void saved() {
            shown.add("saved");
        }

        @Override
        public void notSaved(String why) {
            shown.add("not saved: " + why);
        }
    };

    @Test
    void aPinThatCannotBeSavedIsToldOnTheKeypadAndLoggedWithItsStackTrace() {
        // What the settings writer threw for a kiosk.properties with a non-UTF-8 byte in it.
        MalformedInputException bad = new MalformedInputException(1);
        char[] pin = "2468".toCharArray();
        try (LogCapture log = new LogCapture()) {
            new PinSaving(p -> {
                throw bad;
            }, new StaffWork(direct, direct)).save(pin, keypad);
            assertThat(shown).singleElement().asString().startsWith("not saved: ").contains("not UTF-8")
                    .doesNotContain("Exception");
            assertThat(log.warnings()).singleElement().satisfies(r -> {
                assertThat(r.getMessage()).contains("staff PIN");
                assertThat(r.getThrown()).isSameAs(bad);
            });
        }
        assertThat(pin).containsOnly('\0');
    }

    @Test
    void aSavedPinIsToldAndWiped() {
        char[] pin = "2468".toCharArray();
        List<String> stored = new ArrayList<>();
        new PinSaving(p -> stored.add(new String(p)), new StaffWork(direct, direct)).save(pin, keypad);
        assertThat(stored).containsExactly("2468");
        assertThat(shown).containsExactly("saved");
        assertThat(pin).containsOnly('\0');
    }
}
