package org.physiokiosk.ui.slides;

import java.awt.Color;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import javax.accessibility.AccessibleRole;
import org.physiokiosk.qr.QrCode;
import org.physiokiosk.qr.WebLink;
import org.physiokiosk.ui.PaintedComponent;

/**
 * A QR code on screen, crisp: every module a whole number of pixels, black on a white square
 * with its quiet zone, centred in the space it is given, whatever the screen's scale. Screen
 * readers hear the address it leads to.
 */
public final class QrCodeView extends PaintedComponent {
    private static final long serialVersionUID = 1L;

    private final transient QrCode code;

    public QrCodeView(WebLink link) {
        super(AccessibleRole.ICON, link.shown());
        this.code = QrCode.of(link);
    }

    /** Pixels a module at a side of {@code side} pixels: at least 1, so a code never blurs. */
    static int modulePixels(QrCode code, int side) {
        return Math.max(1, side / (code.size() + 2 * QrCode.QUIET_ZONE));
    }

    @Override
    protected void paintComponent(Graphics g) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
            int m = modulePixels(code, Math.min(getWidth(), getHeight()));
            int side = (code.size() + 2 * QrCode.QUIET_ZONE) * m;
            int x0 = (getWidth() - side) / 2;
            int y0 = (getHeight() - side) / 2;
            g2.setColor(Color.WHITE);
            g2.fillRect(x0, y0, side, side);
            g2.setColor(Color.BLACK);
            int left = x0 + QrCode.QUIET_ZONE * m;
            int top = y0 + QrCode.QUIET_ZONE * m;
            for (QrCode.Run r : code.runs()) {
                g2.fillRect(left + r.from() * m, top + r.row() * m, r.length() * m, m);
            }
        } finally {
            g2.dispose();
        }
    }
}
