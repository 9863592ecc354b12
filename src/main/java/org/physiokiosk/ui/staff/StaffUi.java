package org.physiokiosk.ui.staff;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.event.ActionListener;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.text.JTextComponent;

/** Small shared pieces of the staff screens: buttons, labels, and slow work done off the event thread. */
final class StaffUi {

    private StaffUi() {
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

    /** Work that may throw, run on {@code work}; the outcome comes back on the event thread. */
    interface Job<T> {
        T run() throws Exception;
    }

    static <T> void slow(Executor work, Job<T> job, Consumer<T> done, Consumer<String> failed) {
        work.execute(() -> {
            try {
                T result = job.run();
                SwingUtilities.invokeLater(() -> done.accept(result));
            } catch (Exception e) {
                String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                SwingUtilities.invokeLater(() -> failed.accept(why));
            }
        });
    }
}
