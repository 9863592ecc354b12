package org.physiokiosk.ui.staff;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.physiokiosk.loop.Reason;
import org.physiokiosk.schedule.TimeRange;
import org.physiokiosk.ui.Texts;

/**
 * Why a slide is off the loop, in the staff's language: "off: shows Mon–Fri only", "off: from
 * 1 Dec 2026", "off: 08:00–12:00 only", "off: content problem on line 4". One set of words for
 * "What plays when" and the Slides list.
 */
final class ReasonWords {

    private final Texts texts;

    ReasonWords(Texts texts) {
        this.texts = texts;
    }

    /** "off: …". */
    String off(Reason why) {
        return texts.get("staff.plays.off", phrase(why));
    }

    /**
     * What the Slides list says under a technique that is on but off its schedule now: "hidden
     * until line 4 is fixed" for a broken schedule line of its own, "now off: …" otherwise; empty
     * when it is on now (a technique staff switched off already says "hidden").
     */
    Optional<String> slideNote(Optional<Reason> why) {
        if (why.isEmpty() || why.get() instanceof Reason.SwitchedOff) {
            return Optional.empty();
        }
        if (why.get() instanceof Reason.BrokenLine b && b.line() > 0) {
            return Optional.of(texts.get("staff.slides.hiddenUntilFixed", b.line()));
        }
        return Optional.of(texts.get("staff.slides.offNow", off(why.get())));
    }

    String phrase(Reason why) {
        if (why instanceof Reason.SwitchedOff) {
            return texts.get("staff.plays.why.switchedOff");
        }
        if (why instanceof Reason.BrokenLine b) {
            return b.line() > 0 ? texts.get("staff.plays.why.brokenLine", b.line())
                    : texts.get("staff.plays.why.brokenSchedule");
        }
        if (why instanceof Reason.NotYet n) {
            return texts.get("staff.plays.why.notYet", date(n.day()));
        }
        if (why instanceof Reason.Ended e) {
            return texts.get("staff.plays.why.ended", date(e.day()));
        }
        if (why instanceof Reason.OtherDays d) {
            return texts.get("staff.plays.why.days", days(d.days()));
        }
        if (why instanceof Reason.OtherHours h) {
            return texts.get(h.whileClosed() ? "staff.plays.why.hoursClosed" : "staff.plays.why.hours",
                    hours(h.hours()));
        }
        if (why instanceof Reason.NoTechniqueOn) {
            return texts.get("staff.plays.why.noTechnique");
        }
        if (why instanceof Reason.NoNoticePlace) {
            return texts.get("staff.plays.why.noPlace",
                    texts.getOr("setting.notices.every.categories", "Notice after every N categories"));
        }
        Reason.OfCategory c = (Reason.OfCategory) why;
        return texts.get("staff.plays.why.category", c.category(), phrase(c.why()));
    }

    /** "1 Dec 2026", in the staff's language. */
    String date(LocalDate day) {
        return DateTimeFormatter.ofPattern(texts.get("staff.plays.dateFormat"), texts.locale()).format(day);
    }

    /** "Mon–Fri", "Sat, Sun", "Mon, Wed–Fri": three days or more in a row as a range. */
    String days(Set<DayOfWeek> days) {
        List<DayOfWeek> sorted = days.stream().sorted().toList();
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < sorted.size()) {
            int j = i;
            while (j + 1 < sorted.size() && sorted.get(j + 1).ordinal() == sorted.get(j).ordinal() + 1) {
                j++;
            }
            if (j - i >= 2) {
                parts.add(day(sorted.get(i)) + "–" + day(sorted.get(j)));
            } else {
                for (int k = i; k <= j; k++) {
                    parts.add(day(sorted.get(k)));
                }
            }
            i = j + 1;
        }
        return String.join(", ", parts);
    }

    private String day(DayOfWeek d) {
        return d.getDisplayName(TextStyle.SHORT, texts.locale());
    }

    /** "08:00–12:00, 14:00–16:00". */
    static String hours(List<TimeRange> hours) {
        return hours.stream().map(r -> TimeRange.clock(r.start()) + "–" + TimeRange.clock(r.end()))
                .collect(Collectors.joining(", "));
    }
}
