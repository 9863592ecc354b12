package org.physiokiosk.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.formdev.flatlaf.util.UIScale;
import java.awt.Component;
import java.awt.Rectangle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JList;
import javax.swing.text.JTextComponent;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.content.Slide;
import org.physiokiosk.content.SlideLibrary;
import org.physiokiosk.illustration.IllustrationLoader;
import org.physiokiosk.loop.LoopRules;
import org.physiokiosk.settings.KioskSettings;
import org.physiokiosk.settings.SettingsLoader;
import org.physiokiosk.staff.ContentEditor;
import org.physiokiosk.testing.TestMedia;
import org.physiokiosk.ui.GuiTestBase;
import org.physiokiosk.ui.Texts;
import org.physiokiosk.ui.slides.SlideViews;

/**
 * The Slides tab in a real window, by touch: a category's row touched in the list, its slide
 * previewed, its schedule set on weekday mornings from a day picked on the month grid, saved to
 * its file; the loop then leaves it (and its techniques) out at the weekend.
 */
class SlidesGuiIT extends GuiTestBase {

    @TempDir
    Path dir;

    private Path media;
    private FrameFixture window;
    private StaffPanel panel;

    @BeforeEach
    void open() throws IOException {
        media = TestMedia.copyInto(dir);
        KioskSettings settings = SettingsLoader.load(TestMedia.settingsIn(dir)).settings();
        ContentEditor content = new ContentEditor(media);
        StaffServices services = StaffServicesOnFiles.of(settings, content);
        Texts texts = new Texts(Locale.ENGLISH);
        JFrame frame = GuiActionRunner.execute(() -> {
            JFrame f = new JFrame("Staff");
            panel = new StaffPanel(services, texts, threads.work(), new SlideViews(
                    content.library().illustrationsDir(), new IllustrationLoader(), texts, "Clinic"),
                    () -> { }, () -> { }, new LargerTextPresenter());
            f.setContentPane(panel);
            f.setSize(1366, 768);
            return f;
        });
        window = new FrameFixture(robot, frame);
        window.show(new java.awt.Dimension(1366, 768));
    }

    @AfterEach
    void close() {
        if (window != null) {
            window.cleanUp();
        }
    }

    /** The named component now on screen. */
    private Component showing(String name) {
        return window.robot().finder().find(window.target(), x -> name.equals(x.getName()) && x.isShowing());
    }

    /**
     * A touch on the named control, brought into view in its scrolling part first as a finger would
     * scroll to it; it must be large enough for a finger.
     */
    private void touch(String name) {
        Component c = showing(name);
        GuiActionRunner.execute(() -> ((JComponent) c).scrollRectToVisible(new Rectangle(c.getSize())));
        robot.waitForIdle();
        assertThat(GuiActionRunner.execute(c::getHeight)).as(name + " is touch-sized")
                .isGreaterThanOrEqualTo(UIScale.scale(36));
        robot.click(c);
        robot.waitForIdle();
    }

    private String text(String name) {
        return GuiActionRunner.execute(() -> ((JTextComponent) showing(name)).getText());
    }

    /** Every word the preview shows now. */
    private String previewWords() {
        return GuiActionRunner.execute(() -> String.join("\n", robot.finder().findAll(
                (java.awt.Container) showing("edit-preview"),
                c -> c instanceof org.physiokiosk.ui.TextBlock && c.isShowing()).stream()
                .map(c -> ((org.physiokiosk.ui.TextBlock) c).text()).toList()));
    }

    @Test
    void aCategoryTouchedInTheListIsScheduledByTouchAndItsFileAndTheLoopFollow() throws IOException {
        Path file = media.resolve("categories/stretching.txt");
        String before = Files.readString(file);
        String german = Files.readString(media.resolve("categories/stretching.de.txt"));
        JList<?> list = (JList<?>) window.list("slides-list").target();
        waitFor("the slides listed", 10_000, () -> GuiActionRunner.execute(() -> SlidesList.categoryRow(list,
                "stretching") >= 0 && SlidesList.row(list, "chin-tuck") > 0)); // filled off the event thread
        int row = GuiActionRunner.execute(() -> SlidesList.categoryRow(list, "stretching"));
        assertThat(row).as("the category above its first technique").isZero();

        // The category's row, touched as a finger would: large enough, and it opens the category's form.
        Rectangle cell = GuiActionRunner.execute(() -> list.getCellBounds(row, row));
        assertThat(cell.height).as("a row a finger can touch").isGreaterThanOrEqualTo(UIScale.scale(44));
        assertThat(GuiActionRunner.execute(list::getVisibleRect).contains(cell)).as("in sight: the list starts at "
                + "its top, the first technique open under its category").isTrue();
        robot.click(list, new java.awt.Point(cell.x + cell.width / 2, cell.y + cell.height / 2));
        robot.waitForIdle();
        waitFor("the category's form", 5_000, () -> GuiActionRunner.execute(() -> showing("category-form") != null));
        assertThat(GuiActionRunner.execute(() -> window.label("category-title").target().getText()))
                .isEqualTo("Stretching exercises");
        assertThat(text("category-state")).isEqualTo("On the loop now.");
        waitFor("the category slide in the preview", 5_000, () -> previewWords().contains("Stretching exercises"));
        assertThat(previewWords()).contains("Do the stretches every day.", "Chin tuck");

        // Weekday mornings, from the first of next month.
        touch("schedule-weekday-sat");
        touch("schedule-weekday-sun");
        touch("schedule-add-range");
        touch("schedule-from");
        touch("schedule-next-month");
        LocalDate first = YearMonth.now().plusMonths(1).atDay(1);
        touch("schedule-date-" + first);
        String summary = GuiActionRunner.execute(() -> window.label("schedule-summary").target().getText());
        assertThat(summary).contains("Mon–Fri, 08:00–12:00, from " + first.getDayOfMonth());
        assertThat(text("category-status")).isEqualTo("Unsaved changes");
        assertThat(GuiActionRunner.execute(panel::changed)).isFalse();
        touch("category-save");
        waitFor("saved", 10_000, () -> text("category-status").equals("Saved."));

        String after = Files.readString(file);
        assertThat(after).contains("show-from: " + first + "\n", "days: mon, tue, wed, thu, fri\n",
                "hours: 08:00-12:00\n");
        assertThat(after.lines().filter(l -> !l.matches("(show-from|days|hours): .*")).toList())
                .as("every other line as it was").containsExactlyElementsOf(before.lines().toList());
        assertThat(media.resolve("categories/stretching.de.txt")).hasContent(german);
        assertThat(GuiActionRunner.execute(panel::changed)).as("the kiosk told: it reloads the loop on the way back")
                .isTrue();
        assertThat(text("category-state")).as("not yet on: it shows from the 1st").startsWith("now off: from ");

        // The loop, read again as a reload reads it: out at the weekend and in the afternoon, its techniques with it.
        SlideLibrary lib = ContentLoader.load(media);
        LocalDate monday = first.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        assertThat(pass(lib, monday.atTime(9, 0))).contains("category-stretching", "technique-chin-tuck");
        assertThat(pass(lib, monday.plusDays(5).atTime(9, 0))).as("Saturday")
                .doesNotContain("category-stretching", "technique-chin-tuck").contains("category-massage");
        assertThat(pass(lib, monday.atTime(14, 0))).as("afternoon").doesNotContain("category-stretching");
    }

    /** The ids of the slides a pass of the loop holds at {@code t}. */
    private static List<String> pass(SlideLibrary lib, LocalDateTime t) {
        return LoopRules.passAt(lib.loopSlides(), t, 0).stream()
                .map(p -> ((LoopRules.Place.Play) p).slide()).map(Slide::id).toList();
    }
}
