package org.physiokiosk.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    private final Map<Integer, Boolean> covered = new HashMap<>();

    private PdfFonts(PDType0Font regular, PDType0Font bold) {
        this.regular = regular;
        this.bold = bold;
    }

    public static PdfFonts load(PDDocument doc, Path fontDir) throws PdfException {
        return new PdfFonts(font(doc, fontDir.resolve(REGULAR)), font(doc, fontDir.resolve(BOLD)));
    }

    private static PDType0Font font(PDDocument doc, Path file) throws PdfException {
        if (!Files.isRegularFile(file)) {
            throw new PdfException("The handout font " + file + " is missing. Copy " + file.getFileName()
                    + " back into " + file.getParent() + " (it ships with the kiosk).", null);
        }
        try {
            return PDType0Font.load(doc, file.toFile());
        } catch (IOException | RuntimeException e) {
            throw new PdfException("The handout font " + file + " cannot be read (" + e.getMessage()
                    + "). Replace it with the copy that ships with the kiosk.", e);
        }
    }

    /** Width of {@code text} in points. */
    public float width(PDType0Font font, String text, float size) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new IllegalStateException("cannot measure text with the embedded font", e);
        }
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

    /** Greedy word wrap; a word longer than a line is broken where it must be. */
    public List<String> wrap(String text, PDType0Font font, float size, float width, float firstLineIndent) {
        List<String> lines = new ArrayList<>();
        String cleaned = clean(text).strip();
        StringBuilder line = new StringBuilder();
        float available = width - firstLineIndent;
        for (String word : cleaned.split(" +")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (width(font, candidate, size) <= available) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
                available = width;
            }
            while (word.length() > 1 && width(font, word, size) > available) {
                int cut = word.length() - 1;
                while (cut > 1 && width(font, word.substring(0, cut), size) > available) {
                    cut--;
                }
                lines.add(word.substring(0, cut));
                word = word.substring(cut);
                available = width;
            }
            line.append(word);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
