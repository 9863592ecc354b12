package org.physiokiosk.ui.staff;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.BorderLayout;
import java.awt.Component;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import javax.swing.DefaultListCellRenderer;
import javax.swing.DefaultListModel;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.JToggleButton;
import javax.swing.ListSelectionModel;
import net.miginfocom.swing.MigLayout;
import org.physiokiosk.settings.Setting;
import org.physiokiosk.settings.Settings;
import org.physiokiosk.staff.SettingsForm;
import org.physiokiosk.ui.Texts;

/**
 * The settings staff may change, one row per setting of {@link Settings} that staff edit, each
 * with the control its type asks for: languages by their own names, on/off switches, numbers
 * with their unit, printers with their state. The state is {@link SettingsForm}'s; this panel
 * binds it. Checking, saving and looking up printers run off the event thread.
 */
final class SettingsTab extends JPanel {
    private static final long serialVersionUID = 1L;

    private final transient StaffServices services;
    private final Texts texts;
    private final transient Executor work;
    private final Runnable changed;
    private final transient SettingsForm model;
    /** Follows the width of the visible area, so a long message wraps instead of widening the form. */
    private final JPanel form = new WidthOfViewport(new MigLayout("fillx, insets 16lp, wrap 3, gap 10lp 4lp",
            "[right, 0:pref:30%][45%, fill][grow]"));
    private final Map<String, JTextArea> problems = new LinkedHashMap<>();
    private final Map<String, JToggleButton> switches = new LinkedHashMap<>();
    private final Map<String, Map<String, JCheckBox>> languageBoxes = new LinkedHashMap<>();
    private final Map<String, JComboBox<String>> startLanguages = new LinkedHashMap<>();
    private final DefaultListModel<SettingsForm.Printer> printerList = new DefaultListModel<>();
    private final JList<SettingsForm.Printer> printers = new JList<>(printerList);
    private final JProgressBar printerProgress = new JProgressBar();
    private final JLabel printerNote = StaffUi.label(" ", "foreground: $Kiosk.mutedText; font: +1");
    private final JTextArea status = StaffUi.note("settings-status", " ", "font: +2");
    /** True while the panel sets its controls from the form: their listeners then change nothing. */
    private boolean binding;

    SettingsTab(StaffServices services, Texts texts, Executor work, Runnable changed, Runnable changePin) {
        super(new BorderLayout());
        this.services = services;
        this.texts = texts;
        this.work = work;
        this.changed = changed;
        this.model = new SettingsForm(services.settings(), texts::get);
        setMinimumSize(new java.awt.Dimension(0, 0));
        setName("staff-settings");
        Setting.Group group = null;
        for (Setting<?> setting : model.settings()) {
            if (setting.group() != group) {
                group = setting.group();
                form.add(StaffUi.label(texts.getOr("staff.settings.group." + group.name(), group.title()),
                        "font: bold +3"), "span 3, left, gaptop 12lp");
            }
            row(setting, field(setting));
        }
        JScrollPane scroll = new JScrollPane(form);
        // Filling a field moves its caret, which scrolls the form to it: the tab opens at its top.
        addHierarchyListener(e -> {
            if ((e.getChangeFlags() & java.awt.event.HierarchyEvent.SHOWING_CHANGED) != 0 && isShowing()) {
                javax.swing.SwingUtilities.invokeLater(() -> scroll.getViewport().setViewPosition(new java.awt.Point()));
            }
        });
        scroll.setBorder(null);
        scroll.setMinimumSize(new java.awt.Dimension(0, 0));
        scroll.getVerticalScrollBar().setUnitIncrement(24);
        add(scroll, BorderLayout.CENTER);

        // Outside the scrolling form: Save and Change PIN are always whole and in sight.
        JPanel actions = new JPanel(new MigLayout("insets 8lp 16lp 16lp 16lp, gap 12lp", "[][][grow, fill]",
                "[center]"));
        actions.add(StaffUi.button("settings-save", texts.get("staff.settings.save"), "kioskPrimary",
                e -> save()), "wmin pref");
        actions.add(StaffUi.button("settings-change-pin", texts.get("staff.settings.changePin"), "kioskSecondary",
                e -> changePin.run()), "wmin pref");
        actions.add(status, "wmin 0, growx");
        add(actions, BorderLayout.SOUTH);
        loadPrinters();
        check();
    }

    /** The control for {@code setting}, by the kind of value its type holds, showing its value now. */
    private JComponent field(Setting<?> setting) {
        String key = setting.key();
        String value = model.value(key);
        switch (setting.type().form()) {
            case YES_NO -> {
                JToggleButton toggle = new JToggleButton();
                toggle.putClientProperty(FlatClientProperties.STYLE, "font: bold +3; margin: 10,40,10,40; arc: 999;"
                        + " selectedBackground: $Kiosk.teal; selectedForeground: #FFFFFF;"
                        + " background: $Kiosk.neutralLight; foreground: $Kiosk.text");
                toggle.setSelected(model.isOn(key));
                switches.put(key, toggle);
                toggle.addActionListener(e -> {
                    if (!binding) {
                        model.setOn(key, toggle.isSelected());
                        check();
                    }
                });
                return wrapLeft(toggle);
            }
            case LANGUAGES -> {
                JPanel boxes = new JPanel(new MigLayout("insets 0, gap 16lp 6lp, wrap 3"));
                Map<String, JCheckBox> byCode = new LinkedHashMap<>();
                for (String code : setting.type().choices()) {
                    JCheckBox box = new JCheckBox(SettingsForm.languageName(code));
                    box.setName("settings-" + key + "-" + code);
                    box.putClientProperty(FlatClientProperties.STYLE, "font: +3; iconTextGap: 10; margin: 6,4,6,12");
                    box.addActionListener(e -> {
                        if (!binding) {
                            model.setOffered(key, code, box.isSelected());
                            bind();
                            check();
                        }
                    });
                    byCode.put(code, box);
                    boxes.add(box);
                }
                languageBoxes.put(key, byCode);
                return boxes;
            }
            case LANGUAGE -> {
                JComboBox<String> c = new JComboBox<>();
                c.setRenderer(new DefaultListCellRenderer() {
                    private static final long serialVersionUID = 1L;

                    @Override
                    public Component getListCellRendererComponent(JList<?> list, Object v, int index, boolean selected,
                                                                  boolean focused) {
                        return super.getListCellRendererComponent(list,
                                v == null ? "" : SettingsForm.languageName(v.toString()), index, selected, focused);
                    }
                });
                c.putClientProperty(FlatClientProperties.STYLE, "font: +2");
                c.setPrototypeDisplayValue("uk");
                startLanguages.put(key, c);
                c.addActionListener(e -> {
                    if (!binding && c.getSelectedItem() != null) {
                        model.set(key, c.getSelectedItem().toString());
                        check();
                    }
                });
                return wrapLeft(c);
            }
            case CHOICE -> {
                JComboBox<String> c = new JComboBox<>(setting.type().choices().toArray(new String[0]));
                c.putClientProperty(FlatClientProperties.STYLE, "font: +2");
                c.setSelectedItem(value);
                c.addActionListener(e -> {
                    if (!binding) {
                        model.set(key, String.valueOf(c.getSelectedItem()));
                        check();
                    }
                });
                return wrapLeft(c);
            }
            case PRINTER -> {
                printers.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
                printers.putClientProperty(FlatClientProperties.STYLE, "font: +2");
                printers.setVisibleRowCount(4);
                printers.setCellRenderer(new DefaultListCellRenderer() {
                    private static final long serialVersionUID = 1L;

                    @Override
                    public Component getListCellRendererComponent(JList<?> list, Object v, int index, boolean selected,
                                                                  boolean focused) {
                        SettingsForm.Printer p = (SettingsForm.Printer) v;
                        String name = p.isDefault() ? texts.get("staff.settings.defaultPrinter") : p.name();
                        String state = texts.get("staff.settings.printer." + p.state().name());
                        super.getListCellRendererComponent(list, name + "  —  " + state, index, selected, focused);
                        setBorder(javax.swing.BorderFactory.createEmptyBorder(8, 10, 8, 10));
                        if (p.state() == SettingsForm.PrinterState.STOPPED
                                || p.state() == SettingsForm.PrinterState.NOT_FOUND) {
                            setForeground(javax.swing.UIManager.getColor("Kiosk.cautionText"));
                        }
                        return this;
                    }
                });
                printers.addListSelectionListener(e -> {
                    if (!binding && !e.getValueIsAdjusting() && printers.getSelectedValue() != null) {
                        model.set(key, printers.getSelectedValue().name());
                        check();
                    }
                });
                JScrollPane list = new JScrollPane(printers, JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED,
                        JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
                list.setMinimumSize(new java.awt.Dimension(0, 0));
                JPanel box = new JPanel(new MigLayout("insets 0, wrap 1, gap 4lp", "[grow, fill]"));
                box.add(list, "wmin 0");
                printerProgress.setIndeterminate(true);
                printerProgress.setName("settings-printer-progress");
                box.add(printerProgress, "hidemode 3");
                printerNote.setName("settings-printer-note");
                box.add(printerNote, "hidemode 3");
                JPanel buttons = new JPanel(new MigLayout("insets 0, gap 12lp"));
                buttons.add(StaffUi.button("settings-refresh-printers", texts.get("staff.settings.refresh"),
                        "kioskSmall", e -> loadPrinters()));
                buttons.add(StaffUi.button("settings-test-page", texts.get("staff.settings.testPage"), "kioskSmall",
                        e -> testPage()));
                box.add(buttons, "growx 0");
                printers.setName("settings-" + key + "-list");
                return box;
            }
            case NUMBER -> {
                JTextField f = new JTextField(value, 6);
                f.putClientProperty(FlatClientProperties.STYLE, "font: +2");
                f.setName("settings-" + key);
                StaffUi.onEdit(f, () -> {
                    if (!binding) {
                        model.set(key, f.getText());
                        check();
                    }
                });
                JPanel row = new JPanel(new MigLayout("insets 0, gap 10lp"));
                row.add(f, "w 120lp!");
                row.add(StaffUi.label(texts.getOr(model.unitKey(key), model.unit(key)), "font: +2"));
                row.putClientProperty("settings.field", f);
                return row;
            }
            default -> {
                JTextField f = new JTextField(value);
                f.putClientProperty(FlatClientProperties.STYLE, "font: +2");
                StaffUi.onEdit(f, () -> {
                    if (!binding) {
                        model.set(key, f.getText());
                        check();
                    }
                });
                return f;
            }
        }
    }

    private static JPanel wrapLeft(JComponent c) {
        JPanel p = new JPanel(new MigLayout("insets 0"));
        p.add(c);
        p.putClientProperty("settings.field", c);
        return p;
    }

    private void row(Setting<?> setting, JComponent holder) {
        String key = setting.key();
        String label = texts.getOr("setting." + key, setting.label());
        // The control a person (or a test) works is named after the setting; a holder only lays it out.
        JComponent field = holder.getClientProperty("settings.field") instanceof JComponent inner ? inner : holder;
        if (field.getName() == null) {
            field.setName("settings-" + key);
        }
        field.getAccessibleContext().setAccessibleName(label);
        // Wraps rather than pushing the fields off a narrow screen (French, larger text).
        JLabel name = StaffUi.wrapping(label, "font: +2", javax.swing.SwingConstants.RIGHT);
        name.setLabelFor(field);
        form.add(name, "top, gaptop 14lp, wmin 0, growx");
        form.add(holder, "gaptop 10lp, wrap");
        // Under the field, wrapped to the form's width: a long message never pushes the form off screen.
        JTextArea problem = StaffUi.note("settings-problem-" + key, "", "foreground: $Kiosk.cautionText; font: +1");
        problem.setVisible(false);
        problems.put(key, problem);
        form.add(problem, "skip, span 2, growx, wmin 0, hidemode 3");
        // The table's help speaks of the file ("true", "en, es"); where the form shows it otherwise, its own words.
        String helpText = texts.getOr("staff.settings.help." + key, setting.help());
        JTextArea help = StaffUi.note("settings-help-" + key, helpText, "foreground: $Kiosk.mutedText; font: +1");
        field.setToolTipText(helpText);
        form.add(help, "skip, span 2, growx, wmin 0");
    }

    /** Shows the form's state in the controls; their listeners ignore what this sets. */
    private void bind() {
        binding = true;
        try {
            switches.forEach((key, t) -> {
                t.setSelected(model.isOn(key));
                t.setText(texts.get(t.isSelected() ? "staff.settings.on" : "staff.settings.off"));
            });
            languageBoxes.forEach((key, boxes) -> boxes.forEach((code, box) ->
                    box.setSelected(model.isOffered(key, code))));
            startLanguages.forEach((key, c) -> {
                List<String> choices = model.startChoices(key);
                c.removeAllItems();
                choices.forEach(c::addItem);
                c.setSelectedItem(model.value(key));
            });
            model.printerKey().ifPresent(key -> {
                printerList.clear();
                model.printers().forEach(printerList::addElement);
                for (int i = 0; i < printerList.size(); i++) {
                    if (printerList.get(i).name().equals(model.value(key))) {
                        printers.setSelectedIndex(i);
                    }
                }
                printerProgress.setVisible(model.isLookingUpPrinters());
                printerNote.setText(texts.get("staff.settings.lookingForPrinters"));
                printerNote.setVisible(model.isLookingUpPrinters());
            });
            problems.forEach((key, area) -> {
                String problem = model.problem(key);
                area.setText(problem);
                area.setVisible(!problem.isEmpty());
            });
            SettingsForm.Status s = model.status();
            String text = s.tone() == SettingsForm.Tone.NONE && model.isDirty()
                    ? texts.get("staff.settings.unsaved") : s.text();
            status.setText(text.isEmpty() ? " " : text);
            status.putClientProperty(FlatClientProperties.STYLE, "font: +2; foreground: " + switch (s.tone()) {
                case SUCCESS -> "$Kiosk.successText";
                case PROBLEM -> "$Kiosk.cautionText";
                default -> "$Kiosk.text";
            });
        } finally {
            binding = false;
        }
        form.revalidate();
        form.repaint();
    }

    /** Checks the values off the event thread and shows beside each field what is wrong with it. */
    private void check() {
        int asked = model.checking();
        Map<String, String> v = model.values();
        bind();
        StaffUi.slow(work, "Checking the settings", () -> services.checkSettings(v), found -> {
            model.checked(asked, found);
            bind();
        }, why -> { });
    }

    /** Checks again and saves, both off the event thread; a wrong value is shown and nothing is written. */
    private void save() {
        Map<String, String> v = model.saving();
        Set<String> keys = v.keySet();
        int asked = model.checking();
        bind();
        StaffUi.slow(work, "Saving the settings", () -> {
            Map<String, String> found = services.checkSettings(v);
            if (found.keySet().stream().anyMatch(keys::contains)) {
                return found;
            }
            services.saveSettings(v);
            return Map.<String, String>of();
        }, found -> {
            model.saved(asked, v, found);
            bind();
            if (found.keySet().stream().noneMatch(keys::contains)) {
                changed.run();
            }
        }, why -> {
            model.notSaved(texts.get("staff.settings.notSaved", why));
            bind();
        });
    }

    /** Looks the printers and their queues up off the event thread, with the list showing it is busy. */
    private void loadPrinters() {
        model.lookingUpPrinters();
        bind();
        StaffUi.slow(work, "Looking up the printers",
                () -> SettingsForm.lookUp(services.printers(), services::printerStopped), found -> {
                    model.printersFound(found);
                    bind();
                }, why -> {
                    model.printersNotFound(why);
                    bind();
                });
    }

    private void testPage() {
        String name = model.printerKey().map(model::value).orElse("");
        model.tell(SettingsForm.Tone.BUSY, texts.get("staff.busy"));
        bind();
        StaffUi.slow(work, "Printing a test page", () -> {
            services.printTestPage(name);
            return name.isEmpty() ? texts.get("staff.settings.defaultPrinter") : name;
        }, n -> {
            model.tell(SettingsForm.Tone.SUCCESS, texts.get("staff.settings.testPrinted", n));
            bind();
        }, why -> {
            model.tell(SettingsForm.Tone.PROBLEM, why);
            bind();
        });
    }
}
