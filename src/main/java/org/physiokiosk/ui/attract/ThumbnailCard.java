package org.physiokiosk.ui.attract;

import org.physiokiosk.ui.TextBlock;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.util.List;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;
import org.physiokiosk.illustration.Illustration;
import org.physiokiosk.ui.illustration.IllustrationView;
import org.physiokiosk.ui.theme.KioskTheme;

/** A card on a category slide: a technique's drawing with its name beside it. */
final class ThumbnailCard extends JPanel {
    private static final long serialVersionUID = 1L;

    ThumbnailCard(Illustration illustration, String title) {
        super(new MigLayout("fill, insets 3% 3% 3% 5%, gap 6%", "[0:0:max, grow 45, fill][0:0:max, grow 55, fill]",
                "[grow, fill]"));
        setOpaque(false);
        add(new IllustrationView(illustration, title));
        add(new TextBlock(List.of(TextBlock.Para.of(TextBlock.Style.CAPTION, title)), false, true));
        getAccessibleContext().setAccessibleName(title);
    }

    @Override
    protected void paintComponent(Graphics g) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            float arc = Math.min(getWidth(), getHeight()) * 0.12f;
            g2.setColor(KioskTheme.color("Kiosk.surface"));
            g2.fill(new RoundRectangle2D.Float(0, 0, getWidth(), getHeight(), arc, arc));
        } finally {
            g2.dispose();
        }
    }
}
