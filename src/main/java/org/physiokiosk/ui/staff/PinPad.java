package org.physiokiosk.ui.staff;

import com.formdev.flatlaf.FlatClientProperties;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingConstants;
import javax.swing.Timer;
import net.miginfocom.swing.MigLayout;
import org.physiokiosk.ui.Texts;

/**
 * The on-screen keypad for the staff PIN and the setup code: big keys, dots instead of digits,
 * no physical keyboard needed. It only shows and forwards: what it asks for and why is
 * {@link PinPadPresenter}'s.
 */
final class PinPad extends JPanel implements PinPadPresenter.View {
    private static final long serialVersionUID = 1L;

    private final Texts texts;
    private final transient PinPadPresenter presenter;
    private final JLabel title = wrapping("");
    private final JLabel hint = wrapping(" ");
    private final JLabel dots = new JLabel(" ", SwingConstants.CENTER);
    private final JLabel message = wrapping(" ");
    private final JButton back;
    private final List<JButton> keys = new ArrayList<>();
    private final Timer countdown;
    /** Hidden keys ("not set up") give their room to the words: a long reason wraps whole. */
    private static final String KEY_CELL = "hidemode 3";

    PinPad(Texts texts, PinPadPresenter presenter) {
        super(new MigLayout("fill, insets 3% 20% 3% 20%, wrap 3, gap 12lp 10lp", "[grow, fill, sg k][grow, fill, sg k]"
                + "[grow, fill, sg k]", "[][][][][grow, fill, sg r][grow, fill, sg r][grow, fill, sg r]"
                + "[grow, fill, sg r][]"));
        this.texts = texts;
        this.presenter = presenter;
        setName("pin-pad");
        title.setName("pin-title");
        title.putClientProperty(FlatClientProperties.STYLE, "font: bold +14; foreground: $Kiosk.heading");
        hint.setName("pin-hint");
        hint.putClientProperty(FlatClientProperties.STYLE, "font: +4");
        dots.setName("pin-dots");
        dots.putClientProperty(FlatClientProperties.STYLE, "font: bold +20");
        message.setName("pin-message");
        message.putClientProperty(FlatClientProperties.STYLE, "font: +4; foreground: $Kiosk.cautionText");
        add(title, "span 3, wmin 0");
        // Room for two lines whatever it says, so the keys never move under a finger between steps.
        add(hint, "span 3, wmin 0, hmin 52lp");
        add(dots, "span 3");
        add(message, "span 3, wmin 0");
        for (String k : new String[] {"1", "2", "3", "4", "5", "6", "7", "8", "9"}) {
            add(key(k, k, () -> presenter.digit(k.charAt(0))), KEY_CELL);
        }
        add(key("pin-back", "\u232B", presenter::backspace), KEY_CELL);
        add(key("0", "0", () -> presenter.digit('0')), KEY_CELL);
        JButton ok = key("pin-ok", texts.get("staff.pin.ok"), presenter::submit);
        ok.putClientProperty(FlatClientProperties.STYLE_CLASS, "kioskPrimary");
        add(ok, KEY_CELL);
        back = new JButton(texts.get("staff.pin.cancel"));
        back.setName("pin-cancel");
        back.putClientProperty(FlatClientProperties.STYLE_CLASS, "kioskSecondary");
        back.addActionListener(e -> presenter.back());
        add(back, "span 3, alignx center, growx 0");
        countdown = new Timer(500, e -> presenter.tick());
        presenter.attach(this);
    }

    /** A centred label as tall as its words need at its width (seen on screen, "not set up" at 1366x768). */
    private static JLabel wrapping(String text) {
        return StaffUi.wrapping(text, null, SwingConstants.CENTER);
    }

    private JButton key(String name, String text, Runnable action) {
        JButton b = new JButton(text);
        b.setName(name.length() == 1 ? "pin-" + name : name);
        b.setRequestFocusEnabled(false);
        b.putClientProperty(FlatClientProperties.STYLE, "font: bold +16; arc: 24");
        // Large already: with A+ the words around them grow, the keys keep their size and the keypad its screen.
        b.putClientProperty(LargerText.KEEP, Boolean.TRUE);
        b.addActionListener(e -> action.run());
        b.getAccessibleContext().setAccessibleName(name.equals("pin-back") ? texts.get("staff.pin.delete") : text);
        keys.add(b);
        return b;
    }

    @Override
    public void title(String text) {
        show(title, text);
    }

    @Override
    public void hint(String text) {
        show(hint, text);
    }

    @Override
    public void dots(int count) {
        dots.setText(count == 0 ? " " : "\u25CF ".repeat(count).strip());
    }

    @Override
    public void message(String text) {
        show(message, text);
    }

    private static void show(JLabel label, String text) {
        StaffUi.wrap(label, text);
    }

    @Override
    public void keypad(boolean shown) {
        keys.forEach(k -> k.setVisible(shown));
        dots.setVisible(shown);
    }

    @Override
    public void backText(String text) {
        back.setText(text);
    }

    @Override
    public void ticking(boolean on) {
        if (on) {
            countdown.start();
        } else {
            countdown.stop();
        }
    }

    void stop() {
        countdown.stop();
        presenter.stop();
    }
}
