package org.physiokiosk.ui.staff;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.LayoutManager;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import org.physiokiosk.ui.slides.SlideView;

/**
 * The live preview's frame: the slide (the loop's own view) at the proportions of the screen
 * the kiosk runs on, as large as fits, at the frame's top left. The slide sizes everything from
 * its height, so smaller it reads exactly as patients see it, scaled down.
 */
final class SlidePreview extends JPanel {
    private static final long serialVersionUID = 1L;

    /** A screen's proportions before the panel is on one (and in layouts without a window). */
    static final double DEFAULT_ASPECT = 16.0 / 9.0;

    private boolean widthFromHeight;

    SlidePreview() {
        setLayout(new LayoutManager() {
            @Override
            public void addLayoutComponent(String name, Component comp) {
            }

            @Override
            public void removeLayoutComponent(Component comp) {
            }

            @Override
            public Dimension preferredLayoutSize(Container parent) {
                // Beside other things (a narrow screen): as wide as the slide at this height.
                return widthFromHeight ? new Dimension((int) Math.floor(parent.getHeight() * aspect()), 0)
                        : new Dimension(0, 0);
            }

            @Override
            public Dimension minimumLayoutSize(Container parent) {
                return new Dimension(0, 0);
            }

            @Override
            public void layoutContainer(Container parent) {
                Dimension d = slideSize(parent.getWidth(), parent.getHeight(), aspect());
                for (Component c : parent.getComponents()) {
                    c.setLocation(0, 0);
                    if (c instanceof SlideView slide) {
                        if (!slide.getSize().equals(d)) {
                            slide.layoutAt(d.width, d.height); // its words sized for its height before it is painted
                        }
                    } else {
                        c.setSize(d);
                    }
                }
            }
        });
        setOpaque(false);
        setName("edit-preview");
        // Staff mode's A+ leaves the slide as patients see it: its words are sized from its height.
        putClientProperty(LargerText.KEEP, Boolean.TRUE);
        addComponentListener(new java.awt.event.ComponentAdapter() {
            private int height = -1;

            @Override
            public void componentResized(java.awt.event.ComponentEvent e) {
                if (widthFromHeight && getHeight() != height) {
                    height = getHeight();
                    revalidate(); // the width it asks for follows the height it was given
                }
            }
        });
    }

    /** True: it asks for the slide's width at its height (beside other things); false: it takes what it gets. */
    void widthFromHeight(boolean on) {
        widthFromHeight = on;
        revalidate();
    }

    /** Width over height of the screen: of the window the tab is in, when it is in one. */
    double aspect() {
        Component root = SwingUtilities.getRoot(this);
        if (root != null && root != this && root.getWidth() > 0 && root.getHeight() > 0) {
            return (double) root.getWidth() / root.getHeight();
        }
        return DEFAULT_ASPECT;
    }

    /** The largest {@code aspect} box inside {@code width} x {@code height}. */
    static Dimension slideSize(int width, int height, double aspect) {
        int w = width;
        int h = (int) Math.floor(w / aspect);
        if (h > height) {
            h = height;
            w = (int) Math.floor(h * aspect);
        }
        return new Dimension(Math.max(0, w), Math.max(0, h));
    }

    /** A thin frame round the slide: the screen's edge, as the slide's background is the page's own. */
    @Override
    protected void paintChildren(java.awt.Graphics g) {
        super.paintChildren(g);
        if (getComponentCount() > 0) {
            Component slide = getComponent(0);
            java.awt.Graphics2D g2 = (java.awt.Graphics2D) g.create();
            try {
                g2.setColor(org.physiokiosk.ui.theme.KioskTheme.color("Kiosk.tileBorder"));
                g2.drawRect(slide.getX(), slide.getY(), slide.getWidth() - 1, slide.getHeight() - 1);
            } finally {
                g2.dispose();
            }
        }
    }

    /** Shows {@code slide} in place of the last one. */
    void show(JComponent slide) {
        removeAll();
        if (slide != null) {
            add(slide);
        }
        revalidate();
        repaint();
    }
}
