package org.physiokiosk.ui.staff;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.physiokiosk.content.Category;
import org.physiokiosk.content.Slide;
import org.physiokiosk.content.SlideLibrary;
import org.physiokiosk.content.Technique;
import org.physiokiosk.content.Translation;
import org.physiokiosk.content.Translations;
import org.physiokiosk.settings.KioskSettings;
import org.physiokiosk.ui.Texts;

/**
 * The language of the Slides tab's preview, so staff can proof each one: the technique being
 * edited (in English) through that language's translation, English where it lacks a text,
 * with the screen's words in that language, as patients of that language will see it. Plain
 * Java: the translation files are read on the worker, the result handed back on the UI.
 */
final class PreviewLanguage {

    /** What the tab does when the preview's language changes. */
    interface View {
        /** The preview now speaks {@code language}: mark the choice and draw the slide again. */
        void languageShown(Locale language);

        /** {@code language} could not be shown (plain words); the preview keeps its language. */
        void languageNotShown(Locale language, String why);
    }

    private final List<Locale> languages;
    private final Supplier<SlideLibrary> english;
    private final StaffWork work;
    private Locale language;
    private Translation translation;
    private Texts texts;
    /** Counts the choices, so that a slow earlier one cannot overwrite a later one. */
    private int chosen;

    /**
     * Starts in English, the language staff edit: the preview shows what they type.
     *
     * @param english      the content as staff edit it (read again after each change)
     * @param englishTexts the screen's words in English
     */
    PreviewLanguage(List<Locale> languages, Supplier<SlideLibrary> english, Texts englishTexts, StaffWork work) {
        this.languages = List.copyOf(languages);
        this.english = english;
        this.work = work;
        this.language = Locale.ENGLISH;
        this.texts = englishTexts;
        this.translation = Translation.english();
    }

    /**
     * The languages to proof: English (what staff edit) first, then those patients are offered
     * and the start language, in the settings' order.
     */
    static List<Locale> offered(KioskSettings settings) {
        List<String> codes = new ArrayList<>(List.of("en"));
        settings.languages().forEach(l -> add(codes, l));
        add(codes, settings.language());
        return codes.stream().map(Locale::forLanguageTag).toList();
    }

    private static void add(List<String> codes, Locale l) {
        if (!codes.contains(l.getLanguage())) {
            codes.add(l.getLanguage());
        }
    }

    List<Locale> languages() {
        return languages;
    }

    Locale language() {
        return language;
    }

    /** The screen's words in the preview's language (the dose labels). */
    Texts texts() {
        return texts;
    }

    /**
     * Reads {@code l}'s translation files on the worker (read afresh each time: a file fixed
     * on disk shows at the next choice), then shows it.
     */
    void choose(Locale l, View view) {
        int ticket = ++chosen;
        work.run("Reading the " + l.getLanguage() + " translations for the preview",
                () -> new Loaded(Translations.read(english.get(), l), new Texts(l)), loaded -> {
                    if (ticket != chosen) {
                        return; // staff have chosen another language since
                    }
                    language = l;
                    translation = loaded.translation();
                    texts = loaded.texts();
                    view.languageShown(l);
                }, why -> {
                    if (ticket == chosen) {
                        view.languageNotShown(l, why);
                    }
                });
    }

    /** The slide of {@code technique}, as staff have edited it, in the preview's language. */
    Slide.TechniqueSlide slide(Technique technique, Category category) {
        return new Slide.TechniqueSlide(translation.technique(technique), translation.category(category));
    }

    /**
     * A category's opening slide, previewing {@code techniques}, in the preview's language: the
     * words where the translation has them, the schedule as staff have set it.
     */
    Slide.CategoryIntro slide(Category category, List<Technique> techniques) {
        return new Slide.CategoryIntro(translation.category(category),
                techniques.stream().map(translation::technique).toList());
    }

    /** {@code notice}, as staff have edited it, in the preview's language (its words where the translation has them). */
    Slide.NoticeSlide slide(org.physiokiosk.content.Notice notice) {
        return new Slide.NoticeSlide(translation.notice(notice));
    }

    private record Loaded(Translation translation, Texts texts) {
    }
}
