package org.physiokiosk.qr;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.Optional;

/** Reads QR codes back from pictures, as a phone would: the tests' way to check a drawn code. */
public final class QrDecoding {

    private QrDecoding() {
    }

    /** The text of the QR code found in {@code image}; empty when there is none. */
    public static Optional<String> read(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] pixels = image.getRGB(0, 0, w, h, null, 0, w);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w, h, pixels)));
        com.google.zxing.ReaderException missed;
        try {
            return Optional.of(new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
                    .getText());
        } catch (com.google.zxing.ReaderException e) {
            missed = e;
        }
        // ZXing's finder misses or misplaces some perfectly drawn codes (a few version-3 codes at 3 to 6 px
        // a module), which a phone reads: a picture that is nothing but a code is read once more as such.
        try {
            return Optional.of(new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE))
                    .getText());
        } catch (com.google.zxing.ReaderException notOnlyACode) {
            if (missed instanceof NotFoundException) {
                return Optional.empty();
            }
            throw new AssertionError("a QR code was found but could not be read: " + missed, missed);
        }
    }

    /** {@code code} drawn as a screen would, {@code pixelsPerModule} pixels a module, with its quiet zone. */
    public static BufferedImage draw(QrCode code, int pixelsPerModule) {
        int side = (code.size() + 2 * QrCode.QUIET_ZONE) * pixelsPerModule;
        BufferedImage img = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, side, side);
        g.setColor(Color.BLACK);
        for (QrCode.Run r : code.runs()) {
            g.fillRect((QrCode.QUIET_ZONE + r.from()) * pixelsPerModule, (QrCode.QUIET_ZONE + r.row()) * pixelsPerModule,
                    r.length() * pixelsPerModule, pixelsPerModule);
        }
        g.dispose();
        return img;
    }
}
