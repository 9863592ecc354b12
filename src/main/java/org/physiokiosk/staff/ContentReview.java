package org.physiokiosk.staff;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.physiokiosk.content.Category;
import org.physiokiosk.content.ContentSchema;
import org.physiokiosk.content.Review;
import org.physiokiosk.content.SlideLibrary;
import org.physiokiosk.content.Symptom;
import org.physiokiosk.content.Technique;

/**
 * The health content a clinician of the clinic should review: every technique, symptom, category
 * and the general texts never reviewed, or last reviewed more than {@link Review#VALID_MONTHS}
 * months before {@code today}. Never-reviewed first, then the oldest review first. No Swing.
 */
public final class ContentReview {

    /** What kind of content an item is, in the order the list names kinds that tie. */
    public enum Kind { TECHNIQUE, SYMPTOM, CATEGORY, GENERAL }

    /**
     * One piece of content that needs a review.
     *
     * @param id     its id ("" for the general texts)
     * @param name   what staff call it: a technique's or category's title, a symptom's label,
     *               "general texts"
     * @param file   its file, relative to {@code media/} ({@code techniques/chin-tuck.txt})
     * @param hidden a technique that staff have hidden (still listed: it comes back when shown)
     */
    public record Item(Kind kind, String id, String name, String file, Review review, boolean hidden) {

        /** True when nobody ever recorded a review date for it. */
        public boolean neverReviewed() {
            return review.on().isEmpty();
        }
    }

    private final List<Item> items;

    private ContentReview(List<Item> items) {
        this.items = List.copyOf(items);
    }

    /** The review list of {@code library} as it stands on {@code today}. */
    public static ContentReview of(SlideLibrary library, LocalDate today) {
        List<Item> all = new ArrayList<>();
        Path media = library.mediaDir();
        for (Technique t : library.techniques()) {
            all.add(new Item(Kind.TECHNIQUE, t.id(), t.title(), relative(media, t.source()), t.review(),
                    !t.enabled()));
        }
        for (Symptom s : library.symptoms()) {
            all.add(new Item(Kind.SYMPTOM, s.id(), s.label(), relative(media, s.source()), s.review(), false));
        }
        for (Category c : library.categories()) {
            all.add(new Item(Kind.CATEGORY, c.id(), c.title(), relative(media, c.source()), c.review(), false));
        }
        all.add(new Item(Kind.GENERAL, "", ContentSchema.GENERAL.name(), ContentSchema.GENERAL.place(),
                library.general().review(), false));
        // A stable sort: items that tie keep the order above (kind, then loop order).
        List<Item> due = all.stream().filter(i -> i.review().due(today))
                .sorted(Comparator.comparing((Item i) -> i.review().on().orElse(LocalDate.MIN)))
                .toList();
        return new ContentReview(due);
    }

    /** What needs a review, never-reviewed first, then oldest first. */
    public List<Item> items() {
        return items;
    }

    public int count() {
        return items.size();
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    private static String relative(Path media, Path file) {
        if (file == null) {
            return "";
        }
        Path rel = file.startsWith(media) ? media.relativize(file) : file.getFileName();
        return rel.toString().replace('\\', '/');
    }
}
