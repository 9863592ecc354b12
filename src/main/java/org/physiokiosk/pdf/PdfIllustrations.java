package org.physiokiosk.pdf;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.physiokiosk.illustration.Illustration;
import org.physiokiosk.illustration.IllustrationLoader;

/**
 * Illustrations turned into PDF drawings, once per document: an SVG becomes vector paths
 * through a Graphics2D that writes PDF; a photo is scaled to print resolution and embedded
 * once, however often it is placed.
 */
public final class PdfIllustrations {

    /** The drawings' shared canvas (ILLUSTRATIONS.md): 480 x 360. */
    public static final float FORM_W = 480;
    public static final float FORM_H = 360;

    /** Print resolution for photos, at the largest size a handout shows them. */
    private static final int PRINT_PIXELS = Math.round(200 / 72f * 300);

    private final PDDocument doc;
    private final IllustrationLoader loader;
    private final Map<Path, PDFormXObject> forms = new HashMap<>();

    public PdfIllustrations(PDDocument doc, IllustrationLoader loader) {
        this.doc = doc;
        this.loader = loader;
    }

    public PDFormXObject form(Path file) throws IOException {
        PDFormXObject form = forms.get(file);
        if (form == null) {
            form = draw(file == null ? new Illustration.Placeholder("none") : loader.load(file));
            forms.put(file, form);
        }
        return form;
    }

    private PDFormXObject draw(Illustration illustration) throws IOException {
        Illustration printable = illustration instanceof Illustration.Raster r ? r.scaledTo(PRINT_PIXELS) : illustration;
        PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, FORM_W, FORM_H);
        try {
            printable.paintForPrint(g, new Rectangle2D.Float(0, 0, FORM_W, FORM_H));
        } finally {
            g.dispose();
        }
        return g.getXFormObject();
    }
}
