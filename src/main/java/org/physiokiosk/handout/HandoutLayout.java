package org.physiokiosk.handout;

import org.physiokiosk.pdf.PdfFonts;
import org.physiokiosk.pdf.PdfCanvas;
import org.physiokiosk.pdf.PdfIllustrations;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.physiokiosk.content.Dose;
import org.physiokiosk.content.Technique;

/**
 * The handout's blocks and how they go onto pages. Each block measures and draws with the
 * same code ({@link Block#layout}), called without a canvas to measure, so what is measured
 * is what is drawn. Blocks never split: one that does not fit starts a new page, and a
 * heading moves with the block after it.
 */
final class HandoutLayout {

    static final float MARGIN = 42f;
    static final float FOOTER = 34f;

    private HandoutLayout() {
    }

    /** Something placed on the page as a whole. */
    interface Block {
        /**
         * Measures (canvas null) or draws the block with its top-left at (x, top); returns its
         * height including the space below it.
         */
        float layout(PdfCanvas canvas, float x, float top) throws IOException;

        default boolean keepWithNext() {
            return false;
        }
    }

    /** Blocks assigned to pages, each with the y of its top. */
    record Placement(Block block, int page, float top) {
    }

    static List<Placement> paginate(List<Block> blocks, float pageHeight) throws IOException {
        float top = pageHeight - MARGIN;
        float bottom = MARGIN + FOOTER;
        List<Placement> placed = new ArrayList<>();
        int page = 0;
        float y = top;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            float h = b.layout(null, 0, 0);
            float needed = h;
            if (b.keepWithNext() && i + 1 < blocks.size()) {
                needed += blocks.get(i + 1).layout(null, 0, 0);
            }
            if (y - needed < bottom && y < top) {
                page++;
                y = top;
            }
            placed.add(new Placement(b, page, y));
            y -= h;
        }
        return placed;
    }

    // --- text helpers shared by the blocks ----------------------------------------------

    /** Draws (when canvas is given) wrapped lines and returns the height they take. */
    static float lines(PdfCanvas c, List<String> lines, PDType0Font font, float size, Color color, float x,
                       float top, float lineHeight) throws IOException {
        for (int i = 0; i < lines.size(); i++) {
            if (c != null) {
                c.text(lines.get(i), font, size, color, x, top - size * 0.95f - i * lineHeight);
            }
        }
        return lines.size() * lineHeight;
    }

    // --- blocks ----------------------------------------------------------------------------

    /** A category heading with a rule under it; it keeps with its first technique. */
    static final class Heading implements Block {
        private final PdfFonts fonts;
        private final String text;
        private final float width;

        Heading(PdfFonts fonts, String text, float width) {
            this.fonts = fonts;
            this.text = text;
            this.width = width;
        }

        @Override
        public float layout(PdfCanvas c, float x, float top) throws IOException {
            List<String> ls = fonts.wrap(text, fonts.bold, 14, width, 0);
            float h = lines(c, ls, fonts.bold, 14, PdfCanvas.HEADING, x, top, 18);
            if (c != null) {
                c.line(x, top - h - 3, x + width, top - h - 3, PdfCanvas.RULE, 1f);
            }
            return h + 14;
        }

        @Override
        public boolean keepWithNext() {
            return true;
        }
    }

    /** One technique: its drawing on the left; title, summary, dose, steps and cautions on the right. */
    static final class TechniqueBlock implements Block {
        static final float ILLUSTRATION_W = 150;
        static final float ILLUSTRATION_H = 112.5f;
        private static final float GAP = 16;

        private final PdfFonts fonts;
        private final PdfIllustrations illustrations;
        private final Technique technique;
        private final Path illustration;
        private final List<String> doseLabels;
        private final List<String> cautions;
        private final float width;
        private final float scale;

        /**
         * @param doseLabels labels for {@link Dose.Part} in order ("Hold:", "Repeat:" …)
         * @param inSafetyBox a caution printed in the safety box anyway, left out here
         * @param maxHeight  the page's body height: a technique that would not fit shrinks a little
         */
        TechniqueBlock(PdfFonts fonts, PdfIllustrations illustrations, Technique technique, Path illustration,
                       List<String> doseLabels, String inSafetyBox, float width, float maxHeight) throws IOException {
            this.fonts = fonts;
            this.illustrations = illustrations;
            this.technique = technique;
            this.illustration = illustration;
            this.doseLabels = doseLabels;
            this.cautions = technique.cautions().stream().filter(c -> !c.equals(inSafetyBox)).toList();
            this.width = width;
            float s = 1f;
            while (s > 0.6f && draw(null, 0, 0, s) > maxHeight) {
                s -= 0.05f;
            }
            this.scale = s;
        }

        @Override
        public float layout(PdfCanvas c, float x, float top) throws IOException {
            return draw(c, x, top, scale);
        }

        private float draw(PdfCanvas c, float x, float top, float s) throws IOException {
            float textX = x + ILLUSTRATION_W + GAP;
            float textW = width - ILLUSTRATION_W - GAP;
            if (c != null) {
                c.fillRoundRect(x, top - ILLUSTRATION_H, ILLUSTRATION_W, ILLUSTRATION_H, 12, PdfCanvas.NEUTRAL_BG);
                c.form(illustrations.form(illustration), PdfIllustrations.FORM_W, PdfIllustrations.FORM_H,
                        x + 6, top - ILLUSTRATION_H + 6, ILLUSTRATION_W - 12, ILLUSTRATION_H - 12);
            }
            float y = top;
            float titleSize = 13.5f * s;
            y -= lines(c, fonts.wrap(technique.title(), fonts.bold, titleSize, textW, 0), fonts.bold, titleSize,
                    PdfCanvas.HEADING, textX, y, titleSize * 1.25f);
            float small = 9.5f * s;
            y -= lines(c, fonts.wrap(technique.summary(), fonts.regular, small, textW, 0), fonts.regular, small,
                    PdfCanvas.MUTED, textX, y, small * 1.32f);
            y -= 5 * s;

            List<Dose.Line> dose = technique.dose().lines();
            if (!dose.isEmpty()) {
                float pad = 6 * s;
                float labelW = 0;
                for (Dose.Line d : dose) {
                    labelW = Math.max(labelW, fonts.width(fonts.bold, fonts.clean(label(d)), small));
                }
                labelW += 6 * s;
                float valueW = textW - 2 * pad - labelW;
                float rowsH = 0;
                for (Dose.Line d : dose) {
                    rowsH += fonts.wrap(d.text(), fonts.regular, small, valueW, 0).size() * small * 1.3f;
                }
                float boxH = rowsH + 2 * pad;
                if (c != null) {
                    c.fillRoundRect(textX, y - boxH, textW, boxH, 6 * s, PdfCanvas.DOSE_BG);
                    float rowY = y - pad;
                    for (Dose.Line d : dose) {
                        c.text(fonts.clean(label(d)), fonts.bold, small, PdfCanvas.DOSE_TEXT, textX + pad,
                                rowY - small * 0.95f);
                        rowY -= lines(c, fonts.wrap(d.text(), fonts.regular, small, valueW, 0), fonts.regular, small,
                                PdfCanvas.DOSE_TEXT, textX + pad + labelW, rowY, small * 1.3f);
                    }
                }
                y -= boxH + 7 * s;
            }

            float body = 10f * s;
            float indent = 18 * s;
            int n = 1;
            for (String step : technique.steps()) {
                List<String> ls = fonts.wrap(step, fonts.regular, body, textW - indent, 0);
                if (c != null) {
                    c.badge(Integer.toString(n), textX + 6.5f * s, y - body * 0.62f, 6.5f * s);
                }
                y -= lines(c, ls, fonts.regular, body, PdfCanvas.TEXT, textX + indent, y, body * 1.32f) + 3 * s;
                n++;
            }
            y -= 3 * s;
            float caution = 9f * s;
            for (String text : cautions) {
                List<String> ls = fonts.wrap(text, fonts.regular, caution, textW - 15 * s, 0);
                if (c != null) {
                    c.warning(textX, y - caution * 0.92f, caution * 0.9f);
                }
                y -= lines(c, ls, fonts.regular, caution, PdfCanvas.CAUTION_TEXT, textX + 15 * s, y,
                        caution * 1.3f) + 2 * s;
            }
            return Math.max(top - y, ILLUSTRATION_H) + 20;
        }

        private String label(Dose.Line d) {
            return doseLabels.get(d.part().ordinal());
        }
    }

    /** The top of the first page: clinic, date, title and what the patient told us. */
    static final class Header implements Block {
        private final PdfFonts fonts;
        private final PdfIllustrations illustrations;
        private final Path logo;
        private final String clinicName;
        private final String contact;
        private final String date;
        private final String title;
        private final String subtitle;
        private final String toldLabel;
        private final String told;
        private final float width;

        Header(PdfFonts fonts, PdfIllustrations illustrations, Path logo, String clinicName, String contact,
               String date, String title, String subtitle, String toldLabel, String told, float width) {
            this.fonts = fonts;
            this.illustrations = illustrations;
            this.logo = logo;
            this.clinicName = clinicName;
            this.contact = contact;
            this.date = date;
            this.title = title;
            this.subtitle = subtitle;
            this.toldLabel = toldLabel;
            this.told = told;
            this.width = width;
        }

        @Override
        public float layout(PdfCanvas c, float x, float top) throws IOException {
            float logoSize = 48;
            float textX = x + (logo != null ? logoSize + 12 : 0);
            float dateW = fonts.width(fonts.regular, fonts.clean(date), 9.5f);
            float textW = x + width - textX - dateW - 16;
            if (c != null) {
                if (logo != null) {
                    c.form(illustrations.form(logo), PdfIllustrations.FORM_W, PdfIllustrations.FORM_H,
                            x, top - logoSize, logoSize, logoSize);
                }
                c.text(fonts.clean(date), fonts.regular, 9.5f, PdfCanvas.MUTED, x + width - dateW, top - 11);
            }
            float y = top;
            y -= lines(c, fonts.wrap(clinicName, fonts.bold, 15, textW, 0), fonts.bold, 15, PdfCanvas.TEXT, textX, y, 19);
            if (!contact.isEmpty()) {
                y -= 2;
                y -= lines(c, fonts.wrap(contact, fonts.regular, 9.5f, textW, 0), fonts.regular, 9.5f, PdfCanvas.MUTED,
                        textX, y, 12.5f);
            }
            y = Math.min(y, top - (logo != null ? logoSize : 0)) - 20;
            y -= lines(c, fonts.wrap(title, fonts.bold, 24, width, 0), fonts.bold, 24, PdfCanvas.HEADING, x, y, 29);
            y -= lines(c, fonts.wrap(subtitle, fonts.regular, 13, width, 0), fonts.regular, 13, PdfCanvas.MUTED, x, y,
                    17);
            y -= 10;
            float labelW = fonts.width(fonts.bold, fonts.clean(toldLabel), 10.5f) + 5;
            List<String> toldLines = fonts.wrap(told, fonts.regular, 10.5f, width, labelW);
            if (c != null) {
                c.text(fonts.clean(toldLabel), fonts.bold, 10.5f, PdfCanvas.TEXT, x, y - 10);
                for (int i = 0; i < toldLines.size(); i++) {
                    c.text(toldLines.get(i), fonts.regular, 10.5f, PdfCanvas.TEXT, x + (i == 0 ? labelW : 0),
                            y - 10 - i * 14);
                }
            }
            y -= toldLines.size() * 14 + 8;
            if (c != null) {
                c.line(x, y, x + width, y, PdfCanvas.RULE, 1.2f);
            }
            return top - y + 18;
        }
    }

    /** A boxed list: the everyday advice, or the safety box with its warning sign and border. */
    static final class AdviceBox implements Block {
        private final PdfFonts fonts;
        private final String title;
        private final List<String> items;
        private final String subtitle;
        private final List<String> moreItems;
        private final boolean safety;
        private final float width;

        AdviceBox(PdfFonts fonts, String title, List<String> items, String subtitle, List<String> moreItems,
                  boolean safety, float width) {
            this.fonts = fonts;
            this.title = title;
            this.items = List.copyOf(items);
            this.subtitle = subtitle;
            this.moreItems = List.copyOf(moreItems);
            this.safety = safety;
            this.width = width;
        }

        @Override
        public float layout(PdfCanvas c, float x, float top) throws IOException {
            float h = content(null, x, top);
            if (c != null) {
                Color bg = safety ? PdfCanvas.CAUTION_BG : PdfCanvas.NEUTRAL_BG;
                c.fillRoundRect(x, top - h, width, h, 10, bg);
                if (safety) {
                    c.strokeRoundRect(x, top - h, width, h, 10, PdfCanvas.CORAL, 1.4f);
                }
                content(c, x, top);
            }
            return h + 16;
        }

        private float content(PdfCanvas c, float x, float top) throws IOException {
            float pad = 12;
            float inner = width - 2 * pad;
            float y = top - pad;
            Color ink = safety ? PdfCanvas.CAUTION_TEXT : PdfCanvas.TEXT;
            float titleX = x + pad;
            if (safety) {
                if (c != null) {
                    c.warning(titleX, y - 12, 11.5f);
                }
                titleX += 18;
            }
            y -= lines(c, fonts.wrap(title, fonts.bold, 12.5f, inner - (titleX - x - pad), 0), fonts.bold, 12.5f,
                    safety ? PdfCanvas.CAUTION_TEXT : PdfCanvas.HEADING, titleX, y, 16) + 4;
            y = bullets(c, items, x + pad, y, inner, ink);
            if (!moreItems.isEmpty()) {
                y -= 4;
                y -= lines(c, fonts.wrap(subtitle, fonts.bold, 10.5f, inner, 0), fonts.bold, 10.5f, ink, x + pad, y, 14)
                        + 2;
                y = bullets(c, moreItems, x + pad, y, inner, ink);
            }
            return top - y + pad - 2;
        }

        private float bullets(PdfCanvas c, List<String> texts, float x, float y, float width, Color ink)
                throws IOException {
            for (String t : texts) {
                List<String> ls = fonts.wrap(t, fonts.regular, 10, width - 14, 0);
                if (c != null) {
                    c.bullet(x + 4, y - 6.3f, 2.2f, safety ? PdfCanvas.CORAL : PdfCanvas.TEAL);
                }
                y -= lines(c, ls, fonts.regular, 10, ink, x + 14, y, 13.2f) + 2.5f;
            }
            return y;
        }
    }

    /** The 7-day tracker: one row per technique, a check box per day, the days from today. */
    static final class Tracker implements Block {
        private static final float NAME_W = 190;
        private final PdfFonts fonts;
        private final String title;
        private final String hint;
        private final List<String> days;
        private final List<String> names;
        private final float width;

        Tracker(PdfFonts fonts, String title, String hint, List<String> days, List<String> names, float width) {
            this.fonts = fonts;
            this.title = title;
            this.hint = hint;
            this.days = List.copyOf(days);
            this.names = List.copyOf(names);
            this.width = width;
        }

        @Override
        public float layout(PdfCanvas c, float x, float top) throws IOException {
            float y = top;
            y -= lines(c, fonts.wrap(title, fonts.bold, 14, width, 0), fonts.bold, 14, PdfCanvas.HEADING, x, y, 18);
            y -= lines(c, fonts.wrap(hint, fonts.regular, 9.5f, width, 0), fonts.regular, 9.5f, PdfCanvas.MUTED, x, y,
                    12.5f) + 6;
            float dayW = (width - NAME_W) / days.size();
            float headerH = 18;
            if (c != null) {
                c.fillRoundRect(x, y - headerH, width, headerH, 4, PdfCanvas.DOSE_BG);
                for (int d = 0; d < days.size(); d++) {
                    String label = fonts.clean(days.get(d));
                    float size = 8.5f;
                    while (size > 6 && fonts.width(fonts.bold, label, size) > dayW - 4) {
                        size -= 0.5f;
                    }
                    float w = fonts.width(fonts.bold, label, size);
                    c.text(label, fonts.bold, size, PdfCanvas.DOSE_TEXT, x + NAME_W + d * dayW + (dayW - w) / 2,
                            y - 12.3f);
                }
            }
            y -= headerH;
            for (String name : names) {
                List<String> ls = fonts.wrap(name, fonts.regular, 9.5f, NAME_W - 10, 0);
                float rowH = Math.max(22, ls.size() * 12 + 9);
                if (c != null) {
                    lines(c, ls, fonts.regular, 9.5f, PdfCanvas.TEXT, x + 4, y - (rowH - ls.size() * 12) / 2 + 1, 12);
                    float box = 11;
                    for (int d = 0; d < days.size(); d++) {
                        c.checkbox(x + NAME_W + d * dayW + (dayW - box) / 2, y - rowH / 2 - box / 2, box);
                    }
                    c.line(x, y - rowH, x + width, y - rowH, PdfCanvas.RULE, 0.7f);
                }
                y -= rowH;
            }
            return top - y + 12;
        }
    }

    /** Draws the footer of one page: a rule, the disclaimer and the page number. */
    static void footer(PdfCanvas c, PdfFonts fonts, String disclaimer, String pageLabel, float x, float width)
            throws IOException {
        float y = MARGIN + FOOTER - 10;
        c.line(x, y, x + width, y, PdfCanvas.RULE, 0.8f);
        float pageW = fonts.width(fonts.regular, fonts.clean(pageLabel), 8);
        c.text(fonts.clean(pageLabel), fonts.regular, 8, PdfCanvas.MUTED, x + width - pageW, y - 11);
        List<String> ls = fonts.wrap(disclaimer, fonts.regular, 7.5f, width - pageW - 20, 0);
        lines(c, ls.subList(0, Math.min(2, ls.size())), fonts.regular, 7.5f, PdfCanvas.MUTED, x, y - 3.5f, 9.5f);
    }
}
