package org.physiokiosk.ui.staff;

import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import javax.swing.JCheckBox;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import net.miginfocom.swing.MigLayout;

/**
 * A check box whose words wrap to the width there is (a long technique title in German on a
 * 1280-pixel screen), instead of being cut off. The box keeps the name, the state and the
 * accessible name; a touch on the words ticks it as a touch on the box does.
 */
final class WrappingCheckBox extends JPanel {
    private static final long serialVersionUID = 1L;

    private final JCheckBox box = new JCheckBox();
    private final JTextArea words;

    WrappingCheckBox(String name, String text, boolean ticked) {
        super(new MigLayout("insets 0, gap 4lp 0", "[][0:0:max, grow, fill]", "[top]"));
        setOpaque(false);
        box.setName(name);
        box.setSelected(ticked);
        box.getAccessibleContext().setAccessibleName(text);
        words = StaffUi.note(name + "-words", text, null);
        words.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (box.isEnabled()) {
                    box.doClick(0);
                }
            }
        });
        // The box beside the first line of the words, however many lines they wrap to.
        add(box, "gaptop 6lp");
        add(words, "wmin 0, gaptop 5lp");
    }

    JCheckBox box() {
        return box;
    }

    @Override
    public void setEnabled(boolean enabled) {
        super.setEnabled(enabled);
        box.setEnabled(enabled);
        words.setEnabled(enabled);
    }
}
