package org.physiokiosk.ui.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class IdleTimerTest {

    private long now = 0;

    @Test
    void asksStillThereAfterTheTimeoutThenExpiresAfterTheWarning() {
        IdleTimer idle = new IdleTimer(Duration.ofSeconds(60), Duration.ofSeconds(10), () -> now);
        now = 59_999;
        assertThat(idle.phase()).isEqualTo(IdleTimer.Phase.ACTIVE);
        now = 60_000;
        assertThat(idle.phase()).isEqualTo(IdleTimer.Phase.WARNING);
        assertThat(idle.secondsToReset()).isEqualTo(10);
        now = 69_001;
        assertThat(idle.secondsToReset()).isEqualTo(1);
        now = 70_000;
        assertThat(idle.phase()).isEqualTo(IdleTimer.Phase.EXPIRED);
        assertThat(idle.secondsToReset()).isZero();
    }

    @Test
    void aTouchStartsTheWaitAgain() {
        IdleTimer idle = new IdleTimer(Duration.ofSeconds(60), Duration.ofSeconds(10), () -> now);
        now = 65_000;
        assertThat(idle.phase()).isEqualTo(IdleTimer.Phase.WARNING);
        idle.touched();
        now += 59_000;
        assertThat(idle.phase()).isEqualTo(IdleTimer.Phase.ACTIVE);
    }
}
