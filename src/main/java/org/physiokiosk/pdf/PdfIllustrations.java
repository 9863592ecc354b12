package org.physiokiosk.pdf;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
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
    private final Map<Pose, PDFormXObject> poses = new HashMap<>();

    /** A moving drawing at one moment of its loop. */
    private record Pose(Path file, long millis) {
    }

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

    /**
     * The moments of a drawing's movement worth printing (start, end …); one for a still drawing,
     * a photo or a missing file.
     */
    public List<Long> keyPoses(Path file) {
        return file == null ? List.of(0L) : loader.load(file).keyPoses();
    }

    /** A moving drawing as it is {@code millis} into its loop (a still one is the same at any time). */
    public PDFormXObject form(Path file, long millis) throws IOException {
        if (file == null) {
            return form(null);
        }
        Pose key = new Pose(file, millis);
        PDFormXObject form = poses.get(key);
        if (form == null) {
            Illustration illustration = loader.load(file);
            form = illustration.moves() ? draw(illustration, millis) : form(file);
            poses.put(key, form);
        }
        return form;
    }

    private PDFormXObject draw(Illustration illustration, long millis) throws IOException {
        PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, FORM_W, FORM_H);
        try {
            illustration.paint(g, new Rectangle2D.Float(0, 0, FORM_W, FORM_H), millis);
        } finally {
            g.dispose();
        }
        return g.getXFormObject();
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
