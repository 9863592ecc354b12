package org.physiokiosk.ui.attract;

import com.formdev.flatlaf.FlatClientProperties;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingConstants;
import net.miginfocom.swing.MigLayout;

/**
 * The calm, dark screen outside the opening hours: the clinic's name, "We are closed", when it
 * opens again with that day's hours, and its phone. Still: nothing moves, nothing repaints until
 * its words change. Touches do nothing here (the staff corner is the window's, and still works).
 */
final class ClosedScreen extends JPanel {
    private static final long serialVersionUID = 1L;

    private final JLabel clinic = line("closed-clinic", "font: +10; foreground: $Kiosk.closedMuted");
    private final JLabel title = line("closed-title", "font: bold +30; foreground: $Kiosk.closedText");
    private final JLabel opens = line("closed-opens", "font: +14; foreground: $Kiosk.closedText");
    private final JLabel hours = line("closed-hours", "font: +8; foreground: $Kiosk.closedMuted");
    private final JLabel phone = line("closed-phone", "font: +14; foreground: $Kiosk.closedText");

    ClosedScreen() {
        super(new MigLayout("fill, insets 6%, wrap 1, hidemode 3", "[center, grow]",
                "push[]4%[]3%[]1.5%[]4%[]push"));
        setName("closed-screen");
        putClientProperty(FlatClientProperties.STYLE, "background: $Kiosk.closedBackground");
        add(clinic);
        add(title);
        add(opens);
        add(hours);
        add(phone);
    }

    private static JLabel line(String name, String style) {
        JLabel l = new JLabel("", SwingConstants.CENTER);
        l.setName(name);
        l.putClientProperty(FlatClientProperties.STYLE, style);
        return l;
    }

    void show(ClosedNotice notice) {
        set(clinic, notice.clinic());
        set(title, notice.title());
        set(opens, notice.opens());
        set(hours, notice.hours());
        set(phone, notice.phone());
        getAccessibleContext().setAccessibleDescription(String.join(". ", notice.lines()));
        revalidate();
        repaint();
    }

    private static void set(JLabel label, String text) {
        label.setText(text);
        label.setVisible(!text.isEmpty());
    }
}
