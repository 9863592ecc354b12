package org.physiokiosk.handout;

import org.physiokiosk.pdf.PdfFonts;
import org.physiokiosk.pdf.PdfCanvas;
import org.physiokiosk.pdf.PdfIllustrations;
import org.physiokiosk.pdf.PdfException;
import org.physiokiosk.pdf.PdfStructure;
import org.physiokiosk.pdf.Tag;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.physiokiosk.content.Dose;
import org.physiokiosk.content.Symptom;
import org.physiokiosk.content.Technique;
import org.physiokiosk.illustration.IllustrationLoader;
import org.physiokiosk.plan.HandoutPlan;
import org.physiokiosk.settings.Clinic;
import org.physiokiosk.settings.PaperSize;

/**
 * Writes a patient's home-care plan as a PDF: clinic header, what they told us, the warning
 * signs with the clinic's emergency number (always on page 1), each technique with its vector
 * illustration, steps, dose and cautions (options such as medicines last, tagged with their
 * note), the safety box, the everyday advice, a 7-day tracker of the daily techniques and a
 * footer with the disclaimer, page numbers and the date the content was last reviewed.
 * The same renderer serves the kiosk and the {@code handout} command.
 */
public final class HandoutRenderer {

    private final Clinic clinic;
    private final PaperSize paper;
    private final Locale locale;
    private final Path mediaDir;
    private final IllustrationLoader illustrations;
    private final Clock clock;
    private final ResourceBundle texts;
    private final boolean tagged;
    /** The fonts, parsed ahead on another thread; null: parsed when the document is made. */
    private final CompletableFuture<PdfFonts.Parsed> fontsAhead;

    public HandoutRenderer(Clinic clinic, PaperSize paper, Locale locale, Path mediaDir,
                           IllustrationLoader illustrations, Clock clock) {
        this.clinic = clinic;
        this.paper = paper;
        this.locale = locale;
        this.mediaDir = mediaDir;
        this.illustrations = illustrations;
        this.clock = clock;
        this.texts = ResourceBundle.getBundle("org.physiokiosk.handout.handout", locale,
                // No fall-back to the computer's own language (English has no file of its own).
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.tagged = true;
        this.fontsAhead = null;
    }

    private HandoutRenderer(HandoutRenderer r, boolean tagged,
                            CompletableFuture<PdfFonts.Parsed> fontsAhead) {
        this.clinic = r.clinic;
        this.paper = r.paper;
        this.locale = r.locale;
        this.mediaDir = r.mediaDir;
        this.illustrations = r.illustrations;
        this.clock = r.clock;
        this.texts = r.texts;
        this.tagged = tagged;
        this.fontsAhead = fontsAhead;
    }

    /**
     * This renderer making tagged, accessible PDFs (PDF/UA-1, the default) or plain ones
     * ({@code handout.accessible = no}); the pages look the same either way.
     */
    public HandoutRenderer tagged(boolean on) {
        return new HandoutRenderer(this, on, fontsAhead);
    }

    /**
     * This renderer taking its fonts from {@code parsed}, parsed meanwhile on another thread (see
     * {@link PdfFonts#parse}), for one handout: the handout command reads the content meanwhile.
     */
    public HandoutRenderer withFontsParsedAhead(CompletableFuture<PdfFonts.Parsed> parsed) {
        return new HandoutRenderer(this, tagged, parsed);
    }

    /** The folder of the handout's fonts. */
    public static Path fontDir(Path mediaDir) {
        return mediaDir.resolve("fonts");
    }

    /** The drawing files this plan's handout shows, in order, so they can be read ahead. */
    public List<Path> drawings(HandoutPlan plan) {
        List<Path> files = new ArrayList<>();
        for (HandoutPlan.Group group : plan.groups()) {
            for (Technique t : group.techniques()) {
                drawing(t).ifPresent(files::add);
            }
        }
        return files;
    }

    private Optional<Path> drawing(Technique t) {
        return t.illustrationFile().map(f -> mediaDir.resolve("illustrations").resolve(f));
    }

    private PdfFonts fonts(PDDocument doc) throws PdfException {
        if (fontsAhead == null) {
            return PdfFonts.load(doc, fontDir(mediaDir));
        }
        try {
            return PdfFonts.load(doc, fontsAhead.join());
        } catch (CompletionException | CancellationException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            if (cause instanceof PdfException pdf) {
                throw pdf;
            }
            throw new PdfException("The handout fonts could not be read: " + cause.getMessage(), cause);
        }
    }

    /** The PDF as bytes. */
    public byte[] render(HandoutPlan plan) throws PdfException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            write(plan, out);
        } catch (IOException e) {
            throw new PdfException("The handout could not be made: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /** Writes the PDF to {@code out} (not closed). */
    public void write(HandoutPlan plan, OutputStream out) throws PdfException, IOException {
        try (PDDocument doc = new PDDocument()) {
            PdfFonts fonts = fonts(doc);
            PdfIllustrations drawings = new PdfIllustrations(doc, illustrations);
            PDRectangle size = new PDRectangle(paper.widthPt(), paper.heightPt());
            float width = size.getWidth() - 2 * HandoutLayout.MARGIN;
            float bodyHeight = size.getHeight() - 2 * HandoutLayout.MARGIN - HandoutLayout.FOOTER;

            PdfStructure structure = new PdfStructure(doc, tagged);
            List<HandoutLayout.Block> blocks = blocks(plan, fonts, drawings, width, bodyHeight, structure.root());
            // The footer's words are read once, last; on later pages they are page furniture.
            Tag disclaimer = structure.root().paragraph();
            Tag reviewLine = structure.root().paragraph();
            List<HandoutLayout.Placement> placements = HandoutLayout.paginate(blocks, size.getHeight());
            int pages = placements.isEmpty() ? 1 : placements.get(placements.size() - 1).page() + 1;
            if (pages > HandoutLayout.MAX_PAGES) {
                throw new PdfException("The handout would be longer than " + HandoutLayout.MAX_PAGES + " pages, so it "
                        + "was not made. A technique in the plan is far too long (" + longest(plan)
                        + "): shorten it in staff mode or in its file in media/techniques/.", null);
            }
            String review = reviewed(plan);
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage(size);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    PdfCanvas canvas = structure.canvas(page, cs, fonts);
                    for (HandoutLayout.Placement placed : placements) {
                        if (placed.page() == p) {
                            placed.block().layout(canvas, HandoutLayout.MARGIN, placed.top());
                        }
                    }
                    HandoutLayout.footer(canvas, fonts, plan.disclaimer(),
                            MessageFormat.format(texts.getString("page"), p + 1, pages), review,
                            HandoutLayout.MARGIN, width, p == 0, p == 0 ? disclaimer : null,
                            p == 0 ? reviewLine : null);
                }
            }
            describe(doc);
            structure.finish(locale.toLanguageTag());
            doc.save(out);
        }
    }

    private List<HandoutLayout.Block> blocks(HandoutPlan plan, PdfFonts fonts, PdfIllustrations drawings,
                                             float width, float bodyHeight, Tag root) throws IOException {
        List<HandoutLayout.Block> blocks = new ArrayList<>();
        ZonedDateTime now = ZonedDateTime.now(clock);
        String contact = List.of(clinic.phone(), clinic.address()).stream().filter(s -> !s.isBlank())
                .collect(Collectors.joining("  ·  "));
        String told = plan.isGeneral() ? text("generalPlan")
                : plan.picked().stream().map(Symptom::label).collect(Collectors.joining("  ·  "));
        blocks.add(new HandoutLayout.Header(fonts, drawings, clinic.logo().orElse(null), clinic.name(), contact,
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(now),
                text("title"), text("subtitle"), text("youToldUs"), told, width, root));

        HandoutPlan.RedFlags flags = plan.redFlags();
        if (!flags.emergency().isEmpty() || !flags.contact().isEmpty()) {
            // Seen early: right under what the patient told us, before the first technique.
            blocks.add(new HandoutLayout.WarningSignsBox(fonts, flags.title(), text("continued", flags.title()),
                    new HandoutLayout.Section(flags.emergencyAction(clinic.emergencyNumber()), flags.emergency()),
                    new HandoutLayout.Section(flags.contactAction(), flags.contact()), width, bodyHeight, root));
        }

        SeekAdviceLine seekAdvice = new SeekAdviceLine(plan.seekAdvice());
        List<String> doseLabels = new ArrayList<>();
        for (Dose.Part part : Dose.Part.values()) {
            doseLabels.add(text("dose." + part.name()));
        }
        List<String> poseLabels = List.of(text("pose.start"), text("pose.end"));
        for (HandoutPlan.Group group : plan.groups()) {
            blocks.add(new HandoutLayout.Heading(fonts, group.category().title(), width, root));
            String note = group.category().optional() ? group.category().optionalNote() : "";
            for (Technique t : group.techniques()) {
                Path drawing = drawing(t).orElse(null);
                String lang = otherLanguage(t);
                blocks.add(new HandoutLayout.TechniqueBlock(fonts, drawings, t, drawing, alt(t), lang, doseLabels,
                        seekAdvice, note, text("continued", t.title()), poseLabels, width, bodyHeight, root));
            }
        }

        blocks.add(new HandoutLayout.AdviceBox(fonts, text("safety"), text("continued", text("safety")),
                List.of(new HandoutLayout.Section("", seekAdvice.safetyBox(plan.safety())),
                        new HandoutLayout.Section(text("planCautions"), seekAdvice.without(plan.planCautions()))),
                HandoutLayout.Look.SAFETY, width, bodyHeight, root));
        if (!plan.everyday().isEmpty()) {
            blocks.add(new HandoutLayout.AdviceBox(fonts, text("everyday"), text("continued", text("everyday")),
                    List.of(new HandoutLayout.Section("", plan.everyday())), HandoutLayout.Look.EVERYDAY, width,
                    bodyHeight, root));
        }
        // Options (the medicines) are taken only when needed: never rows to tick every day.
        List<Technique> daily = plan.everydayTechniques();
        if (!daily.isEmpty()) {
            DateTimeFormatter day = DateTimeFormatter.ofPattern("EEE d", locale);
            LocalDate today = now.toLocalDate();
            List<String> days = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                days.add(day.format(today.plusDays(i)));
            }
            blocks.add(new HandoutLayout.Tracker(fonts, text("tracker"), text("trackerHint"), days,
                    daily.stream().map(Technique::title).toList(), daily.stream().map(this::otherLanguage).toList(),
                    width, root));
        }
        clinic.handoutLink().ifPresent(link -> blocks.add(new HandoutLayout.LinkBlock(fonts, link.link(),
                text(link.kind() == Clinic.Link.Kind.BOOKING ? "link.booking" : "link.website"),
                text("link.hint"), width, root)));
        return blocks;
    }

    /** The language of {@code t}'s words when it is not the handout's (not yet translated: English), else null. */
    private String otherLanguage(Technique t) {
        Locale words = org.physiokiosk.content.Translations.languageOf(t, locale);
        return words.getLanguage().equals(locale.getLanguage()) ? null : words.toLanguageTag();
    }

    /** The drawing's text alternative: the technique's {@code alt:}, or its title when it has none. */
    private static String alt(Technique t) {
        return t.altOrTitle();
    }

    /** The footer's review line: the newest review date of what the handout prints, or that there is none. */
    private String reviewed(HandoutPlan plan) {
        return plan.lastReviewed()
                .map(d -> text("reviewed", DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                        .format(d)))
                .orElseGet(() -> text("notReviewed"));
    }

    private void describe(PDDocument doc) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(text("documentTitle"));
        info.setAuthor(clinic.name());
        info.setSubject(text("documentSubject"));
        info.setCreator("Physio Kiosk");
        info.setProducer("Physio Kiosk with Apache PDFBox");
        Calendar created = GregorianCalendar.from(ZonedDateTime.now(clock));
        info.setCreationDate(created);
        info.setModificationDate(created);
        doc.getDocumentCatalog().setLanguage(locale.toLanguageTag());
    }

    /** Every handout text goes through MessageFormat, so an apostrophe is always written '' in the bundles. */
    private String text(String key, Object... arguments) {
        return new MessageFormat(texts.getString(key), locale).format(arguments);
    }

    /** The technique with the most text, named in the message that refuses the handout. */
    private static String longest(HandoutPlan plan) {
        return plan.techniques().stream()
                .max(java.util.Comparator.comparingLong(HandoutRenderer::length))
                .map(t -> "\"" + t.id() + "\" has " + t.steps().size() + " steps and " + length(t) + " characters")
                .orElse("no technique");
    }

    private static long length(Technique t) {
        return t.summary().length() + t.steps().stream().mapToLong(String::length).sum()
                + t.cautions().stream().mapToLong(String::length).sum();
    }
}
