package org.physiokiosk.ui.staff;

import com.formdev.flatlaf.FlatClientProperties;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;
import org.physiokiosk.settings.KioskSettings;
import org.physiokiosk.settings.SettingsLoader;
import org.physiokiosk.ui.Texts;

/** The settings a receptionist changes, each checked as it is typed, with the reason beside it. */
final class SettingsTab extends JPanel {
    private static final long serialVersionUID = 1L;

    private final transient StaffServices services;
    private final Texts texts;
    private final transient Executor work;
    private final Runnable changed;
    private final Map<String, JComponent> fields = new LinkedHashMap<>();
    private final Map<String, JLabel> problems = new LinkedHashMap<>();
    private final JComboBox<String> printer = new JComboBox<>();
    private final JLabel status = StaffUi.label(" ", "font: +2");

    SettingsTab(StaffServices services, Texts texts, Executor work, Runnable changed, Runnable changePin) {
        super(new MigLayout("fillx, insets 16lp, wrap 3, gap 10lp 8lp", "[right][45%, fill][grow]"));
        this.services = services;
        this.texts = texts;
        this.work = work;
        this.changed = changed;
        setMinimumSize(new java.awt.Dimension(0, 0));
        setName("staff-settings");
        KioskSettings s = services.settings();
        text(SettingsLoader.CLINIC_NAME, "staff.settings.clinicName", s.clinic().name());
        text(SettingsLoader.CLINIC_PHONE, "staff.settings.clinicPhone", s.clinic().phone());
        text(SettingsLoader.CLINIC_ADDRESS, "staff.settings.clinicAddress", s.clinic().address());
        text(SettingsLoader.CLINIC_LOGO, "staff.settings.clinicLogo",
                s.clinic().logo().map(p -> relative(s, p)).orElse(""));
        text(SettingsLoader.SLIDE_INTERVAL, "staff.settings.interval", Long.toString(s.slideInterval().toSeconds()));
        text(SettingsLoader.TRANSITION, "staff.settings.transition", Long.toString(s.transition().toMillis()));
        text(SettingsLoader.IDLE_TIMEOUT, "staff.settings.idle", Long.toString(s.idleTimeout().toSeconds()));
        combo(SettingsLoader.PAPER, "staff.settings.paper", List.of("A4", "Letter"),
                s.paperSize().name().equals("A4") ? "A4" : "Letter");
        combo(SettingsLoader.LANGUAGE, "staff.settings.language", List.of("en", "es", "fr", "de", "uk"),
                s.language().getLanguage());
        text(SettingsLoader.LANGUAGES_OFFERED, "staff.settings.languages", String.join(", ",
                s.languages().stream().map(java.util.Locale::getLanguage).toList()));
        combo(SettingsLoader.HIGH_CONTRAST, "staff.settings.highContrast", List.of("false", "true"),
                Boolean.toString(s.highContrast()));
        text(SettingsLoader.EXPORTS_DIR, "staff.settings.exports", relative(s, s.exportsDir()));
        text(SettingsLoader.KIOSK_ID, "staff.settings.kioskId", s.kioskId());

        printer.setName("settings-printer");
        printer.addItem(texts.get("staff.settings.defaultPrinter"));
        if (!s.printerName().isEmpty()) {
            printer.addItem(s.printerName());
            printer.setSelectedItem(s.printerName());
        }
        add(new JLabel(texts.get("staff.settings.printer")));
        add(printer);
        add(StaffUi.button("settings-refresh-printers", texts.get("staff.settings.refresh"), "kioskSmall",
                e -> loadPrinters()), "split 2");
        add(StaffUi.button("settings-test-page", texts.get("staff.settings.testPage"), "kioskSmall",
                e -> testPage()));

        status.setName("settings-status");
        add(StaffUi.button("settings-save", texts.get("staff.settings.save"), "kioskPrimary", e -> save()),
                "skip, split 2, growx 0, gaptop 12lp");
        add(StaffUi.button("settings-change-pin", texts.get("staff.settings.changePin"), "kioskSecondary",
                e -> changePin.run()), "growx 0, gaptop 12lp, wrap");
        add(status, "skip, span 2");
        loadPrinters();
        check();
    }

    private static String relative(KioskSettings s, java.nio.file.Path p) {
        java.nio.file.Path base = s.source().toAbsolutePath().getParent();
        return base != null && p.startsWith(base) ? base.relativize(p).toString() : p.toString();
    }

    private void text(String key, String label, String value) {
        JTextField f = new JTextField(value);
        f.setName("settings-" + key);
        f.putClientProperty(FlatClientProperties.STYLE, "font: +2");
        StaffUi.onEdit(f, this::check);
        row(key, label, f);
    }

    private void combo(String key, String label, List<String> options, String value) {
        JComboBox<String> c = new JComboBox<>(options.toArray(new String[0]));
        c.setName("settings-" + key);
        c.setSelectedItem(value);
        c.addActionListener(e -> check());
        row(key, label, c);
    }

    private void row(String key, String label, JComponent field) {
        fields.put(key, field);
        JLabel problem = StaffUi.label(" ", "foreground: $Kiosk.cautionText");
        problem.setName("settings-problem-" + key);
        problems.put(key, problem);
        add(new JLabel(texts.get(label)));
        add(field);
        add(problem);
    }

    private Map<String, String> values() {
        Map<String, String> v = new LinkedHashMap<>();
        fields.forEach((key, f) -> v.put(key, f instanceof JTextField t ? t.getText().strip()
                : String.valueOf(((JComboBox<?>) f).getSelectedItem())));
        v.put(SettingsLoader.PRINTER, printer.getSelectedIndex() <= 0 ? "" : (String) printer.getSelectedItem());
        return v;
    }

    /** Shows beside each field what is wrong with it, in the words the kiosk uses at start-up. */
    private boolean check() {
        Map<String, String> found = services.checkSettings(values());
        problems.forEach((key, label) -> label.setText(found.containsKey(key) ? found.get(key) : " "));
        return found.keySet().stream().noneMatch(problems::containsKey);
    }

    private void save() {
        if (!check()) {
            status.setText(texts.get("staff.settings.fix"));
            return;
        }
        Map<String, String> v = values();
        status.setText(texts.get("staff.busy"));
        StaffUi.slow(work, "Saving the settings", () -> {
            services.saveSettings(v);
            return "";
        }, ok -> {
            status.setText(texts.get("staff.settings.savedNote"));
            changed.run();
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
