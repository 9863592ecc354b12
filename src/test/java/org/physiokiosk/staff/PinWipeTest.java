package org.physiokiosk.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A typed PIN does not stay in memory after it is checked, whatever the answer; and the lock counts right. */
class PinWipeTest {

    private long now = 1_000_000;
    private final String stored = PinHash.hash("2468".toCharArray(), 1000);

    private static boolean wiped(char[] pin) {
        for (char c : pin) {
            if (c != '\0') {
                return false;
            }
        }
        return true;
    }

    @Test
    void thePinIsWipedWhenItMatchesWhenItDoesNotAndWhenTheStoredValueIsBroken() {
        char[] right = "2468".toCharArray();
        assertThat(PinHash.matches(right, stored)).isTrue();
        assertThat(wiped(right)).isTrue();
        char[] wrong = "1111".toCharArray();
        assertThat(PinHash.matches(wrong, stored)).isFalse();
        assertThat(wiped(wrong)).isTrue();
        char[] notAHash = "2468".toCharArray();
        assertThat(PinHash.matches(notAHash, "2468")).isFalse();
        assertThat(wiped(notAHash)).isTrue();
        char[] brokenHash = "2468".toCharArray();
        assertThat(PinHash.matches(brokenHash, "pbkdf2-sha256$many$AAAA$AAAA")).isFalse();
        assertThat(wiped(brokenHash)).isTrue();
        char[] chosen = "1357".toCharArray();
        assertThat(PinHash.hash(chosen, 1000)).startsWith("pbkdf2-sha256$1000$");
        assertThat(wiped(chosen)).isTrue();
    }

    @Test
    void aPinTypedWhileLockedIsWipedUnchecked() {
        PinGate gate = new PinGate(Duration.ofSeconds(10), () -> now);
        for (int i = 1; i <= 4; i++) {
            gate.attempt("0000".toCharArray(), stored);
            assertThat(gate.failures()).isEqualTo(i);
        }
        assertThat(gate.attempt("0000".toCharArray(), stored)).isEqualTo(PinGate.Result.LOCKED);
        assertThat(gate.failures()).as("the count starts again after a lock").isZero();
        char[] typed = "2468".toCharArray();
        assertThat(gate.attempt(typed, stored)).isEqualTo(PinGate.Result.LOCKED);
        assertThat(wiped(typed)).isTrue();
    }

    @Test
    void theCountdownRoundsUpToWholeSecondsAndEndsAtZero() {
        PinGate gate = new PinGate(Duration.ofSeconds(10), () -> now);
        assertThat(gate.secondsLocked()).isZero();
        for (int i = 0; i < 5; i++) {
            gate.attempt("0000".toCharArray(), stored);
        }
        assertThat(gate.secondsLocked()).isEqualTo(10);
        now += 9_000;
        assertThat(gate.secondsLocked()).isEqualTo(1);
        now += 999;
        assertThat(gate.secondsLocked()).isEqualTo(1);
        assertThat(gate.isLocked()).isTrue();
        now += 1;
        assertThat(gate.secondsLocked()).isZero();
        assertThat(gate.isLocked()).isFalse();
    }
}
