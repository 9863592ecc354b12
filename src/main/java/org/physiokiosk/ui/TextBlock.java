package org.physiokiosk.ui;

import java.awt.Dimension;
import java.awt.Font;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.text.AttributedString;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.accessibility.AccessibleRole;
import org.physiokiosk.ui.theme.KioskTheme;

/**
 * Slide text that always fits: paragraphs in a few styles (title, numbered steps, dose,
 * cautions …) wrapped to the component's width and scaled down together, step by step,
 * until the whole block fits its height. Sizes are given for a 1080-pixel-high screen and
 * scale with the slide, so text looks the same at 1280x720 and 3840x2160.
 *
 * <p>A slide can only show so much: a paragraph longer than its style's limit (far above any
 * real content) is cut with "…", and more than {@link #MAX_PARAS_PER_STYLE} paragraphs of one
 * style end with a "…" paragraph; each cut is logged. So laying out costs the same for a
 * megabyte of text as for a page, and the printed handout, which never cuts health advice,
 * stays the place for all of it.
 */
public final class TextBlock extends PaintedComponent {
    private static final long serialVersionUID = 1L;

    /** The smallest shrink factor; below it a slide is reported as not fitting. */
    public static final float MIN_FIT = 0.55f;

    /** More paragraphs of one style than this (steps, cautions, tips) end with a "…" paragraph. */
    public static final int MAX_PARAS_PER_STYLE = 40;

    private static final System.Logger LOG = System.getLogger(TextBlock.class.getName());
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    /** Shrink-to-fit tries sizes from the largest down in steps of this much (at most 19 sizes). */
    private static final float FIT_STEP = 0.025f;

    /** Paragraph styles, sizes in pixels on a 1080-pixel-high slide. */
    public enum Style {
        EYEBROW(30, true, "Kiosk.accentText", 0, 0.6f, 300),
        HERO(128, true, "Kiosk.heading", 0, 0.3f, 300),
        PROMPT(58, false, "Kiosk.text", 0, 0.6f, 2_000),
        TITLE(68, true, "Kiosk.heading", 0, 0.35f, 300),
        SUMMARY(36, false, "Kiosk.mutedText", 0, 0.6f, 2_000),
        STEP(34, false, "Kiosk.text", 56, 0.45f, 2_000),
        TIP(34, false, "Kiosk.text", 40, 0.45f, 2_000),
        DOSE(34, false, "Kiosk.doseText", 0, 0.2f, 2_000),
        CAUTION(29, false, "Kiosk.cautionText", 44, 0.35f, 2_000),
        SAFETY(40, true, "Kiosk.cautionText", 56, 0.5f, 2_000),
        SMALL(26, false, "Kiosk.mutedText", 0, 0.5f, 2_000),
        CAPTION(38, true, "Kiosk.text", 0, 0.2f, 300),
        /** A short note beside a title, such as an option's "Only if you need it, as the label says." */
        NOTE(32, true, "Kiosk.accentText", 0, 0.25f, 300),
        /** A notice's title, in its style's colour. */
        NOTICE_INFORMATION(72, true, "Kiosk.noticeInformationText", 0, 0.35f, 300),
        NOTICE_IMPORTANT(72, true, "Kiosk.noticeImportantText", 0, 0.35f, 300),
        NOTICE_WELCOME(72, true, "Kiosk.noticeWelcomeText", 0, 0.35f, 300),
        /** A notice's line: larger than a tip, it is read from across the waiting room. */
        NOTICE_TEXT(42, false, "Kiosk.text", 0, 0.6f, 2_000),
        /** One of several lines of a notice, with a bullet. */
        NOTICE_BULLET(40, false, "Kiosk.text", 48, 0.5f, 2_000);

        final float size;
        final boolean bold;
        final String colorKey;
        final float indent;
        /** Space above the paragraph, as a fraction of its font size. */
        final float spaceAbove;
        /** Characters shown of one paragraph; the rest is cut with "…" (no slide has room for more). */
        final int maxChars;

        Style(float size, boolean bold, String colorKey, float indent, float spaceAbove, int maxChars) {
            this.size = size;
            this.bold = bold;
            this.colorKey = colorKey;
            this.indent = indent;
            this.spaceAbove = spaceAbove;
            this.maxChars = maxChars;
        }
    }

    /**
     * One paragraph. {@code label} is a bold lead-in ("Hold:") for dose lines; {@code marker}
     * the step number.
     */
    public record Para(Style style, String text, String label, String marker) {
        public static Para of(Style style, String text) {
            return new Para(style, text, "", "");
        }
    }

    private record Line(TextLayout layout, float x, float baseline) {
    }

    private record Decoration(Para para, float x, float top, float size) {
    }

    /** The outcome of laying out at one size: lines, decorations, the scale used and whether it fits. */
    private record Laid(List<Para> paras, List<Line> lines, List<Decoration> decorations, float doseTop,
                        float doseBottom, float height, float fit, boolean fits, boolean wordBroken) {

        /** Fits {@code space} without a word broken across two lines ("Bildschir-m"). */
        boolean within(int space) {
            return height <= space && !wordBroken;
        }
    }

    private final List<Para> paras;
    /** True when the constructor cut text (see {@link #capped}). */
    private final boolean capped;
    private final boolean centred;
    private final boolean middle;
    private float unit = 1f;
    private float maxFit = 1f;
    private transient Laid laid;
    private int laidWidth = -1;
    private int laidHeight = -1;
    private transient Laid natural;
    private int naturalWidth = -1;
    /** Layouts made so far: shrink-to-fit must stay bounded, which a test checks by this count. */
    private int layouts;

    /**
     * @param centred each line centred horizontally
     * @param middle  the block centred vertically in the component (else from the top)
     */
    public TextBlock(List<Para> paras, boolean centred, boolean middle) {
        super(AccessibleRole.LABEL, "");
        this.paras = capped(paras);
        this.capped = !this.paras.equals(paras);
        this.centred = centred;
        this.middle = middle;
        getAccessibleContext().setAccessibleName(text());
    }

    /** The paragraphs as shown: cut where they are longer than a slide can hold. */
    public List<Para> paras() {
        return paras;
    }

    /**
     * The paragraphs with each one cut to its style's limit and at most
     * {@link #MAX_PARAS_PER_STYLE} of one style, the rest replaced by one "…" paragraph of
     * that style. Every cut is logged with the block's first line, so staff can find the text.
     */
    static List<Para> capped(List<Para> paras) {
        List<Para> out = new ArrayList<>(Math.min(paras.size(), 4 * MAX_PARAS_PER_STYLE));
        java.util.EnumMap<Style, Integer> count = new java.util.EnumMap<>(Style.class);
        String name = name(paras);
        for (Para p : paras) {
            Style style = p.style();
            int n = count.merge(style, 1, Integer::sum);
            if (n > MAX_PARAS_PER_STYLE) {
                if (n == MAX_PARAS_PER_STYLE + 1) {
                    out.add(Para.of(p.style(), "…"));
                    long total = paras.stream().filter(q -> q.style() == style).count();
                    LOG.log(System.Logger.Level.WARNING, "Slide text \"{0}\": {1} {2} paragraphs, more than a slide "
                            + "can show; the slide shows the first {3} and \"…\"", name, total,
                            p.style().name().toLowerCase(Locale.ROOT), MAX_PARAS_PER_STYLE);
                }
                continue;
            }
            int max = p.style().maxChars;
            if (p.text().length() > max) {
                LOG.log(System.Logger.Level.WARNING, "Slide text \"{0}\": a {1} paragraph of {2} characters is "
                        + "more than a slide can show; cut to {3} with \"…\"", name,
                        p.style().name().toLowerCase(Locale.ROOT), p.text().length(), max);
                p = new Para(p.style(), shortened(p.text(), max), shortened(p.label(), max), p.marker());
            } else if (p.label().length() > max) {
                p = new Para(p.style(), p.text(), shortened(p.label(), max), p.marker());
            }
            out.add(p);
        }
        return List.copyOf(out);
    }

    /** The block's heading (else its first line), short, to name it in the log. */
    private static String name(List<Para> paras) {
        return shortened(paras.stream().filter(p -> p.style() == Style.TITLE || p.style() == Style.HERO
                || p.style() == Style.CAPTION).findFirst().or(() -> paras.stream().findFirst())
                .map(Para::text).orElse(""), 60);
    }

    /** The text cut to at most {@code max} characters, at a space when there is one near the end, plus "…". */
    private static String shortened(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isLowSurrogate(text.charAt(end))) {
            end--;
        }
        int space = text.lastIndexOf(' ', end);
        if (space > max * 3 / 4) {
            end = space;
        }
        return text.substring(0, end).stripTrailing() + "…";
    }

    /** Pixels per design pixel: slide height / 1080. */
    public void setUnit(float unit) {
        if (unit != this.unit) {
            this.unit = unit;
            laid = null;
            natural = null;
            revalidate();
            repaint();
        }
    }

    /** The whole text, for screen readers and tests. */
    public String text() {
        return paras.stream().map(p -> (p.marker().isEmpty() ? "" : p.marker() + ". ")
                + (p.label().isEmpty() ? "" : p.label() + " ") + p.text()).collect(Collectors.joining("\n"));
    }

    /** True when all the text fits at or above {@link #MIN_FIT}; laid out for the current size. */
    public boolean fits() {
        return laidOut().fits();
    }

    /**
     * True when text was left out to make the block fit: a paragraph longer than a slide can
     * show, or text shortened because it did not fit even at {@link #MIN_FIT}.
     */
    public boolean wasCut() {
        return capped || laidOut().paras() != paras;
    }

    /** The shrink factor in use (1 = design size). */
    public float fitScale() {
        return laidOut().fit();
    }

    /** The smallest font size in use, in pixels. */
    public float smallestFontPx() {
        float fit = laidOut().fit();
        return (float) laidOut().paras().stream().mapToDouble(p -> p.style().size * unit * fit).min().orElse(0);
    }

    @Override
    public Dimension getPreferredSize() {
        if (isPreferredSizeSet()) {
            return super.getPreferredSize();
        }
        int w = getWidth() > 0 ? getWidth() : Math.round(900 * unit);
        if (natural == null || naturalWidth != w) {
            natural = layoutAt(paras, w, 1f);
            naturalWidth = w;
        }
        return new Dimension(w, (int) Math.ceil(natural.height()));
    }

    @Override
    public Dimension getMinimumSize() {
        return new Dimension(Math.round(200 * unit), Math.round(40 * unit));
    }

    private Laid laidOut() {
        if (laid == null || laidWidth != getWidth() || laidHeight != getHeight()) {
            laidWidth = getWidth();
            laidHeight = getHeight();
            laid = fitLayout(Math.max(1, laidWidth), Math.max(1, laidHeight));
        }
        return laid;
    }

    /**
     * The largest size, in steps of {@link #FIT_STEP} from {@code maxFit} down to
     * {@link #MIN_FIT}, at which the text fits. Taller text needs smaller type, so the sizes
     * are searched by halving: about six layouts instead of up to nineteen.
     */
    private Laid fitLayout(int width, int height) {
        int steps = (int) Math.floor((maxFit - MIN_FIT) / FIT_STEP + 1e-4f);
        Laid first = layoutAt(paras, width, maxFit);
        if (first.within(height)) {
            return fitted(first, maxFit, true);
        }
        Laid smallest = layoutAt(paras, width, maxFit - steps * FIT_STEP);
        if (smallest.height() > height) {
            return shortenedToFit(smallest, width, height);
        }
        // Invariant: step lo does not fit, step hi fits.
        int lo = 0;
        int hi = steps;
        Laid best = smallest;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            Laid at = layoutAt(paras, width, maxFit - mid * FIT_STEP);
            if (at.within(height)) {
                hi = mid;
                best = at;
            } else {
                lo = mid;
            }
        }
        return fitted(best, maxFit - hi * FIT_STEP, true);
    }

    /** Paragraphs that may be shortened on a slide so that the rest shows: never a title, dose or caution. */
    private static boolean shortenable(Style style) {
        return style == Style.SUMMARY || style == Style.PROMPT || style == Style.TIP || style == Style.STEP
                || style == Style.SMALL || style == Style.NOTICE_TEXT || style == Style.NOTICE_BULLET;
    }

    /**
     * Too much text even at the smallest size: rather than clip the cautions at the bottom,
     * halve the longest paragraph that may be shortened (a summary, a step …), at most eight
     * times, and report the block as not fitting. The handout still prints everything.
     */
    private Laid shortenedToFit(Laid smallest, int width, int height) {
        List<Para> shown = paras;
        Laid at = smallest;
        for (int round = 0; round < 8 && at.height() > height; round++) {
            int longest = -1;
            for (int i = 0; i < shown.size(); i++) {
                Para p = shown.get(i);
                if (shortenable(p.style()) && p.text().length() > 40
                        && (longest < 0 || p.text().length() > shown.get(longest).text().length())) {
                    longest = i;
                }
            }
            if (longest < 0) {
                break;
            }
            List<Para> next = new ArrayList<>(shown);
            Para p = shown.get(longest);
            next.set(longest, new Para(p.style(), shortened(p.text(), p.text().length() / 2), p.label(), p.marker()));
            shown = List.copyOf(next);
            at = layoutAt(shown, width, MIN_FIT);
        }
        if (shown != paras) {
            LOG.log(System.Logger.Level.WARNING, "Slide text \"{0}\" does not fit even at {1} %: shortened so that "
                    + "its cautions still show", name(paras), Math.round(MIN_FIT * 100));
        }
        return fitted(at, MIN_FIT, false);
    }

    private static Laid fitted(Laid l, float fit, boolean fits) {
        return new Laid(l.paras(), l.lines(), l.decorations(), l.doseTop(), l.doseBottom(), l.height(), fit, fits,
                l.wordBroken());
    }

    /** How many times the text has been laid out (for tests: shrink-to-fit tries a bounded number of sizes). */
    int layoutCount() {
        return layouts;
    }

    private Laid layoutAt(List<Para> paras, int width, float fit) {
        layouts++;
        List<Line> lines = new ArrayList<>();
        List<Decoration> decorations = new ArrayList<>();
        float y = 0;
        float doseTop = -1;
        float doseBottom = -1;
        boolean wordBroken = false;
        Style previous = null;
        for (int index = 0; index < paras.size(); index++) {
            Para p = paras.get(index);
            float size = p.style().size * unit * fit;
            Font font = KioskTheme.font(size, p.style().bold);
            Font labelFont = KioskTheme.font(size, true);
            float pad = p.style() == Style.DOSE ? size * 0.6f : 0;
            if (previous != null) {
                y += p.style() == previous && p.style() == Style.DOSE ? 0 : size * p.style().spaceAbove;
            }
            if (p.style() == Style.DOSE && previous != Style.DOSE) {
                doseTop = y;
                y += pad * 0.8f;
            }
            float indent = p.style().indent * unit * fit;
            float wrapWidth = Math.max(size * 4, width - indent - 2 * pad);
            String text = p.label().isEmpty() ? p.text() : p.label() + "  " + p.text();
            AttributedString as = new AttributedString(text);
            as.addAttribute(TextAttribute.FONT, font);
            if (!p.label().isEmpty()) {
                as.addAttribute(TextAttribute.FONT, labelFont, 0, p.label().length());
            }
            LineBreakMeasurer measurer = new LineBreakMeasurer(as.getIterator(),
                    BreakIterator.getLineInstance(Locale.ROOT), FRC);
            float paraTop = y;
            float lineGap = size * 0.18f;
            boolean first = true;
            while (measurer.getPosition() < text.length()) {
                // A word wider than the line is broken only when nothing else will do: a smaller size is tried first.
                TextLayout layout = measurer.nextLayout(wrapWidth, text.length(), true);
                if (layout == null) {
                    wordBroken = true;
                    layout = measurer.nextLayout(wrapWidth);
                }
                if (!first) {
                    y += lineGap;
                }
                y += layout.getAscent();
                float x = indent + pad;
                if (centred) {
                    x = (width - layout.getAdvance()) / 2f;
                }
                lines.add(new Line(layout, x, y));
                y += layout.getDescent() + layout.getLeading() * 0.5f;
                first = false;
            }
            if (!p.marker().isEmpty() || p.style() == Style.CAUTION || p.style() == Style.SAFETY
                    || p.style() == Style.TIP || p.style() == Style.NOTICE_BULLET) {
                decorations.add(new Decoration(p, pad, paraTop, size));
            }
            boolean lastDose = index == paras.size() - 1 || paras.get(index + 1).style() != Style.DOSE;
            if (p.style() == Style.DOSE && lastDose) {
                doseBottom = y + pad * 0.8f;
                y = doseBottom;
            }
            previous = p.style();
        }
        return new Laid(paras, lines, decorations, doseTop, doseBottom, y, fit, true, wordBroken);
    }

    @Override
    protected void paintComponent(Graphics g) {
        Laid l = laidOut();
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            if (middle && l.height() < getHeight()) {
                g2.translate(0, (getHeight() - l.height()) / 2.0);
            }
            if (l.doseTop() >= 0) {
                float arc = 28 * unit;
                g2.setColor(KioskTheme.color("Kiosk.doseBackground"));
                g2.fill(new RoundRectangle2D.Float(0, l.doseTop(), getWidth(), l.doseBottom() - l.doseTop(),
                        arc, arc));
            }
            for (Decoration d : l.decorations()) {
                paintDecoration(g2, d, l.fit());
            }
            int i = 0;
            for (Para p : l.paras()) {
                g2.setColor(KioskTheme.color(p.style().colorKey));
                i = paintLinesOf(g2, l, i, p);
            }
        } finally {
            g2.dispose();
        }
    }

    /** Lines were laid out in paragraph order; each paragraph owns a run of them. */
    private int paintLinesOf(Graphics2D g2, Laid l, int start, Para p) {
        int i = start;
        String text = p.label().isEmpty() ? p.text() : p.label() + "  " + p.text();
        int chars = 0;
        while (i < l.lines().size() && chars < text.length()) {
            Line line = l.lines().get(i);
            line.layout().draw(g2, line.x(), line.baseline());
            chars += line.layout().getCharacterCount();
            i++;
        }
        return i;
    }

    private void paintDecoration(Graphics2D g2, Decoration d, float fit) {
        float s = d.size();
        float firstLineMiddle = d.top() + s * 0.62f;
        if (!d.para().marker().isEmpty()) {
            float r = s * 0.68f;
            g2.setColor(KioskTheme.color("Kiosk.stepBadge"));
            g2.fill(new Ellipse2D.Float(d.x(), firstLineMiddle - r, 2 * r, 2 * r));
            Font f = KioskTheme.font(s * 0.8f, true);
            TextLayout num = new TextLayout(d.para().marker(), f, FRC);
            g2.setColor(KioskTheme.color("Kiosk.stepBadgeText"));
            num.draw(g2, d.x() + r - num.getAdvance() / 2f, firstLineMiddle + num.getAscent() / 2f - s * 0.04f);
        } else if (d.para().style() == Style.TIP || d.para().style() == Style.NOTICE_BULLET) {
            float r = s * 0.16f;
            g2.setColor(KioskTheme.color("Kiosk.accent"));
            g2.fill(new Ellipse2D.Float(d.x() + s * 0.3f, firstLineMiddle - r, 2 * r, 2 * r));
        } else {
            float h = s * 0.95f;
            WarningSign.paint(g2, d.x(), firstLineMiddle - h * 0.55f, h * 1.1f, h);
        }
    }

    /**
     * Lets the text grow up to {@code factor} times its design sizes where the room allows (it
     * still shrinks to fit as before): for a block with the slide to itself, such as a notice
     * without a picture, whose words would otherwise leave half the slide empty.
     */
    public TextBlock growingUpTo(float factor) {
        setMaxFit(Math.max(1f, factor));
        return this;
    }

    /**
     * Makes blocks that stand side by side (tiles, cards) use one text size: the size at
     * which the fullest of them fits. Call after they are laid out.
     */
    public static void fitTogether(List<TextBlock> blocks) {
        blocks.forEach(b -> b.setMaxFit(1f));
        float common = (float) blocks.stream().mapToDouble(TextBlock::fitScale).min().orElse(1);
        blocks.forEach(b -> b.setMaxFit(common));
    }

    private void setMaxFit(float fit) {
        if (fit != maxFit) {
            maxFit = fit;
            laid = null;
            natural = null;
            repaint();
        }
    }

    /** Every text block inside {@code root}. */
    public static List<TextBlock> allIn(java.awt.Container root) {
        List<TextBlock> out = new java.util.ArrayList<>();
        for (java.awt.Component child : root.getComponents()) {
            if (child instanceof TextBlock t) {
                out.add(t);
            } else if (child instanceof java.awt.Container c) {
                out.addAll(allIn(c));
            }
        }
        return out;
    }

    /** Sets the unit (screen height / 1080) on every text block inside {@code root}. */
    public static void scaleAll(java.awt.Container root, float unit) {
        allIn(root).forEach(t -> t.setUnit(unit));
    }
}
