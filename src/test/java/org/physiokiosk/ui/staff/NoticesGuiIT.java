package org.physiokiosk.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Rectangle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JList;
import javax.swing.JTextField;
import javax.swing.text.JTextComponent;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.content.Notice;
import org.physiokiosk.illustration.IllustrationLoader;
import org.physiokiosk.settings.KioskSettings;
import org.physiokiosk.settings.SettingsLoader;
import org.physiokiosk.staff.ContentEditor;
import org.physiokiosk.testing.TestMedia;
import org.physiokiosk.ui.GuiTestBase;
import org.physiokiosk.ui.Texts;
import org.physiokiosk.ui.slides.SlideViews;

/** The Notices tab in a real window, by touch: a notice added, styled, scheduled on weekdays with the pickers, saved. */
class NoticesGuiIT extends GuiTestBase {

    @TempDir
    Path dir;

    private Path media;
    private FrameFixture window;
    private int changes;

    @BeforeEach
    void open() throws IOException {
        media = TestMedia.copyInto(dir);
        KioskSettings settings = SettingsLoader.load(TestMedia.settingsIn(dir)).settings();
        ContentEditor content = new ContentEditor(media);
        StaffServices services = StaffServicesOnFiles.of(settings, content);
        Texts texts = new Texts(Locale.ENGLISH);
        JFrame frame = GuiActionRunner.execute(() -> {
            JFrame f = new JFrame("Staff");
            f.setContentPane(new StaffPanel(services, texts, threads.work(), new SlideViews(
                    content.library().illustrationsDir(), new IllustrationLoader(), texts, "Clinic"), () -> { },
                    () -> { }, new LargerTextPresenter()));
            f.setSize(1920, 1080);
            return f;
        });
        window = new FrameFixture(robot, frame);
        window.show(new java.awt.Dimension(1920, 1080));
    }

    @AfterEach
    void close() {
        if (window != null) {
            window.cleanUp();
        }
    }

    /** A touch on the named button: brought into view in its scrolling part first, as a finger would scroll to it. */
    private void touch(String name) {
        Component c = window.robot().finder().find(window.target(), x -> name.equals(x.getName()) && x.isShowing());
        GuiActionRunner.execute(() -> ((JComponent) c).scrollRectToVisible(new Rectangle(c.getSize())));
        robot.waitForIdle();
        robot.click(c);
        robot.waitForIdle();
    }

    /** With {@code -Dnotices.shots=DIR}: the window as it is on the screen now, to look at (not a check). */
    private void shot(String name) throws IOException {
        String to = System.getProperty("notices.shots");
        if (to == null || to.isBlank()) {
            return;
        }
        robot.waitForIdle();
        Rectangle bounds = GuiActionRunner.execute(() -> window.target().getBounds());
        try {
            java.awt.image.BufferedImage image = new java.awt.Robot().createScreenCapture(bounds);
            Files.createDirectories(Path.of(to));
            javax.imageio.ImageIO.write(image, "png", Path.of(to, name + ".png").toFile());
        } catch (java.awt.AWTException e) {
            throw new IOException(e);
        }
    }

    private String text(String name) {
        return GuiActionRunner.execute(() -> ((JTextComponent) window.robot().finder().find(window.target(),
                x -> name.equals(x.getName()) && x.isShowing())).getText());
    }

    @Test
    void aNoticeAddedByTouchWithAStyleAndAWeekdayScheduleIsSavedToItsFile() throws IOException {
        window.tabbedPane("staff-tabs").selectTab("Notices");
        JList<?> list = (JList<?>) window.list("notices-list").target();
        waitFor("the notices listed", 10_000, () -> list.getModel().getSize() == 3); // filled off the event thread

        touch("notices-add");
        JTextField title = (JTextField) window.textBox("notice-title").target();
        waitFor("a clean notice", 3_000, () -> title.getText().equals("New notice"));
        GuiActionRunner.execute(() -> title.setText("Closed on New Year's Day"));
        GuiActionRunner.execute(() -> ((JTextComponent) window.textBox("notice-text").target())
                .setText("The clinic is closed on 1 January.\nWe open again on 2 January at 8:00."));
        touch("notice-style-important");
        assertThat(GuiActionRunner.execute(() -> window.toggleButton("notice-style-important").target().isSelected()))
                .isTrue();

        window.tabbedPane("notice-parts").selectTab("When");
        touch("schedule-weekday-sat");
        touch("schedule-weekday-sun");
        touch("schedule-from");
        touch("schedule-next-month");
        LocalDate first = YearMonth.now().plusMonths(1).atDay(1);
        touch("schedule-date-" + first);
        touch("schedule-until");
        LocalDate last = first.plusDays(14);
        touch("schedule-date-" + last); // the grid opens on the first day's month
        touch("schedule-add-range");
        touch("schedule-range-0-end-later");
        touch("schedule-range-0-end-later");
        String summary = GuiActionRunner.execute(() -> window.label("schedule-summary").target().getText());
        assertThat(summary).contains("Mon–Fri, 08:00–12:30, from " + first.getDayOfMonth());

        shot("notices-when-filled");
        touch("notice-save");
        waitFor("saved", 10_000, () -> text("notice-status").equals("Saved."));
        window.tabbedPane("notice-parts").selectTab(0);
        shot("notices-saved");

        Path file = media.resolve("notices/closed-on-new-year-s-day.txt");
        assertThat(Files.readString(file)).contains("title: Closed on New Year's Day\n", "style: important\n",
                "show-from: " + first + "\n", "show-until: " + last + "\n", "days: mon, tue, wed, thu, fri\n",
                "hours: 08:00-12:30\n", "text:\n- The clinic is closed on 1 January.\n");
        Notice saved = ContentLoader.load(media).notice("closed-on-new-year-s-day").orElseThrow();
        assertThat(saved.schedule().isShownAt(first.plusDays(7 - first.getDayOfWeek().getValue() + 1).atTime(9, 0)))
                .as("the first Monday after the first day, in the morning").isTrue();
        assertThat(saved.schedule().isShownAt(first.minusDays(1).atTime(9, 0))).isFalse();
        waitFor("listed with its state", 5_000, () -> list.getModel().getSize() == 4);
    }
}
