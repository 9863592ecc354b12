package org.physiokiosk.ui.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class IdleTimerTest {

    private long now = 0;

    @Test
    void expiresAfterTheTimeoutWithoutATouchAndATouchRestartsIt() {
        IdleTimer idle = new IdleTimer(Duration.ofSeconds(90), () -> now);
        now = 89_000;
        assertThat(idle.expired()).isFalse();
        assertThat(idle.secondsLeft()).isEqualTo(1);
        idle.touched();
        now += 89_999;
        assertThat(idle.expired()).isFalse();
        now += 1;
        assertThat(idle.expired()).isTrue();
        assertThat(idle.secondsLeft()).isZero();
    }
}
