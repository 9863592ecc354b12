package org.physiokiosk.ui.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.swing.AbstractButton;
import org.junit.jupiter.api.Test;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.content.SlideLibrary;
import org.physiokiosk.content.Symptom;
import org.physiokiosk.content.Technique;
import org.physiokiosk.content.Translations;
import org.physiokiosk.plan.HandoutPlan;
import org.physiokiosk.plan.PlanBuilder;
import org.physiokiosk.stats.UsageRecorder;
import org.physiokiosk.testing.FakeSpeech;
import org.physiokiosk.testing.LayoutCheck;
import org.physiokiosk.testing.TestMedia;
import org.physiokiosk.ui.Texts;

/**
 * Read aloud (issue 18), with a fake engine that records what it is asked to say: the words and
 * their order, the patient's language, one item at a time, and silence when the screen it belongs
 * to goes (idle reset, language switch, leaving the plan); no button without an engine or with
 * the setting off.
 */
class ReadAloudTest {

    private static final SlideLibrary ENGLISH = ContentLoader.load(TestMedia.MEDIA);

    private final FakeSpeech engine = new FakeSpeech();
    private final List<String> changes = new ArrayList<>();

    private JourneyPresenter journey(Locale language, ReadAloud reader) {
        SlideLibrary lib = Translations.apply(ENGLISH, language);
        JourneyPresenter p = new JourneyPresenter(language(language), Runnable::run, Runnable::run,
                UsageRecorder.NONE);
        p.attach(new JourneyPresenterTest.NoView());
        p.readAloudWith(reader);
        reader.onChange(() -> changes.add(String.valueOf(reader.reading())));
        p.start();
        lib.symptoms().forEach(s -> p.toggle(s.id()));
        p.next();
        return p;
    }

    private static JourneyPresenter.Language language(Locale l) {
        SlideLibrary lib = Translations.apply(ENGLISH, l);
        return new JourneyPresenter.Language(l, lib.symptoms(), new PlanBuilder(lib, 6), NoServices.INSTANCE);
    }

    private ReadAloud reader() {
        return new ReadAloud(engine, 70, 140, Texts::new, Runnable::run);
    }

    @Test
    void thePlanIsReadTechniqueByTechniqueWithTheScreensWordsInTheHandoutsOrder() {
        JourneyPresenter p = journey(Locale.ENGLISH, reader());
        p.readPlanAloud();

        assertThat(engine.spoken()).hasSize(1);
        FakeSpeech.Spoken said = engine.spoken().get(0);
        assertThat(said.language()).isEqualTo(Locale.ENGLISH);
        assertThat(said.volume()).isEqualTo(70);
        assertThat(said.rate()).isEqualTo(140);
        String text = said.text();
        assertThat(text).startsWith("Your home-care plan.");
        List<Technique> order = JourneyPresenter.cards(p.plan()).stream().map(JourneyPresenter.Card::technique)
                .toList();
        assertThat(order).hasSizeGreaterThan(2);
        int at = text.indexOf("You told us:");
        for (Technique t : order) {
            int title = text.indexOf(t.title(), at);
            assertThat(title).as(t.id() + " after the one before").isGreaterThan(at);
            Texts en = new Texts(Locale.ENGLISH);
            int step = text.indexOf(SpokenPlan.spoken(t.steps().get(0), en), title);
            assertThat(step).as(t.id() + ": its first step after its title").isGreaterThan(title);
            if (!t.dose().isEmpty()) {
                assertThat(text.indexOf(SpokenPlan.spoken(t.dose().lines().get(0).text(), en), step))
                        .as(t.id() + ": dose after the steps")
                        .isGreaterThan(step);
            }
            if (!t.cautions().isEmpty()) {
                assertThat(text.indexOf(SpokenPlan.spoken(t.cautions().get(0), en), step))
                        .as(t.id() + ": cautions after the steps")
                        .isGreaterThan(step);
            }
            at = title;
        }
        assertThat(text).contains("Hold:").contains("Take care:");
    }

    @Test
    void rangesAreSaidAsAPersonSaysThemInTheirLanguage() {
        assertThat(SpokenPlan.spoken("Repeat: 10–15 times, 3-5 times a day", new Texts(Locale.ENGLISH)))
                .isEqualTo("Repeat: 10 to 15 times, 3 to 5 times a day");
        assertThat(SpokenPlan.spoken("10–15 Mal", new Texts(Locale.GERMAN))).isEqualTo("10 bis 15 Mal");
        assertThat(SpokenPlan.spoken("Hold for 5 seconds.", new Texts(Locale.FRENCH))).isEqualTo("Hold for 5 seconds.");
        JourneyPresenter p = journey(Locale.ENGLISH, reader());
        p.readPlanAloud();
        assertThat(engine.spoken().get(0).text()).doesNotContain("–").contains(" to 15 times");
    }

    @Test
    void aSpanishPatientHearsSpanish() {
        JourneyPresenter p = journey(Locale.forLanguageTag("es"), reader());
        p.readPlanAloud();
        FakeSpeech.Spoken said = engine.spoken().get(0);
        assertThat(said.language().getLanguage()).isEqualTo("es");
        Technique first = JourneyPresenter.cards(p.plan()).get(0).technique();
        Technique english = ENGLISH.technique(first.id()).orElseThrow();
        assertThat(first.title()).isNotEqualTo(english.title());
        assertThat(said.text()).startsWith("Tu plan").contains(first.title()).contains("Mantén:")
                .doesNotContain(english.title()).doesNotContain("Hold:");
    }

    @Test
    void aNewItemStopsTheOneBeingReadAndTheSameButtonAgainStopsIt() {
        JourneyPresenter p = journey(Locale.ENGLISH, reader());
        String first = JourneyPresenter.cards(p.plan()).get(0).technique().id();
        p.readPlanAloud();
        String plan = engine.spoken().get(0).text();
        p.readCardAloud(first);
        assertThat(engine.stopped()).containsExactly(plan);
        assertThat(p.readingAloud()).isEqualTo("card:" + first);
        assertThat(engine.spoken().get(1).text()).startsWith(ENGLISH.technique(first).orElseThrow().title())
                .doesNotContain("Your home-care plan");

        p.readCardAloud(first); // its button says "Stop" now
        assertThat(engine.stopped()).hasSize(2);
        assertThat(p.readingAloud()).isNull();
        assertThat(changes).containsExactly("plan", "card:" + first, "null");
    }

    @Test
    void readingToTheEndTellsTheScreenSoItsButtonSaysReadAloudAgain() {
        JourneyPresenter p = journey(Locale.ENGLISH, reader());
        p.readPlanAloud();
        engine.finish();
        assertThat(p.readingAloud()).isNull();
        assertThat(changes).containsExactly("plan", "null");
        assertThat(engine.stopped()).isEmpty();
    }

    @Test
    void theIdleResetSilencesTheKiosk() {
        JourneyPresenter p = journey(Locale.ENGLISH, reader());
        p.readPlanAloud();
        p.timedOut();
        assertThat(engine.speaking()).isFalse();
        assertThat(engine.stopped()).hasSize(1);
    }

    @Test
    void switchingLanguageStopsTheOldLanguagesWords() {
        JourneyPresenter p = journey(Locale.ENGLISH, reader());
        p.readPlanAloud();
        p.switchLanguage(language(Locale.GERMAN));
        assertThat(engine.speaking()).isFalse();
        p.readTileAloud(p.selected().iterator().next());
        assertThat(engine.spoken().get(1).language()).isEqualTo(Locale.GERMAN);
    }

    @Test
    void leavingThePlanStopsIt() {
        JourneyPresenter back = journey(Locale.ENGLISH, reader());
        back.readPlanAloud();
        back.back();
        assertThat(engine.speaking()).as("back to the picker").isFalse();

        JourneyPresenter printing = journey(Locale.ENGLISH, reader());
        printing.readPlanAloud();
        printing.print();
        assertThat(engine.speaking()).as("printing").isFalse();

        JourneyPresenter done = journey(Locale.ENGLISH, reader());
        done.readPlanAloud();
        done.finish();
        assertThat(engine.speaking()).as("finished").isFalse();
    }

    @Test
    void turningTheCardsPageAwayStopsTheCardBeingReadButNotThePlan() {
        JourneyPresenter p = journey(Locale.ENGLISH, reader());
        p.largerText(); // four cards a page at A+ 1.3: the plan's cards take two pages
        List<JourneyPresenter.Card> cards = JourneyPresenter.cards(p.plan());
        assertThat(cards).hasSizeGreaterThan(JourneyPresenter.cardGrid(cards.size(), p.textSize()).perPage());
        String first = cards.get(0).technique().id();
        p.readCardAloud(first);
        p.nextPage();
        assertThat(engine.speaking()).as("the card and its Stop button left the screen").isFalse();
        assertThat(p.readingAloud()).isNull();
        assertThat(changes).containsExactly("card:" + first, "null");

        p.readPlanAloud();
        p.previousPage();
        assertThat(p.readingAloud()).as("the whole plan is read across its pages").isEqualTo("plan");
        assertThat(engine.speaking()).isTrue();

        String fifth = cards.get(4).technique().id(); // on the second page
        p.nextPage();
        p.readCardAloud(fifth);
        p.largerText(); // A+ 1.6: two a page, the page with the fifth card stays on screen
        assertThat(p.readingAloud()).as("a card still on screen goes on").isEqualTo("card:" + fifth);
        p.previousPage();
        assertThat(p.readingAloud()).isNull();
        assertThat(engine.speaking()).isFalse();
    }

    @Test
    void aTileIsReadWithoutBeingPickedOrUnpicked() {
        JourneyPresenter p = journey(Locale.ENGLISH, reader());
        p.back();
        Symptom s = ENGLISH.symptoms().get(0);
        Set<String> before = Set.copyOf(p.selected());
        p.readTileAloud(s.id());
        p.readTileAloud(s.id()); // a second long press reads it again from the start, it does not stop
        assertThat(p.selected()).isEqualTo(before);
        assertThat(engine.spoken()).extracting(FakeSpeech.Spoken::text).containsExactly(SpokenPlan.tile(s),
                SpokenPlan.tile(s));
        assertThat(SpokenPlan.tile(s)).startsWith(s.label());
        assertThat(p.readingAloud()).isEqualTo("tile:" + s.id());
    }

    @Test
    void nothingIsOfferedOrSpokenWithoutAnEngineOrWithTheSettingOff() {
        for (ReadAloud none : List.of(ReadAloud.off(),
                new ReadAloud(new FakeSpeech(false), 100, 150, Texts::new, Runnable::run))) {
            JourneyPresenter p = journey(Locale.ENGLISH, none);
            assertThat(p.canReadAloud()).isFalse();
            p.readPlanAloud();
            assertThat(p.readingAloud()).isNull();
        }
        assertThat(new ReadAloud(new FakeSpeech(false), 100, 150, Texts::new, Runnable::run).whyNot())
                .isEqualTo("espeak-ng is not installed: apt-get install espeak-ng");
    }

    @Test
    void theButtonsAppearOnlyWithAnEngineAndSayStopWhileReading() {
        LayoutCheck.onEdt(() -> LayoutCheck.themeFor(1920, 1080));
        AbstractButton[] found = new AbstractButton[4];
        LayoutCheck.onEdt(() -> {
            JourneyPanel off = panel(ReadAloud.off());
            found[0] = JourneyLayoutTest.find(off, "read-plan");
            JourneyPanel on = panel(reader());
            found[1] = JourneyLayoutTest.find(on, "read-plan");
            String card = JourneyPresenter.cards(on.presenter().plan()).get(0).technique().id();
            found[2] = JourneyLayoutTest.find(on, "read-card-" + card);
            found[1].doClick();
            found[3] = found[1];
        });
        assertThat(found[0]).as("no button with the setting off").isNull();
        assertThat(found[1]).isNotNull();
        assertThat(found[2]).as("a card's own button").isNotNull();
        LayoutCheck.onEdt(() -> {
            assertThat(found[3].getText()).isEqualTo("Stop");
            assertThat(found[2].getText()).isEqualTo("Listen");
            found[2].doClick();
            assertThat(found[3].getText()).isEqualTo("Read aloud");
            assertThat(found[2].getText()).isEqualTo("Stop");
        });
        assertThat(engine.spoken()).hasSize(2);
    }

    private JourneyPanel panel(ReadAloud reader) {
        Locale l = Locale.ENGLISH;
        JourneyPresenter p = new JourneyPresenter(language(l), Runnable::run, Runnable::run, UsageRecorder.NONE);
        p.readAloudWith(reader);
        JourneyPanel panel = new JourneyPanel(p, new Texts(l), f -> new org.physiokiosk.illustration.Illustration
                .Placeholder("test"), "Welcome", "Red flag", List.of(l), l, x -> { });
        p.start();
        ENGLISH.symptoms().forEach(s -> p.toggle(s.id()));
        p.next();
        return panel;
    }

    /** Handouts of nothing, no printer, no USB stick: read aloud needs none of them. */
    static final class NoServices implements JourneyPresenter.Services {
        static final NoServices INSTANCE = new NoServices();

        @Override
        public byte[] handout(HandoutPlan plan) {
            return new byte[0];
        }

        @Override
        public String print(byte[] pdf) {
            return "test printer";
        }

        @Override
        public Path saveToExports(byte[] pdf) {
            return Path.of("plan.pdf");
        }

        @Override
        public Path saveToUsb(byte[] pdf) {
            return Path.of("plan.pdf");
        }

        @Override
        public boolean usbAvailable() {
            return false;
        }
    }
}
