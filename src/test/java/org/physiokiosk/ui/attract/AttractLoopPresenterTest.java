package org.physiokiosk.ui.attract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.content.Slide;
import org.physiokiosk.testing.FakeClock;
import org.physiokiosk.testing.TestMedia;

class AttractLoopPresenterTest {

    private final List<Slide> slides = ContentLoader.load(TestMedia.MEDIA).loopSlides();
    private final List<String> shown = new ArrayList<>();
    private final FakeClock clock = new FakeClock(java.time.Instant.ofEpochMilli(1_000), java.time.ZoneOffset.UTC);
    private int startScreens;
    private AttractLoopPresenter presenter;

    @BeforeEach
    void setUp() {
        presenter = new AttractLoopPresenter(slides, Duration.ofSeconds(10), clock);
        presenter.attach(new AttractLoopPresenter.View() {
            @Override
            public void showSlide(Slide slide, int index, int count) {
                shown.add(index + ":" + slide.id());
            }

            @Override
            public void openStartScreen() {
                startScreens++;
            }

            @Override
            public void showClosed(ClosedNotice notice) {
                shown.add("closed");
            }
        });
        presenter.start();
    }

    @Test
    void startsOnTheIntroAndWaitsForTheInterval() {
        assertThat(shown).containsExactly("0:intro");
        clock.advance(Duration.ofMillis(9_999));
        presenter.tick();
        assertThat(shown).hasSize(1);
        assertThat(presenter.progress()).isBetween(0.99, 1.0);
        clock.advance(Duration.ofMillis(1));
        presenter.tick();
        assertThat(shown).containsExactly("0:intro", "1:category-stretching");
        assertThat(presenter.progress()).isZero();
    }

    @Test
    void cyclesThroughEverySlideAndWrapsAround() {
        for (int i = 0; i < slides.size(); i++) {
            clock.advance(Duration.ofMillis(10_000));
            presenter.tick();
        }
        assertThat(shown).hasSize(slides.size() + 1);
        assertThat(shown.get(slides.size())).isEqualTo("0:intro");
        assertThat(shown.subList(0, slides.size())).extracting(s -> s.substring(s.indexOf(':') + 1))
                .containsExactlyElementsOf(slides.stream().map(Slide::id).toList());
    }

    @Test
    void aTouchOpensTheStartScreenOnceAndStopsTheLoop() {
        presenter.touched();
        presenter.touched();
        assertThat(startScreens).isEqualTo(1);
        clock.advance(Duration.ofMillis(60_000));
        presenter.tick();
        assertThat(shown).hasSize(1);
        presenter.start();
        assertThat(shown).containsExactly("0:intro", "0:intro");
    }

    @Test
    void aLoopInTurnShowsEachLanguageOnceThenStartsAgain() {
        List<Slide> en = slides.subList(0, 2);
        List<Slide> uk = org.physiokiosk.content.Translations.apply(ContentLoader.load(TestMedia.MEDIA),
                java.util.Locale.forLanguageTag("uk")).loopSlides().subList(0, 2);
        AttractLoopPresenter turns = AttractLoopPresenter.inTurn(List.of(en, uk), Duration.ofSeconds(10), clock,
                org.physiokiosk.schedule.OpeningHours.ALWAYS_OPEN, (t, h) -> new ClosedNotice("", "", "", "", ""));
        List<String> seen = new ArrayList<>();
        turns.attach(new AttractLoopPresenter.View() {
            @Override
            public void showSlide(Slide slide, int index, int count) {
                seen.add(turns.pass() + ":" + slide.id());
            }

            @Override
            public void openStartScreen() {
            }

            @Override
            public void showClosed(ClosedNotice notice) {
                seen.add("closed");
            }
        });
        turns.start();
        for (int i = 0; i < 4; i++) {
            clock.advance(Duration.ofMillis(10_000));
            turns.tick();
        }
        assertThat(seen).containsExactly("0:intro", "0:category-stretching", "1:intro", "1:category-stretching",
                "0:intro");
    }
}
