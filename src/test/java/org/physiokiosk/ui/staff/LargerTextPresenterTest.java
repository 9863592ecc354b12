package org.physiokiosk.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Staff mode's A+ levels, without a display. */
class LargerTextPresenterTest {

    private final LargerTextPresenter larger = new LargerTextPresenter();
    private final List<Float> told = new ArrayList<>();

    @Test
    void startsAtTheNormalSizeAndAPlusGoesToOnePointThreeThenBack() {
        larger.onChange(told::add);
        assertThat(larger.level()).isEqualTo(1f);
        assertThat(larger.larger()).isFalse();
        larger.next();
        assertThat(larger.level()).isEqualTo(1.3f);
        assertThat(larger.larger()).isTrue();
        larger.next();
        assertThat(larger.level()).isEqualTo(1f);
        assertThat(told).containsExactly(1.3f, 1f);
    }

    @Test
    void leavingStaffModePutsItBackToNormalAndTellsOnlyWhenItChanged() {
        larger.onChange(told::add);
        larger.reset();
        assertThat(told).isEmpty();
        larger.next();
        larger.reset();
        assertThat(larger.level()).isEqualTo(1f);
        assertThat(told).containsExactly(1.3f, 1f);
    }

    @Test
    void aClosedBackOfficeStopsListening() {
        List<Float> keypad = new ArrayList<>();
        larger.onChange(keypad::add);
        Runnable stop = larger.onChange(told::add);
        larger.next();
        stop.run();
        larger.next();
        assertThat(told).containsExactly(1.3f);
        assertThat(keypad).containsExactly(1.3f, 1f);
    }
}
