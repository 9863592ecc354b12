package org.physiokiosk.ui.illustration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.physiokiosk.settings.Motion;

/** Which moment of a moving drawing is painted when, and when the next frame is due, without Swing. */
class MotionPresenterTest {

    /** As the chin tuck: a 10 s loop, start position at 0 s, end position at 7.5 s. */
    private static final long LOOP = 10_000;
    private static final List<Long> KEY_POSES = List.of(0L, 7_500L);

    @Test
    void onStartsAtTheMovementsStartWhenTheSlideAppearsAndStepsAtThirtyFramesASecond() {
        MotionPresenter p = new MotionPresenter(Motion.ON, LOOP, KEY_POSES);
        assertThat(p.plays()).isTrue();
        assertThat(p.periodMillis()).isEqualTo(33);
        assertThat(p.timeAt(0)).hasValue(0); // the crossfade starts with the start position: no jump
        assertThat(p.timeAt(32)).hasValue(0);
        assertThat(p.timeAt(33)).hasValue(33);
        assertThat(p.timeAt(1_000)).hasValue(990); // slot 30
        assertThat(p.timeAt(-5)).as("a clock read just before the start").hasValue(0);
    }

    @Test
    void onLoopsAndALateFrameShowsItsOwnMomentNotTheMissedOnes() {
        MotionPresenter p = new MotionPresenter(Motion.ON, LOOP, KEY_POSES);
        assertThat(p.timeAt(LOOP + 40)).hasValue((LOOP + 40) / 33 * 33 % LOOP);
        // Drawn 250 ms late: the frame due at 100 ms is skipped; what is drawn is the moment of now.
        assertThat(p.timeAt(350)).hasValue(330);
        assertThat(p.delayToNextFrame(350)).isEqualTo(363 - 350);
        assertThat(p.delayToNextFrame(0)).isEqualTo(33);
        assertThat(p.delayToNextFrame(32)).isEqualTo(1);
    }

    @Test
    void reducedAlternatesTheStartAndEndPositionsSlowlyWithNothingInBetween() {
        MotionPresenter p = new MotionPresenter(Motion.REDUCED, LOOP, KEY_POSES);
        assertThat(p.plays()).isTrue();
        assertThat(p.periodMillis()).isEqualTo(2_500);
        assertThat(p.timeAt(0)).hasValue(0);
        assertThat(p.timeAt(2_499)).hasValue(0);
        assertThat(p.timeAt(2_500)).hasValue(7_500);
        assertThat(p.timeAt(4_999)).hasValue(7_500);
        assertThat(p.timeAt(5_000)).hasValue(0);
        assertThat(p.delayToNextFrame(100)).isEqualTo(2_400);
        Set<Long> shown = new HashSet<>();
        for (long e = 0; e < 60_000; e += 7) {
            shown.add(p.timeAt(e).orElseThrow());
        }
        assertThat(shown).containsExactlyInAnyOrder(0L, 7_500L);
    }

    @Test
    void offAndStillDrawingsShowTheStillPictureAndNeedNoTimer() {
        for (MotionPresenter p : List.of(new MotionPresenter(Motion.OFF, LOOP, KEY_POSES),
                new MotionPresenter(Motion.ON, 0, List.of(0L)), new MotionPresenter(Motion.REDUCED, 0, List.of(0L)))) {
            assertThat(p.plays()).isFalse();
            assertThat(p.periodMillis()).isZero();
            assertThat(p.delayToNextFrame(1_234)).isEqualTo(-1);
            for (long e = 0; e < 30_000; e += 999) {
                assertThat(p.timeAt(e)).isEqualTo(OptionalLong.empty());
            }
        }
    }

    @Test
    void playbackWithoutAFrameThreadIsStillWhateverTheSetting() {
        assertThat(new MotionPlayback(Motion.ON, null, () -> 0).motion()).isEqualTo(Motion.ON);
        assertThat(MotionPlayback.STILL.motion()).isEqualTo(Motion.OFF);
    }

    @Test
    void theSettingsWordsReadBack() {
        for (Motion m : Motion.values()) {
            assertThat(Motion.of(" " + m.word().toUpperCase() + " ")).hasValue(m);
        }
        assertThat(Motion.of("slow")).isEmpty();
    }
}
