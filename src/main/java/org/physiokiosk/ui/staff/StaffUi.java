package org.physiokiosk.ui.staff;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.event.ActionListener;
import java.time.LocalDate;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.text.JTextComponent;
import net.miginfocom.swing.MigLayout;
import org.physiokiosk.staff.ReviewEntry;
import org.physiokiosk.ui.Texts;

/** Small shared pieces of the staff screens: buttons, labels, and slow work done off the event thread. */
final class StaffUi {

    private StaffUi() {
    }

    /**
     * A review date with "Reviewed today" under it (beside it, it runs out of a narrow column on a
     * 1280-pixel screen); the button fills in {@code today} as {@link ReviewEntry} writes it.
     */
    static JPanel reviewDay(String buttonName, Texts texts, JTextField by, JTextField on, Supplier<LocalDate> today) {
        JPanel day = new JPanel(new MigLayout("insets 0, gap 12lp 6lp, wrap 1", "[150lp:pref, fill]"));
        day.add(on, "growx");
        day.add(button(buttonName, texts.get("staff.field.reviewedToday"), "kioskSmall",
                e -> on.setText(new ReviewEntry(by.getText(), on.getText()).reviewedOn(today.get()).on())));
        return day;
    }

    static JButton button(String name, String text, String styleClass, ActionListener action) {
        JButton b = new JButton(text);
        b.setName(name);
        b.putClientProperty(FlatClientProperties.STYLE_CLASS, styleClass);
        b.addActionListener(action);
        return b;
    }

    static JLabel label(String text, String style) {
        JLabel l = new JLabel(text);
        l.putClientProperty(FlatClientProperties.STYLE, style);
        return l;
    }

    /**
     * {@code content} in a pane that scrolls up and down only; {@code content} should be a
     * {@link WidthOfViewport} so it wraps to the pane's width.
     */
    static JScrollPane scrollDown(JComponent content) {
        JScrollPane scroll = new JScrollPane(content, JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED,
                JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
        scroll.setBorder(null);
        scroll.getVerticalScrollBar().setUnitIncrement(24);
        scroll.setMinimumSize(new java.awt.Dimension(0, 0));
        // Below short content, the page's own background rather than the view's grey.
        scroll.getViewport().setBackground(javax.swing.UIManager.getColor("Panel.background"));
        return scroll;
    }

    /**
     * A label whose words wrap to the width the layout gives it and that is as tall as they then
     * need (a wrapped line is never cut off at the bottom); {@code align} is a
     * {@link javax.swing.SwingConstants} alignment. {@link #wrap} sets its text.
     */
    static JLabel wrapping(String text, String style, int align) {
        JLabel label = new JLabel(" ", align) {
            private static final long serialVersionUID = 1L;

            @Override
            public java.awt.Dimension getPreferredSize() {
                java.awt.Dimension d = super.getPreferredSize();
                Object html = getClientProperty(javax.swing.plaf.basic.BasicHTML.propertyKey);
                if (html instanceof javax.swing.text.View view && getWidth() > 0) {
                    java.awt.Insets in = getInsets();
                    view.setSize(Math.max(1, getWidth() - in.left - in.right), 0);
                    d.height = Math.max(d.height, (int) Math.ceil(view.getPreferredSpan(javax.swing.text.View.Y_AXIS))
                            + in.top + in.bottom);
                }
                return d;
            }
        };
        // A new width may need another number of lines: lay out again when it changes.
        label.addComponentListener(new java.awt.event.ComponentAdapter() {
            private int width;

            @Override
            public void componentResized(java.awt.event.ComponentEvent e) {
                if (label.getWidth() != width) {
                    width = label.getWidth();
                    label.revalidate();
                }
            }
        });
        if (style != null) {
            label.putClientProperty(FlatClientProperties.STYLE, style);
        }
        wrap(label, text);
        return label;
    }

    /** Sets the words of a {@link #wrapping} label; its accessible name is the plain text. */
    static void wrap(JLabel label, String text) {
        if (text == null || text.isBlank()) {
            label.setText(" ");
            return;
        }
        String html = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        String align = switch (label.getHorizontalAlignment()) {
            case javax.swing.SwingConstants.CENTER -> "center";
            case javax.swing.SwingConstants.RIGHT, javax.swing.SwingConstants.TRAILING -> "right";
            default -> "left";
        };
        label.setText("<html><div style='text-align: " + align + "'>" + html + "</div></html>");
        label.getAccessibleContext().setAccessibleName(text.strip());
    }

    /** Words that wrap to the width they are given: not editable, never focused, never scrolled to. */
    static JTextArea note(String name, String text, String style) {
        JTextArea note = new JTextArea(text);
        note.setName(name);
        note.setEditable(false);
        note.setFocusable(false);
        note.setOpaque(false);
        note.setLineWrap(true);
        note.setWrapStyleWord(true);
        ((javax.swing.text.DefaultCaret) note.getCaret()).setUpdatePolicy(javax.swing.text.DefaultCaret.NEVER_UPDATE);
        note.putClientProperty(FlatClientProperties.STYLE, style);
        return note;
    }

    /** Runs {@code edited} after every change to the text of {@code field}: typing, deleting or pasting. */
    static void onEdit(JTextComponent field, Runnable edited) {
        field.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                edited.run();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                edited.run();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                edited.run();
            }
        });
    }

    /**
     * Work that may throw, run on {@code work}; the outcome comes back on the event thread.
     * A failure is logged with its stack trace and {@code failed} gets plain words.
     */
    static <T> void slow(Executor work, StaffWork.Job<T> job, Consumer<T> done, Consumer<String> failed) {
        slow(work, "A staff-mode task", job, done, failed);
    }

    /** As above; {@code what} names the work in the log ("Saving the settings"). */
    static <T> void slow(Executor work, String what, StaffWork.Job<T> job, Consumer<T> done,
                         Consumer<String> failed) {
        new StaffWork(work, SwingUtilities::invokeLater).run(what, job, done, failed);
    }
}
