package org.physiokiosk.ui.attract;

import java.time.Duration;
import java.util.List;
import java.util.function.LongSupplier;
import org.physiokiosk.content.Slide;

/**
 * The attract loop's rules, without Swing: which slide is on, when the next one is due,
 * how far along the current one is, and what a touch does. The view drives it with
 * {@link #tick()} from a timer; a test drives it with a fake clock.
 */
public final class AttractLoopPresenter {

    /** What the presenter asks of its screen. */
    public interface View {
        /** Show {@code slide} (number {@code index} of {@code count}), crossfading from the last one. */
        void showSlide(Slide slide, int index, int count);

        /** A patient touched the screen: leave the loop for the start screen. */
        void openStartScreen();
    }

    /** Told each time a slide leaves the screen, with how long it was shown (proof of play). */
    public interface PlayListener {
        void shown(Slide slide, long millis);
    }

    private final List<List<Slide>> passes;
    private List<Slide> slides;
    private int pass;
    private PlayListener plays = (slide, millis) -> { };
    private final long intervalMillis;
    private final LongSupplier clock;
    private View view;
    private int index;
    private long shownAt;
    private boolean running;

    public AttractLoopPresenter(List<Slide> slides, Duration interval, LongSupplier clockMillis) {
        this(List.of(slides), interval, clockMillis, 0);
    }

    /**
     * A loop that shows its slides once in each language in turn.
     *
     * @param passes the slides of each pass (one per language), in order
     */
    public static AttractLoopPresenter inTurn(List<List<Slide>> passes, Duration interval, LongSupplier clockMillis) {
        return new AttractLoopPresenter(passes, interval, clockMillis, 0);
    }

    private AttractLoopPresenter(List<List<Slide>> passes, Duration interval, LongSupplier clockMillis,
                                 int firstPass) {
        if (passes.isEmpty() || passes.stream().anyMatch(List::isEmpty)) {
            throw new IllegalArgumentException("the loop needs at least one slide");
        }
        this.passes = passes.stream().map(List::copyOf).toList();
        this.pass = firstPass;
        this.slides = this.passes.get(firstPass);
        this.intervalMillis = Math.max(1, interval.toMillis());
        this.clock = clockMillis;
    }

    public void attach(View view) {
        this.view = view;
    }

    public void onSlideShown(PlayListener listener) {
        this.plays = listener;
    }

    /** Starts (or restarts) the loop at the first slide. */
    public void start() {
        if (running) {
            plays.shown(slides.get(index), clock.getAsLong() - shownAt);
        }
        running = true;
        pass = 0;
        slides = passes.get(0);
        show(0);
    }

    /** Which pass (language) is showing: 0 for the first. */
    public int pass() {
        return pass;
    }

    public void stop() {
        if (running) {
            plays.shown(slides.get(index), clock.getAsLong() - shownAt);
        }
        running = false;
    }

    public boolean isRunning() {
        return running;
    }

    /** Called often (e.g. 25 times a second): moves on when the current slide's time is up. */
    public void tick() {
        if (running && clock.getAsLong() - shownAt >= intervalMillis) {
            plays.shown(slides.get(index), clock.getAsLong() - shownAt);
            if (index + 1 == slides.size()) {
                pass = (pass + 1) % passes.size();
                slides = passes.get(pass);
            }
            show((index + 1) % slides.size());
        }
    }

    /** 0 when the slide has just appeared, 1 when the next one is due. */
    public double progress() {
        double p = (clock.getAsLong() - shownAt) / (double) intervalMillis;
        return Math.max(0, Math.min(1, p));
    }

    public void touched() {
        if (running) {
            stop();
            view.openStartScreen();
        }
    }

    public int index() {
        return index;
    }

    public int count() {
        return slides.size();
    }

    public Slide current() {
        return slides.get(index);
    }

    private void show(int i) {
        index = i;
        shownAt = clock.getAsLong();
        if (view != null) {
            view.showSlide(slides.get(i), i, slides.size());
        }
    }
}
