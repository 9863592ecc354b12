package org.physiokiosk.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.swing.JList;
import javax.swing.JTabbedPane;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.physiokiosk.illustration.IllustrationLoader;
import org.physiokiosk.settings.KioskSettings;
import org.physiokiosk.settings.SettingsLoader;
import org.physiokiosk.staff.ContentEditor;
import org.physiokiosk.staff.PinGate;
import org.physiokiosk.staff.StaffAccess;
import org.physiokiosk.stats.EventType;
import org.physiokiosk.stats.UsageReport;
import org.physiokiosk.testing.LayoutCheck;
import org.physiokiosk.testing.TestMedia;
import org.physiokiosk.ui.Texts;
import org.physiokiosk.ui.slides.SlideViews;

/**
 * Issue 14, "Fits every screen", staff side: every tab of the back office (the Slides tab with
 * a technique open, on each of its parts), and the PIN keypad in each of its modes, in every
 * language, on every supported screen, at the kiosk's own scale, laid out without a display.
 */
class StaffLayoutTest {

    static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"), Locale.FRENCH,
            Locale.GERMAN, Locale.forLanguageTag("uk"));
    /**
     * The kiosk's own scale for each screen. Staff screens have no A+ button; at 1.3 times the
     * kiosk's scale (a larger-text setting they do not have) most forms run out: not checked yet.
     */
    static final float[] SCALES = {1f};
    static final int SLIDES = 0;
    static final int SYMPTOMS = 1;
    static final int REVIEW = 2;
    static final int SETTINGS = 3;
    static final int REPORTS = 4;
    static final int EXIT = 5;
    /** The keypad's modes, each as the presenter shows it (see PinPadPresenter). */
    static final List<String> KEYPAD = List.of("enter", "leave", "locked", "code", "set", "confirm", "not-saved",
            "not-set-up");

    private static Path dir;
    private static KioskSettings settings;
    private static ContentEditor content;

    @BeforeAll
    static void load() throws IOException {
        if (dir != null) {
            return;
        }
        dir = Files.createTempDirectory("staff-layout");
        settings = SettingsLoader.load(TestMedia.settingsIn(dir)).settings();
        content = new ContentEditor(TestMedia.MEDIA);
    }

    static Stream<Arguments> combinations() {
        List<Arguments> all = new ArrayList<>();
        for (Dimension d : LayoutCheck.SCREENS) {
            for (Locale l : LANGUAGES) {
                all.add(Arguments.of(l.getLanguage(), d.width, d.height));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1}x{2}")
    @MethodSource("combinations")
    void everyStaffTabAndTheKeypadFit(String language, int width, int height) {
        List<String> problems = new ArrayList<>();
        for (float scale : SCALES) {
            String at = " @" + width + "x" + height + " scale " + scale + " " + language;
            LayoutCheck.onEdt(() -> LayoutCheck.themeFor(width, height, scale));
            Texts texts = new Texts(Locale.forLanguageTag(language));
            StaffPanel panel = panel(texts);
            JTabbedPane tabs = find(panel, JTabbedPane.class, "staff-tabs");
            // The Slides tab with its first technique open, on each of its parts.
            LayoutCheck.onEdt(() -> tabs.setSelectedIndex(SLIDES));
            JList<?> list = find(panel, JList.class, "slides-list");
            LayoutCheck.onEdt(() -> list.setSelectedIndex(0));
            JTabbedPane parts = find(tabs.getComponentAt(SLIDES), JTabbedPane.class, null);
            for (int part = 0; part < parts.getTabCount(); part++) {
                int p = part;
                LayoutCheck.onEdt(() -> parts.setSelectedIndex(p));
                problems.addAll(check(panel, width, height, "slides/" + parts.getTitleAt(p) + at));
            }
            for (int tab : new int[] {SYMPTOMS, REVIEW, EXIT}) {
                LayoutCheck.onEdt(() -> tabs.setSelectedIndex(tab));
                problems.addAll(check(panel, width, height, "tab " + tabs.getTitleAt(tab) + at));
            }
            for (String mode : KEYPAD) {
                problems.addAll(check(keypad(texts, mode), width, height, "keypad " + mode + at));
            }
        }
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1}x{2}")
    @MethodSource("combinations")
    void theSettingsAndReportsTabsFit(String language, int width, int height) {
        List<String> problems = new ArrayList<>();
        for (float scale : SCALES) {
            String at = " @" + width + "x" + height + " scale " + scale + " " + language;
            LayoutCheck.onEdt(() -> LayoutCheck.themeFor(width, height, scale));
            StaffPanel panel = panel(new Texts(Locale.forLanguageTag(language)));
            JTabbedPane tabs = find(panel, JTabbedPane.class, "staff-tabs");
            for (int tab : new int[] {SETTINGS, REPORTS}) {
                LayoutCheck.onEdt(() -> tabs.setSelectedIndex(tab));
                problems.addAll(check(panel, width, height, "tab " + tabs.getTitleAt(tab) + at));
            }
        }
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void everythingIsWorkingShowsInTheSuccessColourNotTheCautionColour() {
        LayoutCheck.onEdt(() -> LayoutCheck.themeFor(1920, 1080));
        StaffPanel panel = panel(new Texts(Locale.ENGLISH));
        javax.swing.JLabel status = find(panel, javax.swing.JLabel.class, "staff-warnings");
        LayoutCheck.onEdt(() -> {
            assertThat(status.getText()).isEqualTo("Everything is working.");
            assertThat(status.getForeground()).isEqualTo(
                    org.physiokiosk.ui.theme.KioskTheme.color("Kiosk.successText"));
        });
    }

    private static List<String> check(Container screen, int width, int height, String where) {
        LayoutCheck.layOut(screen, width, height);
        List<String> problems = new ArrayList<>();
        LayoutCheck.onEdt(() -> problems.addAll(LayoutCheck.problems(screen, where)));
        return problems;
    }

    static StaffPanel panel(Texts texts) {
        StaffPanel[] panel = new StaffPanel[1];
        LayoutCheck.onEdt(() -> panel[0] = new StaffPanel(new Services(), texts, Runnable::run,
                new SlideViews(content.library().illustrationsDir(), new IllustrationLoader(), texts, "Clinic"),
                () -> { }, () -> { }));
        return panel[0];
    }

    /** The keypad showing {@code mode}, with the words the presenter gives it there. */
    static PinPad keypad(Texts texts, String mode) {
        PinPad[] pad = new PinPad[1];
        LayoutCheck.onEdt(() -> {
            StaffWork work = new StaffWork(Runnable::run, Runnable::run);
            PinPadPresenter presenter = new PinPadPresenter(texts, new PinGate(Duration.ofMinutes(5), () -> 0L),
                    work, () -> StaffAccess.prepare(dir.resolve("kiosk.properties"), settings.staff().pin()),
                    new PinSaving(pin -> { }, work), new PinPadPresenter.Host() {
                        @Override
                        public void entered(PinPadPresenter.Purpose purpose) {
                        }

                        @Override
                        public void back() {
                        }

                        @Override
                        public void failed(boolean lockedNow) {
                        }
                    });
            PinPad p = new PinPad(texts, presenter);
            p.backText(texts.get("staff.pin.cancel"));
            p.hint(" ");
            p.message(" ");
            Consumer<PinPad> show = switch (mode) {
                case "enter" -> v -> {
                    v.title(texts.get("staff.pin.enter"));
                    v.message(texts.get("staff.pin.wrong"));
                };
                case "leave" -> v -> v.title(texts.get("staff.pin.enterToLeave"));
                case "locked" -> v -> {
                    v.title(texts.get("staff.pin.enter"));
                    v.message(texts.get("staff.pin.locked", 4, "59"));
                };
                case "code" -> v -> {
                    v.title(texts.get("staff.setup.enter"));
                    v.hint(texts.get("staff.setup.where", "staff-setup-code.txt",
                            "/home/kiosk/physio-kiosk/kiosk.properties"));
                    v.message(texts.get("staff.setup.length", 6));
                };
                case "set" -> v -> {
                    v.title(texts.get("staff.pin.set"));
                    v.hint(texts.get("staff.setup.accepted"));
                    v.message(texts.get("staff.pin.short", 4));
                };
                case "confirm" -> v -> {
                    v.title(texts.get("staff.pin.confirm"));
                    v.message(texts.get("staff.pin.mismatch"));
                };
                case "not-saved" -> v -> {
                    v.title(texts.get("staff.pin.set"));
                    v.message(texts.get("staff.pin.notSaved", "the disk is full"));
                };
                case "not-set-up" -> v -> {
                    v.title(texts.get("staff.notSetUp.title"));
                    v.hint(texts.get("staff.notSetUp.reason",
                            "the staff PIN in kiosk.properties is damaged (not a PBKDF2 hash)"));
                    v.keypad(false);
                    v.backText(texts.get("staff.notSetUp.back"));
                };
                default -> throw new IllegalArgumentException(mode);
            };
            show.accept(p);
            pad[0] = p;
        });
        return pad[0];
    }

    /** The first component of this type (and name, unless null) under {@code root}. */
    static <T extends Component> T find(Component root, Class<T> type, String name) {
        if (type.isInstance(root) && (name == null || name.equals(root.getName()))) {
            return type.cast(root);
        }
        if (root instanceof Container c) {
            for (Component child : c.getComponents()) {
                T found = find(child, type, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The back office's services over the tests' content, reading only: nothing is saved. */
    private static final class Services implements StaffServices {
        @Override
        public KioskSettings settings() {
            return settings;
        }

        @Override
        public ContentEditor content() {
            return content;
        }

        @Override
        public List<String> warnings() {
            return List.of();
        }

        @Override
        public Map<String, String> checkSettings(Map<String, String> values) {
            return Map.of();
        }

        @Override
        public void saveSettings(Map<String, String> values) {
        }

        @Override
        public StaffAccess access() {
            return StaffAccess.prepare(dir.resolve("kiosk.properties"), settings.staff().pin());
        }

        @Override
        public void savePin(char[] pin) {
        }

        @Override
        public boolean canUndo() {
            return true;
        }

        @Override
        public void undo() {
        }

        @Override
        public List<String> printers() {
            return List.of("Reception printer", "Office printer");
        }

        @Override
        public void printTestPage(String printer) {
        }

        @Override
        public UsageReport report(LocalDate from, LocalDate to) throws IOException {
            throw new IOException("no usage files in this test");
        }

        @Override
        public Path exportReport(LocalDate from, LocalDate to, boolean toUsb) {
            return dir;
        }

        @Override
        public boolean usbAvailable() {
            return false;
        }

        @Override
        public List<Path> importableImages() {
            return List.of();
        }

        @Override
        public void record(EventType type) {
        }

        @Override
        public void restartKiosk() {
        }

        @Override
        public void leaveKiosk() {
        }
    }
}
