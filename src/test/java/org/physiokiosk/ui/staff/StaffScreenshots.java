package org.physiokiosk.ui.staff;

import java.awt.Container;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.swing.JTabbedPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.physiokiosk.testing.LayoutCheck;
import org.physiokiosk.ui.Texts;

/**
 * Not a check: pictures of the staff screens to look at as a person would (issue 14). Runs only
 * when asked: {@code -Dstaff.shots=DIR [-Dstaff.shots.languages=en,uk] [-Dstaff.shots.sizes=1366x768]}.
 * Writes DIR/staff-TAB-WxH-aLEVEL-LANG.png for the Review, What plays when, Settings, Reports and Exit tabs (and
 * the keyboard shown over the Settings tab) and DIR/keypad-MODE-WxH-aLEVEL-LANG.png.
 */
@EnabledIfSystemProperty(named = "staff.shots", matches = ".+")
class StaffScreenshots {

    @Test
    void writeThem() throws IOException {
        StaffLayoutTest.load();
        Path dir = Path.of(System.getProperty("staff.shots"));
        Files.createDirectories(dir);
        String[] languages = System.getProperty("staff.shots.languages", "en").split(",");
        String[] sizes = System.getProperty("staff.shots.sizes", "1366x768,1920x1080").split(",");
        String[] keypadModes = System.getProperty("staff.shots.keypad", "enter,code,not-set-up").split(",");
        for (String size : sizes) {
            int width = Integer.parseInt(size.split("x")[0]);
            int height = Integer.parseInt(size.split("x")[1]);
            for (String language : languages) {
                Texts texts = new Texts(Locale.forLanguageTag(language));
                for (float level : StaffLayoutTest.LEVELS) {
                    String at = width + "x" + height + "-a" + level + "-" + language + ".png";
                    StaffPanel panel = StaffLayoutTest.panelAt(texts, width, height, level);
                    JTabbedPane tabs = StaffLayoutTest.find(panel, JTabbedPane.class, "staff-tabs");
                    int[] shown = {StaffLayoutTest.REVIEW, StaffLayoutTest.PLAYS, StaffLayoutTest.SETTINGS,
                        StaffLayoutTest.REPORTS, StaffLayoutTest.EXIT};
                    String[] names = {"review", "plays", "settings", "reports", "exit"};
                    for (int i = 0; i < shown.length; i++) {
                        int tab = shown[i];
                        LayoutCheck.onEdt(() -> tabs.setSelectedIndex(tab));
                        write(panel, width, height, dir.resolve("staff-" + names[i] + "-" + at));
                    }
                    notices(panel, tabs, width, height, dir, at);
                    LayoutCheck.onEdt(() -> {
                        tabs.setSelectedIndex(StaffLayoutTest.SETTINGS);
                        StaffLayoutTest.find(panel, javax.swing.JButton.class, "staff-keyboard").doClick();
                    });
                    write(panel, width, height, dir.resolve("staff-keyboard-" + at));
                    for (String mode : keypadModes) {
                        write(StaffLayoutTest.keypad(texts, mode, level), width, height,
                                dir.resolve("keypad-" + mode + "-" + at));
                    }
                }
            }
        }
    }

    /**
     * The Notices tab on its two parts (DIR/staff-notices-*.png, staff-notices-when-*.png), the
     * "When" part with a weekday schedule, two hour ranges and the month grid open
     * (staff-notices-picker-*.png), the Slides tab's "When" part (staff-slides-when-*.png) and a
     * category open on it (staff-slides-category-*.png).
     */
    private static void notices(StaffPanel panel, JTabbedPane tabs, int width, int height, Path dir, String at)
            throws IOException {
        LayoutCheck.onEdt(() -> tabs.setSelectedIndex(StaffLayoutTest.NOTICES));
        java.awt.Component tab = tabs.getComponentAt(StaffLayoutTest.NOTICES);
        javax.swing.JList<?> list = StaffLayoutTest.find(tab, javax.swing.JList.class, "notices-list");
        LayoutCheck.onEdt(() -> list.setSelectedIndex(1));
        JTabbedPane parts = StaffLayoutTest.find(tab, JTabbedPane.class, "notice-parts");
        LayoutCheck.onEdt(() -> parts.setSelectedIndex(0));
        write(panel, width, height, dir.resolve("staff-notices-" + at));
        LayoutCheck.onEdt(() -> parts.setSelectedIndex(1));
        write(panel, width, height, dir.resolve("staff-notices-when-" + at));
        LayoutCheck.onEdt(() -> {
            for (String day : new String[] {"sat", "sun"}) {
                StaffLayoutTest.find(tab, javax.swing.JToggleButton.class, "schedule-weekday-" + day).doClick();
            }
            StaffLayoutTest.find(tab, javax.swing.JButton.class, "schedule-add-range").doClick();
            StaffLayoutTest.find(tab, javax.swing.JButton.class, "schedule-add-range").doClick();
            StaffLayoutTest.find(tab, javax.swing.JButton.class, "schedule-until").doClick();
        });
        write(panel, width, height, dir.resolve("staff-notices-picker-" + at));
        LayoutCheck.onEdt(() -> tabs.setSelectedIndex(StaffLayoutTest.SLIDES));
        java.awt.Component slides = tabs.getComponentAt(StaffLayoutTest.SLIDES);
        javax.swing.JList<?> techniques = StaffLayoutTest.find(slides, javax.swing.JList.class, "slides-list");
        int first = StaffLayoutTest.firstTechnique(techniques);
        LayoutCheck.onEdt(() -> techniques.setSelectedIndex(first));
        JTabbedPane slideParts = StaffLayoutTest.find(slides, JTabbedPane.class, "edit-parts");
        LayoutCheck.onEdt(() -> slideParts.setSelectedIndex(SlidesPresenter.Part.SCHEDULE.ordinal()));
        write(panel, width, height, dir.resolve("staff-slides-when-" + at));
        // A category open: its row above its techniques, its schedule, its slide (staff-slides-category-*.png).
        LayoutCheck.onEdt(() -> techniques.setSelectedIndex(0));
        write(panel, width, height, dir.resolve("staff-slides-category-" + at));
    }

    private static void write(Container screen, int width, int height, Path file) throws IOException {
        LayoutCheck.layOut(screen, width, height);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        LayoutCheck.onEdt(() -> {
            Graphics2D g = image.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            screen.printAll(g);
            g.dispose();
        });
        ImageIO.write(image, "png", file.toFile());
    }
}
