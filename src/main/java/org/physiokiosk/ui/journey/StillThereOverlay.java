package org.physiokiosk.ui.journey;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.AlphaComposite;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingConstants;
import net.miginfocom.swing.MigLayout;
import org.physiokiosk.ui.RoundedPanel;
import org.physiokiosk.ui.TextBlock;
import org.physiokiosk.ui.Texts;
import org.physiokiosk.ui.theme.KioskTheme;

/**
 * "Still there?" over the patient's screen, counting down to the reset. Any touch on it
 * means "I am still here".
 */
public final class StillThereOverlay extends JPanel {
    private static final long serialVersionUID = 1L;

    private final Texts texts;
    private final JLabel countdown = new JLabel("", SwingConstants.CENTER);
    private final JPanel card;

    public StillThereOverlay(Texts texts, Runnable keepGoing) {
        super(new MigLayout("fill", "push[48%!, fill]push", "push[46%!, fill]push"));
        this.texts = texts;
        setName("still-there");
        setOpaque(false);
        card = new RoundedPanel(new MigLayout("fill, insets 6%, wrap 1, gap 0 5%", "[grow, fill]",
                "[grow, fill][][]"), "Kiosk.surface", 0.12f);
        card.add(new TextBlock(List.of(TextBlock.Para.of(TextBlock.Style.TITLE, texts.get("stillThere.title")),
                TextBlock.Para.of(TextBlock.Style.PROMPT, texts.get("stillThere.lead"))), true, true));
        countdown.setName("still-there-countdown");
        countdown.putClientProperty(FlatClientProperties.STYLE, "font: +6; foreground: $Kiosk.mutedText");
        card.add(countdown, "growx");
        JButton keep = new JButton(texts.get("stillThere.keep"));
        keep.setName("still-there-keep");
        keep.putClientProperty(FlatClientProperties.STYLE_CLASS, "kioskPrimary");
        keep.addActionListener(e -> keepGoing.run());
        card.add(keep, "alignx center, growx 0");
        add(card);
        addMouseListener(new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent e) {
                keepGoing.run();
            }
        });
    }

    public void setSecondsLeft(long seconds) {
        countdown.setText(texts.get("stillThere.countdown", seconds));
    }

    @Override
    protected void paintComponent(Graphics g) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.55f));
            g2.setColor(KioskTheme.color("Kiosk.overlay"));
            g2.fillRect(0, 0, getWidth(), getHeight());
        } finally {
            g2.dispose();
        }
        TextBlock.scaleAll(this, JourneyPanel.unit(getWidth(), getHeight()));
    }
}
