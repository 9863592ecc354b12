package org.physiokiosk.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDListAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * Makes a PDF tagged and accessible (PDF/UA-1, and PDF/A-2b alongside): the pages' canvases
 * number their marked content here, and {@link #finish} writes once, for any document, what
 * the standards ask for: the structure tree from the {@link Tag}s in reading order, the parent
 * tree that leads from content back to its element, MarkInfo, the language, the title shown in
 * the window, the XMP metadata with the PDF/UA and PDF/A identifiers, an sRGB output intent, and
 * tab order by structure on every page.
 */
public final class PdfStructure {

    private final PDDocument doc;
    private final boolean on;
    private final Tag root = Tag.document();
    private final List<PDPage> pages = new ArrayList<>();
    /** Per page, the tag that owns each marked-content id, by id. */
    private final List<List<Tag>> owners = new ArrayList<>();

    public PdfStructure(PDDocument doc) {
        this(doc, true);
    }

    /**
     * @param on false makes a plain, untagged PDF (setting {@code handout.accessible = no}): the same
     *           drawing calls, no marked content, no structure, only the document language
     */
    public PdfStructure(PDDocument doc, boolean on) {
        this.doc = doc;
        this.on = on;
    }

    /** False when the PDF is made untagged. */
    boolean on() {
        return on;
    }

    /** The Document node: everything read on the pages hangs under it. */
    public Tag root() {
        return root;
    }

    /** A canvas for a page just added to the document, its content numbered for the structure. */
    public PdfCanvas canvas(PDPage page, PDPageContentStream cs, PdfFonts fonts) {
        int index = pages.indexOf(page);
        if (index < 0) {
            pages.add(page);
            owners.add(new ArrayList<>());
            index = pages.size() - 1;
        }
        return new PdfCanvas(cs, fonts, this, index);
    }

    /** The next marked-content id on page {@code page}, owned by {@code tag}. */
    int mark(int page, Tag tag) {
        List<Tag> ids = owners.get(page);
        ids.add(tag);
        int mcid = ids.size() - 1;
        tag.mark(page, mcid);
        return mcid;
    }

    /**
     * Writes the structure and the document-level entries. Call after every page is drawn and the
     * document information (title, author, subject, creator, producer, dates) is set: the XMP
     * metadata repeats it, as PDF/A requires.
     *
     * @param language the document's language, a BCP 47 tag ("uk")
     */
    public void finish(String language) throws IOException {
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        if (!on) {
            catalog.setLanguage(language);
            return;
        }
        PDStructureTreeRoot tree = new PDStructureTreeRoot();
        catalog.setStructureTreeRoot(tree);
        Map<Tag, PDStructureElement> elements = new HashMap<>();
        write(root, tree, elements);

        Map<Integer, COSObjectable> parents = new HashMap<>();
        for (int p = 0; p < pages.size(); p++) {
            COSArray byId = new COSArray();
            for (Tag owner : owners.get(p)) {
                PDStructureElement e = elements.get(owner);
                byId.add(e == null ? COSNull.NULL : (COSBase) e.getCOSObject());
            }
            parents.put(p, new PDParentTreeValue(byId));
            pages.get(p).setStructParents(p);
            // Tab order follows the structure (PDF/UA asks it of pages with annotations; all get it).
            pages.get(p).getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
        }
        PDNumberTreeNode parentTree = new PDNumberTreeNode(PDParentTreeValue.class);
        parentTree.setNumbers(parents);
        tree.setParentTree(parentTree);
        tree.setParentTreeNextKey(pages.size());

        PDMarkInfo mark = new PDMarkInfo();
        mark.setMarked(true);
        catalog.setMarkInfo(mark);
        catalog.setLanguage(language);
        PDViewerPreferences prefs = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
        prefs.setDisplayDocTitle(true);
        catalog.setViewerPreferences(prefs);

        PDMetadata metadata = new PDMetadata(doc, new ByteArrayInputStream(
                xmp(doc.getDocumentInformation(), language).getBytes(StandardCharsets.UTF_8)));
        catalog.setMetadata(metadata);

        byte[] srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        PDOutputIntent intent = new PDOutputIntent(doc, new ByteArrayInputStream(srgb));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);
    }

    /** The element for {@code tag} under {@code parent}, then its kids in order; unused tags are left out. */
    private void write(Tag tag, PDStructureNode parent, Map<Tag, PDStructureElement> elements) {
        PDStructureElement e = new PDStructureElement(tag.role(), parent);
        parent.appendKid(e);
        elements.put(tag, e);
        if (tag.alt() != null) {
            e.setAlternateDescription(tag.alt());
        }
        if (tag.lang() != null) {
            e.setLanguage(tag.lang());
        }
        if (tag.scope() != null) {
            PDTableAttributeObject a = new PDTableAttributeObject();
            a.setScope(tag.scope() == Tag.Scope.COLUMN ? PDTableAttributeObject.SCOPE_COLUMN
                    : PDTableAttributeObject.SCOPE_ROW);
            e.addAttribute(a);
        }
        if (tag.numbered()) {
            PDListAttributeObject a = new PDListAttributeObject();
            a.setListNumbering(PDListAttributeObject.LIST_NUMBERING_DECIMAL);
            e.addAttribute(a);
        }
        int firstPage = -1;
        for (Object kid : tag.kids) {
            if (kid instanceof Tag child) {
                if (child.kept()) {
                    write(child, e, elements);
                }
            } else if (kid instanceof Tag.Marked m) {
                if (firstPage < 0) {
                    firstPage = m.page();
                    e.setPage(pages.get(firstPage));
                }
                if (m.page() == firstPage) {
                    e.appendKid(m.mcid());
                } else {
                    // Content on another page than the element's first: a reference that names its page.
                    PDMarkedContentReference ref = new PDMarkedContentReference();
                    ref.setPage(pages.get(m.page()));
                    ref.setMCID(m.mcid());
                    e.appendKid(ref);
                }
            }
        }
    }

    /** XMP metadata repeating the document information, with the PDF/UA-1 and PDF/A-2b identifiers. */
    static String xmp(PDDocumentInformation info, String language) {
        StringBuilder x = new StringBuilder();
        x.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
                .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
                .append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");
        x.append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n")
                .append("<dc:format>application/pdf</dc:format>\n");
        if (info.getTitle() != null) {
            x.append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escape(info.getTitle()))
                    .append("</rdf:li></rdf:Alt></dc:title>\n");
        }
        if (info.getAuthor() != null) {
            x.append("<dc:creator><rdf:Seq><rdf:li>").append(escape(info.getAuthor()))
                    .append("</rdf:li></rdf:Seq></dc:creator>\n");
        }
        if (info.getSubject() != null) {
            x.append("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escape(info.getSubject()))
                    .append("</rdf:li></rdf:Alt></dc:description>\n");
        }
        x.append("<dc:language><rdf:Bag><rdf:li>").append(escape(language)).append("</rdf:li></rdf:Bag></dc:language>\n")
                .append("</rdf:Description>\n");
        x.append("<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n");
        if (info.getCreator() != null) {
            x.append("<xmp:CreatorTool>").append(escape(info.getCreator())).append("</xmp:CreatorTool>\n");
        }
        if (info.getCreationDate() != null) {
            x.append("<xmp:CreateDate>").append(date(info.getCreationDate())).append("</xmp:CreateDate>\n");
        }
        if (info.getModificationDate() != null) {
            x.append("<xmp:ModifyDate>").append(date(info.getModificationDate())).append("</xmp:ModifyDate>\n");
        }
        x.append("</rdf:Description>\n");
        if (info.getProducer() != null) {
            x.append("<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n")
                    .append("<pdf:Producer>").append(escape(info.getProducer())).append("</pdf:Producer>\n")
                    .append("</rdf:Description>\n");
        }
        x.append("<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n")
                .append("<pdfaid:part>2</pdfaid:part>\n<pdfaid:conformance>B</pdfaid:conformance>\n")
                .append("</rdf:Description>\n");
        x.append("<rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n")
                .append("<pdfuaid:part>1</pdfuaid:part>\n</rdf:Description>\n");
        // PDF/A-2 accepts only schemas it knows or that the file describes: pdfuaid is described here.
        x.append("<rdf:Description rdf:about=\"\" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\" "
                        + "xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\" "
                        + "xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n")
                .append("<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n")
                .append("<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\n")
                .append("<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n")
                .append("<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n")
                .append("<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n")
                .append("<pdfaProperty:name>part</pdfaProperty:name>\n")
                .append("<pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n")
                .append("<pdfaProperty:category>internal</pdfaProperty:category>\n")
                .append("<pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed"
                        + "</pdfaProperty:description>\n")
                .append("</rdf:li></rdf:Seq></pdfaSchema:property>\n")
                .append("</rdf:li></rdf:Bag></pdfaExtension:schemas>\n")
                .append("</rdf:Description>\n");
        x.append("</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
        return x.toString();
    }

    private static String date(Calendar c) {
        ZonedDateTime t = c instanceof GregorianCalendar g ? g.toZonedDateTime()
                : ZonedDateTime.ofInstant(c.toInstant(), c.getTimeZone().toZoneId());
        return t.withNano(0).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    // XML 1.0 allows no control characters but tab, newline and return.
                    if (cp >= 0x20 || cp == 0x09 || cp == 0x0A || cp == 0x0D) {
                        out.appendCodePoint(cp);
                    }
                }
            }
        });
        return out.toString();
    }
}
