package org.physiokiosk.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One language's translation files, read once (see {@link Translations#read}): applies them to
 * the English library, or to a single English item such as a technique staff are editing.
 * What a file lacks stays English, text by text. Reads no files itself.
 */
public final class Translation {

    private final Locale language;
    private final Map<String, ContentFile> categories;
    private final Map<String, ContentFile> symptoms;
    private final Map<String, ContentFile> techniques;
    private final Map<String, ContentFile> notices;
    private final ContentFile general;
    private final List<ContentProblem> problems;

    Translation(Locale language, Map<String, ContentFile> categories, Map<String, ContentFile> symptoms,
                Map<String, ContentFile> techniques, Map<String, ContentFile> notices, ContentFile general,
                List<ContentProblem> problems) {
        this.language = language;
        this.categories = Map.copyOf(categories);
        this.symptoms = Map.copyOf(symptoms);
        this.techniques = Map.copyOf(techniques);
        this.notices = Map.copyOf(notices);
        this.general = general;
        this.problems = List.copyOf(problems);
    }

    /** English: every item as it is. */
    public static Translation english() {
        return new Translation(Locale.ENGLISH, Map.of(), Map.of(), Map.of(), Map.of(), null, List.of());
    }

    public Locale language() {
        return language;
    }

    /** Files of this language that could not be read (English is shown for them). */
    public List<ContentProblem> problems() {
        return problems;
    }

    /** The library in this language: the English one's ids, order, pictures and symptoms, these words. */
    public SlideLibrary apply(SlideLibrary english) {
        if (categories.isEmpty() && symptoms.isEmpty() && techniques.isEmpty() && notices.isEmpty() && general == null
                && problems.isEmpty()) {
            return english;
        }
        List<ContentProblem> all = new ArrayList<>(english.problems());
        all.addAll(problems);
        return new SlideLibrary(english.mediaDir(), general(english.general()),
                english.categories().stream().map(this::category).toList(),
                english.symptoms().stream().map(this::symptom).toList(),
                english.techniques().stream().map(this::technique).toList(),
                english.notices().stream().map(this::notice).toList(), all);
    }

    public Category category(Category c) {
        ContentFile f = categories.get(c.id());
        return f == null ? c : c.translated(text(f, "title", c.title()),
                text(f, "summary", c.summary()), list(f, "tips", c.tips()),
                list(f, "plan-cautions", c.planCautions()), text(f, "optional-note", c.optionalNote()));
    }

    public Symptom symptom(Symptom s) {
        ContentFile f = symptoms.get(s.id());
        return f == null ? s : s.withWords(text(f, "label", s.label()), text(f, "hint", s.hint()));
    }

    /** {@code t} in this language; a technique with no translation file (a new one) stays English. */
    public Technique technique(Technique t) {
        ContentFile f = techniques.get(t.id());
        if (f == null) {
            return t;
        }
        Dose d = t.dose();
        // A part of the dose that English leaves out stays out: the translation cannot add one.
        Dose dose = new Dose(d.hold().isEmpty() ? "" : text(f, "hold", d.hold()),
                d.repeat().isEmpty() ? "" : text(f, "repeat", d.repeat()),
                d.howOften().isEmpty() ? "" : text(f, "how-often", d.howOften()),
                d.howLong().isEmpty() ? "" : text(f, "how-long", d.howLong()));
        return t.translated(text(f, "title", t.title()), text(f, "summary", t.summary()), dose,
                list(f, "steps", t.steps()), list(f, "cautions", t.cautions())).withAlt(text(f, "alt", t.alt()));
    }

    /** {@code n} in this language; a notice with no translation file stays English. */
    public Notice notice(Notice n) {
        ContentFile f = notices.get(n.id());
        return f == null ? n : n.translated(text(f, "title", n.title()), list(f, "text", n.text()));
    }

    public GeneralText general(GeneralText g) {
        ContentFile f = general;
        return f == null ? g : new GeneralText(text(f, "intro-title", g.introTitle()),
                text(f, "intro-prompt", g.introPrompt()), text(f, "closing-title", g.closingTitle()),
                text(f, "closing-text", g.closingText()), text(f, "seek-advice", g.seekAdvice()),
                text(f, "disclaimer", g.disclaimer()), g.introIllustration(), g.closingIllustration(),
                g.generalPlan(), list(f, "everyday", g.everyday()), list(f, "safety", g.safety()),
                text(f, "welcome", g.welcome()), text(f, "red-flag", g.redFlag()),
                text(f, "red-flags-title", g.redFlagsTitle()), list(f, "red-flags-emergency", g.redFlagsEmergency()),
                text(f, "emergency-action", g.emergencyAction()), list(f, "red-flags-contact", g.redFlagsContact()),
                text(f, "contact-action", g.contactAction()), g.review());
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
