package org.physiokiosk.loop;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.physiokiosk.content.Slide;

/**
 * The rules the attract loop plays by, in one place: which slides a pass holds when it begins,
 * where the clinic's notices go, which notice's turn it is, and which slide comes next. The loop
 * ({@code ui.attract.AttractLoopPresenter}) plays by them, and staff mode's "what plays when"
 * reads the day's programme from them, so the two can never disagree.
 */
public final class LoopRules {

    private LoopRules() {
    }

    /** One place of a pass: a slide, or where the next notice on its schedule takes its turn. */
    public sealed interface Place {
        /** A slide, as it plays (a category's opening slide previews only its techniques on). */
        record Play(Slide slide) implements Place {
        }

        /** Before the next category (or the closing slide): the next notice in turn, if one is on. */
        record NoticeTurn() implements Place {
        }
    }

    /**
     * A pass of {@code pass} beginning at the wall-clock time {@code t}: the slides on their schedule
     * then, with a notice place after every {@code noticeEvery} categories (0: none). Intro and
     * closing always are on; a pass none of whose slides is on plays them all rather than nothing.
     */
    public static List<Place> passAt(List<Slide> pass, LocalDateTime t, int noticeEvery) {
        List<Slide> on = new ArrayList<>();
        for (Slide s : pass) {
            if (s.isShownAt(t)) {
                on.add(s instanceof Slide.CategoryIntro c ? c.at(t) : s);
            }
        }
        if (on.isEmpty()) {
            return pass.stream().<Place>map(Place.Play::new).toList();
        }
        List<Place> out = new ArrayList<>();
        int categories = 0;
        for (Slide s : on) {
            boolean blockEnds = s instanceof Slide.CategoryIntro || s instanceof Slide.Closing;
            if (noticeEvery > 0 && blockEnds && categories > 0 && categories % noticeEvery == 0) {
                out.add(new Place.NoticeTurn());
            }
            if (s instanceof Slide.CategoryIntro) {
                categories++;
            }
            out.add(new Place.Play(s));
        }
        return List.copyOf(out);
    }

    /** Whose turn it was, and where the turns go on from. */
    public record Turn(Optional<Slide.NoticeSlide> notice, int next) {
    }

    /**
     * The notice for a notice place at {@code t}: from turn {@code turn} on, the first of
     * {@code notices} on its schedule (one off its schedule is passed over), or none when none is.
     */
    public static Turn nextNotice(List<Slide.NoticeSlide> notices, int turn, LocalDateTime t) {
        int next = turn;
        for (int tried = 0; tried < notices.size(); tried++) {
            Slide.NoticeSlide n = notices.get(Math.floorMod(next++, notices.size()));
            if (n.isShownAt(t)) {
                return new Turn(Optional.of(n), next);
            }
        }
        return new Turn(Optional.empty(), next);
    }

    /**
     * The first slide after {@code index} on its schedule at {@code t} (each is checked again when it
     * is due), or {@code slides.size()} when the pass is over.
     */
    public static int nextOn(List<Slide> slides, int index, LocalDateTime t) {
        int next = index + 1;
        while (next < slides.size() && !slides.get(next).isShownAt(t)) {
            next++;
        }
        return next;
    }
}
