package org.physiokiosk.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Container;
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

    /**
     * Staff mode's A+ levels (see {@link LargerTextPresenter}), each on top of the kiosk's own
     * scale for the screen: 1 is the normal text, 1.3 the larger text.
     */
    static final float[] LEVELS = {1f, 1.3f};
    static final int SLIDES = 0;
    static final int NOTICES = 1;
    static final int SYMPTOMS = 2;
    static final int REVIEW = 3;
    static final int PLAYS = 4;
    static final int SETTINGS = 5;
    static final int REPORTS = 6;
    static final int EXIT = 7;
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
        return LayoutCheck.languagesOnScreens();
    }

    @ParameterizedTest(name = "{0} {1}x{2}")
    @MethodSource("combinations")
    void everyStaffTabAndTheKeypadFit(String language, int width, int height) {
        List<String> problems = new ArrayList<>();
        for (float level : LEVELS) {
            String at = " @" + width + "x" + height + " A+ " + level + " " + language;
            Texts texts = new Texts(Locale.forLanguageTag(language));
            StaffPanel panel = panelAt(texts, width, height, level);
            JTabbedPane tabs = find(panel, JTabbedPane.class, "staff-tabs");
            if (level == 1f) { // at A+ 1.3: theSlidesAndSymptomsTabsFitWithLargerText
                problems.addAll(slidesAndSymptoms(panel, width, height, at));
            }
            for (int tab : new int[] {REVIEW, PLAYS, EXIT}) {
                LayoutCheck.onEdt(() -> tabs.setSelectedIndex(tab));
                problems.addAll(check(panel, width, height, "tab " + tabs.getTitleAt(tab) + at));
            }
            for (String mode : KEYPAD) {
                problems.addAll(check(keypad(texts, mode, level), width, height, "keypad " + mode + at));
            }
        }
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    /** The Slides and Symptoms tabs at A+ 1.3: the preview beside or above the form, the rules' boxes wrapping. */
    @ParameterizedTest(name = "{0} {1}x{2}")
    @MethodSource("combinations")
    void theSlidesAndSymptomsTabsFitWithLargerText(String language, int width, int height) {
        String at = " @" + width + "x" + height + " A+ 1.3 " + language;
        StaffPanel panel = panelAt(new Texts(Locale.forLanguageTag(language)), width, height, 1.3f);
        List<String> problems = slidesAndSymptoms(panel, width, height, at);
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1}x{2}")
    @MethodSource("combinations")
    void theSettingsAndReportsTabsFit(String language, int width, int height) {
        List<String> problems = new ArrayList<>();
        for (float level : LEVELS) {
            String at = " @" + width + "x" + height + " A+ " + level + " " + language;
            StaffPanel panel = panelAt(new Texts(Locale.forLanguageTag(language)), width, height, level);
            JTabbedPane tabs = find(panel, JTabbedPane.class, "staff-tabs");
            for (int tab : new int[] {SETTINGS, REPORTS}) {
                LayoutCheck.onEdt(() -> tabs.setSelectedIndex(tab));
                problems.addAll(check(panel, width, height, "tab " + tabs.getTitleAt(tab) + at));
            }
            // The on-screen keyboard keeps its key size at A+: the form above it still fits (it scrolls).
            LayoutCheck.onEdt(() -> {
                tabs.setSelectedIndex(SETTINGS);
                find(panel, javax.swing.JButton.class, "staff-keyboard").doClick();
            });
            problems.addAll(check(panel, width, height, "keyboard over " + tabs.getTitleAt(SETTINGS) + at));
        }
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    /**
     * The Slides tab with its first technique open, on each of its parts; then its first category
     * open (its schedule), again with a date's month grid open and two hour ranges; then the
     * Symptoms tab.
     */
    private static List<String> slidesAndSymptoms(StaffPanel panel, int width, int height, String at) {
        List<String> problems = new ArrayList<>();
        JTabbedPane tabs = find(panel, JTabbedPane.class, "staff-tabs");
        LayoutCheck.onEdt(() -> tabs.setSelectedIndex(SLIDES));
        JList<?> list = find(panel, JList.class, "slides-list");
        int first = firstTechnique(list);
        LayoutCheck.onEdt(() -> list.setSelectedIndex(first));
        JTabbedPane parts = find(tabs.getComponentAt(SLIDES), JTabbedPane.class, "edit-parts");
        for (int part = 0; part < parts.getTabCount(); part++) {
            int p = part;
            LayoutCheck.onEdt(() -> parts.setSelectedIndex(p));
            problems.addAll(check(panel, width, height, "slides/" + parts.getTitleAt(p) + at));
        }
        LayoutCheck.onEdt(() -> list.setSelectedIndex(0)); // the first category
        Component category = find(tabs.getComponentAt(SLIDES), javax.swing.JPanel.class, "category-form");
        problems.addAll(check(panel, width, height, "slides/category" + at));
        LayoutCheck.onEdt(() -> {
            find(category, javax.swing.JButton.class, "schedule-add-range").doClick();
            find(category, javax.swing.JButton.class, "schedule-add-range").doClick();
            find(category, javax.swing.JButton.class, "schedule-from").doClick();
        });
        problems.addAll(check(panel, width, height, "slides/category, month grid and two ranges" + at));
        problems.addAll(notices(panel, width, height, at));
        LayoutCheck.onEdt(() -> tabs.setSelectedIndex(SYMPTOMS));
        problems.addAll(check(panel, width, height, "tab " + tabs.getTitleAt(SYMPTOMS) + at));
        return problems;
    }

    /**
     * The Notices tab with its second notice open (a picture and a link), on each part; the
     * "When" part again with a date's month grid open and two hour ranges, as staff set them.
     */
    static List<String> notices(StaffPanel panel, int width, int height, String at) {
        List<String> problems = new ArrayList<>();
        JTabbedPane tabs = find(panel, JTabbedPane.class, "staff-tabs");
        LayoutCheck.onEdt(() -> tabs.setSelectedIndex(NOTICES));
        JList<?> list = find(panel, JList.class, "notices-list");
        LayoutCheck.onEdt(() -> list.setSelectedIndex(1));
        JTabbedPane parts = find(tabs.getComponentAt(NOTICES), JTabbedPane.class, "notice-parts");
        for (int part = 0; part < parts.getTabCount(); part++) {
            int p = part;
            LayoutCheck.onEdt(() -> parts.setSelectedIndex(p));
            problems.addAll(check(panel, width, height, "notices/" + parts.getTitleAt(p) + at));
        }
        Component tab = tabs.getComponentAt(NOTICES);
        LayoutCheck.onEdt(() -> {
            find(tab, javax.swing.JButton.class, "schedule-add-range").doClick();
            find(tab, javax.swing.JButton.class, "schedule-add-range").doClick();
            find(tab, javax.swing.JButton.class, "schedule-from").doClick();
        });
        problems.addAll(check(panel, width, height, "notices/when, month grid and two ranges" + at));
        return problems;
    }

    /**
     * The back office at the kiosk's own scale for this screen, at A+ {@code level}: set as staff
     * set it, by pressing A+ (the tabs then rebuild their forms at that size).
     */
    static StaffPanel panelAt(Texts texts, int width, int height, float level) {
        LayoutCheck.onEdt(() -> LayoutCheck.themeFor(width, height));
        LargerTextPresenter larger = new LargerTextPresenter();
        StaffPanel panel = panel(texts, larger);
        javax.swing.JButton plus = find(panel, javax.swing.JButton.class, "staff-larger");
        LayoutCheck.onEdt(() -> {
            while (larger.level() != level) {
                plus.doClick();
            }
        });
        return panel;
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
        return panel(texts, new LargerTextPresenter());
    }

    /** The back office at the A+ level of {@code larger}. */
    static StaffPanel panel(Texts texts, LargerTextPresenter larger) {
        StaffPanel[] panel = new StaffPanel[1];
        LayoutCheck.onEdt(() -> panel[0] = new StaffPanel(new Services(), texts, Runnable::run,
                new SlideViews(content.library().illustrationsDir(), new IllustrationLoader(), texts, "Clinic"),
                () -> { }, () -> { }, larger));
        return panel[0];
    }

    /** The keypad showing {@code mode} at A+ {@code level}, following it as staff mode makes it. */
    static PinPad keypad(Texts texts, String mode, float level) {
        PinPad pad = keypad(texts, mode);
        LayoutCheck.onEdt(() -> LargerText.follow(pad, () -> level));
        return pad;
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

    /** The row of the Slides list's first technique (the rows above it are its category's). */
    static int firstTechnique(JList<?> list) {
        return row(list, null);
    }

    /** The row of technique {@code id} (null: the first technique) in the Slides list. */
    static int row(JList<?> list, String id) {
        int[] row = {-1};
        LayoutCheck.onEdt(() -> {
            for (int i = 0; i < list.getModel().getSize() && row[0] < 0; i++) {
                if (list.getModel().getElementAt(i) instanceof SlidesPresenter.Entry.OfTechnique t
                        && (id == null || t.technique().id().equals(id))) {
                    row[0] = i;
                }
            }
        });
        if (row[0] < 0) {
            throw new AssertionError("technique " + id + " is not in the Slides list");
        }
        return row[0];
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
        public UsageReport report(LocalDate from, LocalDate to) {
            // A busy week: visits every day, the symptoms picked unevenly, so charts and tables are full.
            UsageReport report = new UsageReport(from, to);
            var symptoms = content.library().symptoms();
            int day = 0;
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1), day++) {
                for (int visit = 0; visit < 3 + day % 5; visit++) {
                    java.time.OffsetDateTime at = d.atTime(9 + visit, 0).atOffset(java.time.ZoneOffset.UTC);
                    String session = d + "-" + visit;
                    report.accept(new org.physiokiosk.stats.UsageEvent(at, "k", session, EventType.SESSION_STARTED,
                            "", "", "en"));
                    report.accept(new org.physiokiosk.stats.UsageEvent(at, "k", session, EventType.SYMPTOM_PICKED,
                            symptoms.get((day + visit) % symptoms.size()).id(), "", "en"));
                }
            }
            return report;
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
