package org.physiokiosk.content;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.physiokiosk.schedule.Schedule;
import org.physiokiosk.schedule.ScheduleText;

/**
 * The content format, written once: every kind of file in {@code media/}, its keys in the
 * order they are written, which are lists, which are required, which a translation may hold,
 * and the rules for ids and picture names. The loader, the translations, the writer, staff
 * mode's checks and {@code docs/content-format.md} (checked by a test) all read it from here.
 */
public final class ContentSchema {

    /** How a value is written in the file. */
    public enum Shape {
        TEXT("text"), LIST("list of \"- \" lines"), NUMBER("whole number"), IDS("ids, comma-separated"),
        ID("id"), PICTURE("picture file name"), YES_NO("yes or no"),
        DATE("date, YYYY-MM-DD"), WEEKDAYS("weekdays, e.g. mon-fri or sat, sun"),
        HOURS("hour ranges, e.g. 08:00-12:00, 14:00-18:00"), STYLE("information, important or welcome"),
        LINK("web address starting with https://");

        private final String words;

        Shape(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /**
     * One key of a kind of file.
     *
     * @param value what the key holds in a loaded item, as written to the file (a {@code String},
     *              or a {@code List<String>} for lists); "" or an empty list: the key is not written
     */
    public record Field<T>(String key, Shape shape, boolean required, boolean translatable, String help,
                           Function<T, Object> value) {

        public boolean list() {
            return shape == Shape.LIST;
        }
    }

    /**
     * A kind of content file.
     *
     * @param name   what staff call it
     * @param place  where its files live, e.g. {@code techniques/<id>.txt}
     * @param folder its folder inside {@code media/}, or "" for a single file at the top
     */
    public record Kind<T>(String name, String place, String folder, List<Field<T>> fields) {

        public Kind {
            fields = List.copyOf(fields);
        }

        public Optional<Field<T>> field(String key) {
            return fields.stream().filter(f -> f.key().equals(key)).findFirst();
        }

        /** The keys and lists the English file may hold. */
        ContentFile.Kind english() {
            return new ContentFile.Kind(keys(fields), lists(fields), required(fields));
        }

        /**
         * The keys a translation ({@code ID.LANG.txt}) may hold: the translatable ones, and the id
         * (which must equal the English file's) where the kind has one. Nothing is required: what a
         * translation lacks is shown in English.
         */
        ContentFile.Kind translation() {
            List<Field<T>> allowed = fields.stream().filter(f -> f.translatable() || f.key().equals("id")).toList();
            return new ContentFile.Kind(keys(allowed), lists(allowed), Set.of());
        }

        /** The translatable keys that {@code english} fills, which a complete translation has too. */
        public List<String> translatedIn(T english) {
            List<String> out = new ArrayList<>();
            for (Field<T> f : fields) {
                if (f.translatable() && !isEmpty(f.value().apply(english))) {
                    out.add(f.key());
                }
            }
            return out;
        }

        private static <T> Set<String> keys(List<Field<T>> fields) {
            Set<String> out = new LinkedHashSet<>();
            fields.forEach(f -> out.add(f.key()));
            return out;
        }

        private static <T> Set<String> lists(List<Field<T>> fields) {
            Set<String> out = new LinkedHashSet<>();
            fields.stream().filter(Field::list).forEach(f -> out.add(f.key()));
            return out;
        }

        private static <T> Set<String> required(List<Field<T>> fields) {
            Set<String> out = new LinkedHashSet<>();
            fields.stream().filter(Field::required).forEach(f -> out.add(f.key()));
            return out;
        }
    }

    /** Lower-case letters and digits in words joined by single dashes; it is also the file name. */
    public static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** The picture types the kiosk shows. */
    public static final Set<String> PICTURE_TYPES = Set.of("svg", "png", "jpg", "jpeg");
    /** The languages a translation may be written in ({@code ID.LANG.txt}). */
    public static final Set<String> LANGUAGES = Set.of("es", "fr", "de", "uk");

    public static final Kind<Technique> TECHNIQUE = new Kind<>("technique", "techniques/<id>.txt", "techniques",
            List.of(
                    field("id", Shape.ID, true, false, "must equal the file name without .txt", Technique::id),
                    field("category", Shape.ID, true, false, "a category file in media/categories/",
                            Technique::categoryId),
                    field("order", Shape.NUMBER, false, false, "position inside its category on the loop "
                            + "(default: after the others)", t -> order(t.order())),
                    field("title", Shape.TEXT, true, true, "the name patients read", Technique::title),
                    field("summary", Shape.TEXT, true, true, "one or two sentences under the title",
                            Technique::summary),
                    field("illustration", Shape.PICTURE, false, false, "a file in media/illustrations/ "
                            + "(default: a neutral placeholder)", Technique::illustration),
                    field("alt", Shape.TEXT, false, true, "the drawing in words, for someone who cannot see it: "
                            + "the pose and the movement, as the steps say (a screen reader reads it from the "
                            + "handout; default: the title, with a warning in the log)", Technique::alt),
                    field("symptoms", Shape.IDS, false, false, "the symptoms it helps (files in media/symptoms/)",
                            t -> String.join(", ", t.symptoms())),
                    field("not-for", Shape.IDS, false, false, "symptoms it must never be offered for, even when "
                            + "another picked symptom brings it in", t -> String.join(", ", t.notFor())),
                    field("not-with", Shape.IDS, false, false, "techniques it must never share a plan with; when "
                            + "two clash, the plan keeps the one serving more picked symptoms (a symptom's first "
                            + "choice on a tie)", t -> String.join(", ", t.notWith())),
                    field("hold", Shape.TEXT, false, true, "dose: how long to hold", t -> t.dose().hold()),
                    field("repeat", Shape.TEXT, false, true, "dose: how many times", t -> t.dose().repeat()),
                    field("how-often", Shape.TEXT, false, true, "dose: how often", t -> t.dose().howOften()),
                    field("how-long", Shape.TEXT, false, true, "dose: for how long", t -> t.dose().howLong()),
                    field("enabled", Shape.YES_NO, false, false, "no keeps it off the loop and out of plans "
                            + "without deleting it (default: yes)", t -> t.enabled() ? "" : "no"),
                    showFrom(Technique::schedule), showUntil(Technique::schedule), days(Technique::schedule),
                    hours(Technique::schedule),
                    reviewedBy(Technique::review), reviewedOn(Technique::review),
                    field("steps", Shape.LIST, true, true, "how to do it, at least one step", Technique::steps),
                    field("cautions", Shape.LIST, false, true, "what to watch out for", Technique::cautions),
                    ruleReasons("not-for and not-with", Technique::ruleReasons)));

    public static final Kind<Category> CATEGORY = new Kind<>("category", "categories/<id>.txt", "categories",
            List.of(
                    field("id", Shape.ID, true, false, "must equal the file name without .txt", Category::id),
                    field("order", Shape.NUMBER, false, false, "position on the loop", c -> order(c.order())),
                    field("title", Shape.TEXT, true, true, "the group's name", Category::title),
                    field("summary", Shape.TEXT, true, true, "what the group is for", Category::summary),
                    field("tips", Shape.LIST, false, true, "advice shown with the group", Category::tips),
                    field("optional", Shape.YES_NO, false, false, "yes: its techniques are options (the "
                            + "medicines): after the self-care techniques, with the optional note, never in the week "
                            + "tracker (default: no)", c -> c.optional() ? "yes" : ""),
                    field("optional-note", Shape.TEXT, false, true, "printed beside each of its techniques when it "
                            + "is optional", Category::optionalNote),
                    showFrom(Category::schedule), showUntil(Category::schedule), days(Category::schedule),
                    hours(Category::schedule),
                    reviewedBy(Category::review), reviewedOn(Category::review),
                    field("plan-cautions", Shape.LIST, false, true, "printed in the handout's safety box "
                            + "whenever one of its techniques is in the plan", Category::planCautions)));

    public static final Kind<Symptom> SYMPTOM = new Kind<>("symptom", "symptoms/<id>.txt", "symptoms",
            List.of(
                    field("id", Shape.ID, true, false, "must equal the file name without .txt", Symptom::id),
                    field("order", Shape.NUMBER, false, false, "position on the picker", s -> order(s.order())),
                    field("label", Shape.TEXT, true, true, "the tile's words, in a patient's words",
                            Symptom::label),
                    field("hint", Shape.TEXT, false, true, "a longer explanation (second line, screen readers)",
                            Symptom::hint),
                    field("icon", Shape.PICTURE, false, false, "a file in media/illustrations/", Symptom::icon),
                    field("first-choice", Shape.IDS, false, false, "the technique(s) a clinician wants first for "
                            + "it: a plan serves it with these before anything else", s -> String.join(", ",
                            s.firstChoice())),
                    reviewedBy(Symptom::review), reviewedOn(Symptom::review),
                    ruleReasons("first-choice", Symptom::ruleReasons)));

    public static final Kind<GeneralText> GENERAL = new Kind<>("general texts", "general.txt", "",
            List.of(
                    field("intro-title", Shape.TEXT, true, true, "the first slide's title", GeneralText::introTitle),
                    field("intro-prompt", Shape.TEXT, true, true, "the first slide's invitation to touch",
                            GeneralText::introPrompt),
                    field("closing-title", Shape.TEXT, true, true, "the last slide's title",
                            GeneralText::closingTitle),
                    field("closing-text", Shape.TEXT, true, true, "the last slide's text", GeneralText::closingText),
                    field("seek-advice", Shape.TEXT, true, true, "the article's \"seek medical advice\" line, on "
                            + "every plan", GeneralText::seekAdvice),
                    field("disclaimer", Shape.TEXT, true, true, "the handout's footer", GeneralText::disclaimer),
                    field("intro-illustration", Shape.PICTURE, false, false, "the first slide's picture",
                            GeneralText::introIllustration),
                    field("closing-illustration", Shape.PICTURE, false, false, "the last slide's picture",
                            GeneralText::closingIllustration),
                    field("general-plan", Shape.IDS, false, false, "technique ids for a patient who picks no "
                            + "symptom", g -> String.join(", ", g.generalPlan())),
                    field("welcome", Shape.TEXT, false, true, "the first patient screen's greeting",
                            GeneralText::welcome),
                    field("red-flag", Shape.TEXT, false, true, "the notice on the first patient screen: when to "
                            + "tell the reception now", GeneralText::redFlag),
                    field("red-flags-title", Shape.TEXT, false, true, "the heading of the red-flag box on page 1 "
                            + "of every handout", GeneralText::redFlagsTitle),
                    field("emergency-action", Shape.TEXT, false, true, "what to do at home for the emergency red "
                            + "flags; {number} is the clinic.emergency.number setting", GeneralText::emergencyAction),
                    field("contact-action", Shape.TEXT, false, true, "what to do at home for the other red flags",
                            GeneralText::contactAction),
                    reviewedBy(GeneralText::review), reviewedOn(GeneralText::review),
                    field("everyday", Shape.LIST, false, true, "everyday advice on every handout",
                            GeneralText::everyday),
                    field("safety", Shape.LIST, false, true, "safety lines on every handout, above the seek-advice "
                            + "line (leave out what seek-advice already says)", GeneralText::safety),
                    field("red-flags-emergency", Shape.LIST, false, true, "red flags printed under the "
                            + "emergency action", GeneralText::redFlagsEmergency),
                    field("red-flags-contact", Shape.LIST, false, true, "red flags printed under the contact "
                            + "action", GeneralText::redFlagsContact)));

    public static final Kind<Notice> NOTICE = new Kind<>("notice", "notices/<id>.txt", "notices",
            List.of(
                    field("id", Shape.ID, true, false, "must equal the file name without .txt", Notice::id),
                    field("order", Shape.NUMBER, false, false, "which notice takes its turn first on the loop "
                            + "(default: after the others)", n -> order(n.order())),
                    field("title", Shape.TEXT, true, true, "the notice's headline", Notice::title),
                    field("style", Shape.STYLE, false, false, "its colours: information (calm), important "
                            + "(stands out) or welcome (warm) (default: information)", n -> n.style().word()),
                    field("picture", Shape.PICTURE, false, false, "a file in media/illustrations/ shown beside "
                            + "the text", Notice::picture),
                    field("link", Shape.LINK, false, false, "shown as a QR code with the address under it; only "
                            + "https:// links", Notice::link),
                    field("enabled", Shape.YES_NO, false, false, "no keeps it off the loop without deleting it "
                            + "(default: yes)", n -> n.enabled() ? "" : "no"),
                    showFrom(Notice::schedule), showUntil(Notice::schedule), days(Notice::schedule),
                    hours(Notice::schedule),
                    field("text", Shape.LIST, true, true, "a few short lines, one sentence or two each (several "
                            + "are shown as bullets)", Notice::text)));

    /** Every kind, in the order the documentation lists them. */
    public static final List<Kind<?>> KINDS = List.of(TECHNIQUE, CATEGORY, SYMPTOM, GENERAL, NOTICE);

    private ContentSchema() {
    }

    private static <T> Field<T> field(String key, Shape shape, boolean required, boolean translatable, String help,
                                      Function<T, Object> value) {
        return new Field<>(key, shape, required, translatable, help, value);
    }

    private static <T> Field<T> reviewedBy(Function<T, Review> review) {
        return field("reviewed-by", Shape.TEXT, false, false, "who last reviewed this health content (e.g. a "
                + "physiotherapist's name and role)", t -> review.apply(t).by());
    }

    private static <T> Field<T> reviewedOn(Function<T, Review> review) {
        return field("reviewed-on", Shape.DATE, false, false, "the day of that review; staff mode lists content "
                + "never reviewed or reviewed more than " + Review.VALID_MONTHS + " months ago",
                t -> review.apply(t).date());
    }

    // The schedule of a slide: the same four keys on every kind that can carry one (see docs/content-format.md).

    private static <T> Field<T> showFrom(Function<T, Schedule> schedule) {
        return field(ScheduleText.SHOW_FROM, Shape.DATE, false, false, "the first day the slide is shown on the "
                + "loop (default: no limit)", t -> schedule.apply(t).written().showFrom());
    }

    private static <T> Field<T> showUntil(Function<T, Schedule> schedule) {
        return field(ScheduleText.SHOW_UNTIL, Shape.DATE, false, false, "the last day the slide is shown "
                + "(included; default: no limit)", t -> schedule.apply(t).written().showUntil());
    }

    private static <T> Field<T> days(Function<T, Schedule> schedule) {
        return field(ScheduleText.DAYS, Shape.WEEKDAYS, false, false, "the weekdays it is shown on, English names "
                + "full or short (default: every day)", t -> schedule.apply(t).written().days());
    }

    private static <T> Field<T> hours(Function<T, Schedule> schedule) {
        return field(ScheduleText.HOURS, Shape.HOURS, false, false, "the hours of the day it is shown in, by the "
                + "kiosk's clock (default: all day); a line that cannot be read hides the slide until it is fixed",
                t -> schedule.apply(t).written().hours());
    }

    private static <T> Field<T> ruleReasons(String rules, Function<T, List<String>> reasons) {
        return field("rule-reasons", Shape.LIST, false, false, "why the " + rules + " rules are there, one "
                + "line per rule, for the clinician who reviews them", reasons::apply);
    }

    private static String order(int order) {
        return order == Integer.MAX_VALUE ? "" : Integer.toString(order);
    }

    static boolean isEmpty(Object value) {
        return value instanceof List<?> l ? l.isEmpty() : value == null || value.toString().isEmpty();
    }

    /**
     * The table of {@code kind}'s keys as {@code docs/content-format.md} shows it (a test checks
     * the document against it, so the document cannot drift from the format).
     */
    public static String markdown(Kind<?> kind) {
        StringBuilder out = new StringBuilder("| key | holds | required | in a translation | what it is for |\n"
                + "| --- | --- | --- | --- | --- |\n");
        for (Field<?> f : kind.fields()) {
            boolean inTranslation = f.translatable() || (f.key().equals("id") && !kind.folder().isEmpty());
            out.append("| `").append(f.key()).append("` | ").append(f.shape().words()).append(" | ")
                    .append(f.required() ? "yes" : "no").append(" | ")
                    .append(f.translatable() ? "yes" : inTranslation ? "must equal the English" : "no")
                    .append(" | ").append(f.help()).append(" |\n");
        }
        return out.toString();
    }

    /** Why {@code id} is not a valid id, or empty. */
    public static Optional<String> idProblem(String id) {
        return ID.matcher(id).matches() ? Optional.empty() : Optional.of("id \"" + id
                + "\" may use only lower-case letters, digits and single dashes");
    }

    /**
     * Why {@code name} cannot name a picture, or empty: only a plain file name inside
     * {@code media/illustrations/} of a type the kiosk shows, so a content file (or a staff
     * edit) can never make the kiosk read another path.
     */
    public static Optional<String> pictureProblem(String name) {
        if (name.contains("/") || name.contains("\\") || name.contains("..") || name.contains(":")
                || name.startsWith(".")) {
            return Optional.of("illustration \"" + name
                    + "\" must be a plain file name inside media/illustrations/ (no folders)");
        }
        int dot = name.lastIndexOf('.');
        String type = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (!PICTURE_TYPES.contains(type)) {
            return Optional.of("illustration \"" + name + "\" must be an SVG, PNG or JPEG file");
        }
        return Optional.empty();
    }
}
