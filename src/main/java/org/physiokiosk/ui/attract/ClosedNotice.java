package org.physiokiosk.ui.attract;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.physiokiosk.schedule.OpeningHours;
import org.physiokiosk.schedule.TimeRange;
import org.physiokiosk.ui.Texts;

/**
 * The words of the closed screen, in the kiosk's language: the clinic's name, "We are closed",
 * when it opens again, that day's hours and the clinic's phone. A line with nothing to say is "".
 */
public record ClosedNotice(String clinic, String title, String opens, String hours, String phone) {

    /** Writes the notice for a moment; the presenter asks again as time passes ("tomorrow" becomes "today"). */
    public interface Words {
        ClosedNotice at(LocalDateTime now, OpeningHours hours);
    }

    /** The words of {@code texts}'s language for a clinic named {@code clinic} ({@code phone}: "" for none). */
    public static Words in(Texts texts, String clinic, String phone) {
        return (now, hours) -> of(now, hours, texts, clinic, phone);
    }

    static ClosedNotice of(LocalDateTime now, OpeningHours hours, Texts texts, String clinic, String phone) {
        Optional<LocalDateTime> next = hours.nextOpening(now);
        String opens = next.map(n -> opens(now, n, texts)).orElse("");
        String day = next.map(n -> range(hours.hoursOn(n.toLocalDate()))).orElse("");
        return new ClosedNotice(clinic.strip(), texts.get("closed.title"), opens,
                day.isEmpty() ? "" : texts.get("closed.hours", day),
                phone.isBlank() ? "" : texts.get("closed.phone", phone.strip()));
    }

    private static String opens(LocalDateTime now, LocalDateTime next, Texts texts) {
        String time = TimeRange.clock(next.getHour() * 60 + next.getMinute());
        long days = ChronoUnit.DAYS.between(now.toLocalDate(), next.toLocalDate());
        if (days == 0) {
            return texts.get("closed.opensToday", time);
        }
        if (days == 1) {
            return texts.get("closed.opensTomorrow", time);
        }
        if (days < 7) {
            return texts.get("closed.opens." + next.getDayOfWeek().name(), time);
        }
        String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(texts.locale())
                .format(next.toLocalDate());
        return texts.get("closed.opensDate", date, time);
    }

    /** {@code 08:00–12:00, 14:00–18:00}, with the dash typesetters use for ranges. */
    private static String range(List<TimeRange> ranges) {
        return ranges.stream().map(r -> TimeRange.clock(r.start()) + "–" + TimeRange.clock(r.end()))
                .collect(Collectors.joining(", "));
    }

    /** The lines shown, top to bottom, leaving out the empty ones. */
    public List<String> lines() {
        return java.util.stream.Stream.of(clinic, title, opens, hours, phone).filter(s -> !s.isEmpty()).toList();
    }
}
