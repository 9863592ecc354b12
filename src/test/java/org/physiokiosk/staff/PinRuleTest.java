package org.physiokiosk.staff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PinRuleTest {

    @Test
    void fourToEightDigitsAreAPin() {
        assertThat(PinRule.problem("0000".toCharArray())).isEmpty();
        assertThat(PinRule.problem("09876543".toCharArray())).isEmpty();
    }

    @Test
    void tooShortOrTooLongSaysHowManyDigitsItHas() {
        assertThat(PinRule.problem("123".toCharArray())).contains("a PIN has 4 to 8 digits (this one has 3)");
        assertThat(PinRule.problem("123456789".toCharArray())).contains("a PIN has 4 to 8 digits (this one has 9)");
        assertThat(PinRule.problem(new char[0])).contains("a PIN has 4 to 8 digits (this one has 0)");
    }

    @Test
    void anythingButADigitIsRefusedWhateverTheLength() {
        for (String pin : new String[] {"12a4", "/123", ":123", "1 34", "١٢٣٤", "12345678x"}) {
            assertThat(PinRule.problem(pin.toCharArray())).as(pin).contains("a PIN has digits only (0 to 9)");
        }
    }
}
