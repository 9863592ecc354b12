package org.physiokiosk.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Content in another language: each English file may have a sibling {@code ID.LANG.txt} with
 * the same keys' words. What a translation lacks falls back to English for that text only,
 * and {@link #missing} lists it for staff. Ids, order, pictures and symptoms always come
 * from the English file.
 */
public final class Translations {

    private Translations() {
    }

    /** The library in {@code language} ("en" gives it back as it is). */
    public static SlideLibrary apply(SlideLibrary english, Locale language) {
        String lang = language.getLanguage();
        if (lang.isEmpty() || lang.equals("en")) {
            return english;
        }
        org.physiokiosk.threads.OffEdt.check("reading the " + lang + " translations");
        List<ContentProblem> problems = new ArrayList<>(english.problems());
        Path media = english.mediaDir();

        List<Category> categories = new ArrayList<>();
        for (Category c : english.categories()) {
            ContentFile f = read(sibling(c.source(), lang), ContentSchema.CATEGORY, c.id(), problems);
            categories.add(f == null ? c : c.translated(text(f, "title", c.title()),
                    text(f, "summary", c.summary()), list(f, "tips", c.tips()),
                    list(f, "plan-cautions", c.planCautions()), text(f, "optional-note", c.optionalNote())));
        }
        List<Symptom> symptoms = new ArrayList<>();
        for (Symptom s : english.symptoms()) {
            ContentFile f = read(sibling(s.source(), lang), ContentSchema.SYMPTOM, s.id(), problems);
            symptoms.add(f == null ? s : s.withWords(text(f, "label", s.label()),
                    text(f, "hint", s.hint())));
        }
        List<Technique> techniques = new ArrayList<>();
        for (Technique t : english.techniques()) {
            ContentFile f = read(sibling(t.source(), lang), ContentSchema.TECHNIQUE, t.id(), problems);
            if (f == null) {
                techniques.add(t);
                continue;
            }
            Dose d = t.dose();
            Dose dose = new Dose(d.hold().isEmpty() ? "" : text(f, "hold", d.hold()),
                    d.repeat().isEmpty() ? "" : text(f, "repeat", d.repeat()),
                    d.howOften().isEmpty() ? "" : text(f, "how-often", d.howOften()),
                    d.howLong().isEmpty() ? "" : text(f, "how-long", d.howLong()));
            techniques.add(t.translated(text(f, "title", t.title()), text(f, "summary", t.summary()), dose,
                    list(f, "steps", t.steps()), list(f, "cautions", t.cautions())));
        }
        GeneralText g = english.general();
        ContentFile f = read(media.resolve("general." + lang + ".txt"), ContentSchema.GENERAL, null, problems);
        GeneralText general = f == null ? g : new GeneralText(text(f, "intro-title", g.introTitle()),
                text(f, "intro-prompt", g.introPrompt()), text(f, "closing-title", g.closingTitle()),
                text(f, "closing-text", g.closingText()), text(f, "seek-advice", g.seekAdvice()),
                text(f, "disclaimer", g.disclaimer()), g.introIllustration(), g.closingIllustration(),
                g.generalPlan(), list(f, "everyday", g.everyday()), list(f, "safety", g.safety()),
                text(f, "welcome", g.welcome()), text(f, "red-flag", g.redFlag()),
                text(f, "red-flags-title", g.redFlagsTitle()), list(f, "red-flags-emergency", g.redFlagsEmergency()),
                text(f, "emergency-action", g.emergencyAction()), list(f, "red-flags-contact", g.redFlagsContact()),
                text(f, "contact-action", g.contactAction()), g.review());
        return new SlideLibrary(media, general, categories, symptoms, techniques, problems);
    }

    /**
     * What {@code language} lacks, one line per file: a missing file or the keys it leaves to
     * English (for staff mode).
     */
    public static List<String> missing(SlideLibrary english, Locale language) {
        String lang = language.getLanguage();
        List<String> out = new ArrayList<>();
        for (Category c : english.categories()) {
            check(out, sibling(c.source(), lang), ContentSchema.CATEGORY, c);
        }
        for (Symptom s : english.symptoms()) {
            check(out, sibling(s.source(), lang), ContentSchema.SYMPTOM, s);
        }
        for (Technique t : english.techniques()) {
            check(out, sibling(t.source(), lang), ContentSchema.TECHNIQUE, t);
        }
        check(out, english.mediaDir().resolve("general." + lang + ".txt"), ContentSchema.GENERAL, english.general());
        return out;
    }

    /** What the translation of {@code item} lacks of what its English file fills. */
    private static <T> void check(List<String> out, Path file, ContentSchema.Kind<T> kind, T item) {
        String name = file.getParent().getFileName() + "/" + file.getFileName();
        if (!Files.isRegularFile(file)) {
            out.add(name + ": no translation, English is shown");
            return;
        }
        List<String> expected = kind.translatedIn(item);
        ContentFile.Outcome<List<String>> read = ContentFile.load(file, kind.translation(), f -> expected.stream()
                .filter(k -> f.entry(k).isEmpty()).sorted().toList());
        if (read.value().isEmpty()) {
            out.add(name + ": cannot be read (" + (read.line() > 0 ? "line " + read.line() + ": " : "")
                    + read.problem() + "), English is shown");
        } else if (!read.value().get().isEmpty()) {
            out.add(name + ": " + String.join(", ", read.value().get()) + " in English");
        }
    }

    private static Path sibling(Path english, String lang) {
        String name = english.getFileName().toString();
        return english.resolveSibling(name.substring(0, name.length() - ".txt".length()) + "." + lang + ".txt");
    }

    private static ContentFile read(Path file, ContentSchema.Kind<?> kind, String id,
                                    List<ContentProblem> problems) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        ContentFile.Outcome<ContentFile> read = ContentFile.load(file, kind.translation(), f -> {
            if (id != null && !id.equals(f.text("id"))) {
                throw new ContentFormatException(f.lineOf("id"), "id must be \"" + id + "\" as in the English file");
            }
            return f;
        });
        if (read.value().isEmpty()) {
            problems.add(new ContentProblem(file, read.line(), read.problem() + "; English is shown instead"));
        }
        return read.value().orElse(null);
    }

    private static String text(ContentFile f, String key, String english) {
        String v = f.text(key);
        return v.isEmpty() ? english : v;
    }

    private static List<String> list(ContentFile f, String key, List<String> english) {
        List<String> v = f.items(key);
        return v.isEmpty() ? english : v;
    }
}
