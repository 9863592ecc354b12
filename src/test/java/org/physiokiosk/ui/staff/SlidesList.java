package org.physiokiosk.ui.staff;

import javax.swing.JList;

/**
 * The Slides tab's list for tests in other packages: which row holds a technique (categories
 * are rows too, each above its techniques) and what a row is. Call on the event thread.
 */
public final class SlidesList {

    private SlidesList() {
    }

    /** The row of technique {@code id}, or -1 when it is not listed. */
    public static int row(JList<?> list, String id) {
        for (int i = 0; i < list.getModel().getSize(); i++) {
            if (list.getModel().getElementAt(i) instanceof SlidesPresenter.Entry.OfTechnique t
                    && t.technique().id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** The id of the technique of the list's first technique row, or "" when there is none. */
    public static String firstTechnique(JList<?> list) {
        for (int i = 0; i < list.getModel().getSize(); i++) {
            if (list.getModel().getElementAt(i) instanceof SlidesPresenter.Entry.OfTechnique t) {
                return t.technique().id();
            }
        }
        return "";
    }

    /** The row of category {@code id}, or -1 when it is not listed. */
    public static int categoryRow(JList<?> list, String id) {
        for (int i = 0; i < list.getModel().getSize(); i++) {
            if (list.getModel().getElementAt(i) instanceof SlidesPresenter.Entry.OfCategory c
                    && c.category().id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
