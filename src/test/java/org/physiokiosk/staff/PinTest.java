package org.physiokiosk.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PinTest {

    private long now = 0;

    @Test
    void theRightPinMatchesAndTheHashHidesIt() {
        String stored = PinHash.hash("2468".toCharArray(), 1000);
        assertThat(stored).startsWith("pbkdf2-sha256$1000$").doesNotContain("2468");
        assertThat(PinHash.problem(stored)).isEmpty(); // a cheap hash for tests is still a whole one
        assertThat(PinHash.matches("2468".toCharArray(), stored)).isTrue();
        assertThat(PinHash.matches("2469".toCharArray(), stored)).isFalse();
        assertThat(PinHash.hash("2468".toCharArray(), 1000)).as("salted").isNotEqualTo(stored);
    }

    @Test
    void theRealHashUsesTheOwaspIterationCount() {
        String stored = PinHash.hash("1357".toCharArray());
        assertThat(stored).startsWith("pbkdf2-sha256$600000$");
        assertThat(PinHash.problem(stored)).isEmpty();
        assertThat(PinHash.matches("1357".toCharArray(), stored)).isTrue();
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "pbkdf2-sha256$600000$c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g   | its salt is 4 bytes long, not 16",
        "pbkdf2-sha256$600000$c2FsdHNhbHRzYWx0c2FsdA==$aGFzaA                       | its hash is 4 bytes long, not 32",
        "pbkdf2-sha256$600000$c2Fs*HNhbHRzYWx0c2FsdA==$aGFzaGhhc2hoYXNoaGFzaGhhc2g  | its salt is not Base64 text",
        "pbkdf2-sha256$600000$c2FsdHNhbHRzYWx0c2FsdA==$not base64!                  | its hash is not Base64 text",
        "bcrypt$600000$c2FsdHNhbHRzYWx0c2FsdA==$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g | it names an unknown method, \"bcrypt\"",
        "pbkdf2-sha256$999$c2FsdHNhbHRzYWx0c2FsdA==$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g | its number of rounds, 999, is outside 1000 to 10000000",
        "pbkdf2-sha256$99999999$c2FsdHNhbHRzYWx0c2FsdA==$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g | its number of rounds, 99999999, is outside",
        "pbkdf2-sha256$many$c2FsdHNhbHRzYWx0c2FsdA==$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g | its number of rounds is not a whole number",
        "pbkdf2-sha256$600000$c2FsdHNhbHRzYWx0c2FsdA==                              | it is not in the form pbkdf2-sha256$ROUNDS$SALT$HASH (it has 3 parts)",
        "pbkdf2-sha256$600000$c2FsdHNhbHRzYWx0c2FsdA==$aGFzaA==$extra               | (it has 5 parts)",
    })
    void aDamagedHashIsReportedWithItsReasonAndNeverMatches(String stored, String reason) {
        assertThat(PinHash.problem(stored)).hasValueSatisfying(p -> assertThat(p).contains(reason)
                .doesNotContain("c2FsdHNh", "aGFzaGhh"));
        try (org.physiokiosk.testing.LogCapture log = org.physiokiosk.testing.LogCapture.of("org.physiokiosk")) {
            assertThat(PinHash.matches("2468".toCharArray(), stored)).isFalse();
            assertThat(log.warnings()).singleElement().asString().contains("damaged", reason)
                    .doesNotContain("c2FsdHNh", "aGFzaGhh");
        }
    }

    @Test
    void aMalformedStoredValueNeverMatches() {
        assertThat(PinHash.matches("1234".toCharArray(), "1234")).isFalse();
        assertThat(PinHash.matches("1234".toCharArray(), "pbkdf2-sha256$x$y$z")).isFalse();
    }

    @Test
    void fiveWrongPinsLockEntryUntilTheLockoutEnds() {
        String stored = PinHash.hash("2468".toCharArray(), 1000);
        PinGate gate = new PinGate(Duration.ofMinutes(5), () -> now);
        for (int i = 1; i < 5; i++) {
            assertThat(gate.attempt("0000".toCharArray(), stored)).isEqualTo(PinGate.Result.WRONG);
        }
        assertThat(gate.attempt("0000".toCharArray(), stored)).isEqualTo(PinGate.Result.LOCKED);
        assertThat(gate.secondsLocked()).isEqualTo(300);
        assertThat(gate.attempt("2468".toCharArray(), stored)).as("even the right PIN").isEqualTo(PinGate.Result.LOCKED);
        now += 299_001;
        assertThat(gate.secondsLocked()).isEqualTo(1);
        now += 1_000;
        assertThat(gate.isLocked()).isFalse();
        assertThat(gate.attempt("2468".toCharArray(), stored)).isEqualTo(PinGate.Result.OK);
    }

    @Test
    void aRightPinResetsTheCount() {
        String stored = PinHash.hash("2468".toCharArray(), 1000);
        PinGate gate = new PinGate(Duration.ofMinutes(5), () -> now);
        gate.attempt("1".toCharArray(), stored);
        gate.attempt("2468".toCharArray(), stored);
        assertThat(gate.failures()).isZero();
    }
}
