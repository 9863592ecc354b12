package org.physiokiosk.handout;

import org.physiokiosk.pdf.PdfFonts;
import org.physiokiosk.pdf.PdfCanvas;
import org.physiokiosk.pdf.PdfIllustrations;
import org.physiokiosk.pdf.Tag;
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
 * is what is drawn. A block that fits on a page is never split: one that does not fit where
 * it is starts a new page, and a heading moves with the block after it. The one exception is
 * the warning-signs box, which stays on page 1 and is split there if it must be. A technique or
 * advice box taller than a whole page is split between its lines and continues on the next
 * page under its heading marked "(continued)": health advice is never cut or left out.
 * Short fields (clinic name, address, titles) are capped at a few lines, cut with "…".
 */
final class HandoutLayout {

    static final float MARGIN = 42f;
    static final float FOOTER = 34f;
    /** A handout longer than this is refused: no patient should be handed a book, and no printer fed one. */
    static final int MAX_PAGES = 50;

    private HandoutLayout() {
    }

    /** Something placed on the page as a whole, or split between its rows when taller than a page. */
    interface Block {
        /**
         * Measures (canvas null) or draws the block with its top-left at (x, top); returns its
         * height including the space below it.
         */
        float layout(PdfCanvas canvas, float x, float top) throws IOException;

        default boolean keepWithNext() {
            return false;
        }

        /**
         * True for a block that must start where it is (the warning signs on page 1): when it does not
         * fit in the room left, it is split there rather than moved whole to the next page.
         */
        default boolean splitRatherThanMove() {
            return false;
        }

        /** The height this block needs to start on a page: all of it, unless it may split. */
        default float startHeight() throws IOException {
            return layout(null, 0, 0);
        }

        /**
         * The block cut into a first part at most {@code room} high and the rest, or null when
         * it cannot split there (it then starts on the next page).
         *
         * @param freshPage the block starts at the top of a page: a paragraph that does not fit
         *                  even there is cut between its lines
         */
        default Split split(float room, boolean freshPage) throws IOException {
            return null;
        }
    }

    /** A block cut in two at a page break. */
    record Split(Block first, Block rest) {
    }

    /** Blocks assigned to pages, each with the y of its top. */
    record Placement(Block block, int page, float top) {
    }

    /** The blocks on pages; a block taller than a page is split into parts, each placed. */
    static List<Placement> paginate(List<Block> blocks, float pageHeight) throws IOException {
        float top = pageHeight - MARGIN;
        float bottom = MARGIN + FOOTER;
        float body = top - bottom;
        List<Placement> placed = new ArrayList<>();
        int page = 0;
        float y = top;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            while (b != null) {
                float h = b.layout(null, 0, 0);
                float needed = h;
                if (b.keepWithNext() && i + 1 < blocks.size()) {
                    needed += blocks.get(i + 1).startHeight();
                }
                if (y - needed >= bottom || (y == top && h <= body)) {
                    placed.add(new Placement(b, page, y));
                    y -= h;
                    b = null;
                    continue;
                }
                if (y < top && needed <= body && !b.splitRatherThanMove()) {
                    page++;
                    y = top;
                    continue;
                }
                Split split = b.split(y - bottom, y == top);
                if (split != null) {
                    placed.add(new Placement(split.first(), page, y));
                    b = split.rest();
                } else if (y == top) {
                    throw new IOException("a part of the handout is taller than a page and cannot be split");
                }
                page++;
                y = top;
                if (page >= MAX_PAGES) {
                    // Stop measuring: the renderer refuses a handout this long anyway.
                    placed.add(new Placement(b, page, y));
                    return placed;
                }
            }
        }
        return placed;
    }

    // --- text helpers shared by the blocks ----------------------------------------------

    /**
     * Draws (when canvas is given) wrapped lines as the content of {@code tag} (null: an artifact)
     * and returns the height they take.
     */
    static float lines(PdfCanvas c, Tag tag, List<String> lines, PDType0Font font, float size, Color color, float x,
                       float top, float lineHeight) throws IOException {
        for (int i = 0; i < lines.size(); i++) {
            if (c != null) {
                c.text(tag, lines.get(i), font, size, color, x, top - size * 0.95f - i * lineHeight);
            }
        }
        return lines.size() * lineHeight;
    }

    /** Draws something on one row, its top-left at (x, top). */
    interface Painter {
        void paint(PdfCanvas c, float x, float top) throws IOException;
    }

    /**
     * One line of a splittable block, or the space under a paragraph. {@code paragraph} numbers
     * the paragraph it belongs to (a page break falls between paragraphs when it can);
     * {@code boxed} rows get the dose box behind them.
     */
    record Row(float height, int paragraph, boolean boxed, Painter painter) {
    }

    /** Builds the rows of a block, paragraph by paragraph. */
    static class RowsBuilder {
        private final List<Row> rows = new ArrayList<>();
        private int paragraph;
        private boolean grouped;

        /**
         * Adds a paragraph: its wrapped lines, the first with {@code marker} (a badge, a
         * warning sign) drawn beside it, and {@code after} points of space under it.
         *
         * @param tag   what the lines are (a paragraph, a heading, a list item's body); null: an
         *              artifact, such as a title repeated as "(continued)"
         * @param label what the marker is (a list label: the step's number); null: decoration
         */
        RowsBuilder paragraph(List<String> lines, PDType0Font font, float size, Color color, float dx,
                              float lineHeight, Painter marker, float after, boolean boxed, Tag tag, Tag label) {
            if (!grouped) {
                paragraph++;
            }
            for (int i = 0; i < lines.size(); i++) {
                String text = lines.get(i);
                Painter first = i == 0 ? marker : null;
                float h = lineHeight + (i == lines.size() - 1 ? after : 0);
                rows.add(new Row(h, paragraph, boxed, (c, x, top) -> {
                    if (first != null) {
                        if (label != null) {
                            c.tagged(label, () -> first.paint(c, x, top));
                        } else {
                            c.artifact(() -> first.paint(c, x, top));
                        }
                    }
                    c.text(tag, text, font, size, color, x + dx, top - size * 0.95f);
                }));
            }
            return this;
        }

        /** Rows added until {@link #endGroup} count as one paragraph (the dose box moves whole). */
        RowsBuilder group() {
            paragraph++;
            grouped = true;
            return this;
        }

        RowsBuilder endGroup() {
            grouped = false;
            return this;
        }

        /** Empty space, kept with the paragraph before it. */
        RowsBuilder space(float height, boolean boxed) {
            rows.add(new Row(height, paragraph, boxed, null));
            return this;
        }

        int size() {
            return rows.size();
        }

        Rows build() {
            return new Rows(rows);
        }
    }

    /** Rows with their running heights, so the height of any run of them is one subtraction. */
    static final class Rows {
        final List<Row> list;
        private final float[] before;

        Rows(List<Row> list) {
            this.list = List.copyOf(list);
            before = new float[list.size() + 1];
            for (int i = 0; i < list.size(); i++) {
                before[i + 1] = before[i] + list.get(i).height();
            }
        }

        int size() {
            return list.size();
        }

        float height(int from, int to) {
            return before[to] - before[from];
        }

        /**
         * Draws rows [from, to) from {@code top}: the dose box behind each run of boxed rows
         * first, then the rows. Returns their height.
         */
        float paint(PdfCanvas c, float x, float top, int from, int to, float boxW, float radius) throws IOException {
            if (c != null) {
                int run = -1;
                for (int i = from; i <= to; i++) {
                    boolean boxed = i < to && list.get(i).boxed();
                    if (boxed && run < 0) {
                        run = i;
                    } else if (!boxed && run >= 0) {
                        c.fillRoundRect(x, top - height(from, i), boxW, height(run, i), radius, PdfCanvas.DOSE_BG);
                        run = -1;
                    }
                }
                float y = top;
                for (int i = from; i < to; i++) {
                    Row r = list.get(i);
                    if (r.painter() != null) {
                        r.painter().paint(c, x, y);
                    }
                    y -= r.height();
                }
            }
            return height(from, to);
        }

        /**
         * Where a part starting at row {@code from} ends when it may be {@code room} high:
         * after the last paragraph that fits whole, or, when not even the first one does and
         * {@code freshPage}, after its last line that fits. Returns {@code from} when nothing fits.
         */
        int fit(int from, float room, boolean freshPage) {
            int end = from;
            while (end < list.size() && height(from, end + 1) <= room) {
                end++;
            }
            if (end == list.size() || end == from || list.get(end).paragraph() != list.get(end - 1).paragraph()) {
                return end;
            }
            int start = end;
            while (start > from && list.get(start - 1).paragraph() == list.get(end).paragraph()) {
                start--;
            }
            return start > from || !freshPage ? start : end;
        }
    }

    // --- blocks ----------------------------------------------------------------------------

    /** A category heading with a rule under it; it keeps with its first technique. */
    static final class Heading implements Block {
        private final PdfFonts fonts;
        private final String text;
        private final float width;
        private final Tag tag;

        Heading(PdfFonts fonts, String text, float width, Tag parent) {
            this.fonts = fonts;
            this.text = text;
            this.width = width;
            this.tag = parent.heading(2);
        }

        @Override
        public float layout(PdfCanvas c, float x, float top) throws IOException {
            List<String> ls = fonts.wrap(text, fonts.bold, 14, width, 0, 2, "A category title on the handout").lines();
            float h = lines(c, tag, ls, fonts.bold, 14, PdfCanvas.HEADING, x, top, 18);
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

    /**
     * One technique: its drawing on the left; title, summary, dose, steps and cautions on the
     * right. Taller than a page, it is split between its rows: each part after the first has
     * no drawing and starts with the title marked "(continued)".
     */
    static final class TechniqueBlock implements Block {
        static final float ILLUSTRATION_W = 150;
        static final float ILLUSTRATION_H = 112.5f;
        /**
         * A moving drawing prints as its start and end positions side by side, each in a panel this
         * size with its label ("1 Start", "2 End") under it, an arrow between them.
         */
        static final float POSE_W = 100;
        static final float POSE_H = 75;
        static final float POSE_GAP = 14;
        static final float POSE_LABEL = 14;
        private static final float GAP = 16;
        private static final float BELOW = 20;
        /** A title longer than this is cut: the steps and cautions say what to do, never cut. */
        static final int TITLE_LINES = 3;

        private final PdfIllustrations illustrations;
        private final Path illustration;
        /** The moments of the drawing to print: one for a still drawing, start and end for a moving one. */
        private List<Long> poses;
        private final List<String> poseLabels;
        private final float width;
        private final float scale;
        private final float pageBody;
        private final Rows rows;
        private final int titleRows;
        private final Rows continuedHeading;
        private final int from;
        private final int to;
        private final boolean continued;
        private final TechniqueTags tags;

        /** A list item: its label (the step's number, the dose's "Hold:"; null for none) and its body. */
        record Item(Tag label, Tag body) {
            static List<Item> of(Tag list, int n, boolean labelled) {
                List<Item> items = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    Tag li = list.item();
                    Tag label = labelled ? li.label() : null;
                    items.add(new Item(label, li.body()));
                }
                return List.copyOf(items);
            }
        }

        /**
         * A technique's structure, in the order it reads: a section with the title (H3), the
         * option's note, the summary, the drawing as a figure with its text, the dose, the steps
         * as a numbered list and the cautions as a list.
         */
        record TechniqueTags(Tag title, Tag note, Tag summary, Tag figure, List<Item> dose, List<Item> steps,
                             List<Item> cautions) {
            static TechniqueTags of(Tag parent, Technique t, String alt, int cautions, String lang) {
                Tag sect = parent.section();
                if (lang != null) {
                    sect.lang(lang);
                }
                Tag title = sect.heading(3);
                Tag note = sect.paragraph();
                Tag summary = sect.paragraph();
                Tag figure = sect.figure(alt);
                List<Item> dose = Item.of(sect.list(), t.dose().lines().size(), true);
                List<Item> steps = Item.of(sect.numberedList(), t.steps().size(), true);
                List<Item> warn = Item.of(sect.list(), cautions, false);
                return new TechniqueTags(title, note, summary, figure, dose, steps, warn);
            }
        }

        /**
         * @param alt            the drawing's text alternative (the technique's {@code alt:}, or its title)
         * @param lang           the language of the technique's words when not the handout's (a technique not
         *                       yet translated is in English), else null
         * @param doseLabels     labels for {@link Dose.Part} in order ("Hold:", "Repeat:" …)
         * @param seekAdvice     the safety box's seek-advice line: a caution that only repeats it is left out
         * @param optionalNote   for an option (a medicine), its category's note, set as a tag under the
         *                       title ("Only if you need it, as the label says."); empty for self-care
         * @param continuedTitle the title marked as continued, heading each part after the first
         * @param poseLabels     the words under a moving drawing's positions ("Start", "End"), numbered here
         * @param pageBody       the page's body height: a technique a little taller shrinks to fit
         *                       (down to 60 %); a longer one keeps its size and is split
         */
        TechniqueBlock(PdfFonts fonts, PdfIllustrations illustrations, Technique technique, Path illustration,
                       String alt, String lang, List<String> doseLabels, SeekAdviceLine seekAdvice,
                       String optionalNote, String continuedTitle, List<String> poseLabels, float width,
                       float pageBody, Tag parent) {
            this.illustrations = illustrations;
            this.illustration = illustration;
            List<Long> keyPoses = illustrations.keyPoses(illustration);
            this.poses = keyPoses.size() > 1 ? List.copyOf(keyPoses.subList(0, 2)) : List.of(keyPoses.get(0));
            this.poseLabels = List.copyOf(poseLabels);
            this.width = width;
            this.pageBody = pageBody;
            List<String> cautions = seekAdvice.without(technique.cautions());
            this.tags = TechniqueTags.of(parent, technique, alt, cautions.size(), lang);
            float s;
            TechniqueRows built;
            float maxHeight = pageBody - 40;
            while (true) {
                // Shrink by 5 % steps, but only when that makes it fit: at most two trial layouts past the first.
                s = 1f;
                built = rows(fonts, technique, optionalNote, cautions, doseLabels, s);
                if (height(built) > maxHeight && height(rows(fonts, technique, optionalNote, cautions, doseLabels, 0.6f)) <= maxHeight) {
                    for (int k = 1; k <= 8; k++) {
                        s = 1f - 0.05f * k;
                        built = rows(fonts, technique, optionalNote, cautions, doseLabels, s);
                        if (height(built) <= maxHeight) {
                            break;
                        }
                    }
                }
                if (!pair() || height(built) <= maxHeight) {
                    break;
                }
                // Longer than a page: it is split, its later parts have no drawing, and the narrow column
                // beside two positions would only make it longer. One drawing (the still picture) instead.
                this.poses = List.of(poses.get(0));
            }
            this.scale = s;
            this.rows = built.build();
            this.titleRows = built.titleRows;
            float titleSize = 13.5f * s;
            this.continuedHeading = new RowsBuilder().paragraph(fonts.wrap(continuedTitle, fonts.bold, titleSize,
                            textWidth(width), 0, TITLE_LINES, "The title of technique \"" + technique.id() + "\"")
                    .lines(), fonts.bold, titleSize, PdfCanvas.HEADING, 0, titleSize * 1.25f, null, 0, false, null, null)
                    .build();
            this.from = 0;
            this.to = rows.size();
            this.continued = false;
        }

        private TechniqueBlock(TechniqueBlock whole, int from, int to, boolean continued) {
            this.illustrations = whole.illustrations;
            this.illustration = whole.illustration;
            this.poses = whole.poses;
            this.poseLabels = whole.poseLabels;
            this.width = whole.width;
            this.scale = whole.scale;
            this.pageBody = whole.pageBody;
            this.rows = whole.rows;
            this.titleRows = whole.titleRows;
            this.continuedHeading = whole.continuedHeading;
            this.from = from;
            this.to = to;
            this.continued = continued;
            this.tags = whole.tags;
        }

        private float textWidth(float width) {
            return width - drawingWidth() - GAP;
        }

        private boolean pair() {
            return poses.size() > 1;
        }

        /** The width of the drawing column: one drawing, or the two positions side by side. */
        private float drawingWidth() {
            return pair() ? 2 * POSE_W + POSE_GAP : ILLUSTRATION_W;
        }

        private float drawingHeight() {
            return pair() ? POSE_H + POSE_LABEL : ILLUSTRATION_H;
        }

        private float height(RowsBuilder b) {
            return Math.max(b.build().height(0, b.size()), drawingHeight()) + BELOW;
        }

        /** The rows of a technique at {@code s} times the normal size; remembers how many the title takes. */
        private static final class TechniqueRows extends RowsBuilder {
            int titleRows;
        }

        private TechniqueRows rows(PdfFonts fonts, Technique technique, String optionalNote, List<String> cautions,
                                   List<String> doseLabels, float s) {
            float textW = textWidth(width);
            TechniqueRows b = new TechniqueRows();
            float titleSize = 13.5f * s;
            b.paragraph(fonts.wrap(technique.title(), fonts.bold, titleSize, textW, 0, TITLE_LINES,
                            "The title of technique \"" + technique.id() + "\"").lines(), fonts.bold, titleSize,
                    PdfCanvas.HEADING, 0, titleSize * 1.25f, null, 0, false, tags.title(), null);
            if (!optionalNote.isBlank()) {
                optionalTag(fonts, b, optionalNote, textW, s, tags.note());
            }
            // The title, and the tag under it, never end a page alone.
            b.titleRows = b.size();
            float small = 9.5f * s;
            b.paragraph(fonts.wrap(technique.summary(), fonts.regular, small, textW, 0), fonts.regular, small,
                    PdfCanvas.MUTED, 0, small * 1.32f, null, 5 * s, false, tags.summary(), null);

            List<Dose.Line> dose = technique.dose().lines();
            if (!dose.isEmpty()) {
                float pad = 6 * s;
                float labelW = 0;
                for (Dose.Line d : dose) {
                    labelW = Math.max(labelW, fonts.width(fonts.bold, fonts.clean(label(doseLabels, d)), small));
                }
                labelW += 6 * s;
                float valueW = textW - 2 * pad - labelW;
                b.group().space(pad, true);
                int k = 0;
                for (Dose.Line d : dose) {
                    String label = fonts.clean(label(doseLabels, d));
                    Item item = tags.dose().get(k++);
                    b.paragraph(fonts.wrap(d.text(), fonts.regular, small, valueW, 0), fonts.regular, small,
                            PdfCanvas.DOSE_TEXT, pad + labelW, small * 1.3f,
                            (c, x, top) -> c.text(label, fonts.bold, small, PdfCanvas.DOSE_TEXT, x + pad,
                                    top - small * 0.95f), 0, true, item.body(), item.label());
                }
                b.space(pad, true).endGroup().space(7 * s, false);
            }

            float body = 10f * s;
            float indent = 18 * s;
            int n = 1;
            for (String step : technique.steps()) {
                Item item = tags.steps().get(n - 1);
                String number = Integer.toString(n++);
                b.paragraph(fonts.wrap(step, fonts.regular, body, textW - indent, 0), fonts.regular, body,
                        PdfCanvas.TEXT, indent, body * 1.32f,
                        (c, x, top) -> c.badge(number, x + 6.5f * s, top - body * 0.62f, 6.5f * s), 3 * s, false,
                        item.body(), item.label());
            }
            b.space(3 * s, false);
            float caution = 9f * s;
            int w = 0;
            for (String text : cautions) {
                Item item = tags.cautions().get(w++);
                b.paragraph(fonts.wrap(text, fonts.regular, caution, textW - 15 * s, 0), fonts.regular, caution,
                        PdfCanvas.CAUTION_TEXT, 15 * s, caution * 1.3f,
                        (c, x, top) -> c.warning(x, top - caution * 0.92f, caution * 0.9f), 2 * s, false,
                        item.body(), null);
            }
            return b;
        }

        /**
         * The optional note as a tag: bold words in an outlined, rounded box under the title, so an
         * option reads as different from the daily techniques in colour and in grey alike.
         */
        private static void optionalTag(PdfFonts fonts, RowsBuilder b, String note, float textW, float s, Tag tag) {
            float size = 9f * s;
            float padX = 5 * s;
            float padY = 2.5f * s;
            float lineH = size * 1.3f;
            List<String> ls = fonts.wrap(note, fonts.bold, size, textW - 2 * padX - 1, 0);
            float tagW = 0;
            for (String l : ls) {
                tagW = Math.max(tagW, fonts.width(fonts.bold, l, size));
            }
            float w = tagW + 2 * padX;
            float h = ls.size() * lineH + 2 * padY;
            b.space(1.5f * s + padY, false);
            b.paragraph(ls, fonts.bold, size, PdfCanvas.HEADING, padX, lineH,
                    (c, x, top) -> c.strokeRoundRect(x + 0.5f, top + padY - h, w, h, 4 * s, PdfCanvas.HEADING, 0.9f),
                    padY + 5 * s, false, tag, null);
        }

        private static String label(List<String> doseLabels, Dose.Line d) {
            return doseLabels.get(d.part().ordinal());
        }

        private float height() {
            float content = rows.height(from, to);
            return (continued ? continuedHeading.height(0, continuedHeading.size()) + content
                    : Math.max(content, drawingHeight())) + BELOW;
        }

        @Override
        public float layout(PdfCanvas c, float x, float top) throws IOException {
            if (c != null) {
                float textX = x + drawingWidth() + GAP;
                float textW = textWidth(width);
                float y = top;
                if (continued) {
                    y -= continuedHeading.paint(c, textX, y, 0, continuedHeading.size(), textW, 0);
                } else if (pair()) {
                    for (int i = 0; i < 2; i++) {
                        c.fillRoundRect(x + i * (POSE_W + POSE_GAP), top - POSE_H, POSE_W, POSE_H, 10,
                                PdfCanvas.NEUTRAL_BG);
                    }
                    // The two positions, their labels and the arrow are one figure, read with the technique's alt.
                    c.tagged(tags.figure(), () -> {
                        for (int i = 0; i < 2; i++) {
                            float px = x + i * (POSE_W + POSE_GAP);
                            c.form(illustrations.form(illustration, poses.get(i)), PdfIllustrations.FORM_W,
                                    PdfIllustrations.FORM_H, px + 3, top - POSE_H + 3, POSE_W - 6, POSE_H - 6);
                            c.poseLabel((i + 1) + " " + poseLabels.get(i), px, top - POSE_H - 3, POSE_W);
                        }
                        c.poseArrow(x + POSE_W + 2, top - POSE_H / 2, POSE_GAP - 4);
                    });
                } else {
                    c.fillRoundRect(x, top - ILLUSTRATION_H, ILLUSTRATION_W, ILLUSTRATION_H, 12, PdfCanvas.NEUTRAL_BG);
                    c.figure(tags.figure(), illustrations.form(illustration), PdfIllustrations.FORM_W,
                            PdfIllustrations.FORM_H, x + 6, top - ILLUSTRATION_H + 6, ILLUSTRATION_W - 12,
                            ILLUSTRATION_H - 12);
                }
                rows.paint(c, textX, y, from, to, textW, 6 * scale);
            }
            return height();
        }

        @Override
        public float startHeight() {
            float h = height();
            return h <= pageBody ? h : drawingHeight() + BELOW;
        }

        @Override
        public Split split(float room, boolean freshPage) {
            if (continued) {
                int end = rows.fit(from, room - continuedHeading.height(0, continuedHeading.size()) - BELOW,
                        freshPage);
                return end == from || end == to ? null
                        : new Split(new TechniqueBlock(this, from, end, true), new TechniqueBlock(this, end, to, true));
            }
            if (room < drawingHeight() + BELOW) {
                return null;
            }
            int end = rows.fit(0, room - BELOW, freshPage);
            // The title never ends a page alone.
            return end <= titleRows || end == to ? null
                    : new Split(new TechniqueBlock(this, 0, end, false), new TechniqueBlock(this, end, to, true));
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
        private final Tag clinicTag;
        private final Tag contactTag;
        private final Tag dateTag;
        private final Tag titleTag;
        private final Tag subtitleTag;
        private final Tag toldTag;

        /** Wrapped once: the header is measured and drawn several times, and a cut is logged once. */
        private final java.util.Map<String, List<String>> wrapped = new java.util.HashMap<>();

        private List<String> capped(PdfFonts fonts, String text, PDType0Font font, float size, float width,
                                    float indent, int maxLines, String what) {
            return wrapped.computeIfAbsent(what, k -> fonts.wrap(text, font, size, width, indent, maxLines, what)
                    .lines());
        }

        Header(PdfFonts fonts, PdfIllustrations illustrations, Path logo, String clinicName, String contact,
               String date, String title, String subtitle, String toldLabel, String told, float width, Tag parent) {
            // Read as a person reads the top of the page: who made it, then what it is.
            this.clinicTag = parent.paragraph();
            this.contactTag = parent.paragraph();
            this.dateTag = parent.paragraph();
            this.titleTag = parent.heading(1);
            this.subtitleTag = parent.paragraph();
            this.toldTag = parent.paragraph();
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
                c.text(dateTag, fonts.clean(date), fonts.regular, 9.5f, PdfCanvas.MUTED, x + width - dateW, top - 11);
            }
            float y = top;
            y -= lines(c, clinicTag, capped(fonts, clinicName, fonts.bold, 15, textW, 0, 2, "The clinic name"), fonts.bold, 15, PdfCanvas.TEXT, textX, y, 19);
            if (!contact.isEmpty()) {
                y -= 2;
                y -= lines(c, contactTag, capped(fonts, contact, fonts.regular, 9.5f, textW, 0, 3,
                                "The clinic phone and address"), fonts.regular, 9.5f, PdfCanvas.MUTED,
                        textX, y, 12.5f);
            }
            y = Math.min(y, top - (logo != null ? logoSize : 0)) - 20;
            y -= lines(c, titleTag, capped(fonts, title, fonts.bold, 24, width, 0, 2, "The handout title"), fonts.bold, 24, PdfCanvas.HEADING, x, y, 29);
            y -= lines(c, subtitleTag, capped(fonts, subtitle, fonts.regular, 13, width, 0, 2, "The handout subtitle"), fonts.regular, 13, PdfCanvas.MUTED, x, y,
                    17);
            y -= 10;
            float labelW = fonts.width(fonts.bold, fonts.clean(toldLabel), 10.5f) + 5;
            List<String> toldLines = capped(fonts, told, fonts.regular, 10.5f, width, labelW, 4,
                    "\"You told us\" (the symptoms picked)");
            if (c != null) {
                c.text(toldTag, fonts.clean(toldLabel), fonts.bold, 10.5f, PdfCanvas.TEXT, x, y - 10);
                for (int i = 0; i < toldLines.size(); i++) {
                    c.text(toldTag, toldLines.get(i), fonts.regular, 10.5f, PdfCanvas.TEXT, x + (i == 0 ? labelW : 0),
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

    /** How a boxed list looks: the everyday advice, the safety box, or the warning signs. */
    enum Look {
        /** Plain background, no border. */
        EVERYDAY,
        /** Warning sign, caution colours and a border. */
        SAFETY,
        /** As {@link #SAFETY}, with a heavier frame and dark text: seen first, read in grey too. */
        WARNING_SIGNS;

        boolean cautions() {
            return this != EVERYDAY;
        }

        Color ink() {
            return this == SAFETY ? PdfCanvas.CAUTION_TEXT : PdfCanvas.TEXT;
        }

        float frame() {
            return this == WARNING_SIGNS ? 2.2f : this == SAFETY ? 1.4f : 0;
        }
    }

    /** Items under an optional bold heading ("With this plan", "Call 999 now if you have:"). */
    record Section(String heading, List<String> items) {
        Section {
            items = List.copyOf(items);
        }
    }

    /** A boxed list's title, with the warning sign before it when the box is about safety. */
    /** The box's title as a heading {@code tag} (null: an artifact, the title repeated as "continued"). */
    static void boxTitle(PdfFonts fonts, RowsBuilder b, String title, Look look, float innerWidth, Tag tag) {
        float titleX = look.cautions() ? 18 : 0;
        b.paragraph(fonts.wrap(title, fonts.bold, 12.5f, innerWidth - titleX, 0, 2,
                        "The heading \"" + title + "\"").lines(), fonts.bold, 12.5f,
                look.cautions() ? PdfCanvas.CAUTION_TEXT : PdfCanvas.HEADING, titleX, 16,
                look.cautions() ? (c, x, top) -> c.warning(x, top - 12, 11.5f) : null, 4, false, tag, null);
    }

    /** The sections of a boxed list: each heading in bold, then its items as bullets; empty sections left out. */
    static void sections(PdfFonts fonts, RowsBuilder b, List<Section> sections, Look look, float inner, Tag parent) {
        Color ink = look.ink();
        Color dot = look.cautions() ? PdfCanvas.CORAL : PdfCanvas.TEAL;
        boolean first = true;
        for (Section section : sections) {
            if (section.items().isEmpty()) {
                continue;
            }
            if (!section.heading().isBlank()) {
                if (!first) {
                    b.space(4, false);
                }
                b.paragraph(fonts.wrap(section.heading(), fonts.bold, 10.5f, inner, 0), fonts.bold, 10.5f, ink, 0,
                        14, null, 2, false, parent.paragraph(), null);
            }
            Tag list = parent.list();
            for (String t : section.items()) {
                b.paragraph(fonts.wrap(t, fonts.regular, 10, inner - 14, 0), fonts.regular, 10, ink, 14, 13.2f,
                        (c, x, top) -> c.bullet(x + 4, top - 6.3f, 2.2f, dot), 2.5f, false, list.item().body(), null);
            }
            first = false;
        }
    }

    /**
     * A boxed list: the everyday advice, the safety box, or the warning signs in one column.
     * Taller than the room it has, it is split between items (or lines); each part is a box of its
     * own, the later ones titled "(continued)".
     */
    static final class AdviceBox implements Block {
        static final float PAD = 12;
        static final float BELOW = 16;
        private final Look look;
        private final float width;
        private final float pageBody;
        private final Rows rows;
        private final int titleRows;
        private final Rows continuedHeading;
        private final int from;
        private final int to;
        private final boolean continued;

        AdviceBox(PdfFonts fonts, String title, String continuedTitle, List<Section> sections, Look look,
                  float width, float pageBody, Tag parent) {
            this.look = look;
            this.width = width;
            this.pageBody = pageBody;
            RowsBuilder b = new RowsBuilder();
            Tag sect = parent.section();
            boxTitle(fonts, b, title, look, width - 2 * PAD, sect.heading(2));
            this.titleRows = b.size();
            sections(fonts, b, sections, look, width - 2 * PAD, sect);
            this.rows = b.build();
            RowsBuilder heading = new RowsBuilder();
            boxTitle(fonts, heading, continuedTitle, look, width - 2 * PAD, null);
            this.continuedHeading = heading.build();
            this.from = 0;
            this.to = rows.size();
            this.continued = false;
        }

        private AdviceBox(AdviceBox whole, int from, int to, boolean continued) {
            this.look = whole.look;
            this.width = whole.width;
            this.pageBody = whole.pageBody;
            this.rows = whole.rows;
            this.titleRows = whole.titleRows;
            this.continuedHeading = whole.continuedHeading;
            this.from = from;
            this.to = to;
            this.continued = continued;
        }

        /** The box's height, without the space under it. */
        private float boxHeight() {
            float head = continued ? continuedHeading.height(0, continuedHeading.size()) : 0;
            return PAD + head + rows.height(from, to) + PAD - 2;
        }

        @Override
        public float layout(PdfCanvas c, float x, float top) throws IOException {
            float h = boxHeight();
            if (c != null) {
                frame(c, look, x, top, width, h);
                float y = top - PAD;
                if (continued) {
                    y -= continuedHeading.paint(c, x + PAD, y, 0, continuedHeading.size(), 0, 0);
                }
                rows.paint(c, x + PAD, y, from, to, 0, 0);
            }
            return h + BELOW;
        }

        @Override
        public float startHeight() {
            float h = boxHeight() + BELOW;
            return h <= pageBody ? h : 2 * PAD + rows.height(0, Math.min(to, titleRows + 1)) + BELOW;
        }

        @Override
        public Split split(float room, boolean freshPage) {
            float head = continued ? continuedHeading.height(0, continuedHeading.size()) : 0;
            int end = rows.fit(from, room - 2 * PAD + 2 - head - BELOW, freshPage);
            // The title never ends a page alone.
            if (end == to || end == from || (!continued && end <= titleRows)) {
                return null;
            }
            return new Split(new AdviceBox(this, from, end, continued), new AdviceBox(this, end, to, true));
        }
    }

    /** The background of a boxed list and, for safety, its border. */
    static void frame(PdfCanvas c, Look look, float x, float top, float width, float h) throws IOException {
        c.fillRoundRect(x, top - h, width, h, 10, look.cautions() ? PdfCanvas.CAUTION_BG : PdfCanvas.NEUTRAL_BG);
        if (look.frame() > 0) {
            float inset = look.frame() / 2;
            c.strokeRoundRect(x + inset, top - h + inset, width - 2 * inset, h - 2 * inset, 10,
                    look == Look.WARNING_SIGNS ? PdfCanvas.CAUTION_TEXT : PdfCanvas.CORAL, look.frame());
        }
    }

    /**
     * The warning signs, on page 1 of every handout: what to call the emergency number for beside
     * what to contact the physiotherapist or doctor for, in a heavy frame. It starts where it is
     * placed (under the header): when the two columns do not fit the room left, the signs are set
     * in one column and split there, the rest continuing on the next page, so none is ever cut.
     */
    static final class WarningSignsBox implements Block {
        private static final float GAP = 20;
        private final AdviceBox oneColumn;
        private final boolean twoColumns;
        private final float width;
        private final Rows title;
        private final Rows left;
        private final Rows right;

        WarningSignsBox(PdfFonts fonts, String title, String continuedTitle, Section emergency, Section contact,
                        float width, float pageBody, Tag parent) {
            this.width = width;
            // Both ways are declared; the one drawn is kept in the structure, the other left out.
            this.oneColumn = new AdviceBox(fonts, title, continuedTitle, List.of(emergency, contact),
                    Look.WARNING_SIGNS, width, pageBody, parent);
            this.twoColumns = !emergency.items().isEmpty() && !contact.items().isEmpty();
            float inner = width - 2 * AdviceBox.PAD;
            float column = (inner - GAP) / 2;
            Tag sect = parent.section();
            RowsBuilder t = new RowsBuilder();
            boxTitle(fonts, t, title, Look.WARNING_SIGNS, inner, sect.heading(2));
            this.title = t.build();
            RowsBuilder l = new RowsBuilder();
            sections(fonts, l, List.of(emergency), Look.WARNING_SIGNS, column, sect);
            this.left = l.build();
            RowsBuilder r = new RowsBuilder();
            sections(fonts, r, List.of(contact), Look.WARNING_SIGNS, column, sect);
            this.right = r.build();
        }

        @Override
        public float layout(PdfCanvas c, float x, float top) throws IOException {
            if (!twoColumns) {
                return oneColumn.layout(c, x, top);
            }
            float pad = AdviceBox.PAD;
            float head = title.height(0, title.size());
            float columns = Math.max(left.height(0, left.size()), right.height(0, right.size()));
            float h = pad + head + columns + pad - 2;
            if (c != null) {
                frame(c, Look.WARNING_SIGNS, x, top, width, h);
                title.paint(c, x + pad, top - pad, 0, title.size(), 0, 0);
                float y = top - pad - head;
                float column = (width - 2 * pad - GAP) / 2;
                left.paint(c, x + pad, y, 0, left.size(), 0, 0);
                c.line(x + pad + column + GAP / 2, y, x + pad + column + GAP / 2, y - columns + 4, PdfCanvas.CORAL,
                        0.8f);
                right.paint(c, x + pad + column + GAP, y, 0, right.size(), 0, 0);
            }
            return h + AdviceBox.BELOW;
        }

        @Override
        public boolean splitRatherThanMove() {
            return true;
        }

        @Override
        public Split split(float room, boolean freshPage) {
            return oneColumn.split(room, freshPage);
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
        private final Tag titleTag;
        private final Tag hintTag;
        /** The header row's cells: the corner, then one per day. */
        private final List<Tag> dayCells = new ArrayList<>();
        /** Per technique, its row's header cell (the name). */
        private final List<Tag> nameCells = new ArrayList<>();

        /**
         * A real table for a screen reader: a header row of days (column headers) and, per technique,
         * its name (a row header) and an empty cell per day, to tick on paper.
         *
         * @param languages per name, its language when not the handout's (a technique still in English), else null
         */
        Tracker(PdfFonts fonts, String title, String hint, List<String> days, List<String> names,
                List<String> languages, float width, Tag parent) {
            this.fonts = fonts;
            this.title = title;
            this.hint = hint;
            this.days = List.copyOf(days);
            this.names = List.copyOf(names);
            this.width = width;
            Tag sect = parent.section();
            this.titleTag = sect.heading(2);
            this.hintTag = sect.paragraph();
            Tag table = sect.table();
            Tag head = table.row();
            dayCells.add(head.header(Tag.Scope.COLUMN));
            for (int d = 0; d < days.size(); d++) {
                dayCells.add(head.header(Tag.Scope.COLUMN));
            }
            for (int n = 0; n < names.size(); n++) {
                Tag row = table.row();
                Tag name = row.header(Tag.Scope.ROW);
                if (languages.get(n) != null) {
                    name.lang(languages.get(n));
                }
                nameCells.add(name);
                for (int d = 0; d < days.size(); d++) {
                    row.cell();
                }
            }
        }

        @Override
        public float layout(PdfCanvas c, float x, float top) throws IOException {
            float y = top;
            y -= lines(c, titleTag, fonts.wrap(title, fonts.bold, 14, width, 0), fonts.bold, 14, PdfCanvas.HEADING, x,
                    y, 18);
            y -= lines(c, hintTag, fonts.wrap(hint, fonts.regular, 9.5f, width, 0), fonts.regular, 9.5f,
                    PdfCanvas.MUTED, x, y, 12.5f) + 6;
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
                    c.text(dayCells.get(d + 1), label, fonts.bold, size, PdfCanvas.DOSE_TEXT,
                            x + NAME_W + d * dayW + (dayW - w) / 2, y - 12.3f);
                }
            }
            y -= headerH;
            for (int n = 0; n < names.size(); n++) {
                String name = names.get(n);
                Tag nameCell = nameCells.get(n);
                List<String> ls = fonts.wrap(name, fonts.regular, 9.5f, NAME_W - 10, 0, 2,
                        c == null ? null : "A technique name in the tracker").lines();
                float rowH = Math.max(22, ls.size() * 12 + 9);
                if (c != null) {
                    lines(c, nameCell, ls, fonts.regular, 9.5f, PdfCanvas.TEXT, x + 4,
                            y - (rowH - ls.size() * 12) / 2 + 1, 12);
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

    /**
     * The way back to the clinic, last on the handout: a QR code (vector rectangles, about 25 mm
     * with its quiet zone, big enough for any phone camera at reading distance) with what it is
     * for ("Book your next appointment") and the address printed beside it for those who type.
     */
    static final class LinkBlock implements Block {
        static final float CODE = 72;
        private static final float PAD = 10;
        private final PdfFonts fonts;
        private final org.physiokiosk.qr.QrCode code;
        private final String caption;
        private final String hint;
        private final String address;
        private final float width;
        private final Tag captionTag;
        private final Tag hintTag;
        private final Tag addressTag;
        private final Tag codeTag;

        LinkBlock(PdfFonts fonts, org.physiokiosk.qr.WebLink link, String caption, String hint, float width,
                  Tag parent) {
            this.fonts = fonts;
            this.code = org.physiokiosk.qr.QrCode.of(link);
            this.caption = caption;
            this.hint = hint;
            this.address = link.shown();
            this.width = width;
            Tag sect = parent.section();
            this.captionTag = sect.heading(2);
            this.hintTag = sect.paragraph();
            this.addressTag = sect.paragraph();
            // The code says what the printed address beside it says.
            this.codeTag = sect.figure(caption + ": " + address);
        }

        @Override
        public float layout(PdfCanvas c, float x, float top) throws IOException {
            float textX = x + PAD + CODE + 14;
            float textW = width - (textX - x) - PAD;
            List<String> title = fonts.wrap(caption, fonts.bold, 12.5f, textW, 0, 2,
                    c == null ? null : "The caption of the handout's QR code").lines();
            List<String> says = fonts.wrap(hint, fonts.regular, 9.5f, textW, 0, 2,
                    c == null ? null : "The hint beside the handout's QR code").lines();
            List<String> where = fonts.wrap(address, fonts.regular, 9.5f, textW, 0, 3,
                    c == null ? null : "The web address beside the handout's QR code").lines();
            float textH = title.size() * 16 + 4 + says.size() * 12.5f + 4 + where.size() * 12.5f;
            float h = Math.max(CODE, textH) + 2 * PAD;
            if (c != null) {
                c.fillRoundRect(x, top - h, width, h, 8, PdfCanvas.NEUTRAL_BG);
                float y = top - PAD - (h - 2 * PAD - textH) / 2;
                y -= lines(c, captionTag, title, fonts.bold, 12.5f, PdfCanvas.HEADING, textX, y, 16) + 4;
                y -= lines(c, hintTag, says, fonts.regular, 9.5f, PdfCanvas.MUTED, textX, y, 12.5f) + 4;
                lines(c, addressTag, where, fonts.regular, 9.5f, PdfCanvas.TEXT, textX, y, 12.5f);
                c.tagged(codeTag, () -> c.qr(code, x + PAD, top - PAD - CODE - (h - 2 * PAD - CODE) / 2, CODE));
            }
            return h + 12;
        }
    }

    /**
     * Draws the footer of one page: a rule, the disclaimer, and on the right the page number with
     * the content's review date (or that it is not yet reviewed) under it. The rule and the page
     * number are artifacts; the disclaimer and the review line are read once, as the paragraphs
     * {@code disclaimerTag} and {@code reviewTag} (null on the pages that only repeat them).
     */
    static void footer(PdfCanvas c, PdfFonts fonts, String disclaimer, String pageLabel, String review, float x,
                       float width, boolean firstPage, Tag disclaimerTag, Tag reviewTag) throws IOException {
        float y = MARGIN + FOOTER - 10;
        c.line(x, y, x + width, y, PdfCanvas.RULE, 0.8f);
        String page = fonts.clean(pageLabel);
        String reviewed = fonts.clean(review);
        float pageW = fonts.width(fonts.regular, page, 8);
        float reviewW = fonts.width(fonts.regular, reviewed, 7.5f);
        c.text(null, page, fonts.regular, 8, PdfCanvas.MUTED, x + width - pageW, y - 11);
        c.text(reviewTag, reviewed, fonts.regular, 7.5f, PdfCanvas.MUTED, x + width - reviewW, y - 20.5f);
        List<String> ls = fonts.wrap(disclaimer, fonts.regular, 7.5f, width - Math.max(pageW, reviewW) - 20, 0, 2,
                firstPage ? "The disclaimer in the footer" : null).lines();
        lines(c, disclaimerTag, ls, fonts.regular, 7.5f, PdfCanvas.MUTED, x, y - 3.5f, 9.5f);
    }
}
