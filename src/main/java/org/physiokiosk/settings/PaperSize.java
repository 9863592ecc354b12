package org.physiokiosk.settings;

/** Paper the handout is laid out for. Sizes in PDF points (1/72 inch). */
public enum PaperSize {
    A4(595.28f, 841.89f),
    LETTER(612f, 792f);

    private final float widthPt;
    private final float heightPt;

    PaperSize(float widthPt, float heightPt) {
        this.widthPt = widthPt;
        this.heightPt = heightPt;
    }

    public float widthPt() {
        return widthPt;
    }

    public float heightPt() {
        return heightPt;
    }
}
