package org.physiokiosk.staff;

/** PIN hashes for tests in other packages: the same rules, far fewer rounds than 600,000, so tests stay quick. */
public final class TestPins {

    private TestPins() {
    }

    public static String cheapHash(String pin) {
        return PinHash.hash(pin.toCharArray(), 1000);
    }
}
