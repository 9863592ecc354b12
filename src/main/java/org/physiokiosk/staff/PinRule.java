package org.physiokiosk.staff;

import java.util.Optional;

/** What a staff PIN is: 4 to 8 digits. The one rule for the keypad and {@code set-pin}. */
public final class PinRule {

    public static final int MIN_DIGITS = 4;
    public static final int MAX_DIGITS = 8;

    private PinRule() {
    }

    /** Why {@code pin} cannot be a staff PIN, or empty when it can. Reads the characters, keeps no copy. */
    public static Optional<String> problem(char[] pin) {
        for (char c : pin) {
            if (c < '0' || c > '9') {
                return Optional.of("a PIN has digits only (0 to 9)");
            }
        }
        if (pin.length < MIN_DIGITS || pin.length > MAX_DIGITS) {
            return Optional.of("a PIN has " + MIN_DIGITS + " to " + MAX_DIGITS + " digits (this one has "
                    + pin.length + ")");
        }
        return Optional.empty();
    }
}
