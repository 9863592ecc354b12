package org.physiokiosk.ui.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Container;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.swing.AbstractButton;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.content.SlideLibrary;
import org.physiokiosk.content.Translations;
import org.physiokiosk.illustration.Illustration;
import org.physiokiosk.illustration.IllustrationLoader;
import org.physiokiosk.plan.HandoutPlan;
import org.physiokiosk.plan.PlanBuilder;
import org.physiokiosk.printing.PrintFailedException;
import org.physiokiosk.stats.UsageRecorder;
import org.physiokiosk.testing.LayoutCheck;
import org.physiokiosk.testing.TestMedia;
import org.physiokiosk.ui.TextBlock;
import org.physiokiosk.ui.Texts;

/**
 * Issue 14, "Fits every screen", patient side: every journey screen and "Still there?", in
 * every language, on every supported screen, at normal and A+ text, laid out without a display:
 * nothing outside the screen, nothing on top of something else, no button with its words cut,
 * on every page when larger text pages the tiles or cards; and A+ makes the words of the tiles and
 * cards larger (at least 1.05 times at 1.3, 1.4 times at 1.6), not squeezed back to fit.
 */
class JourneyLayoutTest {

    static final List<Locale> LANGUAGES = LayoutCheck.LANGUAGES;
    /** Normal text and the patient's A+ sizes: 1.3 (one touch) and 1.6 (two). */
    static final float[] ZOOMS = {1f, 1.3f, 1.6f};
    /** The journey's screens (still-there is the overlay over them). */
    static final List<String> SCREENS = List.of("picker", "preview", "printing", "printed", "failed-printer",
            "failed-save", "saved-usb", "saved-pdf", "still-there", "print-trouble",
            "print-trouble-no-usb");

    private static SlideLibrary english;
    private static final IllustrationLoader LOADER = new IllustrationLoader();
    private static final ConcurrentHashMap<String, Illustration> PICTURES = new ConcurrentHashMap<>();

    @BeforeAll
    static void load() {
        english = ContentLoader.load(TestMedia.MEDIA);
    }

    static Stream<Arguments> combinations() {
        return LayoutCheck.languagesOnScreens();
    }

    @ParameterizedTest(name = "{0} {1}x{2}")
    @MethodSource("combinations")
    void everyPatientScreenFits(String language, int width, int height) {
        Locale locale = Locale.forLanguageTag(language);
        SlideLibrary lib = Translations.apply(english, locale);
        Texts texts = new Texts(locale);
        List<String> problems = new ArrayList<>();
        // The smallest words of the tiles and cards (first page) at each text size: A+ must make them larger.
        java.util.Map<String, Float> wordsPx = new java.util.HashMap<>();
        LayoutCheck.onEdt(() -> LayoutCheck.themeFor(width, height));
        for (float zoom : ZOOMS) {
            for (String screen : SCREENS) {
                Container[] shown = new Container[1];
                LayoutCheck.onEdt(() -> shown[0] = screen(screen, lib, texts, locale, zoom));
                // Every page, turned as a finger would: "Next page" until there is none.
                for (int page = 1; ; page++) {
                    String where = screen + " @" + width + "x" + height + " A+" + zoom + " " + language
                            + (page > 1 ? " page " + page : "");
                    LayoutCheck.layOut(shown[0], width, height);
                    LayoutCheck.onEdt(() -> {
                        problems.addAll(LayoutCheck.problems(shown[0], where));
                        AbstractButton larger = find(shown[0], "text-larger");
                        if (screen.equals("preview") && find(shown[0], "read-plan") == null) {
                            problems.add(where + ": no \"Read aloud\" button with an engine present");
                        }
                        if (larger != null && larger.getWidth() > 2 * larger.getPreferredSize().width) {
                            problems.add(where + ": the A+ button is stretched to " + larger.getWidth() + " px");
                        }
                    });
                    if (page == 1 && (screen.equals("picker") || screen.equals("preview"))) {
                        LayoutCheck.onEdt(() -> wordsPx.put(screen + " " + zoom, (float) TextBlock.allIn(
                                (Container) named(shown[0], screen.equals("picker") ? "symptom-tiles" : "plan-cards"))
                                .stream().mapToDouble(TextBlock::smallestFontPx).min().orElse(0)));
                    }
                    AbstractButton more = find(shown[0], "page-next");
                    if (more == null || !more.isEnabled()) {
                        break;
                    }
                    LayoutCheck.onEdt(more::doClick);
                }
            }
        }
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
        for (String screen : List.of("picker", "preview")) {
            float normal = wordsPx.get(screen + " 1.0");
            assertThat(wordsPx.get(screen + " 1.3")).as(screen + ": A+ 1.3 against normal text, px")
                    .isGreaterThanOrEqualTo(normal * 1.05f);
            assertThat(wordsPx.get(screen + " 1.6")).as(screen + ": A+ 1.6 against normal text, px")
                    .isGreaterThanOrEqualTo(normal * 1.4f);
        }
    }

    @org.junit.jupiter.api.Test
    void theCurrentLanguageIsMarkedBoldAtTheSameSizeAsTheOthers() {
        LayoutCheck.onEdt(() -> LayoutCheck.themeFor(1920, 1080));
        Locale locale = Locale.GERMAN;
        SlideLibrary lib = Translations.apply(english, locale);
        Container[] shown = new Container[1];
        LayoutCheck.onEdt(() -> shown[0] = screen("picker", lib, new Texts(locale), locale, 1f));
        LayoutCheck.layOut(shown[0], 1920, 1080);
        LayoutCheck.onEdt(() -> {
            java.awt.Font current = find(shown[0], "language-de").getFont();
            java.awt.Font other = find(shown[0], "language-en").getFont();
            assertThat(current.isBold()).as("the current language is bold").isTrue();
            assertThat(current.getSize2D()).as("its size against another language's").isEqualTo(other.getSize2D());
        });
    }

    static java.awt.Component named(Container c, String name) {
        java.awt.Component found = search(c, name);
        if (found == null) {
            throw new AssertionError("no " + name);
        }
        return found;
    }

    private static java.awt.Component search(Container c, String name) {
        for (java.awt.Component child : c.getComponents()) {
            if (name.equals(child.getName())) {
                return child;
            }
            if (child instanceof Container cc) {
                java.awt.Component found = search(cc, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** One patient screen, as the kiosk shows it, at this text size. */
    static Container screen(String screen, SlideLibrary lib, Texts texts, Locale locale, float zoom) {
        if (screen.equals("still-there")) {
            StillThereOverlay overlay = new StillThereOverlay(texts, () -> { });
            overlay.setSecondsLeft(10);
            overlay.setVisible(true);
            return overlay;
        }
        JourneyPresenter presenter = new JourneyPresenter(new JourneyPresenter.Language(locale, lib.symptoms(),
                new PlanBuilder(lib, 6), NO_SERVICES), Runnable::run, Runnable::run, UsageRecorder.NONE);
        // Read aloud on (a fake engine): its buttons are on the plan and on every card, and must fit too.
        presenter.readAloudWith(new ReadAloud(new org.physiokiosk.testing.FakeSpeech(), 100, 150, Texts::new,
                Runnable::run));
        JourneyPanel panel = new JourneyPanel(presenter, texts, JourneyLayoutTest::picture, lib.general().welcome(),
                lib.general().redFlag(), LANGUAGES, locale, l -> { });
        presenter.start();
        // A+ as a patient touches it: once for 1.3, twice for 1.6.
        while (presenter.textSize().factor() < zoom - 0.01f) {
            find(panel, "text-larger").doClick();
        }
        Consumer<JourneyPanel> show = switch (screen) {
            case "picker" -> p -> { };
            case "preview" -> p -> {
                // Every symptom picked: the fullest plan (six cards), the longest "You told us".
                lib.symptoms().forEach(s -> presenter.toggle(s.id()));
                presenter.next();
            };
            case "printing" -> p -> p.showWorking(JourneyPresenter.Work.PRINTING);
            case "printed" -> p -> p.showDone(JourneyPresenter.Outcome.PRINTED, "");
            case "saved-usb" -> p -> p.showDone(JourneyPresenter.Outcome.SAVED_USB, "KINGSTON");
            case "saved-pdf" -> p -> p.showDone(JourneyPresenter.Outcome.SAVED_PDF,
                    "/home/kiosk/exports/plan-2026-11-30-1642.pdf");
            case "failed-printer" -> p -> p.showFailed(JourneyPresenter.Failure.NO_PRINTER, "", true);
            // The longest title; the USB stick offered (three buttons), or saving for the reception (longer words).
            case "print-trouble" -> p -> p.showPrintTrouble(org.physiokiosk.printing.PrintTrouble.NOT_PRINTED, true);
            case "print-trouble-no-usb" -> p -> p.showPrintTrouble(org.physiokiosk.printing.PrintTrouble.NOT_PRINTED,
                    false);
            case "failed-save" -> p -> p.showFailed(JourneyPresenter.Failure.SAVE_FAILED,
                    "The USB stick was taken out before the plan was saved.", true);
            default -> throw new IllegalArgumentException(screen);
        };
        show.accept(panel);
        return panel;
    }

    static AbstractButton find(Container c, String name) {
        for (java.awt.Component child : c.getComponents()) {
            if (name.equals(child.getName()) && child instanceof AbstractButton b) {
                return b;
            }
            if (child instanceof Container cc) {
                AbstractButton found = find(cc, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static Illustration picture(String file) {
        return PICTURES.computeIfAbsent(file, f -> LOADER.load(english.illustrationsDir().resolve(f)));
    }

    private static final JourneyPresenter.Services NO_SERVICES = new JourneyPresenter.Services() {
        @Override
        public byte[] handout(HandoutPlan plan) {
            return new byte[0];
        }

        @Override
        public String print(byte[] pdf) throws PrintFailedException {
            return "";
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
            return true;
        }
    };
}
