package org.physiokiosk.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The handout's fonts, embedded and subset: Noto Sans from {@code media/fonts/}, loaded by
 * path (never by scanning system fonts). Text is measured and cleaned here: a character
 * the font lacks becomes a visible replacement instead of an exception.
 */
public final class PdfFonts {

    public static final String REGULAR = "NotoSans-Regular.ttf";
    public static final String BOLD = "NotoSans-Bold.ttf";

    public final PDType0Font regular;
    public final PDType0Font bold;
    private static final System.Logger LOG = System.getLogger(PdfFonts.class.getName());

    private final Map<Integer, Boolean> covered = new HashMap<>();
    private final Map<Integer, Float> regularAdvances = new HashMap<>();
    private final Map<Integer, Float> boldAdvances = new HashMap<>();

    private PdfFonts(PDType0Font regular, PDType0Font bold) {
        this.regular = regular;
        this.bold = bold;
    }

    public static PdfFonts load(PDDocument doc, Path fontDir) throws PdfException {
        return load(doc, parse(fontDir));
    }

    /**
     * The two font files, read and parsed, not yet in a document: {@link #parse} may run on another
     * thread while the content is read (the handout command does, to finish sooner). For one
     * document: {@link #load(PDDocument, Parsed)} hands them to it, and it closes them.
     */
    public record Parsed(TrueTypeFont regular, TrueTypeFont bold) {
    }

    public static Parsed parse(Path fontDir) throws PdfException {
        TrueTypeFont regular = ttf(fontDir.resolve(REGULAR));
        try {
            return new Parsed(regular, ttf(fontDir.resolve(BOLD)));
        } catch (PdfException e) {
            closeQuietly(regular);
            throw e;
        }
    }

    public static PdfFonts load(PDDocument doc, Parsed parsed) throws PdfException {
        doc.registerTrueTypeFontForClosing(parsed.regular());
        doc.registerTrueTypeFontForClosing(parsed.bold());
        try {
            return new PdfFonts(PDType0Font.load(doc, parsed.regular(), true), PDType0Font.load(doc, parsed.bold(), true));
        } catch (IOException | RuntimeException e) {
            throw new PdfException("The handout fonts in media/fonts cannot be used (" + e.getMessage()
                    + "). Replace them with the copies that ship with the kiosk.", e);
        }
    }

    private static TrueTypeFont ttf(Path file) throws PdfException {
        if (!Files.isRegularFile(file)) {
            throw new PdfException("The handout font " + file + " is missing. Copy " + file.getFileName()
                    + " back into " + file.getParent() + " (it ships with the kiosk).", null);
        }
        try {
            return new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
        } catch (IOException | RuntimeException e) {
            throw new PdfException("The handout font " + file + " cannot be read (" + e.getMessage()
                    + "). Replace it with the copy that ships with the kiosk.", e);
        }
    }

    private static void closeQuietly(TrueTypeFont font) {
        try {
            font.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "Closing a font file", e);
        }
    }

    /** Width of {@code text} in points. */
    public float width(PDType0Font font, String text, float size) {
        return units(font, text, 0, text.length()) / 1000f * size;
    }

    /**
     * The advance of {@code text[from, to)} in font units (1/1000 em): a sum of cached glyph
     * advances, so measuring grows with the text's length and nothing is measured twice.
     * (PDFBox's own string width is the same sum, re-encoding the string every call.)
     */
    private float units(PDType0Font font, String text, int from, int to) {
        float sum = 0;
        for (int i = from; i < to; ) {
            int cp = text.codePointAt(i);
            sum += advance(font, cp);
            i += Character.charCount(cp);
        }
        return sum;
    }

    private float advance(PDType0Font font, int cp) {
        Map<Integer, Float> cache = font == bold ? boldAdvances : regularAdvances;
        Float known = cache.get(cp);
        if (known != null) {
            return known;
        }
        float w;
        try {
            w = font.getStringWidth(new String(Character.toChars(cp)));
        } catch (IOException e) {
            throw new IllegalStateException("cannot measure text with the embedded font", e);
        }
        if (font == bold || font == regular) {
            cache.put(cp, w);
        }
        return w;
    }

    /**
     * The text with line breaks and tabs as spaces and any character the fonts cannot draw
     * replaced by U+FFFD's stand-in "?", so one odd character never stops a handout.
     */
    public String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp) || Character.isISOControl(cp)) {
                out.append(' ');
            } else if (covered.computeIfAbsent(cp, this::canDraw)) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    private boolean canDraw(int cp) {
        String s = new String(Character.toChars(cp));
        try {
            regular.encode(s);
            bold.encode(s);
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Greedy word wrap; a word longer than a line is broken where it must be. Never cuts. */
    public List<String> wrap(String text, PDType0Font font, float size, float width, float firstLineIndent) {
        return wrap(text, font, size, width, firstLineIndent, Integer.MAX_VALUE, null).lines();
    }

    /** Wrapped lines, and whether the text was cut to fit the line limit (its last line then ends with "…"). */
    public record Wrapped(List<String> lines, boolean cut) {
    }

    /**
     * Greedy word wrap into at most {@code maxLines} lines. Text beyond them is cut: the last
     * line ends with "…" and a warning naming {@code what} goes to the log. One pass over the
     * text, each glyph measured once, and it stops at the limit: a megabyte of text costs what
     * its first lines cost, plus cleaning.
     *
     * @param what names the text in the warning ("The clinic address"), or null for no warning (a
     *             text measured several times is logged by one of the calls)
     */
    public Wrapped wrap(String text, PDType0Font font, float size, float width, float firstLineIndent, int maxLines,
                        String what) {
        if (maxLines < 1) {
            throw new IllegalArgumentException("maxLines must be at least 1: " + maxLines);
        }
        String s = clean(text).strip();
        float scale = 1000f / size;
        float space = advance(font, ' ');
        List<String> lines = new ArrayList<>();
        // Words are joined by one space, however many were between them.
        StringBuilder line = new StringBuilder();
        float lineW = 0;
        float available = (width - firstLineIndent) * scale;
        int i = 0;
        int n = s.length();
        boolean cut = false;
        while (i < n && !cut) {
            if (s.charAt(i) == ' ') {
                i++;
                continue;
            }
            int wordEnd = s.indexOf(' ', i);
            if (wordEnd < 0) {
                wordEnd = n;
            }
            float wordW = units(font, s, i, wordEnd);
            if (line.length() > 0 && lineW + space + wordW <= available) {
                line.append(' ').append(s, i, wordEnd);
                lineW += space + wordW;
                i = wordEnd;
                continue;
            }
            if (line.length() > 0) {
                if (lines.size() == maxLines - 1) {
                    cut = true;
                    break;
                }
                lines.add(line.toString());
                available = width * scale;
                line.setLength(0);
                lineW = 0;
            }
            if (wordW <= available) {
                line.append(s, i, wordEnd);
                lineW = wordW;
                i = wordEnd;
                continue;
            }
            // A word longer than the line: cut it where the running width passes the line's end.
            while (i < wordEnd) {
                int cp = s.codePointAt(i);
                float a = advance(font, cp);
                if (lineW + a > available && line.length() > 0) {
                    if (lines.size() == maxLines - 1) {
                        cut = true;
                        break;
                    }
                    lines.add(line.toString());
                    available = width * scale;
                    line.setLength(0);
                    lineW = 0;
                }
                line.appendCodePoint(cp);
                lineW += a;
                i += Character.charCount(cp);
            }
        }
        if (cut) {
            lines.add(withEllipsis(line, lineW, available, font));
            if (what != null) {
                LOG.log(System.Logger.Level.WARNING, "{0} is too long for the handout ({1} characters): cut to {2} "
                        + "lines ending with \"…\"", what, text.length(), maxLines);
            }
        } else if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return new Wrapped(List.copyOf(lines), cut);
    }

    /** The line shortened from its end until it and "…" fit {@code available} font units, then "…". */
    private String withEllipsis(StringBuilder line, float lineW, float available, PDType0Font font) {
        String ellipsis = covered.computeIfAbsent((int) '…', this::canDraw) ? "…" : "...";
        float ellipsisW = units(font, ellipsis, 0, ellipsis.length());
        int end = line.length();
        while (end > 0 && lineW + ellipsisW > available) {
            int cp = Character.codePointBefore(line, end);
            lineW -= advance(font, cp);
            end -= Character.charCount(cp);
        }
        line.setLength(end);
        return line.toString().stripTrailing() + ellipsis;
    }
}
