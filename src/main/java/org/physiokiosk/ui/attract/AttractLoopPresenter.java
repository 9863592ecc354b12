package org.physiokiosk.ui.attract;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.physiokiosk.content.Slide;
import org.physiokiosk.loop.LoopRules;
import org.physiokiosk.schedule.OpeningHours;

/**
 * The attract loop's rules, without Swing: which slide is on, when the next one is due,
 * how far along the current one is, and what a touch does. A slide whose schedule is off at
 * the moment it is due is skipped; outside the opening hours the loop gives way to the closed
 * screen and comes back at opening. The view drives it with {@link #tick()} from a timer; a
 * test drives it with a fake clock.
 */
public final class AttractLoopPresenter {

    /** The longest the closed screen waits between two looks at the clock. */
    static final Duration CLOSED_CHECK = Duration.ofMinutes(1);

    /** What the presenter asks of its screen. */
    public interface View {
        /** Show {@code slide} (number {@code index} of {@code count}), crossfading from the last one. */
        void showSlide(Slide slide, int index, int count);

        /** A patient touched the screen: leave the loop for the start screen. */
        void openStartScreen();

        /**
         * The clinic is closed: show {@code notice} (again, when its words changed) until the next
         * {@link #showSlide}; look again after {@link AttractLoopPresenter#millisToNextCheck()}.
         */
        void showClosed(ClosedNotice notice);
    }

    /** Told each time a slide leaves the screen, with how long it was shown (proof of play). */
    public interface PlayListener {
        void shown(Slide slide, long millis);
    }

    private final List<List<Slide>> passes;
    /** Each pass's notices (the same notices in its language), in the order they take turns. */
    private List<List<Slide.NoticeSlide>> notices = List.of();
    /** A notice after every this many categories; 0: none. */
    private int noticeEvery;
    /** Which notice's turn is next: kept across passes, so with more notices than places each gets its turn. */
    private int noticeTurn;
    /** This pass's slides: those on their schedule when the pass began (each is checked again when due). */
    private List<Slide> slides;
    private int pass;
    private PlayListener plays = (slide, millis) -> { };
    private final long intervalMillis;
    private final Clock clock;
    private final OpeningHours hours;
    private final ClosedNotice.Words closedWords;
    private View view;
    private int index;
    private long shownAt;
    private boolean running;
    private boolean closed;
    private ClosedNotice notice;
    private long nextCheckAt;

    /** A loop of one pass that never closes (open all day). */
    public AttractLoopPresenter(List<Slide> slides, Duration interval, Clock clock) {
        this(List.of(slides), interval, clock, OpeningHours.ALWAYS_OPEN,
                (now, h) -> new ClosedNotice("", "", "", "", ""));
    }

    /**
     * A loop that shows its slides once in each language in turn, and the closed screen outside
     * the opening hours.
     *
     * @param passes the slides of each pass (one per language), in order
     * @param clock  the kiosk's clock, in its time zone (schedules and hours are wall-clock times)
     */
    public static AttractLoopPresenter inTurn(List<List<Slide>> passes, Duration interval, Clock clock,
                                              OpeningHours hours, ClosedNotice.Words closedWords) {
        return new AttractLoopPresenter(passes, interval, clock, hours, closedWords);
    }

    private AttractLoopPresenter(List<List<Slide>> passes, Duration interval, Clock clock, OpeningHours hours,
                                 ClosedNotice.Words closedWords) {
        if (passes.isEmpty() || passes.stream().anyMatch(List::isEmpty)) {
            throw new IllegalArgumentException("the loop needs at least one slide");
        }
        this.passes = passes.stream().map(List::copyOf).toList();
        this.slides = this.passes.get(0);
        this.intervalMillis = Math.max(1, interval.toMillis());
        this.clock = clock;
        this.hours = hours;
        this.closedWords = closedWords;
    }

    public void attach(View view) {
        this.view = view;
    }

    /**
     * Shows one of the notices after every {@code everyCategories} categories of a pass (0: never);
     * several take turns, and one off its schedule when its place comes is passed over.
     *
     * @param perPass each pass's notices (one list per pass, same notices in the same order)
     */
    public AttractLoopPresenter withNotices(List<List<Slide.NoticeSlide>> perPass, int everyCategories) {
        if (!perPass.isEmpty() && perPass.size() != passes.size()) {
            throw new IllegalArgumentException("one list of notices per pass");
        }
        this.notices = perPass.stream().map(List::copyOf).toList();
        this.noticeEvery = Math.max(0, everyCategories);
        return this;
    }

    public void onSlideShown(PlayListener listener) {
        this.plays = listener;
    }

    /** Starts (or restarts) the loop at the first slide, or on the closed screen when the clinic is closed. */
    public void start() {
        if (running && !closed) {
            plays.shown(slides.get(index), clock.millis() - shownAt);
        }
        running = true;
        closed = false;
        if (!hours.isOpenAt(now())) {
            close();
            return;
        }
        beginPass(0);
    }

    /** Which pass (language) is showing: 0 for the first. */
    public int pass() {
        return pass;
    }

    public void stop() {
        if (running && !closed) {
            plays.shown(slides.get(index), clock.millis() - shownAt);
        }
        running = false;
        closed = false;
    }

    /** True while the loop or its closed screen is on. */
    public boolean isRunning() {
        return running;
    }

    /** True while the closed screen is on. */
    public boolean isClosed() {
        return running && closed;
    }

    /**
     * Called from a timer: moves on when the current slide's time is up (e.g. 25 times a second
     * while slides show), or, on the closed screen, looks at the clock when
     * {@link #millisToNextCheck()} has passed.
     */
    public void tick() {
        if (!running) {
            return;
        }
        long now = clock.millis();
        if (closed) {
            if (now >= nextCheckAt) {
                lookAgainWhileClosed();
            }
            return;
        }
        if (now - shownAt >= intervalMillis) {
            plays.shown(slides.get(index), now - shownAt);
            ZonedDateTime wall = now();
            if (!hours.isOpenAt(wall)) {
                close();
                return;
            }
            int next = LoopRules.nextOn(slides, index, wall.toLocalDateTime());
            if (next >= slides.size()) {
                beginPass((pass + 1) % passes.size());
            } else {
                show(next);
            }
        }
    }

    /** On the closed screen: how long until the clock is worth a look (the next opening, at most a minute). */
    public long millisToNextCheck() {
        return Math.max(0, nextCheckAt - clock.millis());
    }

    /** 0 when the slide has just appeared, 1 when the next one is due. */
    public double progress() {
        if (closed) {
            return 0;
        }
        double p = (clock.millis() - shownAt) / (double) intervalMillis;
        return Math.max(0, Math.min(1, p));
    }

    /** A touch: the start screen while slides show; nothing on the closed screen (only the staff corner works). */
    public void touched() {
        if (running && !closed) {
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

    /** The closed screen's words now (null before the loop was first closed). */
    public ClosedNotice closedNotice() {
        return notice;
    }

    private ZonedDateTime now() {
        return ZonedDateTime.now(clock);
    }

    /** Pass {@code p} starts with the slides on their schedule now, and the notices whose turn it is ({@link LoopRules}). */
    private void beginPass(int p) {
        pass = p;
        LocalDateTime t = now().toLocalDateTime();
        List<Slide.NoticeSlide> candidates = notices.isEmpty() ? List.of() : notices.get(p);
        List<Slide> out = new ArrayList<>();
        for (LoopRules.Place place : LoopRules.passAt(passes.get(p), t, candidates.isEmpty() ? 0 : noticeEvery)) {
            if (place instanceof LoopRules.Place.Play play) {
                out.add(play.slide());
            } else {
                LoopRules.Turn turn = LoopRules.nextNotice(candidates, noticeTurn, t);
                noticeTurn = turn.next();
                turn.notice().ifPresent(out::add);
            }
        }
        slides = List.copyOf(out);
        show(0);
    }

    private void close() {
        closed = true;
        notice = null;
        lookAgainWhileClosed();
    }

    private void lookAgainWhileClosed() {
        ZonedDateTime wall = now();
        if (hours.isOpenAt(wall)) {
            closed = false;
            beginPass(0);
            return;
        }
        long now = clock.millis();
        long untilChange = hours.nextChange(wall).map(Instant::toEpochMilli).orElse(Long.MAX_VALUE) - now;
        nextCheckAt = now + Math.max(1, Math.min(CLOSED_CHECK.toMillis(), untilChange));
        ClosedNotice fresh = closedWords.at(wall.toLocalDateTime(), hours);
        if (!fresh.equals(notice)) {
            notice = fresh;
            if (view != null) {
                view.showClosed(fresh);
            }
        }
    }

    private void show(int i) {
        index = i;
        shownAt = clock.millis();
        if (view != null) {
            view.showSlide(slides.get(i), i, slides.size());
        }
    }
}
