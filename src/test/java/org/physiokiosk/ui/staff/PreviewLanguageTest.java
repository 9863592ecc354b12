package org.physiokiosk.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.physiokiosk.content.Category;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.content.Dose;
import org.physiokiosk.content.Slide;
import org.physiokiosk.content.SlideLibrary;
import org.physiokiosk.content.Technique;
import org.physiokiosk.settings.KioskSettings;
import org.physiokiosk.settings.Settings;
import org.physiokiosk.settings.SettingsLoader;
import org.physiokiosk.testing.TestMedia;
import org.physiokiosk.ui.Texts;

/** The language of staff mode's slide preview, headless: what the preview shows in each one. */
class PreviewLanguageTest {

    private static final SlideLibrary ENGLISH = ContentLoader.load(TestMedia.MEDIA);
    private static final Locale ES = Locale.forLanguageTag("es");
    private static final Locale UK = Locale.forLanguageTag("uk");

    private final Executor direct = Runnable::run;
    private final List<String> told = new ArrayList<>();
    private final PreviewLanguage.View view = new PreviewLanguage.View() {
        @Override
        public void languageShown(Locale language) {
            told.add("shown " + language);
        }

        @Override
        public void languageNotShown(Locale language, String why) {
            told.add("not shown " + language + ": " + why);
        }
    };

    private final Technique chinTuck = ENGLISH.technique("chin-tuck").orElseThrow();
    private final Category stretching = ENGLISH.category("stretching").orElseThrow();
    /** Chin tuck as staff are editing it: a new English title and picture, and a duration no translation has. */
    private final Technique edited = chinTuck.with(chinTuck.categoryId(), "Gentle chin tuck", chinTuck.summary(),
            "posture.svg", chinTuck.symptoms(), new Dose("5 seconds", "10–15 times", "3–5 times a day", "for 2 weeks"),
            chinTuck.steps(), chinTuck.cautions(), true);

    private PreviewLanguage preview(Executor work) {
        return new PreviewLanguage(PreviewLanguage.offered(SettingsLoader.load(TestMedia.SETTINGS).settings()),
                () -> ENGLISH, new Texts(Locale.ENGLISH), new StaffWork(work, direct));
    }

    private static String words(PreviewLanguage p, Slide.TechniqueSlide s) {
        return s.category().title() + " | " + s.technique().title() + " | "
                + p.texts().get("dose.HOLD") + " " + s.technique().dose().hold() + " | " + s.technique().dose().howLong()
                + " | " + s.technique().steps().get(0) + " | " + s.technique().illustration();
    }

    @Test
    void theLanguagesAreEnglishFirstThenThoseOfferedAndTheStartLanguage() {
        KioskSettings fixture = SettingsLoader.load(TestMedia.SETTINGS).settings();
        assertThat(PreviewLanguage.offered(fixture)).extracting(Locale::getLanguage)
                .containsExactly("en", "es", "fr", "de", "uk");
        KioskSettings spanishClinic = fixture.with(Settings.LANGUAGES, List.of(ES, UK)).withLanguage(
                Locale.forLanguageTag("de"));
        assertThat(PreviewLanguage.offered(spanishClinic)).extracting(Locale::getLanguage)
                .containsExactly("en", "es", "uk", "de");
        assertThat(PreviewLanguage.offered(fixture.with(Settings.LANGUAGES, List.of(Locale.ENGLISH))))
                .containsExactly(Locale.ENGLISH);
    }

    @Test
    void itStartsInEnglishShowingWhatStaffType() {
        PreviewLanguage p = preview(direct);

        assertThat(p.language()).isEqualTo(Locale.ENGLISH);
        assertThat(words(p, p.slide(edited, stretching)))
                .isEqualTo("Stretching exercises | Gentle chin tuck | Hold: 5 seconds | for 2 weeks | "
                        + "Sit or stand with your shoulders relaxed and your eyes looking straight ahead. | posture.svg");
    }

    @Test
    void choosingSpanishShowsTheSpanishContentAndLabelsWithEnglishWhereTheTranslationLacksIt() {
        PreviewLanguage p = preview(direct);

        p.choose(ES, view);

        assertThat(told).containsExactly("shown es");
        assertThat(p.language()).isEqualTo(ES);
        // The translated words; the picture and the new duration as staff edited them in English.
        assertThat(words(p, p.slide(edited, stretching)))
                .isEqualTo("Ejercicios de estiramiento | Retracción de barbilla | Mantén: 5 segundos | for 2 weeks | "
                        + "Siéntate o ponte de pie con los hombros relajados y la mirada al frente. | posture.svg");

        p.choose(UK, view);
        assertThat(words(p, p.slide(edited, stretching))).startsWith(
                "Вправи на розтягування | Притягування підборіддя | Утримувати:");

        p.choose(Locale.ENGLISH, view);
        assertThat(told).containsExactly("shown es", "shown uk", "shown en");
        assertThat(words(p, p.slide(edited, stretching))).startsWith("Stretching exercises | Gentle chin tuck | Hold:");
    }

    @Test
    void theTranslationIsReadOnTheWorkerAndTheLastChoiceWins() {
        List<Runnable> worker = new ArrayList<>();
        PreviewLanguage p = preview(worker::add);

        p.choose(ES, view);
        p.choose(UK, view);
        assertThat(told).isEmpty(); // nothing read yet: the preview still speaks English
        assertThat(p.language()).isEqualTo(Locale.ENGLISH);

        worker.get(1).run(); // Ukrainian is read first,
        worker.get(0).run(); // and the slower Spanish answer comes too late to count

        assertThat(told).containsExactly("shown uk");
        assertThat(p.language()).isEqualTo(UK);
        assertThat(p.slide(edited, stretching).technique().title()).isEqualTo("Притягування підборіддя");
    }

    @Test
    void aLanguageThatCannotBeReadIsToldAndThePreviewKeepsItsLanguage() {
        PreviewLanguage p = new PreviewLanguage(List.of(Locale.ENGLISH, ES), () -> {
            throw new java.io.UncheckedIOException(new java.nio.file.AccessDeniedException("media/techniques"));
        }, new Texts(Locale.ENGLISH), new StaffWork(direct, direct));

        p.choose(ES, view);

        assertThat(told).containsExactly("not shown es: permission denied for media/techniques");
        assertThat(p.language()).isEqualTo(Locale.ENGLISH);
    }
}
