package org.physiokiosk.ui.staff;

import com.formdev.flatlaf.FlatClientProperties;
import java.util.Arrays;
import java.util.concurrent.Executor;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingConstants;
import javax.swing.Timer;
import net.miginfocom.swing.MigLayout;
import org.physiokiosk.staff.PinGate;
import org.physiokiosk.ui.Texts;

/**
 * The on-screen keypad for the staff PIN: big keys, dots instead of digits, no physical
 * keyboard needed. With no PIN set yet it asks for a new one twice. Checking a PIN is slow
 * on purpose (PBKDF2), so it runs on {@code work} and the keypad shows "Checking…".
 */
final class PinPad extends JPanel {
    private static final long serialVersionUID = 1L;

    /** What the keypad is for. */
    enum Mode { ENTER, SET, CONFIRM }

    /** Told the outcome. */
    interface Listener {
        void unlocked();

        void cancelled();

        void failed(boolean lockedNow);

        /** A new PIN was chosen and confirmed; the host stores its hash. */
        void pinChosen(char[] pin);
    }

    static final int MIN_DIGITS = 4;
    static final int MAX_DIGITS = 8;

    private final Texts texts;
    private final PinGate gate;
    private final Executor work;
    private final Listener listener;
    private final JLabel title = new JLabel("", SwingConstants.CENTER);
    private final JLabel dots = new JLabel(" ", SwingConstants.CENTER);
    private final JLabel message = new JLabel(" ", SwingConstants.CENTER);
    private final Timer countdown;
    private transient String storedHash;
    private Mode mode;
    private char[] digits = new char[0];
    private char[] firstEntry;
    private boolean checking;

    PinPad(Texts texts, PinGate gate, Executor work, Listener listener) {
        super(new MigLayout("fill, insets 4% 30% 4% 30%, wrap 3, gap 14lp", "[grow, fill, sg k][grow, fill, sg k]"
                + "[grow, fill, sg k]", "[][][][grow, fill, sg r][grow, fill, sg r][grow, fill, sg r]"
                + "[grow, fill, sg r][]"));
        this.texts = texts;
        this.gate = gate;
        this.work = work;
        this.listener = listener;
        setName("pin-pad");
        title.setName("pin-title");
        title.putClientProperty(FlatClientProperties.STYLE, "font: bold +14; foreground: $Kiosk.heading");
        dots.setName("pin-dots");
        dots.putClientProperty(FlatClientProperties.STYLE, "font: bold +20");
        message.setName("pin-message");
        message.putClientProperty(FlatClientProperties.STYLE, "font: +4; foreground: $Kiosk.cautionText");
        add(title, "span 3");
        add(dots, "span 3");
        add(message, "span 3");
        for (String k : new String[] {"1", "2", "3", "4", "5", "6", "7", "8", "9"}) {
            add(key(k, k, e -> digit(k.charAt(0))));
        }
        add(key("pin-back", "\u232B", e -> backspace()));
        add(key("0", "0", e -> digit('0')));
        JButton ok = key("pin-ok", texts.get("staff.pin.ok"), e -> submit());
        ok.putClientProperty(FlatClientProperties.STYLE_CLASS, "kioskPrimary");
        add(ok);
        JButton cancel = new JButton(texts.get("staff.pin.cancel"));
        cancel.setName("pin-cancel");
        cancel.putClientProperty(FlatClientProperties.STYLE_CLASS, "kioskSecondary");
        cancel.addActionListener(e -> {
            clear();
            listener.cancelled();
        });
        add(cancel, "span 3, alignx center, growx 0");
        countdown = new Timer(500, e -> showLock());
    }

    private JButton key(String name, String text, java.awt.event.ActionListener action) {
        JButton b = new JButton(text);
        b.setName(name.length() == 1 ? "pin-" + name : name);
        b.setRequestFocusEnabled(false);
        b.putClientProperty(FlatClientProperties.STYLE, "font: bold +16; arc: 24");
        b.addActionListener(action);
        b.getAccessibleContext().setAccessibleName(name.equals("pin-back") ? texts.get("staff.pin.delete") : text);
        return b;
    }

    /** Starts a new entry: ask for the PIN, or for a new one when none is set. */
    void start(String hash) {
        this.storedHash = hash;
        clear();
        setMode(hash.isEmpty() ? Mode.SET : Mode.ENTER);
        message.setText(" ");
        showLock();
    }

    private void setMode(Mode m) {
        mode = m;
        title.setText(texts.get(switch (m) {
            case ENTER -> "staff.pin.enter";
            case SET -> "staff.pin.set";
            case CONFIRM -> "staff.pin.confirm";
        }));
    }

    private void digit(char c) {
        if (!checking && !gate.isLocked() && digits.length < MAX_DIGITS) {
            digits = Arrays.copyOf(digits, digits.length + 1);
            digits[digits.length - 1] = c;
            dots.setText("\u25CF ".repeat(digits.length).strip());
        }
    }

    private void backspace() {
        if (!checking && digits.length > 0) {
            Arrays.fill(digits, digits.length - 1, digits.length, '\0');
            digits = Arrays.copyOf(digits, digits.length - 1);
            dots.setText(digits.length == 0 ? " " : "\u25CF ".repeat(digits.length).strip());
        }
    }

    private void clear() {
        Arrays.fill(digits, '\0');
        digits = new char[0];
        dots.setText(" ");
    }

    private void submit() {
        if (checking || gate.isLocked()) {
            return;
        }
        if (digits.length < MIN_DIGITS) {
            message.setText(texts.get("staff.pin.short", MIN_DIGITS));
            return;
        }
        char[] entered = digits;
        digits = new char[0];
        dots.setText(" ");
        switch (mode) {
            case SET -> {
                firstEntry = entered;
                setMode(Mode.CONFIRM);
                message.setText(" ");
            }
            case CONFIRM -> {
                boolean same = Arrays.equals(firstEntry, entered);
                Arrays.fill(firstEntry, '\0');
                if (same) {
                    listener.pinChosen(entered);
                } else {
                    Arrays.fill(entered, '\0');
                    setMode(Mode.SET);
                    message.setText(texts.get("staff.pin.mismatch"));
                }
            }
            case ENTER -> {
                checking = true;
                message.setText(texts.get("staff.pin.checking"));
                String hash = storedHash;
                StaffUi.slow(work, "Checking the staff PIN", () -> gate.attempt(entered, hash), result -> {
                        checking = false;
                        switch (result) {
                            case OK -> {
                                message.setText(" ");
                                listener.unlocked();
                            }
                            case WRONG -> {
                                message.setText(texts.get("staff.pin.wrong"));
                                listener.failed(false);
                            }
                            case LOCKED -> {
                                listener.failed(true);
                                showLock();
                            }
                        }
                    }, why -> {
                        checking = false;
                        show(texts.get("staff.pin.checkFailed", why));
                    });
            }
        }
    }

    /** The chosen PIN could not be stored: say why, and ask for a new PIN again. */
    void notSaved(String why) {
        clear();
        setMode(Mode.SET);
        show(texts.get("staff.pin.notSaved", why));
    }

    /** A long message wraps inside the keypad's width instead of being cut off. */
    private void show(String text) {
        String html = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        message.setText("<html><div style='text-align: center'>" + html + "</div></html>");
    }

    private void showLock() {
        if (gate.isLocked()) {
            message.setText(texts.get("staff.pin.locked", gate.secondsLocked() / 60,
                    String.format("%02d", gate.secondsLocked() % 60)));
            countdown.start();
        } else {
            if (countdown.isRunning()) {
                message.setText(" ");
            }
            countdown.stop();
        }
    }

    void stop() {
        countdown.stop();
        clear();
    }
}
