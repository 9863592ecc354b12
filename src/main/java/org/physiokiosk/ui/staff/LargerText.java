package org.physiokiosk.ui.staff;

import java.awt.Component;
import java.awt.Container;
import java.awt.Font;
import java.awt.event.ContainerEvent;
import java.awt.event.ContainerListener;
import java.beans.PropertyChangeEvent;
import java.beans.PropertyChangeListener;
import java.util.function.Supplier;
import javax.swing.CellRendererPane;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JList;
import javax.swing.JScrollBar;
import javax.swing.JSpinner;
import javax.swing.JTable;
import javax.swing.plaf.FontUIResource;
import javax.swing.table.JTableHeader;
import javax.swing.text.JTextComponent;

/**
 * Staff mode's larger text, applied to a whole tree of components: every label, button, check
 * box, text field, combo box, list, table (its rows grow too), tab and spinner gets its own font
 * times {@link LargerTextPresenter#level()}, and so does everything added under the tree later
 * (a form rebuilt for another slide, a dialog's content). Each component's own font (from the
 * theme or its FlatLaf style) is remembered as its base; when something else sets a new font
 * (a style change, a new theme), that becomes the base and the level is applied on top of it.
 * A subtree marked with {@link #KEEP} keeps its size (the on-screen keyboard keeps its keys).
 */
final class LargerText {

    /** Client property: put {@code Boolean.TRUE} on a component to leave it and its subtree as they are. */
    static final String KEEP = "LargerText.keep";
    private static final String BASE_FONT = "LargerText.baseFont";
    private static final String BASE_ROW = "LargerText.baseRowHeight";
    private static final String FOLLOWER = "LargerText.follower";

    private final Container root;
    private final Supplier<Float> level;
    private final ContainerListener added = new ContainerListener() {
        @Override
        public void componentAdded(ContainerEvent e) {
            follow(e.getChild());
        }

        @Override
        public void componentRemoved(ContainerEvent e) {
            // nothing to undo: a removed component that comes back is still followed
        }
    };
    private final PropertyChangeListener changed = this::changedElsewhere;
    /** True while this class sets a font or row height, so its own changes are not taken for new bases. */
    private boolean adjusting;

    private LargerText(Container root, Supplier<Float> level) {
        this.root = root;
        this.level = level;
    }

    /** Makes {@code root} and everything under it, now and later, follow {@code level}. */
    static LargerText follow(Container root, Supplier<Float> level) {
        LargerText text = new LargerText(root, level);
        if (root instanceof JComponent j) {
            j.putClientProperty(FOLLOWER, text);
        }
        text.follow(root);
        return text;
    }

    /**
     * For a dialog: {@code content} (a {@code JOptionPane}, a dialog's content pane) follows the
     * level of the tree {@code inside} belongs to (the tab that opens the dialog), or stays as it
     * is outside any. Call before the dialog is packed.
     */
    static LargerText followLike(Container content, Component inside) {
        for (Component c = inside; c != null; c = c.getParent()) {
            if (c instanceof JComponent j && j.getClientProperty(FOLLOWER) instanceof LargerText text) {
                return follow(content, text.level);
            }
        }
        return follow(content, () -> 1f);
    }

    /** Applies the level again to the whole tree: call after the level changed. */
    void refresh() {
        refresh(root);
    }

    private void refresh(Component c) {
        if (kept(c)) {
            return;
        }
        apply(c);
        if (c instanceof JTable t && t.getTableHeader() != null) {
            refresh(t.getTableHeader());
        }
        if (c instanceof Container cc && !isWidget(c)) {
            for (Component child : cc.getComponents()) {
                refresh(child);
            }
        }
    }

    private void follow(Component c) {
        if (kept(c)) {
            return;
        }
        if (c instanceof JComponent j && j.getClientProperty(BASE_FONT) == null) {
            j.putClientProperty(BASE_FONT, baseOf(j.getFont()));
            if (j instanceof JTable t) {
                j.putClientProperty(BASE_ROW, t.getRowHeight());
            }
            j.addPropertyChangeListener("font", changed);
            j.addPropertyChangeListener("rowHeight", changed);
        }
        apply(c);
        if (c instanceof JTable t && t.getTableHeader() != null) {
            follow(t.getTableHeader()); // in its scroll pane only once the table is shown
        }
        if (c instanceof Container cc && !isWidget(c)) {
            // a second follow (the component removed and added again) must not listen twice
            cc.removeContainerListener(added);
            cc.addContainerListener(added);
            for (Component child : cc.getComponents()) {
                follow(child);
            }
        }
    }

    /** Someone else set a font or a row height: that is the component's size now, before the level. */
    private void changedElsewhere(PropertyChangeEvent e) {
        if (adjusting || !(e.getSource() instanceof JComponent j)) {
            return;
        }
        if ("font".equals(e.getPropertyName())) {
            j.putClientProperty(BASE_FONT, baseOf((Font) e.getNewValue()));
        } else if (j instanceof JTable t) {
            j.putClientProperty(BASE_ROW, t.getRowHeight());
        }
        apply(j);
    }

    private void apply(Component c) {
        if (!(c instanceof JComponent j) || !(j.getClientProperty(BASE_FONT) instanceof Font base)) {
            return;
        }
        float times = level.get();
        Font wanted = times == 1f ? base : new Larger(base, times);
        adjusting = true;
        try {
            if (!same(j.getFont(), wanted)) {
                j.setFont(wanted);
            }
            if (j instanceof JTable t && j.getClientProperty(BASE_ROW) instanceof Integer row) {
                int height = Math.round(row * times);
                if (t.getRowHeight() != height) {
                    t.setRowHeight(height);
                }
            }
        } finally {
            adjusting = false;
        }
    }

    private static boolean same(Font now, Font wanted) {
        if (now == wanted) {
            return true;
        }
        float nowTimes = now instanceof Larger l ? l.times : 1f;
        float wantedTimes = wanted instanceof Larger l ? l.times : 1f;
        return now != null && now.equals(wanted) && nowTimes == wantedTimes;
    }

    /** The font a component would have at level 1: a font of ours carries it (a spinner passes its font on). */
    private static Font baseOf(Font font) {
        return font instanceof Larger l ? l.base : font;
    }

    private static boolean kept(Component c) {
        return c instanceof JComponent j && Boolean.TRUE.equals(j.getClientProperty(KEEP));
    }

    /** Components whose insides are the look and feel's: they pass their own font on to their parts. */
    private static boolean isWidget(Component c) {
        return c instanceof JComboBox || c instanceof JSpinner || c instanceof JList || c instanceof JTable
                || c instanceof JTableHeader || c instanceof JTextComponent || c instanceof JScrollBar
                || c instanceof CellRendererPane;
    }

    /**
     * A font made larger here, knowing its base. A UI resource, so a new theme replaces it (and
     * the new theme's font becomes the base).
     */
    private static final class Larger extends FontUIResource {
        private static final long serialVersionUID = 1L;
        private final transient Font base;
        private final float times;

        Larger(Font base, float times) {
            super(base.deriveFont(base.getSize2D() * times));
            this.base = base;
            this.times = times;
        }
    }
}
