package org.physiokiosk.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.physiokiosk.qr.WebLink;
import org.physiokiosk.schedule.Schedule;

/**
 * The clinic's own slide on the loop ("Closed on 24–26 December"): a title, a few short lines,
 * an optional picture and an optional https link shown as a QR code, in one of three styles.
 *
 * @param text    its lines, each a short paragraph (drawn as bullets when there are several)
 * @param picture a file in {@code media/illustrations/}, or ""
 * @param link    an https address checked by {@link WebLink}, or ""
 */
public record Notice(String id, int order, String title, List<String> text, String picture, String link,
                     Style style, boolean enabled, Schedule schedule, Path source) {

    /** How a notice looks: each has its own colours in the kiosk theme. */
    public enum Style {
        INFORMATION, IMPORTANT, WELCOME;

        /** As written in a file. */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The style written {@code word} ("" gives information), or empty when there is none. */
        public static Optional<Style> of(String word) {
            String w = word.strip().toLowerCase(Locale.ROOT);
            if (w.isEmpty()) {
                return Optional.of(INFORMATION);
            }
            for (Style s : values()) {
                if (s.word().equals(w)) {
                    return Optional.of(s);
                }
            }
            return Optional.empty();
        }
    }

    public Notice {
        text = List.copyOf(text);
        picture = picture == null ? "" : picture;
        link = link == null ? "" : link;
        style = style == null ? Style.INFORMATION : style;
        schedule = schedule == null ? Schedule.ALWAYS : schedule;
    }

    /** The link to show as a QR code, when there is one. */
    public Optional<WebLink> webLink() {
        return link.isEmpty() || WebLink.problem(link) != null ? Optional.empty() : Optional.of(WebLink.parse(link));
    }

    /** The same notice in another language: only the words change. */
    public Notice translated(String title, List<String> text) {
        return new Notice(id, order, title, text, picture, link, style, enabled, schedule, source);
    }
}
