package org.physiokiosk.ui.journey;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;
import javax.swing.JToggleButton;
import net.miginfocom.swing.MigLayout;
import org.physiokiosk.content.Symptom;
import org.physiokiosk.illustration.Illustration;
import org.physiokiosk.ui.RoundedPanel;
import org.physiokiosk.ui.TextBlock;
import org.physiokiosk.ui.Texts;
import org.physiokiosk.ui.illustration.IllustrationView;
import org.physiokiosk.ui.theme.KioskTheme;

/**
 * A large toggle tile for one symptom: icon and label, pressed state at once, and a
 * selected state shown by a tick badge and a thick border, not by colour alone.
 */
final class SymptomTile extends JToggleButton {
    private static final long serialVersionUID = 1L;

    private final transient Symptom symptom;
    private final TextBlock label;
    private final Texts texts;
    /** How long a finger rests on a tile before its words are read aloud (and the tile is not toggled). */
    static final int LONG_PRESS_MILLIS = 700;
    private transient Runnable longPress;
    private final javax.swing.Timer hold = new javax.swing.Timer(LONG_PRESS_MILLIS, e -> heldLong());
    private final TileModel tileModel = new TileModel();

    /**
     * @param zoom the patient's text size: above 1 the label gets the whole tile (the icon would be
     *             a thumbnail beside words that need the room; the words are what larger text is for)
     */
    SymptomTile(Symptom symptom, Illustration icon, Texts texts, float zoom) {
        this(symptom, icon, texts, zoom, org.physiokiosk.ui.illustration.MotionPlayback.STILL);
    }

    /** @param playback how its icon is painted (kept as a picture of its size when the playback keeps them) */
    SymptomTile(Symptom symptom, Illustration icon, Texts texts, float zoom,
                org.physiokiosk.ui.illustration.MotionPlayback playback) {
        this.symptom = symptom;
        this.texts = texts;
        setName("symptom-" + symptom.id());
        boolean withIcon = zoom < 1.1f;
        setLayout(new MigLayout("fill, insets 8% 6% 6% 6%, gap 0", "[grow, fill]", withIcon
                ? "[0:0:max, grow 55, fill][0:0:max, grow 45, fill]" : "[0:0:max, grow, fill]"));
        setContentAreaFilled(false);
        setBorderPainted(false);
        setFocusPainted(false);
        setRolloverEnabled(false); // no hover-only cues on a touch screen
        if (withIcon) {
            add(new IllustrationView(icon, symptom.label(), playback), "wrap");
        }
        label = new TextBlock(List.of(TextBlock.Para.of(TextBlock.Style.CAPTION, symptom.label())), true, true);
        add(label);
        getAccessibleContext().setAccessibleName(symptom.label());
        addItemListener(e -> describe());
        describe();
        setModel(tileModel);
        hold.setRepeats(false);
        addMouseListener(new java.awt.event.MouseAdapter() {
            @Override
            public void mousePressed(java.awt.event.MouseEvent e) {
                if (longPress == null) {
                    return;
                }
                if (javax.swing.SwingUtilities.isLeftMouseButton(e)) {
                    hold.restart();
                } else if (javax.swing.SwingUtilities.isRightMouseButton(e)) {
                    longPress.run(); // Windows turns a touch held down into a right click
                }
            }

            @Override
            public void mouseReleased(java.awt.event.MouseEvent e) {
                hold.stop();
            }
        });
    }

    /**
     * A long press ({@link #LONG_PRESS_MILLIS}) runs {@code read} instead of picking or unpicking
     * the tile; null: none (no speech).
     */
    void onLongPress(Runnable read) {
        this.longPress = read;
    }

    private void heldLong() {
        if (longPress != null && tileModel.isPressed()) {
            tileModel.heldLong();
            longPress.run();
        }
    }

    @Override
    public void removeNotify() {
        hold.stop();
        super.removeNotify();
    }

    /** The toggle's model, except that a press held long does not toggle when it is let go. */
    private static final class TileModel extends JToggleButton.ToggleButtonModel {
        private static final long serialVersionUID = 1L;
        private boolean heldLong;

        void heldLong() {
            heldLong = true;
            setArmed(false);
        }

        @Override
        public void setPressed(boolean pressed) {
            super.setPressed(pressed);
            if (!pressed) {
                heldLong = false; // let go: the next press is a new one (it arms the button before pressing it)
            }
        }

        @Override
        public void setArmed(boolean armed) {
            super.setArmed(armed && !heldLong);
        }
    }

    Symptom symptom() {
        return symptom;
    }

    TextBlock label() {
        return label;
    }

    private void describe() {
        String state = texts.get(isSelected() ? "pick.selected" : "pick.notSelected");
        getAccessibleContext().setAccessibleDescription(
                (symptom.hint().isEmpty() ? "" : symptom.hint() + " ") + "(" + state + ")");
    }

    @Override
    protected void paintComponent(Graphics g) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            float w = getWidth();
            float h = getHeight();
            float s = Math.min(w, h);
            float arc = s * 0.16f;
            boolean pressed = getModel().isArmed() && getModel().isPressed();
            Color fill = pressed ? KioskTheme.color("Kiosk.tilePressed")
                    : isSelected() ? KioskTheme.color("Kiosk.tileSelected") : KioskTheme.color("Kiosk.surface");
            float border = isSelected() ? Math.max(3f, s * 0.035f) : Math.max(1.5f, s * 0.012f);
            RoundedPanel.fillBackground(g2, w, h, fill, 0.16f);
            g2.setColor(isSelected() ? KioskTheme.color("Kiosk.teal") : KioskTheme.color("Kiosk.tileBorder"));
            g2.setStroke(new BasicStroke(border));
            g2.draw(new RoundRectangle2D.Float(border / 2, border / 2, w - border, h - border, arc, arc));
            if (isFocusOwner()) {
                g2.setColor(KioskTheme.color("Kiosk.coral"));
                g2.setStroke(new BasicStroke(Math.max(2f, s * 0.02f), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND,
                        1f, new float[] {s * 0.04f, s * 0.03f}, 0));
                float in = border + s * 0.02f;
                g2.draw(new RoundRectangle2D.Float(in, in, w - 2 * in, h - 2 * in, arc * 0.8f, arc * 0.8f));
            }
        } finally {
            g2.dispose();
        }
    }

    @Override
    protected void paintChildren(Graphics g) {
        super.paintChildren(g);
        if (!isSelected()) {
            return;
        }
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            float s = Math.min(getWidth(), getHeight());
            float r = s * 0.11f;
            float cx = getWidth() - r * 1.5f;
            float cy = r * 1.5f;
            g2.setColor(KioskTheme.color("Kiosk.teal"));
            g2.fill(new Ellipse2D.Float(cx - r, cy - r, 2 * r, 2 * r));
            Path2D tick = new Path2D.Float();
            tick.moveTo(cx - r * 0.45f, cy + r * 0.02f);
            tick.lineTo(cx - r * 0.1f, cy + r * 0.38f);
            tick.lineTo(cx + r * 0.5f, cy - r * 0.35f);
            g2.setColor(Color.WHITE);
            g2.setStroke(new BasicStroke(r * 0.26f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g2.draw(tick);
        } finally {
            g2.dispose();
        }
    }
}
