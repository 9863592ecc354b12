package org.physiokiosk.qr;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The modules (dark and light squares) of a QR code for a link, made by ZXing, for the handout
 * to draw as vector rectangles and the screen as crisp squares. Error correction M (15 % of the
 * code may be damaged or smudged). Draw it with a light quiet zone of {@link #QUIET_ZONE}
 * modules on every side, or phones may not find it.
 */
public final class QrCode {

    /** Light modules needed around the code. */
    public static final int QUIET_ZONE = 4;

    private final boolean[][] dark;

    private QrCode(boolean[][] dark) {
        this.dark = dark;
    }

    /** The code for {@code link}, exactly its text. */
    public static QrCode of(WebLink link) {
        try {
            ByteMatrix m = Encoder.encode(link.toString(), ErrorCorrectionLevel.M,
                    Map.of(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name())).getMatrix();
            boolean[][] d = new boolean[m.getHeight()][m.getWidth()];
            for (int y = 0; y < m.getHeight(); y++) {
                for (int x = 0; x < m.getWidth(); x++) {
                    d[y][x] = m.get(x, y) == 1;
                }
            }
            return new QrCode(d);
        } catch (WriterException e) {
            // A WebLink is at most 300 characters: far below what a QR code holds at level M.
            throw new IllegalStateException("no QR code for " + link + ": " + e.getMessage(), e);
        }
    }

    /** Modules on a side, without the quiet zone (21 for the smallest code, version 1). */
    public int size() {
        return dark.length;
    }

    /** Whether the module at column {@code x}, row {@code y} (from the top left) is dark. */
    public boolean dark(int x, int y) {
        return dark[y][x];
    }

    /** A horizontal run of dark modules: drawn as one rectangle, so a code is a few hundred, not thousands. */
    public record Run(int row, int from, int length) {
    }

    /** The dark modules as runs, row by row, left to right. */
    public List<Run> runs() {
        List<Run> runs = new ArrayList<>();
        for (int y = 0; y < dark.length; y++) {
            int x = 0;
            while (x < dark.length) {
                if (!dark[y][x]) {
                    x++;
                    continue;
                }
                int from = x;
                while (x < dark.length && dark[y][x]) {
                    x++;
                }
                runs.add(new Run(y, from, x - from));
            }
        }
        return runs;
    }
}
