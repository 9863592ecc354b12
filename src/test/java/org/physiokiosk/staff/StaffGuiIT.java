package org.physiokiosk.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Point;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.swing.JList;
import javax.swing.JTextField;
import javax.swing.Timer;
import org.assertj.swing.core.MouseButton;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Pause;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.app.KioskAssembly;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.content.Slide;
import org.physiokiosk.content.SlideLibrary;
import org.physiokiosk.content.Technique;
import org.physiokiosk.handout.HandoutRenderer;
import org.physiokiosk.illustration.IllustrationLoader;
import org.physiokiosk.plan.HandoutPlan;
import org.physiokiosk.saving.RemovableDrives;
import org.physiokiosk.settings.KioskSettings;
import org.physiokiosk.settings.SettingsLoader;
import org.physiokiosk.settings.SettingsWriter;
import org.physiokiosk.stats.UsageRecorder;
import org.physiokiosk.ui.GuiTestBase;
import org.physiokiosk.ui.staff.SlidesList;
import org.physiokiosk.ui.shell.KioskFrame;
import org.physiokiosk.testing.TestMedia;

/** Staff mode in a real window: getting in, the PIN rules, editing content and settings, auto-lock. */
class StaffGuiIT extends GuiTestBase {

    @TempDir
    Path dir;

    private Path media;
    private Path settingsFile;
    private FrameFixture window;
    private KioskFrame frame;
    private final AtomicInteger restarts = new AtomicInteger();
    private final AtomicInteger leaves = new AtomicInteger();

    @BeforeEach
    void copyKiosk() throws IOException {
        media = TestMedia.copyInto(dir);
        settingsFile = dir.resolve("kiosk.properties");
        // A cheaper hash than the real 600,000 rounds keeps the test quick; the rules are the same.
        String pin = PinHash.hash("2468".toCharArray(), 20_000);
        Files.write(settingsFile, SettingsWriter.update(TestMedia.SETTINGS, Map.of(
                "media.dir", media.toString(), "stats.dir", dir.resolve("stats").toString(),
                "exports.dir", dir.resolve("exports").toString(), "clinic.logo", "",
                "staff.pin", pin, "staff.hold.seconds", "1", "staff.lockout.seconds", "5",
                "staff.autolock.seconds", "15")));
    }

    private void open() {
        KioskSettings settings = SettingsLoader.load(settingsFile).settings().withFullscreen(false);
        SlideLibrary library = ContentLoader.load(settings.mediaDir());
        KioskAssembly kiosk = new KioskAssembly(settings, library, new RemovableDrives(List.of(), p -> false),
                UsageRecorder.NONE, threads.work());
        frame = openKiosk(kiosk, restarts::incrementAndGet, leaves::incrementAndGet);
        window = new FrameFixture(robot, frame);
    }

    @AfterEach
    void close() {
        if (window != null) {
            window.cleanUp();
        }
    }

    private void holdCorner(long millis) {
        Point corner = new Point(8, 8);
        robot.moveMouse(frame.getContentPane(), corner.x, corner.y);
        robot.pressMouse(MouseButton.LEFT_BUTTON);
        Pause.pause(millis);
        robot.releaseMouse(MouseButton.LEFT_BUTTON);
    }

    private void type(String pin) {
        for (char c : pin.toCharArray()) {
            window.button("pin-" + c).click();
        }
        window.button("pin-ok").click();
    }


    /** Every text the keypad's message shows from now on, in order, as the keypad sets it (without its HTML). */
    private List<String> recordMessages() {
        List<String> seen = new CopyOnWriteArrayList<>();
        GuiActionRunner.execute(() -> window.label("pin-message").target().addPropertyChangeListener("text",
                e -> seen.add(plain(String.valueOf(e.getNewValue())))));
        return seen;
    }

    /** A label's words: the keypad wraps long texts in HTML, and names each label with its plain text. */
    private static String plain(String text) {
        return text.replaceAll("<[^>]*>", "").strip();
    }

    private String label(String name) {
        return GuiActionRunner.execute(() -> plain(window.label(name).target().getText()));
    }

    /** Replaces the stored PIN (empty: none set yet) before the kiosk starts. */
    private void storePin(String value) throws IOException {
        Files.write(settingsFile, SettingsWriter.update(settingsFile, Map.of("staff.pin", value)));
    }

    private boolean backOfficeShowing() {
        return robot.finder().findAll(frame, c -> "staff".equals(c.getName()) && c.isShowing()).size() == 1;
    }

    /**
     * Starts a Swing timer of {@code millis} and waits until it has fired: every timer the kiosk
     * started before with the same or a shorter delay has fired and been handled by then.
     */
    private void waitOutSwingTimersOf(int millis) {
        AtomicBoolean fired = new AtomicBoolean();
        GuiActionRunner.execute(() -> {
            Timer t = new Timer(millis, e -> fired.set(true));
            t.setRepeats(false);
            t.start();
        });
        waitFor("a " + millis + " ms timer started after the touch", millis + 10_000L, fired::get);
    }

    private String message() {
        return label("pin-message");
    }

    private void enterStaff() {
        holdCorner(2200);
        window.panel("pin-pad").requireVisible();
        type("2468");
        waitFor("the back office", 10_000, () -> frame.staffMode().isOpen()
                && robot.finder().findAll(frame, c -> "staff".equals(c.getName()) && c.isShowing()).size() == 1);
    }

    @Test
    void aShortTouchOnTheCornerDoesNothingAndAHoldAsksForThePin() {
        open();
        holdCorner(300);
        // The hold timer (1 s, started at the press) would have fired before a timer started now.
        waitOutSwingTimersOf(1_000);
        assertThat(GuiActionRunner.execute(() -> frame.staffMode().isOpen())).isFalse();
        assertThat(GuiActionRunner.execute(() -> frame.attractLoop().isRunning())).as("no patient visit started")
                .isTrue();
        holdCorner(2200);
        window.panel("pin-pad").requireVisible();
        window.button("pin-cancel").click();
        waitFor("back to the loop", 3_000, () -> frame.attractLoop().isRunning());
    }

    @Test
    void withoutAPinTheCornerAsksForTheSetupCodeAndOnlyItLeadsToChoosingThePin() throws IOException {
        storePin("");
        open();
        Path codeFile = dir.resolve(SetupCode.FILE_NAME);
        assertThat(codeFile).exists();
        String code = Files.readAllLines(codeFile).stream().filter(l -> l.matches("\\d{8}")).findFirst()
                .orElseThrow();
        String wrong = code.equals("00000000") ? "11111111" : "00000000";
        holdCorner(2200);
        window.panel("pin-pad").requireVisible();
        assertThat(label("pin-title")).isEqualTo("Enter the setup code");
        assertThat(label("pin-hint")).isEqualTo("From the file staff-setup-code.txt beside kiosk.properties. Then you"
                + " choose the staff PIN.");
        type(wrong);
        waitFor("the wrong code refused", 10_000, () -> message().equals("Wrong setup code."));
        type(code);
        waitFor("asked for a new PIN", 10_000, () -> label("pin-title").equals("Choose a staff PIN (4 to 8 digits)"));
        assertThat(label("pin-hint")).isEqualTo("Setup code accepted. Now choose the staff PIN.");
        type("1357");
        type("1357");
        waitFor("the back office", 20_000, this::backOfficeShowing);
        assertThat(codeFile).as("the code works once").doesNotExist();
        String hash = SettingsLoader.load(settingsFile).settings().staff().pinHash();
        assertThat(PinHash.matches("1357".toCharArray(), hash)).isTrue();
    }

    @Test
    void aKioskThatCannotReadItsPinSaysItIsNotSetUpAndOffersOnlyTheWayBack() throws IOException {
        storePin("pbkdf2-sha256$600000$c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g");
        open();
        holdCorner(2200);
        window.panel("pin-pad").requireVisible();
        assertThat(label("pin-title")).isEqualTo("Staff mode is not set up: see the README");
        assertThat(label("pin-hint")).isEqualTo("Reason: the stored PIN in kiosk.properties is damaged. The details"
                + " are in the kiosk's log.");
        javax.swing.JButton one = robot.finder().findByName(frame, "pin-1", javax.swing.JButton.class, false);
        assertThat(GuiActionRunner.execute(one::isShowing)).as("no keys to try").isFalse();
        window.button("pin-cancel").requireText("Back to the slides").click();
        waitFor("back to the loop", 3_000, () -> frame.attractLoop().isRunning());
        assertThat(dir.resolve(SetupCode.FILE_NAME)).doesNotExist();
    }

    @Test
    void noPinAndNoSetupCodeFileSaysNotSetUp() throws IOException {
        storePin("");
        Files.createDirectories(dir.resolve(SetupCode.FILE_NAME)); // where the code would go: not a file
        open();
        holdCorner(2200);
        window.panel("pin-pad").requireVisible();
        assertThat(label("pin-title")).isEqualTo("Staff mode is not set up: see the README");
        assertThat(label("pin-hint")).startsWith("Reason: the setup code file staff-setup-code.txt cannot be written");
    }

    @Test
    void ctrlShiftQAsksForThePinAndOnlyTheRightOneLeaves() {
        open();
        window.focus();
        // AssertJ Swing maps the old modifier masks (CTRL_MASK, SHIFT_MASK) to the keys it holds down.
        @SuppressWarnings("deprecation")
        int[] ctrlShift = {java.awt.event.InputEvent.CTRL_MASK, java.awt.event.InputEvent.SHIFT_MASK};
        window.pressAndReleaseKey(org.assertj.swing.core.KeyPressInfo.keyCode(java.awt.event.KeyEvent.VK_Q)
                .modifiers(ctrlShift));
        window.panel("pin-pad").requireVisible();
        assertThat(label("pin-title")).isEqualTo("Staff PIN to leave the kiosk");
        assertThat(GuiActionRunner.execute(frame::isDisplayable)).as("still running").isTrue();
        type("0000");
        waitFor("wrong PIN", 10_000, () -> message().equals("Wrong PIN."));
        assertThat(leaves.get()).isZero();
        type("2468");
        waitForFiles("left", 10_000, () -> leaves.get() == 1);
    }

    @Test
    void aWrongPinIsRefusedAndTheRightOneOpensTheBackOffice() {
        open();
        holdCorner(2200);
        type("0000");
        waitFor("wrong PIN", 10_000, () -> message().equals("Wrong PIN."));
        type("2468");
        waitFor("the back office", 10_000, () -> robot.finder()
                .findAll(frame, c -> "staff".equals(c.getName()) && c.isShowing()).size() == 1);
    }

    @Test
    void fiveWrongPinsLockEntryWithACountdown() {
        open();
        holdCorner(2200);
        List<String> messages = recordMessages();
        for (int i = 1; i <= 4; i++) {
            type("1111");
            int refused = i;
            waitFor("wrong PIN " + refused + " refused", 10_000, () -> messages.stream()
                    .filter("Wrong PIN."::equals).count() == refused);
        }
        type("1111");
        waitFor("the fifth wrong PIN locks", 10_000, () -> message().startsWith("Too many"));
        assertThat(message()).startsWith("Too many wrong PINs. Try again in 0:0");
        assertThat(messages).filteredOn("Checking…"::equals).hasSize(5);

        // The right PIN while locked is not even checked: by the time the lock ends (seconds later than
        // a check takes), it has neither been checked nor opened the back office.
        type("2468");
        waitFor("the lock ends", 8_000, () -> !message().startsWith("Too many"));
        assertThat(messages).filteredOn("Checking…"::equals).as("PIN checks").hasSize(5);
        assertThat(GuiActionRunner.execute(() -> frame.staffMode().isOpen())).isTrue();
        assertThat(robot.finder().findAll(frame, c -> "staff".equals(c.getName()) && c.isShowing())).isEmpty();
        type("2468");
        waitFor("the back office", 10_000, () -> robot.finder()
                .findAll(frame, c -> "staff".equals(c.getName()) && c.isShowing()).size() == 1);
    }

    @Test
    void anEditedTechniqueIsSavedToItsFileAndReachesTheLoopAndTheHandout() throws Exception {
        open();
        enterStaff();
        JList<?> list = (JList<?>) window.list("slides-list").target();
        waitFor("the slides listed", 5_000, () -> list.getModel().getSize() > 1); // filled off the event thread
        GuiActionRunner.execute(() -> list.setSelectedIndex(SlidesList.row(list, "chin-tuck")));
        JTextField title = (JTextField) window.textBox("edit-title").target();
        waitFor("chin tuck loaded", 3_000, () -> title.getText().equals("Chin tuck"));
        GuiActionRunner.execute(() -> title.setText("Gentle chin tuck"));
        window.button("edit-save").click();
        waitFor("saved", 5_000, () -> window.textBox("edit-status").target().getText().equals("Saved."));

        Path file = media.resolve("techniques/chin-tuck.txt");
        assertThat(Files.readString(file)).startsWith("# Source:").contains("title: Gentle chin tuck\n");
        assertThat(media.resolve("techniques/chin-tuck.txt.bak")).exists();
        SlideLibrary after = ContentLoader.load(media);
        assertThat(after.loopSlides()).filteredOn(s -> s instanceof Slide.TechniqueSlide t
                && t.technique().title().equals("Gentle chin tuck")).hasSize(1);
        Technique edited = after.technique("chin-tuck").orElseThrow();
        HandoutPlan plan = new HandoutPlan(List.of(), List.of(new HandoutPlan.Group(
                after.category("stretching").orElseThrow(), List.of(edited))), List.of(), List.of(), List.of(),
                "x", "y");
        byte[] pdf = new HandoutRenderer(SettingsLoader.load(settingsFile).settings().clinic(),
                org.physiokiosk.settings.PaperSize.A4, Locale.ENGLISH, media, new IllustrationLoader(),
                Clock.systemDefaultZone()).render(plan);
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc)).contains("Gentle chin tuck");
        }

        window.button("staff-back").click();
        waitFor("the kiosk restarts with the change", 3_000, () -> restarts.get() == 1);
    }

    /** Every word the Slides tab's preview shows now, read on the event thread. */
    private String previewWords() {
        return GuiActionRunner.execute(() -> String.join("\n", robot.finder().findAll(
                (java.awt.Container) window.panel("edit-preview").target(),
                c -> c instanceof org.physiokiosk.ui.TextBlock && c.isShowing()).stream()
                .map(c -> ((org.physiokiosk.ui.TextBlock) c).text()).toList()));
    }

    @Test
    void thePreviewShowsTheChosenLanguagesContentAndLabels() throws Exception {
        open();
        enterStaff();
        JList<?> list = (JList<?>) window.list("slides-list").target();
        waitFor("the slides listed", 5_000, () -> list.getModel().getSize() > 1);
        GuiActionRunner.execute(() -> list.setSelectedIndex(SlidesList.row(list, "chin-tuck")));
        JTextField title = (JTextField) window.textBox("edit-title").target();
        waitFor("chin tuck loaded", 3_000, () -> title.getText().equals("Chin tuck"));
        waitFor("the English preview", 3_000, () -> previewWords().contains("Chin tuck"));
        assertThat(previewWords()).contains("Hold: 5 seconds");

        window.button("preview-language-es").click(); // the translation is read on the worker
        waitFor("the Spanish preview", 5_000, () -> previewWords().contains("Retracción de barbilla"));
        assertThat(previewWords()).contains("Ejercicios de estiramiento", "Mantén: 5 segundos")
                .doesNotContain("Chin tuck", "Hold:");
        assertThat(window.button("preview-language-es").target().getAccessibleContext().getAccessibleDescription())
                .isEqualTo("Selected");

        window.button("preview-language-uk").click();
        waitFor("the Ukrainian preview", 5_000, () -> previewWords().contains("Притягування підборіддя"));

        // Back in English, the preview follows what staff type again.
        window.button("preview-language-en").click();
        GuiActionRunner.execute(() -> title.setText("Gentle chin tuck"));
        waitFor("the edited English preview", 5_000, () -> previewWords().contains("Gentle chin tuck"));
    }

    @Test
    void reorderingAndHidingChangeTheLoopAndUndoPutsItBack() throws Exception {
        open();
        enterStaff();
        JList<?> list = (JList<?>) window.list("slides-list").target();
        waitFor("the slides listed", 5_000, () -> list.getModel().getSize() > 1); // filled off the event thread
        GuiActionRunner.execute(() -> list.setSelectedIndex(SlidesList.row(list, "chin-tuck")));
        window.button("slides-up").click();
        waitFor("chin tuck first", 5_000, () -> GuiActionRunner.execute(() -> SlidesList.firstTechnique(list))
                .equals("chin-tuck"));
        assertThat(ContentLoader.load(media).techniques().get(0).id()).isEqualTo("chin-tuck");

        window.button("slides-toggle").click();
        waitForFiles("chin tuck hidden", 5_000, () -> !ContentLoader.load(media).technique("chin-tuck").orElseThrow()
                .enabled());
        assertThat(ContentLoader.load(media).loopSlides()).extracting(Slide::id).doesNotContain("technique-chin-tuck");

        window.button("staff-undo").click();
        waitForFiles("shown again", 5_000, () -> ContentLoader.load(media).technique("chin-tuck").orElseThrow().enabled());
    }

    @Test
    void aWrongSettingIsRefusedWithItsReasonAndNothingIsWritten() throws Exception {
        open();
        enterStaff();
        window.tabbedPane("staff-tabs").selectTab("Settings");
        String before = Files.readString(settingsFile);
        JTextField interval = (JTextField) window.textBox("settings-slide.interval.seconds").target();
        GuiActionRunner.execute(() -> interval.setText("ten"));
        javax.swing.JTextArea problem = window.robot().finder().findByName(window.target(),
                "settings-problem-slide.interval.seconds", javax.swing.JTextArea.class, false); // hidden until needed
        waitFor("the reason under the field", 3_000, () -> problem.isShowing() && problem.getText()
                .startsWith("expected a whole number of seconds from 2 to 600"));
        window.button("settings-save").click();
        waitFor("refused", 3_000, () -> window.textBox("settings-status").target().getText()
                .startsWith("Please correct"));
        assertThat(Files.readString(settingsFile)).isEqualTo(before);

        JTextField phone = (JTextField) window.textBox("settings-clinic.phone").target();
        // A setting added to the table alone is in the form, with its help, and saved like the others;
        // a switch's help speaks of On and Off, as the switch does (the table's says true).
        assertThat(GuiActionRunner.execute(() -> window.textBox("settings-help-clinic.phone").target()
                .getText())).isEqualTo("Telephone number, as it should be printed. Default: empty (not printed)");
        window.toggleButton("settings-handout.accessible").requireSelected();
        assertThat(GuiActionRunner.execute(() -> window.textBox("settings-help-handout.accessible").target()
                .getText())).startsWith("On: handouts a screen reader can read").endsWith("Default: On");
        GuiActionRunner.execute(() -> {
            interval.setText("12");
            phone.setText("01632 960123");
        });
        window.toggleButton("settings-handout.accessible").click();
        window.button("settings-save").click();
        waitFor("saved", 5_000, () -> window.textBox("settings-status").target().getText()
                .startsWith("Saved."));
        KioskSettings saved = SettingsLoader.load(settingsFile).settings();
        assertThat(saved.clinic().phone()).isEqualTo("01632 960123");
        assertThat(saved.slideInterval().toSeconds()).isEqualTo(12);
        assertThat(saved.get(org.physiokiosk.settings.Settings.HANDOUT_ACCESSIBLE)).isFalse();
        assertThat(Files.readString(settingsFile)).contains("# How long each slide stays on screen");
    }


    @Test
    void aSwitchAndALanguageBoxAreSavedToTheFileAndTheSaveIsToldInTheSuccessColour() throws Exception {
        open();
        enterStaff();
        window.tabbedPane("staff-tabs").selectTab("Settings");
        KioskSettings before = SettingsLoader.load(settingsFile).settings();
        assertThat(before.get(org.physiokiosk.settings.Settings.HIGH_CONTRAST)).isFalse();
        assertThat(before.languages()).contains(Locale.FRENCH);
        // Named in themselves, never by their codes.
        window.checkBox("settings-languages-fr").requireText("Français").requireSelected();
        window.checkBox("settings-languages-uk").requireText("Українська");
        window.toggleButton("settings-kiosk.highContrast").requireNotSelected().requireText("Off");

        window.toggleButton("settings-kiosk.highContrast").click();
        window.toggleButton("settings-kiosk.highContrast").requireSelected().requireText("On");
        window.checkBox("settings-languages-fr").click();
        window.checkBox("settings-languages-fr").requireNotSelected();
        waitFor("unsaved changes told", 3_000, () -> window.textBox("settings-status").target().getText()
                .startsWith("Changes not saved"));
        window.button("settings-save").click();
        waitFor("saved", 5_000, () -> window.textBox("settings-status").target().getText().startsWith("Saved."));
        assertThat(GuiActionRunner.execute(() -> window.textBox("settings-status").target().getForeground()))
                .isEqualTo(GuiActionRunner.execute(() -> javax.swing.UIManager.getColor("Kiosk.successText")));

        KioskSettings saved = SettingsLoader.load(settingsFile).settings();
        assertThat(saved.get(org.physiokiosk.settings.Settings.HIGH_CONTRAST)).isTrue();
        assertThat(saved.languages()).doesNotContain(Locale.FRENCH)
                .containsExactlyElementsOf(before.languages().stream().filter(l -> !l.equals(Locale.FRENCH)).toList());
        assertThat(Files.readAllLines(settingsFile)).contains("kiosk.highContrast = true")
                .anyMatch(l -> l.startsWith("languages = ") && !l.contains("fr"));
        // Save and Change PIN stay in sight whatever the form's length: they are outside its scrolling.
        assertThat(GuiActionRunner.execute(() -> window.button("settings-save").target().isShowing()
                && window.button("settings-change-pin").target().isShowing())).isTrue();
    }

    @Test
    void aSettingsOrPinSaveThatFailsIsToldToStaffAndLoggedWithItsStackTrace() throws Exception {
        // A folder where the backup goes: every save of kiosk.properties is refused.
        Files.createDirectories(dir.resolve("kiosk.properties.bak"));
        String before = Files.readString(settingsFile);
        java.util.List<java.util.logging.LogRecord> logged = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Handler capture = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord r) {
                logged.add(r);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.util.logging.Logger.getLogger("").addHandler(capture);
        try {
            open();
            enterStaff();
            window.tabbedPane("staff-tabs").selectTab("Settings");
            JTextField phone = (JTextField) window.textBox("settings-clinic.phone").target();
            GuiActionRunner.execute(() -> phone.setText("01632 960123"));
            window.button("settings-save").click();
            waitFor("the settings failure on the tab", 5_000, () -> window.textBox("settings-status").target().getText()
                    .startsWith("The settings were not saved: Cannot write"));
            assertThat(GuiActionRunner.execute(() -> window.textBox("settings-status").target().getText()))
                    .contains("kiosk.properties.bak", "it is a folder").doesNotContain("Exception");

            window.button("settings-change-pin").click();
            window.panel("pin-pad").requireVisible();
            type("1357");
            type("1357");
            waitFor("the PIN failure on the keypad", 10_000, () -> message().contains("The new PIN was not saved"));
            assertThat(message()).contains("it is a folder").doesNotContain("Exception");
            assertThat(GuiActionRunner.execute(() -> frame.staffMode().isOpen())).as("staff stay on the keypad")
                    .isTrue();
            assertThat(label("pin-title")).isEqualTo("Choose a staff PIN (4 to 8 digits)");
            assertThat(Files.readString(settingsFile)).isEqualTo(before);
            assertThat(logged).filteredOn(r -> r.getThrown() != null
                            && r.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue())
                    .extracting(java.util.logging.LogRecord::getMessage)
                    .contains("Saving the settings failed", "Saving the new staff PIN failed");
        } finally {
            java.util.logging.Logger.getLogger("").removeHandler(capture);
        }
    }
    /** The text of a component found by name, read on the event thread. */
    private String textOf(String name) {
        return GuiActionRunner.execute(() -> ((javax.swing.JLabel) robot.finder().findByName(frame, name,
                javax.swing.JLabel.class, false)).getText());
    }

    private List<String> reviewNames(javax.swing.JTable table) {
        return GuiActionRunner.execute(() -> {
            List<String> names = new java.util.ArrayList<>();
            for (int row = 0; row < table.getRowCount(); row++) {
                names.add(String.valueOf(table.getValueAt(row, 1)));
            }
            return names;
        });
    }

    @Test
    void theReviewTabCountsWhatNeedsAReviewAndATechniqueReviewedThroughItsFormLeavesTheList() throws Exception {
        SlideLibrary before = ContentLoader.load(media);
        int all = before.techniques().size() + before.symptoms().size() + before.categories().size() + 1;
        open();
        enterStaff();
        var tabs = window.tabbedPane("staff-tabs");
        assertThat(GuiActionRunner.execute(() -> tabs.target().getTitleAt(3))).isEqualTo("Content review (" + all
                + ")");
        tabs.selectTab("Content review (" + all + ")");
        assertThat(textOf("review-heading")).isEqualTo(all + " items need a clinical review");
        javax.swing.JTable table = window.table("review-table").target();
        assertThat(reviewNames(table)).hasSize(all).contains("Chin tuck");
        assertThat(GuiActionRunner.execute(() -> window.textBox("review-help").target().getText()))
                .contains("physiotherapist or doctor of the clinic", "Reviewed by", "Reviewed on");

        // The review list opens the technique at its review in the Slides tab.
        window.table("review-table").selectRows(reviewNames(table).indexOf("Chin tuck"));
        window.button("review-open").requireText("Open in Slides").click();
        // On the slide part, which the review part now covers.
        JTextField title = robot.finder().findByName(frame, "edit-title", JTextField.class, false);
        waitFor("chin tuck open at its review", 5_000, () -> tabs.target().getSelectedIndex() == 0
                && title.getText().equals("Chin tuck")
                && window.tabbedPane("edit-parts").target().getSelectedIndex() == 2);

        // A day that is not YYYY-MM-DD is refused with its reason under the field, and nothing is written.
        Path file = media.resolve("techniques/chin-tuck.txt");
        String unsaved = Files.readString(file);
        JTextField on = (JTextField) window.textBox("edit-reviewed-on").target();
        GuiActionRunner.execute(() -> on.setText("30/11/2026"));
        javax.swing.JTextArea problem = robot.finder().findByName(frame, "edit-reviewed-on-problem",
                javax.swing.JTextArea.class, false);
        waitFor("the reason under the date", 3_000, () -> problem.isShowing()
                && problem.getText().equals(ReviewEntry.NOT_A_DATE));
        window.button("edit-save").click();
        waitFor("refused", 3_000, () -> window.textBox("edit-status").target().getText()
                .equals("Not saved: correct the review date first."));
        assertThat(Files.readString(file)).isEqualTo(unsaved);

        // Who, and "Reviewed today": saved in the file, and chin tuck leaves the list.
        window.textBox("edit-reviewed-by").deleteText().enterText("A. Physio, physiotherapist");
        window.button("edit-reviewed-today").click();
        String today = java.time.LocalDate.now().toString();
        window.textBox("edit-reviewed-on").requireText(today);
        waitFor("the reason gone", 3_000, () -> !problem.isShowing());
        window.button("edit-save").click();
        waitFor("saved", 5_000, () -> window.textBox("edit-status").target().getText().equals("Saved."));
        assertThat(Files.readString(file)).contains("reviewed-by: A. Physio, physiotherapist\nreviewed-on: "
                + today + "\n");
        assertThat(ContentLoader.load(media).technique("chin-tuck").orElseThrow().review())
                .isEqualTo(org.physiokiosk.content.Review.of("A. Physio, physiotherapist",
                        java.time.LocalDate.now()));
        waitFor("one fewer on the tab", 3_000, () -> tabs.target().getTitleAt(3).equals("Content review ("
                + (all - 1) + ")"));
        tabs.selectTab("Content review (" + (all - 1) + ")");
        assertThat(textOf("review-heading")).isEqualTo((all - 1) + " items need a clinical review");
        assertThat(reviewNames(table)).hasSize(all - 1).doesNotContain("Chin tuck").contains("Shoulder blade squeeze");
    }

    @Test
    void planRulesSetThroughTheTechniqueFormAreSavedAndAContradictionIsNamed() throws Exception {
        open();
        enterStaff();
        JList<?> list = (JList<?>) window.list("slides-list").target();
        waitFor("the slides listed", 5_000, () -> list.getModel().getSize() > 1);
        GuiActionRunner.execute(() -> list.setSelectedIndex(SlidesList.row(list, "chin-tuck")));
        JTextField title = (JTextField) window.textBox("edit-title").target();
        waitFor("chin tuck loaded", 3_000, () -> title.getText().equals("Chin tuck"));
        window.tabbedPane("edit-parts").selectTab("Plan rules");

        // Stiffness is one it helps with: ticking "Not for" too is named, and not saved.
        window.checkBox("edit-symptom-stiffness").requireSelected();
        window.checkBox("edit-not-for-stiffness").click();
        waitFor("the contradiction named", 3_000, () -> window.textBox("edit-status").target().getText()
                .contains("is ticked under both"));
        window.checkBox("edit-not-for-stiffness").click();
        window.checkBox("edit-not-for-recent-strain").click();
        // Heat therapy names cold therapy: shown ticked on cold's form too, but changed only on heat's.
        GuiActionRunner.execute(() -> window.checkBox("edit-not-with-heat-therapy").target()
                .scrollRectToVisible(new java.awt.Rectangle(0, 0, 1, 1)));
        window.checkBox("edit-not-with-heat-therapy").click();
        GuiActionRunner.execute(() -> window.textBox("edit-rule-reasons").target()
                .setText("not-for recent-strain: rest a fresh strain first.\n\nnot-with heat-therapy: one at a time."));
        window.button("edit-save").click();
        waitFor("saved", 5_000, () -> window.textBox("edit-status").target().getText().equals("Saved."));

        Technique chin = ContentLoader.load(media).technique("chin-tuck").orElseThrow();
        assertThat(chin.notFor()).containsExactly("recent-strain");
        assertThat(chin.notWith()).containsExactly("heat-therapy");
        assertThat(chin.ruleReasons()).containsExactly("not-for recent-strain: rest a fresh strain first.",
                "not-with heat-therapy: one at a time.");
        assertThat(chin.symptoms()).contains("stiffness");
        assertThat(Files.readString(media.resolve("techniques/chin-tuck.txt")))
                .contains("not-for: recent-strain\nnot-with: heat-therapy\n");

        GuiActionRunner.execute(() -> list.setSelectedIndex(SlidesList.row(list, "cold-therapy")));
        waitFor("cold therapy loaded", 3_000, () -> title.getText().equals("Cold therapy"));
        window.checkBox("edit-not-with-heat-therapy").requireSelected().requireDisabled();
        window.checkBox("edit-not-with-chin-tuck").requireNotSelected().requireEnabled();
    }

    @Test
    void staffModeLocksItselfWhenLeftAlone() {
        open();
        enterStaff();
        waitFor("auto-lock", 20_000, () -> !frame.staffMode().isOpen() && frame.attractLoop().isRunning());
    }

    /** The size of a component's font, by its name. */
    private float fontSize(String name) {
        return GuiActionRunner.execute(() -> robot.finder().find(frame, c -> name.equals(c.getName())
                && c.isShowing()).getFont().getSize2D());
    }

    /** The font size a button of the same style has where nobody made the text larger. */
    private float unzoomedSize(String name) {
        return GuiActionRunner.execute(() -> {
            javax.swing.JComponent b = (javax.swing.JComponent) robot.finder().find(frame,
                    c -> name.equals(c.getName()) && c.isShowing());
            javax.swing.JButton fresh = new javax.swing.JButton("x");
            fresh.putClientProperty(com.formdev.flatlaf.FlatClientProperties.STYLE_CLASS,
                    b.getClientProperty(com.formdev.flatlaf.FlatClientProperties.STYLE_CLASS));
            fresh.putClientProperty(com.formdev.flatlaf.FlatClientProperties.STYLE,
                    b.getClientProperty(com.formdev.flatlaf.FlatClientProperties.STYLE));
            return fresh.getFont().getSize2D();
        });
    }

    @Test
    void staffAPlusLastsOneStaffVisitAndNeverMeetsThePatientsAPlus() {
        open();
        enterStaff();
        float staffNormal = fontSize("staff-warnings");
        window.button("staff-larger").click();
        assertThat(fontSize("staff-warnings")).isCloseTo(staffNormal * 1.3f, org.assertj.core.data.Offset.offset(0.01f));
        window.button("staff-back").click();
        waitFor("back to the loop", 5_000, () -> !frame.staffMode().isOpen() && frame.attractLoop().isRunning());

        // A patient after the staff visit: normal text, and their own A+ works.
        window.panel("attract-stage").click();
        window.button("text-larger").requireVisible();
        assertThat(fontSize("pick-next")).as("staff's A+ does not reach the patients").isEqualTo(
                unzoomedSize("pick-next"));
        window.button("text-larger").click();
        assertThat(fontSize("pick-next")).isGreaterThan(unzoomedSize("pick-next"));

        // Staff come in while the patient's text is larger: staff mode at its normal size, keypad too.
        holdCorner(2200);
        window.panel("pin-pad").requireVisible();
        type("2468");
        waitFor("the back office", 10_000, this::backOfficeShowing);
        assertThat(fontSize("staff-warnings")).as("neither the patient's A+ nor the last staff visit's")
                .isEqualTo(staffNormal);
    }
}
