package org.physiokiosk.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.physiokiosk.schedule.Schedule;
import org.physiokiosk.schedule.ScheduleProblem;
import org.physiokiosk.schedule.ScheduleText;

/**
 * Reads {@code media/} into a {@link SlideLibrary}. Every file is checked on its own:
 * a broken file is skipped with a located {@link ContentProblem}, never the whole library.
 */
public final class ContentLoader {

    private static final System.Logger LOG = System.getLogger(ContentLoader.class.getName());

    static final String GENERAL_FILE = "general.txt";
    static final String CATEGORIES_DIR = "categories";
    static final String TECHNIQUES_DIR = "techniques";
    static final String SYMPTOMS_DIR = "symptoms";
    static final String ILLUSTRATIONS_DIR = "illustrations";
    static final String NOTICES_DIR = "notices";

    /** Far more than a clinic writes; a folder with more is not a content folder. */
    static final int MAX_FILES_PER_FOLDER = 500;

    private final Path mediaDir;
    private final List<ContentProblem> problems = new ArrayList<>();
    /** The line of each technique's {@code not-with:} and each symptom's {@code first-choice:}, for problems found later. */
    private final Map<String, Integer> notWithLines = new HashMap<>();
    private final Map<String, Integer> firstChoiceLines = new HashMap<>();

    private ContentLoader(Path mediaDir) {
        this.mediaDir = mediaDir;
    }

    /** Loads everything under {@code mediaDir}; never throws for bad content. */
    public static SlideLibrary load(Path mediaDir) {
        org.physiokiosk.threads.OffEdt.check("reading the content in " + mediaDir);
        return new ContentLoader(mediaDir).loadAll();
    }

    private SlideLibrary loadAll() {
        GeneralText general = loadGeneral();
        List<Category> categories = loadCategories();
        List<Symptom> symptoms = loadSymptoms();
        List<Technique> techniques = loadTechniques(categories, symptoms);
        general = checkGeneralPlan(general, techniques);
        checkNotWith(techniques);
        checkFirstChoices(symptoms, techniques);
        List<Notice> notices = loadNotices();
        return new SlideLibrary(mediaDir, general, categories, symptoms, techniques, notices, problems);
    }

    private GeneralText loadGeneral() {
        Path file = mediaDir.resolve(GENERAL_FILE);
        if (!Files.isRegularFile(file)) {
            problems.add(new ContentProblem(file, 0, "file not found; the built-in English texts are shown"));
            return GeneralText.FALLBACK;
        }
        ContentFile.Outcome<GeneralText> read = ContentFile.load(file, ContentSchema.GENERAL.english(), f -> {
            GeneralText fb = GeneralText.FALLBACK;
            if (!f.text("emergency-action").isEmpty() && !f.text("emergency-action").contains("{number}")) {
                problems.add(new ContentProblem(file, f.lineOf("emergency-action"), "\"emergency-action:\" has no "
                        + "{number}, so the handout cannot print the clinic's emergency number (clinic.emergency.number) "
                        + "in it"));
            }
            boolean noFlags = f.items("red-flags-emergency").isEmpty() && f.items("red-flags-contact").isEmpty();
            return new GeneralText(f.text("intro-title"), f.text("intro-prompt"),
                    f.text("closing-title"), f.text("closing-text"), f.text("seek-advice"),
                    f.text("disclaimer"), illustration(f, file, "intro-illustration"),
                    illustration(f, file, "closing-illustration"), ids(f, "general-plan"),
                    f.items("everyday"), f.items("safety"),
                    orFallback(f.text("welcome"), fb.welcome()),
                    orFallback(f.text("red-flag"), fb.redFlag()),
                    orFallback(f.text("red-flags-title"), fb.redFlagsTitle()),
                    // A handout always carries the red flags: none written means the built-in ones.
                    noFlags ? fb.redFlagsEmergency() : f.items("red-flags-emergency"),
                    orFallback(f.text("emergency-action"), fb.emergencyAction()),
                    noFlags ? fb.redFlagsContact() : f.items("red-flags-contact"),
                    orFallback(f.text("contact-action"), fb.contactAction()),
                    review(f, file));
        });
        if (read.value().isPresent()) {
            return read.value().get();
        }
        problems.add(new ContentProblem(file, read.line(), read.problem()
                + "; the built-in English texts are shown instead"));
        return GeneralText.FALLBACK;
    }

    private List<Category> loadCategories() {
        List<Category> categories = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Path file : textFiles(mediaDir.resolve(CATEGORIES_DIR))) {
            parseSkippingProblems(file, ContentSchema.CATEGORY.english(), f -> {
                String id = checkedId(f, file, seen);
                return new Category(id, f.integer("order", Integer.MAX_VALUE), f.text("title"),
                        f.text("summary"), f.items("tips"), f.items("plan-cautions"), file,
                        yesNo(f, "optional", false), f.text("optional-note"), review(f, file),
                        schedule(f, file));
            }).ifPresent(categories::add);
        }
        categories.sort(Comparator.comparingInt(Category::order).thenComparing(Category::id));
        if (categories.isEmpty()) {
            problems.add(new ContentProblem(mediaDir.resolve(CATEGORIES_DIR), 0,
                    "no usable category files: only the intro and closing slides can be shown"));
        }
        return categories;
    }

    private List<Symptom> loadSymptoms() {
        List<Symptom> symptoms = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Path file : textFiles(mediaDir.resolve(SYMPTOMS_DIR))) {
            parseSkippingProblems(file, ContentSchema.SYMPTOM.english(), f -> {
                String id = checkedId(f, file, seen);
                firstChoiceLines.put(id, f.lineOf("first-choice"));
                return new Symptom(id, f.integer("order", Integer.MAX_VALUE), f.text("label"),
                        f.text("hint"), illustration(f, file, "icon"), file, ids(f, "first-choice"),
                        f.items("rule-reasons"), review(f, file));
            }).ifPresent(symptoms::add);
        }
        symptoms.sort(Comparator.comparingInt(Symptom::order).thenComparing(Symptom::id));
        return symptoms;
    }

    /** Ids in the general plan that name no loaded technique are reported and left out. */
    private GeneralText checkGeneralPlan(GeneralText general, List<Technique> techniques) {
        Set<String> known = new HashSet<>();
        techniques.forEach(t -> known.add(t.id()));
        List<String> kept = new ArrayList<>();
        for (String id : general.generalPlan()) {
            if (known.contains(id)) {
                kept.add(id);
            } else {
                problems.add(new ContentProblem(mediaDir.resolve(GENERAL_FILE), 0, "general-plan names \"" + id
                        + "\", which is not a loaded technique; it is left out of the general plan"));
            }
        }
        return general.withGeneralPlan(kept);
    }

    /**
     * A {@code not-with:} id that names no loaded technique is reported on its line. The rule stays as
     * written (a technique whose file is broken today is back tomorrow, and the rule with it); a rule
     * about a technique that is not there simply never applies.
     */
    private void checkNotWith(List<Technique> techniques) {
        Set<String> known = new HashSet<>();
        techniques.forEach(t -> known.add(t.id()));
        for (Technique t : techniques) {
            int line = notWithLines.getOrDefault(t.id(), 0);
            for (String id : t.notWith()) {
                if (id.equals(t.id())) {
                    problems.add(new ContentProblem(t.source(), line, "\"not-with:\" names the technique itself; "
                            + "that rule never applies"));
                } else if (!known.contains(id)) {
                    problems.add(new ContentProblem(t.source(), line, "\"not-with:\" names \"" + id
                            + "\", which is not a loaded technique; that rule never applies"));
                }
            }
        }
    }

    /**
     * A {@code first-choice:} id that names no loaded technique, or one not written for the
     * symptom, is reported on its line; the plan builder passes over it to the next choice.
     */
    private void checkFirstChoices(List<Symptom> symptoms, List<Technique> techniques) {
        Map<String, Technique> byId = new HashMap<>();
        techniques.forEach(t -> byId.put(t.id(), t));
        for (Symptom s : symptoms) {
            int line = firstChoiceLines.getOrDefault(s.id(), 0);
            for (String id : s.firstChoice()) {
                Technique t = byId.get(id);
                if (t == null) {
                    problems.add(new ContentProblem(s.source(), line, "\"first-choice:\" names \"" + id
                            + "\", which is not a loaded technique; it is passed over"));
                } else if (!t.symptoms().contains(s.id()) || t.notFor().contains(s.id())) {
                    problems.add(new ContentProblem(s.source(), line, "\"first-choice:\" names \"" + id
                            + "\", which is not written for this symptom (its \"symptoms:\" line does not name \""
                            + s.id() + "\", or its \"not-for:\" does); it is passed over"));
                }
            }
        }
    }

    private List<Technique> loadTechniques(List<Category> categories, List<Symptom> symptoms) {
        Set<String> symptomIds = new HashSet<>();
        symptoms.forEach(s -> symptomIds.add(s.id()));
        Map<String, Integer> categoryOrder = new HashMap<>();
        categories.forEach(c -> categoryOrder.put(c.id(), c.order()));
        Set<String> seen = new HashSet<>();
        List<Technique> techniques = new ArrayList<>();
        for (Path file : textFiles(mediaDir.resolve(TECHNIQUES_DIR))) {
            parseSkippingProblems(file, ContentSchema.TECHNIQUE.english(), f -> {
                String id = checkedId(f, file, seen);
                String category = f.text("category");
                if (!categoryOrder.containsKey(category)) {
                    throw new ContentFormatException(f.lineOf("category"), "unknown category \"" + category
                            + "\"; expected one of " + String.join(", ", categoryOrder.keySet().stream()
                            .sorted().toList()));
                }
                Dose dose = new Dose(f.text("hold"), f.text("repeat"), f.text("how-often"), f.text("how-long"));
                notWithLines.put(id, f.lineOf("not-with"));
                List<String> serves = knownSymptoms(f, file, symptomIds, "symptoms");
                List<String> notFor = knownSymptoms(f, file, symptomIds, "not-for");
                for (String both : notFor) {
                    if (serves.contains(both)) {
                        problems.add(new ContentProblem(file, f.lineOf("not-for"), "\"not-for:\" names \"" + both
                                + "\", which \"symptoms:\" names too; it is not offered for \"" + both + "\""));
                    }
                }
                return new Technique(id, category, f.integer("order", Integer.MAX_VALUE), f.text("title"),
                        f.text("summary"), illustration(f, file, "illustration"), serves, dose,
                        f.items("steps"), f.items("cautions"), file, yesNo(f, "enabled", true),
                        ids(f, "not-with"), notFor, f.items("rule-reasons"), review(f, file), schedule(f, file),
                        alt(f, file));
            }).ifPresent(techniques::add);
        }
        techniques.sort(Comparator.<Technique>comparingInt(t -> categoryOrder.get(t.categoryId()))
                .thenComparing(Technique::categoryId)
                .thenComparingInt(Technique::order)
                .thenComparing(Technique::id));
        return techniques;
    }

    /**
     * The technique's {@code alt:}. Without one the handout still passes PDF/UA (its figure is
     * described by the title), so it is not a problem that changes what the kiosk shows: a
     * warning located at the file goes to the log for whoever writes the content.
     */
    private static String alt(ContentFile f, Path file) {
        String alt = f.text("alt");
        if (alt.isBlank()) {
            LOG.log(System.Logger.Level.WARNING, "{0}: no \"alt:\" line (the drawing in words for someone who "
                    + "cannot see it); the handout describes the drawing by the title", new ContentProblem(file,
                    f.lineOf("illustration"), "").toString().replaceAll(": $", ""));
        }
        return alt;
    }

    /** Notices are optional: a media folder without {@code notices/} simply has none. */
    private List<Notice> loadNotices() {
        List<Notice> notices = new ArrayList<>();
        Path dir = mediaDir.resolve(NOTICES_DIR);
        if (!Files.exists(dir)) {
            return notices;
        }
        Set<String> seen = new HashSet<>();
        for (Path file : textFiles(dir)) {
            parseSkippingProblems(file, ContentSchema.NOTICE.english(), f -> {
                String id = checkedId(f, file, seen);
                Notice.Style style = Notice.Style.of(f.text("style")).orElseThrow(() -> new ContentFormatException(
                        f.lineOf("style"), "\"style:\" must be information, important or welcome, found \""
                        + f.text("style") + "\""));
                String link = f.text("link");
                if (!link.isEmpty()) {
                    String why = org.physiokiosk.qr.WebLink.problem(link);
                    if (why != null) {
                        throw new ContentFormatException(f.lineOf("link"), "\"link:\" must be " + why);
                    }
                }
                return new Notice(id, f.integer("order", Integer.MAX_VALUE), f.text("title"), f.items("text"),
                        illustration(f, file, "picture"), link.strip(), style, yesNo(f, "enabled", true),
                        schedule(f, file), file);
            }).ifPresent(notices::add);
        }
        notices.sort(Comparator.comparingInt(Notice::order).thenComparing(Notice::id));
        return notices;
    }

    private <T> Optional<T> parseSkippingProblems(Path file, ContentFile.Kind kind, ContentFile.Reading<T> reader) {
        ContentFile.Outcome<T> read = ContentFile.load(file, kind, reader);
        if (read.value().isEmpty()) {
            problems.add(new ContentProblem(file, read.line(), read.problem() + " — file skipped"));
        }
        return read.value();
    }

    private String checkedId(ContentFile f, Path file, Set<String> seen) throws ContentFormatException {
        String id = f.text("id");
        Optional<String> bad = ContentSchema.idProblem(id);
        if (bad.isPresent()) {
            throw new ContentFormatException(f.lineOf("id"), bad.get());
        }
        String expected = file.getFileName().toString();
        expected = expected.substring(0, expected.length() - ".txt".length());
        if (!id.equals(expected)) {
            throw new ContentFormatException(f.lineOf("id"), "id \"" + id + "\" must match the file name \""
                    + expected + ".txt\"");
        }
        if (!seen.add(id)) {
            throw new ContentFormatException(f.lineOf("id"), "id \"" + id + "\" is used by another file");
        }
        return id;
    }

    private static boolean yesNo(ContentFile f, String key, boolean absent) throws ContentFormatException {
        String v = f.text(key).toLowerCase(Locale.ROOT);
        switch (v) {
            case "":
                return absent;
            case "yes", "true":
                return true;
            case "no", "false":
                return false;
            default:
                throw new ContentFormatException(f.lineOf(key), "\"" + key + ":\" must be yes or no, found \""
                        + v + "\"");
        }
    }

    /**
     * {@code reviewed-by:} and {@code reviewed-on:}. A date that is not a real YYYY-MM-DD day, or
     * one in the future, is reported on its line and the content counts as not reviewed; the
     * content itself is kept.
     */
    private Review review(ContentFile f, Path file) {
        String by = f.text("reviewed-by");
        String on = f.text("reviewed-on");
        if (on.isEmpty()) {
            return new Review(by, Optional.empty());
        }
        try {
            java.time.LocalDate date = java.time.LocalDate.parse(on);
            if (date.isAfter(java.time.LocalDate.now().plusDays(1))) {
                problems.add(new ContentProblem(file, f.lineOf("reviewed-on"), "\"reviewed-on:\" " + on
                        + " is in the future; the content counts as not reviewed"));
                return new Review(by, Optional.empty());
            }
            return new Review(by, Optional.of(date));
        } catch (java.time.format.DateTimeParseException e) {
            problems.add(new ContentProblem(file, f.lineOf("reviewed-on"), "\"reviewed-on:\" must be a date "
                    + "written YYYY-MM-DD (e.g. 2026-11-30), found \"" + on + "\"; the content counts as not "
                    + "reviewed"));
            return new Review(by, Optional.empty());
        }
    }

    /**
     * {@code show-from:}, {@code show-until:}, {@code days:} and {@code hours:}. A line that cannot be
     * read is reported on its line and the slide is kept off the loop until it is fixed (a broken
     * "show-until" must not put a notice on screen for ever); the rest of the file is used.
     */
    private Schedule schedule(ContentFile f, Path file) {
        ScheduleText.Result read = ScheduleText.parse(new Schedule.Written(f.text(ScheduleText.SHOW_FROM),
                f.text(ScheduleText.SHOW_UNTIL), f.text(ScheduleText.DAYS), f.text(ScheduleText.HOURS)));
        for (ScheduleProblem p : read.problems()) {
            problems.add(new ContentProblem(file, f.lineOf(p.key()), p.message()
                    + "; the slide stays off the loop until this line is fixed"));
        }
        return read.schedule();
    }

    private static String orFallback(String value, String fallback) {
        return value.isEmpty() ? fallback : value;
    }

    /** A comma-separated list of ids, each checked for its form. */
    private static List<String> ids(ContentFile f, String key) throws ContentFormatException {
        String raw = f.text(key);
        if (raw.isEmpty()) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        for (String part : raw.split(",")) {
            String id = part.strip();
            if (!ContentSchema.ID.matcher(id).matches()) {
                throw new ContentFormatException(f.lineOf(key), "\"" + key + ":\" id \"" + id
                        + "\" may use only lower-case letters, digits and single dashes (separate ids with commas)");
            }
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    /** A symptom id with no file in media/symptoms/ is a typo: reported and dropped, the technique kept. */
    private List<String> knownSymptoms(ContentFile f, Path file, Set<String> known, String key)
            throws ContentFormatException {
        List<String> ids = new ArrayList<>(ids(f, key));
        for (String id : List.copyOf(ids)) {
            if (!known.contains(id)) {
                ids.remove(id);
                problems.add(new ContentProblem(file, f.lineOf(key), "\"" + key + ":\" names unknown symptom \"" + id
                        + "\" (not in media/symptoms/); it is ignored"));
            }
        }
        return ids;
    }

    /**
     * Only a plain file name inside {@code media/illustrations/} is accepted, so a content file
     * can never make the kiosk read an arbitrary path. A missing file is reported but keeps the
     * technique: the slide shows a neutral placeholder.
     */
    private String illustration(ContentFile f, Path file, String key) throws ContentFormatException {
        String name = f.text(key);
        if (name.isEmpty()) {
            return "";
        }
        int line = f.lineOf(key);
        Optional<String> bad = ContentSchema.pictureProblem(name);
        if (bad.isPresent()) {
            throw new ContentFormatException(line, bad.get());
        }
        Path picture;
        try {
            picture = mediaDir.resolve(ILLUSTRATIONS_DIR).resolve(name);
        } catch (java.nio.file.InvalidPathException e) {
            throw new ContentFormatException(line, "illustration \"" + name
                    + "\" is not a file name this computer accepts");
        }
        if (!Files.isRegularFile(picture)) {
            problems.add(new ContentProblem(file, line, "illustration \"" + name
                    + "\" not found in media/illustrations/; a placeholder is shown"));
        }
        return name;
    }

    private List<Path> textFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            problems.add(new ContentProblem(dir, 0, "folder not found"));
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> found = files.filter(p -> p.getFileName().toString().endsWith(".txt"))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(ContentLoader::isEnglishFile)
                    .limit(MAX_FILES_PER_FOLDER + 1L)
                    .sorted()
                    .toList();
            if (found.size() > MAX_FILES_PER_FOLDER) {
                problems.add(new ContentProblem(dir, 0, "holds more than " + MAX_FILES_PER_FOLDER
                        + " content files; only the first " + MAX_FILES_PER_FOLDER + " are read (is media.dir the "
                        + "right folder?)"));
                return found.subList(0, MAX_FILES_PER_FOLDER);
            }
            return found;
        } catch (IOException | java.io.UncheckedIOException e) {
            LOG.log(System.Logger.Level.WARNING, "Cannot list " + dir, e);
            problems.add(new ContentProblem(dir, 0, "folder cannot be read (" + e.getMessage() + ")"));
            return List.of();
        }
    }

    /** Translations live beside the English file as {@code id.es.txt}; they are not separate techniques. */
    private static boolean isEnglishFile(Path p) {
        String name = p.getFileName().toString();
        return name.substring(0, name.length() - ".txt".length()).indexOf('.') < 0;
    }
}
