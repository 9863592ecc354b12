package org.physiokiosk.ui.staff;

import java.awt.Color;
import java.awt.Component;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import javax.swing.Icon;
import javax.swing.SwingUtilities;
import org.physiokiosk.content.Technique;
import org.physiokiosk.ui.slides.SlideViews;
import org.physiokiosk.ui.theme.KioskTheme;

/**
 * Small pictures of the slides for the staff list: each technique's picture as its slide's card
 * draws it, rendered once per picture and size on the worker (never on the event thread) and
 * kept. Until a picture is ready, its row shows a tile in its category's colour with the
 * category's initial: the list never waits and never shows an empty frame.
 */
final class SlideThumbnails {

    private static final System.Logger LOG = System.getLogger(SlideThumbnails.class.getName());
    /** Soft theme colours, one per category in turn, for the tiles shown until a picture is ready. */
    private static final List<String> TILE_COLOURS = List.of("Kiosk.doseBackground", "Kiosk.cautionBackground",
            "Kiosk.neutralLight");

    private final Executor work;
    private final SlideViews views;
    private final Runnable ready;
    private final Map<String, BufferedImage> done = new ConcurrentHashMap<>();
    private final Set<String> asked = ConcurrentHashMap.newKeySet();

    /**
     * @param ready run on the event thread each time a picture is ready (the list repaints)
     */
    SlideThumbnails(Executor work, SlideViews views, Runnable ready) {
        this.work = work;
        this.views = views;
        this.ready = ready;
    }

    /** How many pictures are ready (for tests and the log). */
    int ready() {
        return done.size();
    }

    /**
     * The icon of {@code t} at {@code width} x {@code height}: its picture when ready, else the
     * tile (and the picture is asked for). On the event thread.
     */
    Icon icon(Technique t, int categoryIndex, String categoryTitle, int width, int height) {
        String key = t.illustration() + "@" + width + "x" + height;
        BufferedImage image = done.get(key);
        if (image == null && asked.add(key)) {
            Color surface = KioskTheme.color("Kiosk.surface"); // the theme is read here, on the event thread
            work.execute(() -> {
                try {
                    done.put(key, views.card(t.illustration(), width, height, surface));
                    SwingUtilities.invokeLater(ready);
                } catch (RuntimeException e) {
                    asked.remove(key); // asked again at the next paint
                    LOG.log(System.Logger.Level.WARNING, "Could not draw the thumbnail of " + t.id(), e);
                }
            });
        }
        Icon tile = tile(categoryIndex, categoryTitle, width, height);
        return new Sized(width, height) {
            @Override
            public void paintIcon(Component c, Graphics g, int x, int y) {
                if (image != null) {
                    g.drawImage(image, x, y, null);
                } else {
                    tile.paintIcon(c, g, x, y);
                }
            }
        };
    }

    /**
     * The tile of the category at {@code categoryIndex}: its colour and its initial. Its techniques
     * show it until their pictures are ready; the list's category rows show it always.
     */
    Icon tile(int categoryIndex, String categoryTitle, int width, int height) {
        Color tile = KioskTheme.color(TILE_COLOURS.get(Math.floorMod(categoryIndex, TILE_COLOURS.size())));
        Color ink = KioskTheme.color("Kiosk.heading");
        return new Sized(width, height) {
            @Override
            public void paintIcon(Component c, Graphics g, int x, int y) {
                Graphics2D g2 = (Graphics2D) g.create();
                try {
                    g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                    g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                    float arc = Math.min(width, height) * 0.24f;
                    g2.setColor(tile);
                    g2.fill(new RoundRectangle2D.Float(x, y, width, height, arc, arc));
                    String initial = categoryTitle.isEmpty() ? "" : categoryTitle.substring(0, 1);
                    g2.setFont(c.getFont().deriveFont(Font.BOLD, height * 0.45f));
                    FontMetrics fm = g2.getFontMetrics();
                    g2.setColor(ink);
                    g2.drawString(initial, x + (width - fm.stringWidth(initial)) / 2f,
                            y + (height - fm.getHeight()) / 2f + fm.getAscent());
                } finally {
                    g2.dispose();
                }
            }
        };
    }

    /** An icon of a fixed size. */
    private abstract static class Sized implements Icon {
        private final int width;
        private final int height;

        Sized(int width, int height) {
            this.width = width;
            this.height = height;
        }

        @Override
        public int getIconWidth() {
            return width;
        }

        @Override
        public int getIconHeight() {
            return height;
        }
    }
}
