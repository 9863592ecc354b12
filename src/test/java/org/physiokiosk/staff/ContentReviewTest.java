package org.physiokiosk.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.content.Dose;
import org.physiokiosk.content.GeneralText;
import org.physiokiosk.content.Review;
import org.physiokiosk.content.SlideLibrary;
import org.physiokiosk.content.Technique;
import org.physiokiosk.staff.ContentReview.Item;
import org.physiokiosk.staff.ContentReview.Kind;
import org.physiokiosk.testing.TestMedia;

/** The content review list, headless: what is due on a given day, and in which order. */
class ContentReviewTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @TempDir
    Path dir;

    private Path media;

    @BeforeEach
    void copy() throws IOException {
        media = TestMedia.copyInto(dir);
    }

    /** Writes a review record into a content file, after its id line (or at the top of general.txt). */
    private void review(String file, String by, String on) throws IOException {
        Path p = media.resolve(file);
        String text = Files.readString(p);
        String lines = "reviewed-by: " + by + "\nreviewed-on: " + on + "\n";
        text = text.contains("\nid: ") ? text.replaceFirst("(?m)^(id: .*)$", "$1\n" + Matcher.quoteReplacement(
                lines.strip())) : lines + text;
        Files.writeString(p, text);
    }

    @Test
    void withNothingReviewedEveryPieceOfContentIsListedOnceInKindAndLoopOrder() {
        SlideLibrary lib = ContentLoader.load(media);
        ContentReview review = ContentReview.of(lib, TODAY);
        int expected = lib.techniques().size() + lib.symptoms().size() + lib.categories().size() + 1;
        assertThat(expected).isEqualTo(17 + 8 + 6 + 1);
        assertThat(review.count()).isEqualTo(expected);
        assertThat(review.items()).allMatch(Item::neverReviewed);
        assertThat(review.items().get(0)).isEqualTo(new Item(Kind.TECHNIQUE, lib.techniques().get(0).id(),
                lib.techniques().get(0).title(), "techniques/" + lib.techniques().get(0).id() + ".txt", Review.NONE,
                false));
        assertThat(review.items()).extracting(Item::kind).containsSubsequence(Kind.TECHNIQUE, Kind.SYMPTOM,
                Kind.CATEGORY, Kind.GENERAL);
        assertThat(review.items().subList(0, lib.techniques().size())).extracting(Item::id)
                .containsExactlyElementsOf(lib.techniques().stream().map(Technique::id).toList());
        Item general = review.items().get(expected - 1);
        assertThat(general.kind()).isEqualTo(Kind.GENERAL);
        assertThat(general.file()).isEqualTo("general.txt");
        assertThat(review.items()).filteredOn(i -> i.kind() == Kind.SYMPTOM).extracting(Item::file)
                .contains("symptoms/stress.txt");
    }

    @Test
    void aReviewIsGoodForTwelveMonthsToTheDayAndTheListRunsNeverReviewedThenOldest() throws IOException {
        review("techniques/chin-tuck.txt", "A. Physio, physiotherapist", "2025-11-30");       // 12 months: still good
        review("symptoms/stress.txt", "B. Doctor, GP", "2025-11-29");                         // a day more: due
        review("categories/stretching.txt", "A. Physio, physiotherapist", "2026-06-01");      // recent
        review("general.txt", "A. Physio, physiotherapist", "2024-01-15");                    // oldest
        review("techniques/heat-therapy.txt", "A. Physio, physiotherapist", "2025-11-01");
        SlideLibrary lib = ContentLoader.load(media);
        assertThat(lib.problems()).isEmpty();

        ContentReview review = ContentReview.of(lib, TODAY);
        assertThat(review.items()).extracting(Item::id).doesNotContain("chin-tuck", "stretching");
        assertThat(review.count()).isEqualTo(32 - 2);
        List<Item> dated = review.items().stream().filter(i -> !i.neverReviewed()).toList();
        assertThat(dated).extracting(Item::name).containsExactly("general texts", "Heat therapy",
                "Stress and tension");
        assertThat(review.items().subList(0, review.count() - 3)).allMatch(Item::neverReviewed);
        Item stress = dated.get(2);
        assertThat(stress.review()).isEqualTo(Review.of("B. Doctor, GP", LocalDate.of(2025, 11, 29)));
        assertThat(stress.file()).isEqualTo("symptoms/stress.txt");

        // The same content a day later: chin tuck's review is now more than 12 months old.
        ContentReview tomorrow = ContentReview.of(lib, TODAY.plusDays(1));
        assertThat(tomorrow.items()).extracting(Item::id).contains("chin-tuck").doesNotContain("stretching");
        assertThat(tomorrow.items().stream().filter(i -> !i.neverReviewed()).map(Item::id).toList())
                .containsExactly("", "heat-therapy", "stress", "chin-tuck");
        // And long after, every review is due again.
        assertThat(ContentReview.of(lib, LocalDate.of(2031, 1, 1)).count()).isEqualTo(32);
    }

    @Test
    void theBoundaryFollowsTheCalendarAcrossALeapDay() {
        Technique t = technique("squeeze", Review.of("A. Physio", LocalDate.of(2024, 2, 29)));
        SlideLibrary lib = new SlideLibrary(Path.of("media"), reviewed(), List.of(), List.of(), List.of(t), List.of());
        assertThat(ContentReview.of(lib, LocalDate.of(2025, 2, 28)).isEmpty()).isTrue();
        assertThat(ContentReview.of(lib, LocalDate.of(2025, 3, 1)).items()).extracting(Item::id)
                .containsExactly("squeeze");
    }

    @Test
    void aHiddenTechniqueIsListedAndSaysSoAndAReviewerWithoutADateIsNeverReviewed() {
        Technique hidden = technique("off", Review.NONE);
        hidden = hidden.with(hidden.categoryId(), hidden.title(), hidden.summary(), "", List.of(), Dose.NONE,
                hidden.steps(), List.of(), false);
        Technique named = technique("named", new Review("A. Physio", java.util.Optional.empty()));
        SlideLibrary lib = new SlideLibrary(Path.of("media"), reviewed(), List.of(), List.of(),
                List.of(hidden, named), List.of());
        List<Item> items = ContentReview.of(lib, TODAY).items();
        assertThat(items).extracting(Item::id).containsExactly("off", "named");
        assertThat(items).extracting(Item::hidden).containsExactly(true, false);
        assertThat(items.get(1).neverReviewed()).isTrue();
        assertThat(items.get(1).review().by()).isEqualTo("A. Physio");
        assertThat(items.get(1).file()).isEqualTo("techniques/named.txt");
    }

    private static Technique technique(String id, Review review) {
        return new Technique(id, "stretching", 1, "Title " + id, "Summary", "", List.of(), Dose.NONE,
                List.of("Step"), List.of(), Path.of("media/techniques/" + id + ".txt"), true)
                .withRules(List.of(), List.of(), List.of(), review);
    }

    private static GeneralText reviewed() {
        GeneralText g = GeneralText.FALLBACK;
        return new GeneralText(g.introTitle(), g.introPrompt(), g.closingTitle(), g.closingText(), g.seekAdvice(),
                g.disclaimer(), g.introIllustration(), g.closingIllustration(), g.generalPlan(), g.everyday(),
                g.safety(), g.welcome(), g.redFlag(), g.redFlagsTitle(), g.redFlagsEmergency(), g.emergencyAction(),
                g.redFlagsContact(), g.contactAction(), Review.of("A. Physio", TODAY));
    }
}
