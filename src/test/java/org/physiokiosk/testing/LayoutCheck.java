package org.physiokiosk.testing;

import com.formdev.flatlaf.FlatLaf;
import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import javax.swing.AbstractButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JLayer;
import javax.swing.JList;
import javax.swing.JProgressBar;
import javax.swing.JScrollBar;
import javax.swing.JScrollPane;
import javax.swing.JSpinner;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.JViewport;
import javax.swing.SwingUtilities;
import javax.swing.table.JTableHeader;
import javax.swing.text.JTextComponent;
import org.physiokiosk.ui.TextBlock;
import org.physiokiosk.ui.theme.KioskTheme;

/**
 * Lays a screen out at a screen size without a display and says what a person would find
 * wrong with it: a control outside the visible part of its parent (content in a scroll pane
 * counts as visible: it can be scrolled to), two controls on top of each other, a button or
 * check box smaller than its text needs (its words cut). One checker for every screen.
 */
public final class LayoutCheck {

    /** The screens the kiosk is made for: the smallest, common and largest ones. */
    public static final List<Dimension> SCREENS = List.of(new Dimension(1280, 720), new Dimension(1366, 768),
            new Dimension(1280, 1024), new Dimension(1920, 1080), new Dimension(3840, 2160));

    /** The kiosk's five languages, each checked on every screen. */
    public static final List<java.util.Locale> LANGUAGES = List.of(java.util.Locale.ENGLISH,
            java.util.Locale.forLanguageTag("es"), java.util.Locale.FRENCH, java.util.Locale.GERMAN,
            java.util.Locale.forLanguageTag("uk"));

    /** Every language on every screen, as the arguments (language, width, height) of a layout test. */
    public static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> languagesOnScreens() {
        List<org.junit.jupiter.params.provider.Arguments> all = new ArrayList<>();
        for (Dimension d : SCREENS) {
            for (java.util.Locale l : LANGUAGES) {
                all.add(org.junit.jupiter.params.provider.Arguments.of(l.getLanguage(), d.width, d.height));
            }
        }
        return all.stream();
    }

    /** Pixels of tolerance: rounding in the layout managers. */
    private static final int SLACK = 1;

    private LayoutCheck() {
    }

    /** The theme at the scale the kiosk chooses for this screen, so fonts and "lp" gaps are as it shows them. */
    public static void themeFor(int width, int screenHeight) {
        themeFor(width, screenHeight, 1f);
    }

    /** As above, the scale times {@code larger} (1.3: the staff screens with larger text). */
    public static void themeFor(int width, int screenHeight, float larger) {
        float scale = KioskTheme.scaleFor(width, screenHeight) * larger;
        String value = Float.toString(scale);
        if (!value.equals(System.getProperty("flatlaf.uiScale")) || !(javax.swing.UIManager.getLookAndFeel()
                instanceof FlatLaf)) {
            System.setProperty("flatlaf.uiScale", value);
            KioskTheme.install();
        }
    }

    /**
     * Sizes {@code root} to the screen and lays out the whole tree as a window would: each
     * component told it was resized (screens scale their text then), what that posts let run,
     * and laid out again until the sizes settle. Call from the test's thread, not the EDT.
     */
    public static void layOut(Container root, int width, int height) {
        for (int i = 0; i < 3; i++) {
            onEdt(() -> {
                root.setSize(width, height);
                layoutTree(root);
                resized(root);
            });
        }
        onEdt(() -> layoutTree(root));
    }

    /** What a window sends after a layout: "you were resized", to everything that listens. */
    private static void resized(Component c) {
        if (c.getComponentListeners().length > 0) {
            java.awt.event.ComponentEvent e = new java.awt.event.ComponentEvent(c,
                    java.awt.event.ComponentEvent.COMPONENT_RESIZED);
            for (java.awt.event.ComponentListener l : c.getComponentListeners()) {
                l.componentResized(e);
            }
        }
        if (c instanceof Container cc) {
            for (Component child : cc.getComponents()) {
                resized(child);
            }
        }
    }

    private static void layoutTree(Container c) {
        invalidateTree(c);
        doLayoutTree(c);
    }

    /** Every cached size dropped first, so each container lays out with its children's sizes as they are now. */
    private static void invalidateTree(Container c) {
        for (Component child : c.getComponents()) {
            if (child instanceof Container cc) {
                invalidateTree(cc);
            }
        }
        c.invalidate();
    }

    private static void doLayoutTree(Container c) {
        c.doLayout();
        for (Component child : c.getComponents()) {
            if (child instanceof Container cc) {
                doLayoutTree(cc);
            }
        }
    }

    /** What is wrong with {@code root} as laid out now; each problem starts with {@code where}. */
    public static List<String> problems(Container root, String where) {
        List<String> problems = new ArrayList<>();
        check(root, root, where, problems);
        return problems;
    }

    private static void check(Container root, Container parent, String where, List<String> problems) {
        List<Component> shown = new ArrayList<>();
        for (Component c : parent.getComponents()) {
            if (c.isVisible()) {
                shown.add(c);
            }
        }
        boolean scrolled = parent instanceof JViewport;
        for (Component c : shown) {
            if (isControl(c) || c instanceof JScrollPane || c instanceof JTabbedPane) {
                Rectangle r = SwingUtilities.convertRectangle(parent, face(c), root);
                Rectangle visible = visibleArea(root, parent);
                if (!scrolled && (c.getWidth() <= 0 || c.getHeight() <= 0 || !contains(visible, r))) {
                    problems.add(where + ": outside its parent's visible area " + describe(r) + " (visible "
                            + describe(visible) + "): " + name(c));
                }
            }
            if (c instanceof AbstractButton b && b.getWidth() > 0 && b.getText() != null && !b.getText().isEmpty()) {
                Dimension pref = b.getPreferredSize();
                if (pref.width > b.getWidth() + SLACK || pref.height > b.getHeight() + SLACK) {
                    problems.add(where + ": button text cut, needs " + pref.width + "x" + pref.height + ", has "
                            + b.getWidth() + "x" + b.getHeight() + ": " + name(c));
                }
            }
            if (c instanceof TextBlock t && t.getWidth() > 0 && !t.fits()) {
                problems.add(where + ": text does not fit even at its smallest size: " + name(c));
            }
            if (c instanceof JLabel l && l.getWidth() > 0 && isHtml(l.getText())
                    && l.getClientProperty(javax.swing.plaf.basic.BasicHTML.propertyKey)
                    instanceof javax.swing.text.View view) {
                // Wrapped words: as tall as they are at this width, or the last lines are cut off.
                java.awt.Insets in = l.getInsets();
                view.setSize(Math.max(1, l.getWidth() - in.left - in.right), 0);
                int needs = (int) Math.ceil(view.getPreferredSpan(javax.swing.text.View.Y_AXIS)) + in.top + in.bottom;
                if (needs > l.getHeight() + SLACK) {
                    problems.add(where + ": wrapped label cut at the bottom, needs " + needs + " px, has "
                            + l.getHeight() + ": " + name(c));
                }
            }
            if (c instanceof JLabel l && l.getWidth() > 0 && !isHtml(l.getText()) && l.getText() != null
                    && !l.getText().isBlank() && l.getPreferredSize().width > l.getWidth() + SLACK) {
                problems.add(where + ": label text cut, needs " + l.getPreferredSize().width + " px, has "
                        + l.getWidth() + ": " + name(c));
            }
        }
        if (!(parent instanceof JScrollPane) && !(parent instanceof JLayer)) {
            for (int i = 0; i < shown.size(); i++) {
                for (int j = i + 1; j < shown.size(); j++) {
                    Rectangle a = face(shown.get(i));
                    Rectangle b = face(shown.get(j));
                    Rectangle both = a.intersection(b);
                    if (both.width > SLACK && both.height > SLACK) {
                        problems.add(where + ": overlapping by " + both.width + "x" + both.height + ": "
                                + name(shown.get(i)) + " and " + name(shown.get(j)));
                    }
                }
            }
        }
        for (Component c : shown) {
            if (c instanceof Container cc && !isWidget(c)) {
                check(root, cc, where, problems);
            }
        }
    }

    /**
     * The part of {@code c} that is painted: its bounds less FlatLaf's visual padding (the room
     * for a button's focus ring, which MigLayout lets reach past the cell so the faces line up).
     */
    private static Rectangle face(Component c) {
        Rectangle r = c.getBounds();
        if (c instanceof JComponent j) {
            Object pad = j.getClientProperty("visualPadding");
            if (pad instanceof java.awt.Insets in) {
                return new Rectangle(r.x + in.left, r.y + in.top, r.width - in.left - in.right,
                        r.height - in.top - in.bottom);
            }
            if (pad instanceof int[] in && in.length == 4) {
                return new Rectangle(r.x + in[1], r.y + in[0], r.width - in[1] - in[3], r.height - in[0] - in[2]);
            }
        }
        return r;
    }

    /** The part of {@code c} (in {@code root}'s coordinates) not cut off by its ancestors; a scroll pane's view counts whole. */
    private static Rectangle visibleArea(Container root, Container c) {
        Rectangle area = SwingUtilities.convertRectangle(c, new Rectangle(0, 0, c.getWidth(), c.getHeight()), root);
        for (Container p = c.getParent(); p != null && c != root; c = p, p = p.getParent()) {
            if (p instanceof JViewport) {
                break; // scrolled content: reachable by scrolling, its scroll pane is checked instead
            }
            Rectangle pr = SwingUtilities.convertRectangle(p, new Rectangle(0, 0, p.getWidth(), p.getHeight()), root);
            area = area.intersection(pr);
            if (p == root) {
                break;
            }
        }
        return area;
    }

    private static boolean contains(Rectangle outer, Rectangle inner) {
        return inner.x >= outer.x - SLACK && inner.y >= outer.y - SLACK
                && inner.x + inner.width <= outer.x + outer.width + SLACK
                && inner.y + inner.height <= outer.y + outer.height + SLACK;
    }

    /** What a person reads or touches. */
    private static boolean isControl(Component c) {
        return c instanceof AbstractButton || c instanceof JLabel || c instanceof JTextComponent
                || c instanceof JComboBox || c instanceof JSpinner || c instanceof TextBlock
                || c instanceof JList || c instanceof JTable || c instanceof JProgressBar;
    }

    /** Components whose insides are the look and feel's business, not ours. */
    private static boolean isWidget(Component c) {
        return c instanceof JComboBox || c instanceof JSpinner || c instanceof JScrollBar || c instanceof JTable
                || c instanceof JTableHeader || c instanceof JList || c instanceof JTextComponent
                || c instanceof JProgressBar || c instanceof JLabel || c instanceof TextBlock
                || c instanceof AbstractButton b && b.getComponentCount() == 0;
    }

    private static boolean isHtml(String text) {
        return text != null && text.regionMatches(true, 0, "<html>", 0, 6);
    }

    private static String describe(Rectangle r) {
        return "[" + r.x + "," + r.y + " " + r.width + "x" + r.height + "]";
    }

    /** The component as a person or a test finds it: its kind, name and words. */
    public static String name(Component c) {
        String text = "";
        if (c instanceof AbstractButton b) {
            text = b.getText();
        } else if (c instanceof JLabel l) {
            text = l.getText();
        } else if (c instanceof TextBlock t) {
            text = t.text();
        } else if (c instanceof JTextComponent t) {
            text = t.getText();
        } else if (c instanceof JComponent j && j.getAccessibleContext().getAccessibleName() != null) {
            text = j.getAccessibleContext().getAccessibleName();
        }
        text = text == null ? "" : text.replaceAll("<[^>]*>", "").replaceAll("\\s+", " ").strip();
        if (text.length() > 60) {
            text = text.substring(0, 57) + "…";
        }
        return c.getClass().getSimpleName() + (c.getName() == null ? "" : " '" + c.getName() + "'")
                + (text.isEmpty() ? "" : " \"" + text + "\"");
    }

    /** Runs {@code r} on the event thread and waits, then lets what it posted run too. */
    public static void onEdt(Runnable r) {
        try {
            SwingUtilities.invokeAndWait(r);
            SwingUtilities.invokeAndWait(() -> { });
        } catch (java.lang.reflect.InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
