package org.physiokiosk.ui.staff;

import com.formdev.flatlaf.FlatClientProperties;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;
import org.physiokiosk.content.Symptom;
import org.physiokiosk.ui.Texts;

/**
 * The symptom tiles' words and the red-flag notice. Which techniques a symptom brings is
 * set on each technique ("Helps with" on the Slides tab), so it is written in one place.
 */
final class SymptomsTab extends JPanel {
    private static final long serialVersionUID = 1L;

    SymptomsTab(StaffServices services, Texts texts, Executor work, Runnable changed) {
        super(new MigLayout("fillx, insets 16lp, wrap 3, gap 10lp 8lp", "[right][grow, fill][grow, fill]"));
        setMinimumSize(new java.awt.Dimension(0, 0));
        setName("staff-symptoms");
        JLabel status = StaffUi.label(" ", "font: +2");
        status.setName("symptoms-status");
        add(new JLabel(""));
        add(StaffUi.label(texts.get("staff.symptoms.label"), "font: bold +2"));
        add(StaffUi.label(texts.get("staff.symptoms.hint"), "font: bold +2"));
        List<JTextField[]> rows = new ArrayList<>();
        List<Symptom> symptoms = services.content().library().symptoms();
        for (Symptom s : symptoms) {
            JTextField label = new JTextField(s.label());
            label.setName("symptom-label-" + s.id());
            JTextField hint = new JTextField(s.hint());
            hint.setName("symptom-hint-" + s.id());
            add(new JLabel(s.id()));
            add(label);
            add(hint);
            rows.add(new JTextField[] {label, hint});
        }
        JTextArea redFlag = new JTextArea(services.content().library().general().redFlag(), 3, 40);
        redFlag.setName("symptoms-red-flag");
        redFlag.setLineWrap(true);
        redFlag.setWrapStyleWord(true);
        redFlag.putClientProperty(FlatClientProperties.STYLE, "font: +2");
        add(StaffUi.label(texts.get("staff.symptoms.redFlag"), "font: bold +2"), "newline, span 3, alignx left, "
                + "gaptop 16lp");
        add(new JScrollPane(redFlag), "newline, span 3, growx, h 80lp!");
        add(StaffUi.button("symptoms-save", texts.get("staff.symptoms.save"), "kioskPrimary", e -> {
            status.setText(texts.get("staff.busy"));
            List<Symptom> edited = new ArrayList<>();
            for (int i = 0; i < symptoms.size(); i++) {
                Symptom s = symptoms.get(i);
                edited.add(s.withWords(rows.get(i)[0].getText().strip(),
                        rows.get(i)[1].getText().strip()));
            }
            String flag = redFlag.getText();
            StaffUi.slow(work, "Saving the symptoms and the red-flag notice", () -> {
                for (int i = 0; i < edited.size(); i++) {
                    if (!edited.get(i).equals(symptoms.get(i))) {
                        services.content().saveSymptom(edited.get(i));
                    }
                }
                if (!flag.strip().equals(services.content().library().general().redFlag())) {
                    services.content().saveRedFlag(flag);
                }
                return "";
            }, ok -> {
                status.setText(texts.get("staff.saved"));
                changed.run();
            }, status::setText);
        }), "newline, span 3, split 2, growx 0");
        add(status);
    }
}
