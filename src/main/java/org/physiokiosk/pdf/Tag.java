package org.physiokiosk.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One node of a tagged PDF's structure (a heading, a paragraph, a list item, a table cell, a
 * figure …), declared by the code that lays the page out, in reading order: a node's children
 * read in the order they were added, whatever order they are drawn in. Content is attached
 * while drawing with {@link PdfCanvas#tagged}; a node that ends up with no content and no
 * child with content is left out of the PDF (a layout tried and not used leaves no trace),
 * except empty cells of a row with content, which keep a table's rows the same width.
 *
 * <p>Plain Java, no PDFBox: blocks declare their structure when they are built and only
 * {@link PdfStructure} turns it into PDF objects.
 */
public final class Tag {

    /** Header cells say whether they head a column or a row (PDF/UA wants one or the other). */
    public enum Scope {
        COLUMN, ROW
    }

    private final String role;
    private final Tag parent;
    /** Children ({@link Tag}) and marked content ({@link Marked}) in reading order. */
    final List<Object> kids = new ArrayList<>();
    private String alt;
    private String lang;
    private Scope scope;
    private boolean numbered;

    /** A piece of marked content: its page (0-based) and its id on that page. */
    record Marked(int page, int mcid) {
    }

    private Tag(String role, Tag parent) {
        this.role = role;
        this.parent = parent;
    }

    /** The root of a document's structure. */
    public static Tag document() {
        return new Tag("Document", null);
    }

    /** A child with a standard structure type ("P", "L", "TD" …), added last among this node's children. */
    public Tag add(String role) {
        Tag child = new Tag(Objects.requireNonNull(role), this);
        kids.add(child);
        return child;
    }

    /** A heading H1 to H6. */
    public Tag heading(int level) {
        if (level < 1 || level > 6) {
            throw new IllegalArgumentException("heading level 1 to 6: " + level);
        }
        return add("H" + level);
    }

    public Tag paragraph() {
        return add("P");
    }

    /** A section (Sect) grouping a heading and what belongs under it. */
    public Tag section() {
        return add("Sect");
    }

    public Tag list() {
        return add("L");
    }

    /** A list whose labels are numbers 1, 2, 3 (the steps). */
    public Tag numberedList() {
        Tag l = add("L");
        l.numbered = true;
        return l;
    }

    /** A list item; give it {@link #label()} (optional) and {@link #body()}. */
    public Tag item() {
        return add("LI");
    }

    public Tag label() {
        return add("Lbl");
    }

    public Tag body() {
        return add("LBody");
    }

    public Tag table() {
        return add("Table");
    }

    public Tag row() {
        return add("TR");
    }

    /** A header cell (TH) for its column or its row. */
    public Tag header(Scope scope) {
        Tag th = add("TH");
        th.scope = Objects.requireNonNull(scope);
        return th;
    }

    public Tag cell() {
        return add("TD");
    }

    /**
     * A figure with its text alternative: what someone who cannot see the drawing needs to know.
     * Everything drawn in it (one drawing, or a pair of key poses) is one figure with one text.
     */
    public Tag figure(String alt) {
        if (alt == null || alt.isBlank()) {
            throw new IllegalArgumentException("a figure needs a text alternative");
        }
        Tag f = add("Figure");
        f.alt = alt.strip();
        return f;
    }

    /** The language of this node's text when it differs from the document's (a BCP 47 tag such as "en"). */
    public Tag lang(String languageTag) {
        this.lang = languageTag;
        return this;
    }

    public String role() {
        return role;
    }

    public Tag parent() {
        return parent;
    }

    public String alt() {
        return alt;
    }

    public String lang() {
        return lang;
    }

    public Scope scope() {
        return scope;
    }

    public boolean numbered() {
        return numbered;
    }

    void mark(int page, int mcid) {
        kids.add(new Marked(page, mcid));
    }

    /**
     * True when this node or a node under it holds content; a table cell also when its row has
     * content (an empty cell keeps the row as wide as the others).
     */
    boolean kept() {
        if ((role.equals("TD") || role.equals("TH")) && parent != null) {
            return parent.hasContent();
        }
        return hasContent();
    }

    private boolean hasContent() {
        for (Object k : kids) {
            if (k instanceof Marked || (k instanceof Tag t && t.hasContent())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return role + (alt != null ? "[alt]" : "");
    }
}
