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
