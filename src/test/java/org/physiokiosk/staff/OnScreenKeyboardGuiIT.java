package org.physiokiosk.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.KeyboardFocusManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.swing.JButton;
import javax.swing.JList;
import javax.swing.JTextField;
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
import org.physiokiosk.content.SlideLibrary;
import org.physiokiosk.saving.RemovableDrives;
import org.physiokiosk.settings.KioskSettings;
import org.physiokiosk.settings.SettingsLoader;
import org.physiokiosk.settings.SettingsWriter;
import org.physiokiosk.stats.UsageRecorder;
import org.physiokiosk.testing.TestMedia;
import org.physiokiosk.ui.GuiTestBase;
import org.physiokiosk.ui.shell.KioskFrame;

/** Staff mode's on-screen keyboard in a real window: typing a title with its keys only, and when it shows. */
class OnScreenKeyboardGuiIT extends GuiTestBase {

    @TempDir
    Path dir;

    private Path media;
    private Path settingsFile;
    private FrameFixture window;
    private KioskFrame frame;

    @BeforeEach
    void copyKiosk() throws IOException {
        media = TestMedia.copyInto(dir); // a copy of the fixtures: the shipped media/ is never written
        settingsFile = dir.resolve("kiosk.properties");
        String pin = PinHash.hash("2468".toCharArray(), 20_000);
        Files.write(settingsFile, SettingsWriter.update(TestMedia.SETTINGS, Map.of(
                "media.dir", media.toString(), "stats.dir", dir.resolve("stats").toString(),
                "exports.dir", dir.resolve("exports").toString(), "clinic.logo", "",
                "staff.pin", pin, "staff.hold.seconds", "1", "staff.autolock.seconds", "300")));
    }

    @AfterEach
    void close() {
        if (window != null) {
            window.cleanUp();
        }
    }

    /** Opens the kiosk, staff mode (corner held, PIN on its keypad) and the Chin tuck technique. */
    private JTextField openChinTuck() {
        KioskSettings settings = SettingsLoader.load(settingsFile).settings().withFullscreen(false);
        SlideLibrary library = ContentLoader.load(settings.mediaDir());
        KioskAssembly kiosk = new KioskAssembly(settings, library, new RemovableDrives(List.of(), p -> false),
                UsageRecorder.NONE, threads.work());
        frame = openKiosk(kiosk, () -> { });
        window = new FrameFixture(robot, frame);
        robot.moveMouse(frame.getContentPane(), 8, 8);
        robot.pressMouse(MouseButton.LEFT_BUTTON);
        Pause.pause(2200);
        robot.releaseMouse(MouseButton.LEFT_BUTTON);
        window.panel("pin-pad").requireVisible();
        for (char c : "2468".toCharArray()) {
            window.button("pin-" + c).click();
        }
        window.button("pin-ok").click();
        waitFor("the back office", 10_000, () -> frame.staffMode().isOpen()
                && robot.finder().findAll(frame, c -> "staff".equals(c.getName()) && c.isShowing()).size() == 1);
        JList<?> list = (JList<?>) window.list("slides-list").target();
        waitFor("the slides listed", 5_000, () -> list.getModel().getSize() > 1);
        GuiActionRunner.execute(() -> list.setSelectedIndex(org.physiokiosk.ui.staff.SlidesList.row(list, "chin-tuck")));
        JTextField title = (JTextField) window.textBox("edit-title").target();
        waitFor("chin tuck loaded", 3_000, () -> title.getText().equals("Chin tuck"));
        return title;
    }

    private boolean keyboardShowing() {
        return !robot.finder().findAll(frame, c -> "keyboard".equals(c.getName()) && c.isShowing()).isEmpty();
    }

    private Component focusOwner() {
        return GuiActionRunner.execute(() -> KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner());
    }

    /** Clicks the on-screen keys, by name ("key-a", "key-shift"). */
    private void keys(String... names) {
        for (String name : names) {
            window.button("key-" + name).click();
        }
    }

    @Test
    void aTitleTypedWithTheOnScreenKeysOnlyIsSavedToTheTechniquesFile() throws Exception {
        JTextField title = openChinTuck();
        assertThat(GuiActionRunner.execute(this::keyboardShowing)).as("no field focused yet").isFalse();
        window.textBox("edit-title").click();
        waitFor("the keyboard shown for the focused field", 5_000, this::keyboardShowing);
        JButton a = (JButton) window.button("key-a").target();
        assertThat(GuiActionRunner.execute(a::isFocusable)).as("keys never take the focus").isFalse();

        int length = "Chin tuck".length();
        for (int i = 0; i < length; i++) {
            keys("right"); // to the end, wherever the click put the caret
        }
        for (int i = 0; i < length; i++) {
            keys("backspace");
        }
        waitFor("the title cleared", 3_000, () -> title.getText().isEmpty());
        keys("shift", "n", "e", "c", "k", "space", "c", "a", "f");
        keys("language"); // Español
        assertThat(GuiActionRunner.execute(() -> window.button("key-language").target().getText()))
                .isEqualTo("Español");
        keys("é", "space", "language", "language", "language"); // Français, Deutsch, Українська
        assertThat(GuiActionRunner.execute(() -> window.button("key-language").target().getText()))
                .isEqualTo("Українська");
        keys("ш", "и", "я");
        waitFor("the new title typed", 3_000, () -> title.getText().equals("Neck café шия"));
        assertThat(focusOwner()).as("the field kept the focus throughout").isSameAs(title);

        window.button("edit-save").click();
        waitFor("saved", 5_000, () -> window.textBox("edit-status").target().getText().equals("Saved."));
        Path file = media.resolve("techniques/chin-tuck.txt");
        assertThat(Files.readString(file)).contains("title: Neck café шия\n");
        assertThat(ContentLoader.load(media).technique("chin-tuck").orElseThrow().title()).isEqualTo("Neck café шия");
    }

    @Test
    void aRealKeyPressHidesTheKeyboardThatShowedItselfAndTheKeyboardButtonBringsItBack() {
        JTextField title = openChinTuck();
        window.textBox("edit-summary").click();
        waitFor("the keyboard shown for the focused field", 5_000, this::keyboardShowing);

        window.textBox("edit-summary").pressAndReleaseKeys(java.awt.event.KeyEvent.VK_END); // a real keyboard
        waitFor("the keyboard hidden after a real key", 5_000, () -> !keyboardShowing());
        window.textBox("edit-title").click();
        Pause.pause(500);
        assertThat(GuiActionRunner.execute(this::keyboardShowing)).as("a real keyboard is in use").isFalse();

        window.button("staff-keyboard").click();
        waitFor("the keyboard shown when asked", 5_000, this::keyboardShowing);
        assertThat(focusOwner()).as("the Keyboard button leaves the focus on the field").isSameAs(title);
        GuiActionRunner.execute(() -> title.setCaretPosition(title.getText().length()));
        keys("x");
        waitFor("typed at the caret", 3_000, () -> title.getText().equals("Chin tuckx"));
        window.textBox("edit-summary").pressAndReleaseKeys(java.awt.event.KeyEvent.VK_END);
        Pause.pause(300);
        assertThat(GuiActionRunner.execute(this::keyboardShowing)).as("asked for, it stays").isTrue();
        keys("hide");
        waitFor("hidden with its own key", 3_000, () -> !keyboardShowing());
    }

    @Test
    void theKeysReplaceTheSelectionGoThroughTheDocumentsFilterAndEnterIsTheFieldsOwn() {
        JTextField title = openChinTuck();
        window.textBox("edit-title").click();
        waitFor("the keyboard shown", 5_000, this::keyboardShowing);
        GuiActionRunner.execute(() -> title.selectAll());
        keys("shift", "n");
        waitFor("the selection replaced", 3_000, () -> title.getText().equals("N"));
        // A filter of the field's document (as a form may add): the keys type through it.
        GuiActionRunner.execute(() -> ((javax.swing.text.AbstractDocument) title.getDocument()).setDocumentFilter(
                new javax.swing.text.DocumentFilter() {
                    @Override
                    public void replace(FilterBypass fb, int offset, int length, String text,
                                        javax.swing.text.AttributeSet attrs) throws javax.swing.text.BadLocationException {
                        super.replace(fb, offset, length, text.toUpperCase(java.util.Locale.ROOT), attrs);
                    }
                }));
        keys("e", "c", "k", "left", "left", "backspace");
        waitFor("typed through the filter, at the caret", 3_000, () -> title.getText().equals("NCK"));

        keys("enter");
        waitFor("Enter goes on to the next field", 3_000, () -> focusOwner() == window.textBox("edit-summary").target());
        javax.swing.JTextArea steps = (javax.swing.JTextArea) window.textBox("edit-steps").target();
        window.textBox("edit-steps").click();
        waitFor("the steps focused", 3_000, () -> focusOwner() == steps);
        int lines = GuiActionRunner.execute(steps::getLineCount);
        keys("enter");
        waitFor("Enter is a new line in a text area", 3_000, () -> steps.getLineCount() == lines + 1);

        window.tabbedPane("staff-tabs").selectTab("Reports"); // its date fields type with the keys too
        window.textBox("reports-from").click();
        GuiActionRunner.execute(() -> ((JTextField) window.textBox("reports-from").target()).selectAll());
        keys("2", "0", "2", "6", "-", "1", "1", "-", "0", "1");
        waitFor("a date typed", 3_000, () -> ((JTextField) window.textBox("reports-from").target()).getText()
                .equals("2026-11-01"));
        assertThat(GuiActionRunner.execute(this::keyboardShowing)).isTrue();
    }
}
