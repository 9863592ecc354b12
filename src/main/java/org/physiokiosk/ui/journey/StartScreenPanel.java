package org.physiokiosk.ui.journey;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.event.ActionListener;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import net.miginfocom.swing.MigLayout;
import org.physiokiosk.ui.Texts;

/**
 * The first screen after a touch on the loop: a welcome, the red-flag notice that is
 * always visible, and the way back to the slides. The symptom picker joins it here.
 */
public final class StartScreenPanel extends JPanel {
    private static final long serialVersionUID = 1L;

    public StartScreenPanel(Texts texts, String clinicName, ActionListener onBack) {
        super(new MigLayout("fill, insets 6% 8% 6% 8%, wrap 1", "[grow, fill]", "[][][grow][][]"));
        setName("start-screen");

        JLabel clinic = new JLabel(clinicName);
        clinic.putClientProperty(FlatClientProperties.STYLE, "font: bold +10; foreground: $Kiosk.accentText");
        add(clinic);

        JLabel welcome = new JLabel(texts.get("start.welcome"));
        welcome.setName("start-welcome");
        welcome.putClientProperty(FlatClientProperties.STYLE, "font: bold +40; foreground: $Kiosk.heading");
        add(welcome, "split 2, flowy");
        JLabel lead = new JLabel(texts.get("start.lead"));
        lead.putClientProperty(FlatClientProperties.STYLE, "font: +14");
        add(lead, "wrap");

        add(new JLabel(), "grow");

        JTextArea redFlag = new JTextArea(texts.get("start.redFlag"));
        redFlag.setName("start-red-flag");
        redFlag.setEditable(false);
        redFlag.setFocusable(false);
        redFlag.setLineWrap(true);
        redFlag.setWrapStyleWord(true);
        redFlag.putClientProperty(FlatClientProperties.STYLE,
                "font: bold +10; foreground: $Kiosk.cautionText; background: $Kiosk.cautionBackground;"
                        + "margin: 16,20,16,20");
        redFlag.getAccessibleContext().setAccessibleName(texts.get("start.redFlag"));
        add(redFlag, "wmin 0");

        JButton back = new JButton(texts.get("start.back"));
        back.setName("start-back");
        back.putClientProperty(FlatClientProperties.STYLE, "font: bold +12; arc: 999; margin: 14,36,14,36");
        back.addActionListener(onBack);
        add(back, "growx 0, alignx left, gaptop 3%");
    }
}
