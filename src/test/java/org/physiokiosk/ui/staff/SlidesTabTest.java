package org.physiokiosk.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Component;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.swing.Icon;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JTabbedPane;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.physiokiosk.content.Technique;
import org.physiokiosk.illustration.IllustrationLoader;
import org.physiokiosk.staff.ContentEditor;
import org.physiokiosk.testing.LayoutCheck;
import org.physiokiosk.testing.TestMedia;
import org.physiokiosk.ui.Texts;
import org.physiokiosk.ui.slides.SlideView;
import org.physiokiosk.ui.slides.SlideViews;
import org.physiokiosk.ui.theme.KioskTheme;

/** The Slides tab's preview and list pictures, laid out without a display. */
class SlidesTabTest {

    @BeforeAll
    static void content() throws IOException {
        StaffLayoutTest.load();
    }

    /** The tab at a screen size, Chin tuck open, laid out as the window would. */
    private static StaffPanel at(int width, int height) {
        LayoutCheck.onEdt(() -> LayoutCheck.themeFor(width, height));
        StaffPanel panel = StaffLayoutTest.panel(new Texts(Locale.ENGLISH));
        JList<?> list = StaffLayoutTest.find(panel, JList.class, "slides-list");
        int chin = StaffLayoutTest.row(list, "chin-tuck");
        LayoutCheck.onEdt(() -> list.setSelectedIndex(chin));
        LayoutCheck.layOut(panel, width, height);
        return panel;
    }

    private static Rectangle inPanel(StaffPanel panel, Component c) {
        Rectangle[] r = new Rectangle[1];
        LayoutCheck.onEdt(() -> r[0] = SwingUtilities.convertRectangle(c.getParent(), c.getBounds(), panel));
        return r[0];
    }

    @Test
    void onAWideScreenThePreviewIsBesideTheFormAtTheScreensProportionsAndHalfTheEditor() {
        StaffPanel panel = at(1920, 1080);
        SlideView slide = StaffLayoutTest.find(panel, SlideView.class, "slide-technique-chin-tuck");
        assertThat(slide).as("chin tuck's own slide, as the loop makes it").isNotNull();
        Rectangle s = inPanel(panel, slide);
        Rectangle parts = inPanel(panel, StaffLayoutTest.find(panel, JTabbedPane.class, "edit-parts"));
        assertThat(s.x).as("beside the form").isGreaterThanOrEqualTo(parts.x + parts.width);
        assertThat((double) s.width / s.height).isCloseTo(16.0 / 9.0, org.assertj.core.data.Offset.offset(0.02));
        // The old thumbnail was 28 % of the editor's width (about 390 px here); this one is 45 % of it.
        assertThat(s.width).isGreaterThan(550);
    }

    @Test
    void onANarrowScreenThePreviewIsAboveTheForm() {
        StaffPanel panel = at(1366, 768);
        SlideView slide = StaffLayoutTest.find(panel, SlideView.class, "slide-technique-chin-tuck");
        Rectangle s = inPanel(panel, slide);
        Rectangle parts = inPanel(panel, StaffLayoutTest.find(panel, JTabbedPane.class, "edit-parts"));
        assertThat(s.y + s.height).as("above the form").isLessThanOrEqualTo(parts.y);
        assertThat((double) s.width / s.height).isCloseTo(16.0 / 9.0, org.assertj.core.data.Offset.offset(0.02));
        assertThat(s.width).isGreaterThan(300);
    }

    @Test
    void thumbnailsAreDrawnOnTheWorkerOnceEachAndUntilThenTheCategorysTileShows() throws Exception {
        LayoutCheck.onEdt(() -> LayoutCheck.themeFor(1920, 1080));
        ContentEditor content = new ContentEditor(TestMedia.MEDIA);
        SlideViews views = new SlideViews(content.library().illustrationsDir(), new IllustrationLoader(),
                new Texts(Locale.ENGLISH), "Clinic");
        List<Runnable> queued = new ArrayList<>();
        AtomicBoolean repainted = new AtomicBoolean();
        SlideThumbnails thumbnails = new SlideThumbnails(queued::add, views, () -> repainted.set(true));
        Technique chin = content.library().technique("chin-tuck").orElseThrow();
        Icon[] first = new Icon[2];
        LayoutCheck.onEdt(() -> {
            first[0] = thumbnails.icon(chin, 0, "Stretching exercises", 54, 64);
            first[1] = thumbnails.icon(chin, 0, "Stretching exercises", 54, 64);
        });
        assertThat(queued).as("one drawing asked for, however often the row is painted").hasSize(1);
        Color tile = KioskTheme.color("Kiosk.doseBackground");
        assertThat(pixel(first[0], 3, 32)).isEqualTo(tile.getRGB());

        AtomicBoolean onEdt = new AtomicBoolean(true);
        Thread worker = new Thread(() -> {
            onEdt.set(SwingUtilities.isEventDispatchThread());
            queued.get(0).run();
        });
        worker.start();
        worker.join();
        assertThat(onEdt).isFalse();
        assertThat(thumbnails.ready()).isEqualTo(1);
        SwingUtilities.invokeAndWait(() -> { }); // the repaint posted to the event thread has run
        assertThat(repainted).isTrue();
        Icon[] after = new Icon[1];
        LayoutCheck.onEdt(() -> after[0] = thumbnails.icon(chin, 0, "Stretching exercises", 54, 64));
        assertThat(queued).hasSize(1);
        // The slide's card: its white surface where the tile was, and the drawing's ink somewhere on it.
        assertThat(pixel(after[0], 3, 32)).isEqualTo(KioskTheme.color("Kiosk.surface").getRGB());
        assertThat(distinctColours(after[0])).isGreaterThan(5);
    }

    private static int pixel(Icon icon, int x, int y) {
        return image(icon).getRGB(x, y);
    }

    private static long distinctColours(Icon icon) {
        BufferedImage img = image(icon);
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                colours.add(img.getRGB(x, y));
            }
        }
        return colours.size();
    }

    private static BufferedImage image(Icon icon) {
        BufferedImage img = new BufferedImage(icon.getIconWidth(), icon.getIconHeight(), BufferedImage.TYPE_INT_ARGB);
        LayoutCheck.onEdt(() -> {
            var g = img.createGraphics();
            icon.paintIcon(new JLabel(), g, 0, 0);
            g.dispose();
        });
        return img;
    }
}
