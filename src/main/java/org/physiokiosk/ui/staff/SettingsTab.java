package org.physiokiosk.ui.staff;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.BorderLayout;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;
import org.physiokiosk.settings.KioskSettings;
import org.physiokiosk.settings.Setting;
import org.physiokiosk.settings.SettingType;
import org.physiokiosk.settings.Settings;
import org.physiokiosk.ui.Texts;

/**
 * The settings staff may change, one row per setting of {@link Settings} that staff edit: made
 * from the table (label, kind of field, help line), each checked as it is typed with the words
 * the kiosk uses at start-up. Checking and saving run off the event thread (a check may look at
 * folders and files, or ask the network for the computer's name).
 */
final class SettingsTab extends JPanel {
    private static final long serialVersionUID = 1L;

    private final transient StaffServices services;
    private final Texts texts;
    private final transient Executor work;
    private final Runnable changed;
    /** Follows the width of the visible area, so a long message wraps instead of widening the form. */
    private final JPanel form = new WidthOfViewport(new MigLayout("fillx, insets 16lp, wrap 3, gap 10lp 4lp",
            "[right][45%, fill][grow]"));
    private final Map<String, JComponent> fields = new LinkedHashMap<>();
    private final Map<String, JTextArea> problems = new LinkedHashMap<>();
    private final JComboBox<String> printer = new JComboBox<>();
    private final JLabel status = StaffUi.label(" ", "font: +2");
    /** The latest check asked for; an older answer arriving later is not shown. Event thread only. */
    private int checksAsked;

    SettingsTab(StaffServices services, Texts texts, Executor work, Runnable changed, Runnable changePin) {
        super(new BorderLayout());
        this.services = services;
        this.texts = texts;
        this.work = work;
        this.changed = changed;
        setMinimumSize(new java.awt.Dimension(0, 0));
        setName("staff-settings");
        KioskSettings s = services.settings();
        Setting.Group group = null;
        for (Setting<?> setting : Settings.ALL) {
            if (!setting.staffEdits()) {
                continue;
            }
            if (setting.group() != group) {
                group = setting.group();
                form.add(StaffUi.label(group.title(), "font: bold +3"), "span 3, left, gaptop 12lp");
            }
            row(setting, field(setting, s));
        }
        JScrollPane scroll = new JScrollPane(form);
        // Filling a field moves its caret, which scrolls the form to it: the tab opens at its top.
        addHierarchyListener(e -> {
            if ((e.getChangeFlags() & java.awt.event.HierarchyEvent.SHOWING_CHANGED) != 0 && isShowing()) {
                javax.swing.SwingUtilities.invokeLater(() -> scroll.getViewport().setViewPosition(new java.awt.Point()));
            }
        });
        scroll.setBorder(null);
        scroll.getVerticalScrollBar().setUnitIncrement(24);
        add(scroll, BorderLayout.CENTER);

        JPanel actions = new JPanel(new MigLayout("insets 8lp 16lp 16lp 16lp, wrap 2", "[][grow]"));
        status.setName("settings-status");
        actions.add(StaffUi.button("settings-save", texts.get("staff.settings.save"), "kioskPrimary",
                e -> save()), "split 2");
        actions.add(StaffUi.button("settings-change-pin", texts.get("staff.settings.changePin"), "kioskSecondary",
                e -> changePin.run()));
        actions.add(status, "growx");
        add(actions, BorderLayout.SOUTH);
        loadPrinters();
        check();
    }

    /** The field for {@code setting}, by the kind of value it holds, showing its value now. */
    private JComponent field(Setting<?> setting, KioskSettings s) {
        String value = s.written(setting);
        switch (setting.type().form()) {
            case YES_NO -> {
                JCheckBox box = new JCheckBox("", Boolean.parseBoolean(value));
                box.addActionListener(e -> check());
                return box;
            }
            case CHOICE -> {
                JComboBox<String> c = new JComboBox<>(setting.type().choices().toArray(new String[0]));
                c.setSelectedItem(value);
                c.addActionListener(e -> check());
                return c;
            }
            case PRINTER -> {
                printer.addItem(texts.get("staff.settings.defaultPrinter"));
                if (!value.isEmpty()) {
                    printer.addItem(value);
                    printer.setSelectedItem(value);
                }
                printer.addActionListener(e -> check());
                return printer;
            }
            default -> {
                JTextField f = new JTextField(value);
                f.putClientProperty(FlatClientProperties.STYLE, "font: +2");
                StaffUi.onEdit(f, this::check);
                return f;
            }
        }
    }

    private void row(Setting<?> setting, JComponent field) {
        String key = setting.key();
        String label = texts.getOr("setting." + key, setting.label());
        field.setName("settings-" + key);
        field.getAccessibleContext().setAccessibleName(label);
        fields.put(key, field);
        JLabel name = new JLabel(label);
        name.setLabelFor(field);
        form.add(name, "gaptop 8lp");
        form.add(field, "gaptop 8lp, wrap");
        // Under the field, wrapped to the form's width: a long message never pushes the form off screen.
        JTextArea problem = note("settings-problem-" + key, "", "foreground: $Kiosk.cautionText");
        problem.setVisible(false);
        problems.put(key, problem);
        form.add(problem, "skip, span 2, growx, wmin 0, hidemode 3");
        JTextArea help = note("settings-help-" + key, setting.help(), "foreground: $Kiosk.mutedText");
        field.setToolTipText(setting.help());
        form.add(help, "skip, span 2, growx, wmin 0");
        if (setting.type().form() == SettingType.Form.PRINTER) {
            form.add(StaffUi.button("settings-refresh-printers", texts.get("staff.settings.refresh"), "kioskSmall",
                    e -> loadPrinters()), "skip, split 2, growx 0");
            form.add(StaffUi.button("settings-test-page", texts.get("staff.settings.testPage"), "kioskSmall",
                    e -> testPage()), "growx 0, wrap");
        }
    }

    private static JTextArea note(String name, String text, String style) {
        JTextArea note = new JTextArea(text);
        note.setName(name);
        note.setEditable(false);
        note.setFocusable(false);
        note.setOpaque(false);
        note.setLineWrap(true);
        note.setWrapStyleWord(true);
        // A note's caret never moves, so setting its text never scrolls the form to it.
        ((javax.swing.text.DefaultCaret) note.getCaret()).setUpdatePolicy(javax.swing.text.DefaultCaret.NEVER_UPDATE);
        note.putClientProperty(FlatClientProperties.STYLE, style);
        return note;
    }

    /** Every field's value as it would be written in the file. */
    private Map<String, String> values() {
        Map<String, String> v = new LinkedHashMap<>();
        fields.forEach((key, f) -> v.put(key, valueOf(f)));
        return v;
    }

    private String valueOf(JComponent f) {
        if (f == printer) {
            return printer.getSelectedIndex() <= 0 ? "" : (String) printer.getSelectedItem();
        }
        if (f instanceof JTextField t) {
            return t.getText().strip();
        }
        if (f instanceof JCheckBox b) {
            return Boolean.toString(b.isSelected());
        }
        return String.valueOf(((JComboBox<?>) f).getSelectedItem());
    }

    /** Checks the values off the event thread and shows beside each field what is wrong with it. */
    private void check() {
        int asked = ++checksAsked;
        Map<String, String> v = values();
        StaffUi.slow(work, "Checking the settings", () -> services.checkSettings(v), found -> {
            if (asked == checksAsked) {
                show(found);
            }
        }, why -> { });
    }

    private void show(Map<String, String> found) {
        problems.forEach((key, label) -> {
            String problem = found.getOrDefault(key, "");
            label.setText(problem);
            label.setVisible(!problem.isEmpty());
        });
        form.revalidate();
    }

    /** Checks again and saves, both off the event thread; a wrong value is shown and nothing is written. */
    private void save() {
        Map<String, String> v = values();
        Set<String> keys = Set.copyOf(fields.keySet());
        int asked = ++checksAsked;
        status.setText(texts.get("staff.busy"));
        StaffUi.slow(work, "Saving the settings", () -> {
            Map<String, String> found = services.checkSettings(v);
            if (found.keySet().stream().anyMatch(keys::contains)) {
                return found;
            }
            services.saveSettings(v);
            return Map.<String, String>of();
        }, found -> {
            if (asked == checksAsked) {
                show(found);
            }
            if (found.isEmpty()) {
                status.setText(texts.get("staff.settings.savedNote"));
                changed.run();
            } else {
                status.setText(texts.get("staff.settings.fix"));
            }
        }, why -> status.setText(texts.get("staff.settings.notSaved", why)));
    }

    private void loadPrinters() {
        StaffUi.slow(work, "Looking up the printers", services::printers, names -> {
            Object current = printer.getSelectedItem();
            printer.removeAllItems();
            printer.addItem(texts.get("staff.settings.defaultPrinter"));
            names.forEach(printer::addItem);
            if (current != null && names.contains(current)) {
                printer.setSelectedItem(current);
            }
        }, status::setText);
    }

    private void testPage() {
        String name = printer.getSelectedIndex() <= 0 ? "" : (String) printer.getSelectedItem();
        status.setText(texts.get("staff.busy"));
        StaffUi.slow(work, "Printing a test page", () -> {
            services.printTestPage(name);
            return name.isEmpty() ? texts.get("staff.settings.defaultPrinter") : name;
        }, n -> status.setText(texts.get("staff.settings.testPrinted", n)), status::setText);
    }
}
