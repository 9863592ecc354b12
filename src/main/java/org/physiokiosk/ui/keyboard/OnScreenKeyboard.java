package org.physiokiosk.ui.keyboard;

import com.formdev.flatlaf.FlatClientProperties;
import com.formdev.flatlaf.util.UIScale;
import java.awt.AWTEvent;
import java.awt.Component;
import java.awt.KeyboardFocusManager;
import java.awt.Rectangle;
import java.awt.Toolkit;
import java.awt.event.AWTEventListener;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.beans.PropertyChangeListener;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.JViewport;
import javax.swing.SwingUtilities;
import javax.swing.text.DefaultEditorKit;
import javax.swing.text.JTextComponent;
import net.miginfocom.swing.MigLayout;
import org.physiokiosk.ui.Texts;

/**
 * The on-screen keyboard, docked under the screen it types into ({@code scope}): binds
 * {@link KeyboardPresenter} to buttons that never take the focus, so the focused field keeps
 * it and its caret. Typing goes through the field's document (its filters, over its selection).
 */
public final class OnScreenKeyboard extends JPanel {
    private static final long serialVersionUID = 1L;
    /** A key's height: 60 px at the kiosk's 1080p scale (1.5), about 16 mm on a 24" screen. */
    static final int KEY = 40;
    /**
     * A one-wide key's width, a little wider than tall: the widest row (23 wide) still fits a
     * 1280x720 or 1366x768 screen at scale 1.
     */
    static final int KEY_WIDTH = 48;
    static final int GAP = 4;

    private final Texts texts;
    private final JComponent scope;
    private final transient KeyboardPresenter presenter;
    private final Map<Key, JButton> buttons = new LinkedHashMap<>();
    private transient KeyboardLayouts.Layout drawn;
    /** The width of a one-wide key as drawn, in pixels. */
    private int drawnUnit;
    /** The text field the keys type into: the last one in {@code scope} to get focus. */
    private transient JTextComponent target;
    private final transient AWTEventListener realKeys = this::keyEvent;
    private final transient PropertyChangeListener focus = e -> focused((Component) e.getNewValue());

    /** A hidden keyboard for the text fields inside {@code scope}, starting with the layout of {@code texts}' language. */
    public OnScreenKeyboard(Texts texts, JComponent scope) {
        super(new MigLayout("insets 6lp 8lp 6lp 8lp, gap 0 " + GAP + "lp, wrap 1, center", "[center]"));
        this.texts = texts;
        this.scope = scope;
        setName("keyboard");
        putClientProperty(FlatClientProperties.STYLE, "background: $Kiosk.neutralLight");
        getAccessibleContext().setAccessibleName(texts.get("keyboard.name"));
        presenter = new KeyboardPresenter(KeyboardLayouts.all(), texts.locale(), new KeyboardPresenter.View() {
            @Override
            public void shownChanged(boolean shown) {
                setVisible(shown);
                revalidate();
                if (shown) {
                    SwingUtilities.invokeLater(OnScreenKeyboard.this::reveal);
                }
            }

            @Override
            public void keysChanged() {
                drawKeys();
            }
        });
        setVisible(false);
        drawKeys();
        // A screen narrower than the widest row at full key width (1280x1024 at scale 1.25): narrower keys.
        addComponentListener(new java.awt.event.ComponentAdapter() {
            @Override
            public void componentResized(java.awt.event.ComponentEvent e) {
                if (unit() != drawnUnit) {
                    drawn = null;
                    drawKeys();
                }
            }
        });
    }

    /** For the "Keyboard" button: shows the keyboard until its "Hide" key, whatever keyboard was used. */
    public void showAsked() {
        presenter.showAsked();
    }

    @Override
    public void addNotify() {
        super.addNotify();
        Toolkit.getDefaultToolkit().addAWTEventListener(realKeys, AWTEvent.KEY_EVENT_MASK);
        KeyboardFocusManager.getCurrentKeyboardFocusManager().addPropertyChangeListener("permanentFocusOwner", focus);
    }

    @Override
    public void removeNotify() {
        Toolkit.getDefaultToolkit().removeAWTEventListener(realKeys);
        KeyboardFocusManager.getCurrentKeyboardFocusManager().removePropertyChangeListener("permanentFocusOwner",
                focus);
        super.removeNotify();
    }

    private void keyEvent(AWTEvent e) {
        // The keys here post no key events: any key press is a real keyboard's.
        if (e.getID() == KeyEvent.KEY_PRESSED) {
            presenter.hardwareKey();
        }
    }

    private void focused(Component c) {
        if (c == null || !SwingUtilities.isDescendingFrom(c, scope)) {
            return; // the window lost the focus, or it is elsewhere (a dialog): nothing changes here
        }
        if (c instanceof JTextComponent t && t.isEditable() && t.isEnabled()) {
            target = t;
            presenter.fieldFocused();
            if (presenter.shown()) {
                SwingUtilities.invokeLater(this::reveal);
            }
        } else {
            target = null; // the keys type nothing until a field has the focus again
        }
    }

    /** The focused field in sight above the keyboard: a text area with its scroll pane, whole. */
    private void reveal() {
        JTextComponent t = target;
        if (t == null || !t.isShowing()) {
            return;
        }
        javax.swing.JRootPane root = SwingUtilities.getRootPane(this);
        if (root != null) {
            root.validate(); // the keyboard has taken its room
        }
        JComponent whole = t;
        if (t instanceof JTextArea && t.getParent() instanceof JViewport v && v.getParent() instanceof JScrollPane s) {
            whole = s;
        }
        // A text field scrolls its own text in scrollRectToVisible: ask its parent.
        if (whole.getParent() instanceof JComponent parent) {
            Rectangle r = whole.getBounds();
            int margin = UIScale.scale(8);
            r.grow(0, margin);
            parent.scrollRectToVisible(r);
        }
    }

    private void drawKeys() {
        KeyboardLayouts.Layout layout = presenter.layout();
        if (layout != drawn) {
            drawn = layout;
            drawnUnit = unit();
            int gap = UIScale.scale(GAP);
            removeAll();
            buttons.clear();
            for (List<Key> row : layout.rows()) {
                JPanel keys = new JPanel(new MigLayout("insets 0, gap " + gap + "px 0", "", ""));
                keys.setOpaque(false);
                for (Key key : row) {
                    JButton b = button(key);
                    buttons.put(key, b);
                    keys.add(b, "w " + keyWidth(key) + "px!, h " + UIScale.scale(KEY) + "px!");
                }
                add(keys);
            }
            revalidate();
            repaint();
        }
        buttons.forEach(this::label);
    }

    /**
     * A one-wide key's width in pixels: {@link #KEY_WIDTH} at the screen's scale, or less when the
     * widest row would not fit the keyboard's width (the height stays: keys stay a finger's size).
     */
    private int unit() {
        int full = UIScale.scale(KEY_WIDTH);
        java.awt.Insets in = getInsets();
        int room = getWidth() - in.left - in.right;
        if (room <= 0 || presenter == null) {
            return full;
        }
        int units = presenter.layout().rows().stream().mapToInt(r -> r.stream().mapToInt(Key::width).sum())
                .max().orElse(1);
        int gap = UIScale.scale(GAP);
        return Math.max(1, Math.min(full, (room - (units - 1) * gap) / units));
    }

    private int keyWidth(Key key) {
        return key.width() * drawnUnit + (key.width() - 1) * UIScale.scale(GAP);
    }

    private JButton button(Key key) {
        JButton b = new JButton();
        b.setName("key-" + key.id());
        b.setFocusable(false); // the field keeps the focus and its caret
        b.setRequestFocusEnabled(false);
        b.putClientProperty(FlatClientProperties.STYLE_CLASS, "kioskKey");
        b.addActionListener(e -> presenter.press(key, target()));
        return b;
    }

    private void label(Key key, JButton b) {
        String text = presenter.label(key);
        b.setText(text.isEmpty() ? texts.get("keyboard." + key.id()) : text);
        b.getAccessibleContext().setAccessibleName(switch (key.kind()) {
            case CHARACTER -> text;
            case LANGUAGE -> texts.get("keyboard.languageName", text);
            default -> texts.get("keyboard." + key.id() + "Name");
        });
        boolean on = key.kind() == Key.Kind.SHIFT && presenter.shift()
                || key.kind() == Key.Kind.CAPS && presenter.caps();
        String style = on ? "background: $Kiosk.tileSelected; borderColor: $Kiosk.teal; borderWidth: 2; font: bold"
                : null;
        b.putClientProperty(FlatClientProperties.STYLE, style);
        // A long word ("Bloq Mayús", "Ausblenden") on a narrow key: a smaller font rather than cut words.
        java.awt.Insets in = b.getInsets();
        int room = keyWidth(key) - in.left - in.right;
        int needs = b.getFontMetrics(b.getFont()).stringWidth(b.getText());
        java.awt.Font normal = javax.swing.UIManager.getFont("defaultFont");
        if (needs > room && room > 0 && normal != null) {
            int percent = (int) Math.floor(b.getFont().getSize2D() * room / needs / normal.getSize2D() * 100);
            b.putClientProperty(FlatClientProperties.STYLE, (on ? style.replace("font: bold", "font: bold ")
                    : "font: ") + percent + "%");
        }
        b.getAccessibleContext().setAccessibleDescription(on ? texts.get("pick.selected") : null);
    }

    /** The field the keys type into now, or null when the focus is on something else. */
    private KeyboardPresenter.Target target() {
        JTextComponent t = target;
        if (t == null || !t.isShowing() || !t.isEditable()) {
            return null;
        }
        return new KeyboardPresenter.Target() {
            @Override
            public void insert(String text) {
                t.replaceSelection(text); // through the document: its filters apply, the selection goes
            }

            @Override
            public void backspace() {
                act(DefaultEditorKit.deletePrevCharAction);
            }

            @Override
            public void enter() {
                if (t instanceof JTextField f) {
                    f.postActionEvent();
                    f.transferFocus();
                } else {
                    t.replaceSelection("\n");
                }
            }

            @Override
            public void left() {
                act(DefaultEditorKit.backwardAction);
            }

            @Override
            public void right() {
                act(DefaultEditorKit.forwardAction);
            }

            private void act(String name) {
                javax.swing.Action a = t.getActionMap().get(name);
                if (a != null) {
                    a.actionPerformed(new ActionEvent(t, ActionEvent.ACTION_PERFORMED, name));
                }
            }
        };
    }
}
