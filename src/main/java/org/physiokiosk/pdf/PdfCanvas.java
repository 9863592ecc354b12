package org.physiokiosk.pdf;

import java.awt.Color;
import java.io.IOException;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * Drawing on one page of a tagged PDF: text, rounded boxes, step badges, warning signs and
 * check boxes. Coordinates are PDF points with y going up, as PDFBox has them.
 *
 * <p>Callers say what they draw means: {@link #tagged} puts a drawing into a {@link Tag}
 * (heading, paragraph, list label, table cell, figure …) and {@link #artifact} marks page
 * furniture a screen reader skips (rules, bands, page numbers, running headers). Shapes drawn
 * outside either are decoration and become artifacts by themselves; text drawn outside either
 * is a mistake and throws, so no words can reach the page unread. The marked-content ids and
 * the way back from content to its element are kept by {@link PdfStructure}.
 */
public final class PdfCanvas {

    /** The palette of ILLUSTRATIONS.md and the screen theme, tuned for paper. */
    public static final Color TEAL = new Color(0x2E7D6B);
    public static final Color HEADING = new Color(0x1F5C4F);
    public static final Color TEXT = new Color(0x1E2928);
    public static final Color MUTED = new Color(0x475654);
    public static final Color CORAL = new Color(0xC4522F);
    public static final Color CAUTION_TEXT = new Color(0x7A2E17);
    public static final Color CAUTION_BG = new Color(0xFCEDE7);
    public static final Color DOSE_BG = new Color(0xE2F0EB);
    public static final Color DOSE_TEXT = new Color(0x173F36);
    public static final Color NEUTRAL_BG = new Color(0xF4F1EA);
    public static final Color RULE = new Color(0xD9D3C7);

    /** Bézier handle length for a quarter circle. */
    private static final float K = 0.5523f;

    private final PDPageContentStream cs;
    public final PdfFonts fonts;
    private final PdfStructure structure;
    private final int page;
    /** What the drawing going on now is part of: null outside any, else a tag or {@link #ARTIFACT}. */
    private Object inside;
    private static final Object ARTIFACT = new Object();

    PdfCanvas(PDPageContentStream cs, PdfFonts fonts, PdfStructure structure, int page) {
        this.cs = cs;
        this.fonts = fonts;
        this.structure = structure;
        this.page = page;
    }

    /** Something drawn on the canvas, as one piece of marked content. */
    public interface Drawing {
        void draw() throws IOException;
    }

    /**
     * Draws {@code d} as content of {@code tag}: a paragraph's lines, a figure's drawing. Called
     * again for the same tag (the next line, the part on the next page), it adds to it. Inside a
     * tagged or artifact drawing, it simply draws (the badge's number is part of its label).
     */
    public void tagged(Tag tag, Drawing d) throws IOException {
        if (inside != null) {
            d.draw();
            return;
        }
        boolean marked = structure.on();
        if (marked) {
            cs.beginMarkedContent(COSName.getPDFName(tag.role()), structure.mark(page, tag));
        }
        inside = tag;
        try {
            d.draw();
        } finally {
            inside = null;
            if (marked) {
                cs.endMarkedContent();
            }
        }
    }

    /** Draws {@code d} as an artifact: seen on paper, skipped by a screen reader (a repeated title, a page number). */
    public void artifact(Drawing d) throws IOException {
        if (inside != null) {
            d.draw();
            return;
        }
        boolean marked = structure.on();
        if (marked) {
            cs.beginMarkedContent(COSName.ARTIFACT);
        }
        inside = ARTIFACT;
        try {
            d.draw();
        } finally {
            inside = null;
            if (marked) {
                cs.endMarkedContent();
            }
        }
    }

    /** {@code text} as the content of {@code tag} (null: an artifact). */
    public void text(Tag tag, String s, PDType0Font font, float size, Color color, float x, float baseline)
            throws IOException {
        if (s.isEmpty()) {
            return;
        }
        if (tag == null) {
            artifact(() -> text(s, font, size, color, x, baseline));
        } else {
            tagged(tag, () -> text(s, font, size, color, x, baseline));
        }
    }

    /** Text inside a {@link #tagged} or {@link #artifact} drawing. */
    public void text(String s, PDType0Font font, float size, Color color, float x, float baseline) throws IOException {
        if (s.isEmpty()) {
            return;
        }
        if (inside == null) {
            throw new IllegalStateException("text drawn neither tagged nor as an artifact: \"" + s + "\"");
        }
        cs.beginText();
        cs.setFont(font, size);
        cs.setNonStrokingColor(color);
        cs.newLineAtOffset(x, baseline);
        cs.showText(s);
        cs.endText();
    }

    /** Draws a shape: as it is inside a tagged or artifact drawing, else as an artifact of its own. */
    private void shape(Drawing d) throws IOException {
        if (inside == null) {
            artifact(d);
        } else {
            d.draw();
        }
    }

    public void fillRoundRect(float x, float y, float w, float h, float r, Color fill) throws IOException {
        shape(() -> fillRoundRectPath(x, y, w, h, r, fill));
    }

    private void fillRoundRectPath(float x, float y, float w, float h, float r, Color fill) throws IOException {
        cs.setNonStrokingColor(fill);
        roundRectPath(x, y, w, h, r);
        cs.fill();
    }

    public void strokeRoundRect(float x, float y, float w, float h, float r, Color stroke, float lineWidth)
            throws IOException {
        shape(() -> strokeRoundRectPath(x, y, w, h, r, stroke, lineWidth));
    }

    private void strokeRoundRectPath(float x, float y, float w, float h, float r, Color stroke, float lineWidth)
            throws IOException {
        cs.setStrokingColor(stroke);
        cs.setLineWidth(lineWidth);
        roundRectPath(x, y, w, h, r);
        cs.stroke();
    }

    private void roundRectPath(float x, float y, float w, float h, float r) throws IOException {
        r = Math.min(r, Math.min(w, h) / 2);
        float k = r * K;
        cs.moveTo(x + r, y);
        cs.lineTo(x + w - r, y);
        cs.curveTo(x + w - r + k, y, x + w, y + r - k, x + w, y + r);
        cs.lineTo(x + w, y + h - r);
        cs.curveTo(x + w, y + h - r + k, x + w - r + k, y + h, x + w - r, y + h);
        cs.lineTo(x + r, y + h);
        cs.curveTo(x + r - k, y + h, x, y + h - r + k, x, y + h - r);
        cs.lineTo(x, y + r);
        cs.curveTo(x, y + r - k, x + r - k, y, x + r, y);
        cs.closePath();
    }

    public void line(float x1, float y1, float x2, float y2, Color color, float width) throws IOException {
        shape(() -> linePath(x1, y1, x2, y2, color, width));
    }

    private void linePath(float x1, float y1, float x2, float y2, Color color, float width) throws IOException {
        cs.setStrokingColor(color);
        cs.setLineWidth(width);
        cs.moveTo(x1, y1);
        cs.lineTo(x2, y2);
        cs.stroke();
    }

    /** A numbered badge: a filled circle with the number in white. */
    public void badge(String number, float cx, float cy, float r) throws IOException {
        shape(() -> badgeShape(number, cx, cy, r));
    }

    private void badgeShape(String number, float cx, float cy, float r) throws IOException {
        cs.setNonStrokingColor(TEAL);
        circlePath(cx, cy, r);
        cs.fill();
        float size = r * 1.25f;
        float w = fonts.width(fonts.bold, number, size);
        text(number, fonts.bold, size, Color.WHITE, cx - w / 2, cy - size * 0.36f);
    }

    private void circlePath(float cx, float cy, float r) throws IOException {
        float k = r * K;
        cs.moveTo(cx + r, cy);
        cs.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
        cs.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
        cs.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
        cs.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
        cs.closePath();
    }

    public void bullet(float cx, float cy, float r, Color color) throws IOException {
        shape(() -> {
            cs.setNonStrokingColor(color);
            circlePath(cx, cy, r);
            cs.fill();
        });
    }

    /** A warning triangle with "!", drawn (not a glyph) so it prints with any font, also in grey. */
    public void warning(float x, float y, float size) throws IOException {
        shape(() -> warningShape(x, y, size));
    }

    private void warningShape(float x, float y, float size) throws IOException {
        float w = size * 1.1f;
        cs.setNonStrokingColor(CORAL);
        cs.setStrokingColor(CORAL);
        cs.setLineWidth(size * 0.08f);
        cs.setLineJoinStyle(1);
        cs.moveTo(x + w / 2, y + size);
        cs.lineTo(x + w, y);
        cs.lineTo(x, y);
        cs.closePath();
        cs.fillAndStroke();
        cs.setStrokingColor(Color.WHITE);
        cs.setLineWidth(size * 0.12f);
        cs.setLineCapStyle(1);
        cs.moveTo(x + w / 2, y + size * 0.68f);
        cs.lineTo(x + w / 2, y + size * 0.36f);
        cs.stroke();
        cs.setNonStrokingColor(Color.WHITE);
        circlePath(x + w / 2, y + size * 0.17f, size * 0.065f);
        cs.fill();
        cs.setLineCapStyle(0);
    }

    public void checkbox(float x, float y, float size) throws IOException {
        shape(() -> {
            cs.setNonStrokingColor(Color.WHITE);
            roundRectPath(x, y, size, size, size * 0.18f);
            cs.fill();
            strokeRoundRectPath(x, y, size, size, size * 0.18f, MUTED, 0.8f);
        });
    }

    /** Places a drawing made at {@code formW} x {@code formH} into the box, keeping its proportions. */
    public void form(PDFormXObject form, float formW, float formH, float x, float y, float w, float h) throws IOException {
        shape(() -> formShape(form, formW, formH, x, y, w, h));
    }

    /**
     * A drawing as a figure: {@code figure} (from {@link Tag#figure}) carries its text alternative.
     * A pair of key poses is one figure drawn with two calls (or two figures, each with its text).
     */
    public void figure(Tag figure, PDFormXObject form, float formW, float formH, float x, float y, float w, float h)
            throws IOException {
        tagged(figure, () -> formShape(form, formW, formH, x, y, w, h));
    }

    private void formShape(PDFormXObject form, float formW, float formH, float x, float y, float w, float h)
            throws IOException {
        float scale = Math.min(w / formW, h / formH);
        float dw = formW * scale;
        float dh = formH * scale;
        cs.saveGraphicsState();
        cs.transform(new Matrix(scale, 0, 0, scale, x + (w - dw) / 2, y + (h - dh) / 2));
        cs.drawForm(form);
        cs.restoreGraphicsState();
    }

    /** The label under one position of a moving drawing ("1 Start"), bold and centred in {@code w}. */
    public void poseLabel(String label, float x, float top, float w) throws IOException {
        String s = fonts.clean(label);
        float size = 9;
        while (size > 6.5f && fonts.width(fonts.bold, s, size) > w) {
            size -= 0.5f;
        }
        text(s, fonts.bold, size, HEADING, x + (w - fonts.width(fonts.bold, s, size)) / 2, top - size * 0.95f);
    }

    /** A small arrow pointing right from one position of a movement to the next, {@code w} long. */
    public void poseArrow(float x, float cy, float w) throws IOException {
        float head = Math.min(5, w * 0.5f);
        cs.setStrokingColor(CORAL);
        cs.setLineWidth(1.6f);
        cs.setLineCapStyle(1);
        cs.moveTo(x, cy);
        cs.lineTo(x + w - head * 0.8f, cy);
        cs.stroke();
        cs.setLineCapStyle(0);
        cs.setNonStrokingColor(CORAL);
        cs.moveTo(x + w, cy);
        cs.lineTo(x + w - head, cy + head * 0.75f);
        cs.lineTo(x + w - head, cy - head * 0.75f);
        cs.closePath();
        cs.fill();
    }

    /**
     * A QR code as vector rectangles (one per run of dark modules), {@code side} points wide
     * including its quiet zone, on white, its bottom-left at (x, y).
     */
    public void qr(org.physiokiosk.qr.QrCode code, float x, float y, float side) throws IOException {
        shape(() -> qrShape(code, x, y, side));
    }

    private void qrShape(org.physiokiosk.qr.QrCode code, float x, float y, float side) throws IOException {
        int modules = code.size() + 2 * org.physiokiosk.qr.QrCode.QUIET_ZONE;
        float m = side / modules;
        cs.setNonStrokingColor(Color.WHITE);
        cs.addRect(x, y, side, side);
        cs.fill();
        cs.setNonStrokingColor(Color.BLACK);
        float left = x + org.physiokiosk.qr.QrCode.QUIET_ZONE * m;
        float top = y + side - org.physiokiosk.qr.QrCode.QUIET_ZONE * m;
        for (org.physiokiosk.qr.QrCode.Run r : code.runs()) {
            cs.addRect(left + r.from() * m, top - (r.row() + 1) * m, r.length() * m, m);
        }
        cs.fill();
    }
}
