package org.physiokiosk.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
        return read(english, language).apply(english);
    }

    /**
     * Reads {@code language}'s files for the items of {@code english} (file work: off the event
     * thread); "en" reads nothing. A file that cannot be read is a problem of the result, and
     * English is shown for it.
     */
    public static Translation read(SlideLibrary english, Locale language) {
        String lang = language.getLanguage();
        if (lang.isEmpty() || lang.equals("en")) {
            return Translation.english();
        }
        org.physiokiosk.threads.OffEdt.check("reading the " + lang + " translations");
        List<ContentProblem> problems = new ArrayList<>();
        Map<String, ContentFile> categories = new HashMap<>();
        for (Category c : english.categories()) {
            put(categories, c.id(), read(sibling(c.source(), lang), ContentSchema.CATEGORY, c.id(), problems));
        }
        Map<String, ContentFile> symptoms = new HashMap<>();
        for (Symptom s : english.symptoms()) {
            put(symptoms, s.id(), read(sibling(s.source(), lang), ContentSchema.SYMPTOM, s.id(), problems));
        }
        Map<String, ContentFile> techniques = new HashMap<>();
        for (Technique t : english.techniques()) {
            put(techniques, t.id(), read(sibling(t.source(), lang), ContentSchema.TECHNIQUE, t.id(), problems));
        }
        Map<String, ContentFile> notices = new HashMap<>();
        for (Notice n : english.notices()) {
            put(notices, n.id(), read(sibling(n.source(), lang), ContentSchema.NOTICE, n.id(), problems));
        }
        ContentFile general = read(english.mediaDir().resolve("general." + lang + ".txt"), ContentSchema.GENERAL,
                null, problems);
        return new Translation(language, categories, symptoms, techniques, notices, general, problems);
    }

    private static void put(Map<String, ContentFile> files, String id, ContentFile file) {
        if (file != null) {
            files.put(id, file);
        }
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
        for (Notice n : english.notices()) {
            check(out, sibling(n.source(), lang), ContentSchema.NOTICE, n);
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

    /**
     * The language {@code t}'s words are in when shown in {@code language}: that language when its
     * translation file is there, else English (a new technique not yet translated stays English).
     */
    public static Locale languageOf(Technique t, Locale language) {
        String lang = language.getLanguage();
        if (lang.equals("en") || t.source() == null || t.source().getFileName() == null
                || !t.source().getFileName().toString().endsWith(".txt")) {
            return language;
        }
        return Files.isRegularFile(sibling(t.source(), lang)) ? language : Locale.ENGLISH;
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
}
