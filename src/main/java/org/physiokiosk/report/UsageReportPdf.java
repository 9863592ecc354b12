package org.physiokiosk.report;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.physiokiosk.pdf.PdfCanvas;
import org.physiokiosk.pdf.PdfException;
import org.physiokiosk.pdf.PdfFonts;
import org.physiokiosk.pdf.PdfStructure;
import org.physiokiosk.pdf.Tag;
import org.physiokiosk.stats.UsageReport;

/**
 * The usage report for managers as a PDF: the key figures, and charts (visits per day,
 * what patients picked, prints versus saves, visits by hour) drawn by JFreeChart through
 * the same Graphics2D-to-PDF path as the handout's drawings, so they stay vector.
 */
public final class UsageReportPdf {

    private static final float MARGIN = 42;
    /** Table cells and chart labels show at most this many characters of a text from the usage files. */
    static final int MAX_CELL_CHARS = 200;


    private final Path mediaDir;
    private final Locale locale;
    private final Clock clock;
    private final ResourceBundle texts;

    public UsageReportPdf(Path mediaDir, Locale locale, Clock clock) {
        this.mediaDir = mediaDir;
        this.locale = locale;
        this.clock = clock;
        this.texts = ResourceBundle.getBundle("org.physiokiosk.report.report", locale,
                // No fall-back to the computer's own language (English has no file of its own).
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * @param clinicName  printed at the top
     * @param symptomName a symptom's label by its id (ids stay ids when unknown)
     */
    public byte[] render(UsageReport report, String clinicName, Function<String, String> symptomName)
            throws PdfException {
        return render(report, clinicName, symptomName, id -> id);
    }

    /**
     * @param noticeName a notice's title by its id (a notice deleted since stays its id)
     */
    public byte[] render(UsageReport report, String clinicName, Function<String, String> symptomName,
                         Function<String, String> noticeName) throws PdfException {
        try (PDDocument doc = new PDDocument()) {
            PdfFonts fonts = PdfFonts.load(doc, mediaDir.resolve("fonts"));
            PdfStructure structure = new PdfStructure(doc);
            Font chartFont = chartFont();
            PDRectangle a4 = PDRectangle.A4;
            float width = a4.getWidth() - 2 * MARGIN;

            PDPage first = new PDPage(a4);
            doc.addPage(first);
            try (PDPageContentStream cs = new PDPageContentStream(doc, first)) {
                PdfCanvas c = structure.canvas(first, cs, fonts);
                Tag root = structure.root();
                float y = a4.getHeight() - MARGIN;
                c.text(root.paragraph(), fonts.clean(clinicName), fonts.bold, 12, PdfCanvas.MUTED, MARGIN, y - 12);
                y -= 20;
                c.text(root.heading(1), fonts.clean(t("title")), fonts.bold, 22, PdfCanvas.HEADING, MARGIN, y - 22);
                y -= 30;
                c.text(root.paragraph(), fonts.clean(MessageFormat.format(texts.getString("range"), report.from(),
                        report.to())), fonts.regular, 11, PdfCanvas.TEXT, MARGIN, y - 11);
                y -= 16;
                c.text(root.paragraph(), fonts.clean(MessageFormat.format(texts.getString("kiosks"),
                                ChartData.cap(String.join(", ", report.byKiosk().keySet()), MAX_CELL_CHARS))),
                        fonts.regular, 9.5f, PdfCanvas.MUTED, MARGIN, y - 10);
                y -= 26;
                y = figures(c, fonts, report, y, width, root.list());
                y -= 14;
                JFreeChart perDay = perDay(report, chartFont);
                y = chart(doc, c, perDay, root.figure(describe(perDay)), MARGIN, y, width, 200);
                y -= 14;
                JFreeChart symptoms = symptoms(report, chartFont, symptomName);
                chart(doc, c, symptoms, root.figure(describe(symptoms)), MARGIN, y, width, 230);
                footer(c, fonts, 1, 2, width, null);
            }

            PDPage second = new PDPage(a4);
            doc.addPage(second);
            try (PDPageContentStream cs = new PDPageContentStream(doc, second)) {
                PdfCanvas c = structure.canvas(second, cs, fonts);
                Tag root = structure.root();
                float y = a4.getHeight() - MARGIN;
                float half = (width - 14) / 2;
                JFreeChart byHour = byHour(report, chartFont);
                chart(doc, c, byHour, root.figure(describe(byHour)), MARGIN, y, half, 200);
                JFreeChart printsSaves = printsSaves(report, chartFont);
                y = chart(doc, c, printsSaves, root.figure(describe(printsSaves)), MARGIN + half + 14, y,
                        half, 200);
                y -= 18;
                List<List<String>> notices = playRows(report.byNotice()).stream().map(row -> {
                    List<String> named = new ArrayList<>(row);
                    named.set(0, noticeName.apply(row.get(0)));
                    return List.copyOf(named);
                }).toList();
                if (!notices.isEmpty()) {
                    y = table(c, fonts, root, t("noticesShown"), List.of(t("notice"), t("timesShown"), t("secondsShown")),
                            notices, y, width, 8);
                    y -= 14;
                }
                y = table(c, fonts, root, t("proofOfPlay"), List.of(t("slide"), t("timesShown"), t("secondsShown")),
                        playRows(report.bySlide()), y, width, notices.isEmpty() ? 30 : 30 - 2 - Math.min(8,
                                notices.size()));
                y -= 14;
                List<List<String>> kiosks = new ArrayList<>();
                report.byKiosk().forEach((k, v) -> kiosks.add(List.of(k, Long.toString(v.sessions()),
                        Long.toString(v.printed()), Long.toString(v.saved()), Long.toString(v.slidesShown()))));
                y = table(c, fonts, root, t("byKiosk"), List.of(t("kiosk"), t("sessions"), t("printed"), t("saved"),
                        t("slides")), kiosks, y, width, 8);
                y -= 14;
                List<List<String>> languages = new ArrayList<>();
                report.byLanguage().forEach((l, n) -> languages.add(List.of(l, Long.toString(n))));
                table(c, fonts, root, t("languages"), List.of("", t("sessions")), languages, y, width, 6);
                // The note is read once, at the end; page 1's copy is page furniture.
                footer(c, fonts, 2, 2, width, root.paragraph());
            }

            var info = doc.getDocumentInformation();
            info.setTitle(t("title") + " " + report.from() + " – " + report.to());
            info.setAuthor(clinicName);
            info.setCreator("Physio Kiosk");
            Calendar now = GregorianCalendar.from(ZonedDateTime.now(clock));
            info.setCreationDate(now);
            info.setProducer("Physio Kiosk with Apache PDFBox");
            info.setModificationDate(now);
            structure.finish(locale.toLanguageTag());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new PdfException("The usage report could not be made: " + e.getMessage(), e);
        }
    }

    /** The key figures as tiles; read as a list of "label value" items. */
    private float figures(PdfCanvas c, PdfFonts fonts, UsageReport r, float top, float width, Tag list)
            throws IOException {
        UsageReport.Counts t = r.total();
        List<String[]> tiles = List.of(
                new String[] {t("sessions"), Long.toString(t.sessions())},
                new String[] {t("printed"), Long.toString(t.printed())},
                new String[] {t("saved"), Long.toString(t.saved())},
                new String[] {t("conversion"), String.format(locale, "%.0f %%", r.conversionPercent())},
                new String[] {t("finished"), Long.toString(t.finished())},
                new String[] {t("timedOut"), Long.toString(t.timedOut())},
                new String[] {t("median"), duration(r.medianSessionSeconds())},
                new String[] {t("slides"), Long.toString(t.slidesShown())});
        float gap = 8;
        float w = (width - 3 * gap) / 4;
        float h = 52;
        for (int i = 0; i < tiles.size(); i++) {
            float x = MARGIN + (i % 4) * (w + gap);
            float y = top - (i / 4) * (h + gap) - h;
            c.fillRoundRect(x, y, w, h, 8, PdfCanvas.NEUTRAL_BG);
            Tag item = list.item().body();
            c.text(item, fonts.clean(tiles.get(i)[0]), fonts.regular, 9, PdfCanvas.MUTED, x + 10, y + 10);
            c.text(item, fonts.clean(tiles.get(i)[1]), fonts.bold, 18, PdfCanvas.HEADING, x + 10, y + h - 24);
        }
        return top - 2 * h - gap;
    }

    private static String duration(long seconds) {
        return seconds < 60 ? seconds + " s" : (seconds / 60) + " min " + (seconds % 60) + " s";
    }

    private List<List<String>> playRows(java.util.Map<String, UsageReport.Play> plays) {
        List<List<String>> rows = new ArrayList<>();
        plays.entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue().times(), a.getValue().times()))
                .forEach(e -> rows.add(List.of(e.getKey(), Long.toString(e.getValue().times()),
                        String.format(locale, "%.0f", e.getValue().seconds()))));
        return rows;
    }

    /**
     * A titled table (H2 and Table): a header row of column headers, then the rows, each led by a
     * row header (the slide, the kiosk, the language).
     */
    private float table(PdfCanvas c, PdfFonts fonts, Tag parent, String title, List<String> header,
                        List<List<String>> rows, float top, float width, int maxRows) throws IOException {
        float y = top;
        Tag sect = parent.section();
        c.text(sect.heading(2), fonts.clean(title), fonts.bold, 12.5f, PdfCanvas.HEADING, MARGIN, y - 12.5f);
        Tag table = sect.table();
        Tag headRow = table.row();
        y -= 22;
        float first = width * 0.52f;
        float col = (width - first) / Math.max(1, header.size() - 1);
        float rowH = 14;
        c.fillRoundRect(MARGIN, y - rowH, width, rowH, 3, PdfCanvas.DOSE_BG);
        for (int i = 0; i < header.size(); i++) {
            float x = i == 0 ? MARGIN + 4 : MARGIN + first + (i - 1) * col + 4;
            c.text(headRow.header(Tag.Scope.COLUMN), fonts.clean(header.get(i)), fonts.bold, 8.5f,
                    PdfCanvas.DOSE_TEXT, x, y - 10);
        }
        y -= rowH;
        for (List<String> row : rows.subList(0, Math.min(maxRows, rows.size()))) {
            Tag tr = table.row();
            for (int i = 0; i < row.size(); i++) {
                float x = i == 0 ? MARGIN + 4 : MARGIN + first + (i - 1) * col + 4;
                float limit = (i == 0 ? first : col) - 8;
                c.text(i == 0 ? tr.header(Tag.Scope.ROW) : tr.cell(), fit(fonts, row.get(i), 8.5f, limit),
                        fonts.regular, 8.5f, PdfCanvas.TEXT, x, y - 10);
            }
            c.line(MARGIN, y - rowH, MARGIN + width, y - rowH, PdfCanvas.RULE, 0.5f);
            y -= rowH;
        }
        return y;
    }

    /**
     * The cell's text cut to fit {@code limit} points, with "…" where it was cut. A usage file
     * can hold any text: it is first capped at {@link #MAX_CELL_CHARS} characters, then the cut
     * is found by halving, so the work stays linear in the text whatever its length.
     */
    static String fit(PdfFonts fonts, String text, float size, float limit) {
        String cell = fonts.clean(ChartData.cap(text, MAX_CELL_CHARS));
        if (fonts.width(fonts.regular, cell, size) <= limit) {
            return cell;
        }
        int lo = 0;
        int hi = cell.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            if (fonts.width(fonts.regular, cell.substring(0, mid) + "…", size) <= limit) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        if (lo > 0 && Character.isHighSurrogate(cell.charAt(lo - 1))) {
            lo--;
        }
        return cell.substring(0, lo) + "…";
    }

    /** The rule and the page number are artifacts; the note is {@code noteTag}, or an artifact when null. */
    private void footer(PdfCanvas c, PdfFonts fonts, int page, int pages, float width, Tag noteTag)
            throws IOException {
        float y = MARGIN;
        c.line(MARGIN, y + 10, MARGIN + width, y + 10, PdfCanvas.RULE, 0.8f);
        c.text(noteTag, fonts.clean(t("note")), fonts.regular, 7.5f, PdfCanvas.MUTED, MARGIN, y);
        String label = MessageFormat.format(texts.getString("page"), page, pages);
        c.text(null, label, fonts.regular, 8, PdfCanvas.MUTED, MARGIN + width - fonts.width(fonts.regular, label, 8),
                y);
    }

    /** Draws a chart as a vector form, a figure, with its top-left at (x, top); returns the y below it. */
    private static float chart(PDDocument doc, PdfCanvas c, JFreeChart chart, Tag figure, float x, float top,
                               float w, float h) throws IOException {
        PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, w, h);
        try {
            chart.draw(g, new Rectangle2D.Float(0, 0, w, h));
        } finally {
            g.dispose();
        }
        PDFormXObject form = g.getXFormObject();
        c.figure(figure, form, w, h, x, top - h, w, h);
        return top - h;
    }

    /**
     * A chart's text alternative: its title and every bar's label and value ("Visits by hour: 07 0;
     * 08 3; …"), the numbers a person reads off the bars. At most 60 bars are named.
     */
    static String describe(JFreeChart chart) {
        StringBuilder out = new StringBuilder(chart.getTitle() == null ? "" : chart.getTitle().getText());
        org.jfree.data.category.CategoryDataset data = ((CategoryPlot) chart.getPlot()).getDataset();
        int columns = data.getColumnCount();
        out.append(": ");
        for (int col = 0; col < Math.min(columns, 60); col++) {
            Number n = data.getValue(0, col);
            out.append(col == 0 ? "" : "; ").append(ChartData.cap(String.valueOf(data.getColumnKey(col)),
                    ChartData.MAX_LABEL_CHARS)).append(' ').append(n == null ? 0 : n);
        }
        if (columns > 60) {
            out.append("; …");
        }
        if (columns == 0) {
            out.append("0");
        }
        return out.toString();
    }

    // --- charts -------------------------------------------------------------------------------

    private JFreeChart perDay(UsageReport r, Font font) {
        DefaultCategoryDataset data = ChartData.perDay(r, t("sessions"));
        JFreeChart chart = ChartFactory.createBarChart(t("perDay"), null, null, data, PlotOrientation.VERTICAL,
                false, false, false);
        style(chart, font);
        CategoryAxis axis = ((CategoryPlot) chart.getPlot()).getDomainAxis();
        axis.setCategoryLabelPositions(r.byDay().size() > 14 ? CategoryLabelPositions.UP_90
                : CategoryLabelPositions.STANDARD);
        return chart;
    }

    private JFreeChart symptoms(UsageReport r, Font font, Function<String, String> name) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        r.bySymptom().entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0])).limit(8)
                .forEach(e -> data.addValue(e.getValue()[0], t("sessions"), ChartData.Label.of(e.getKey(), name.apply(e.getKey()))));
        JFreeChart chart = ChartFactory.createBarChart(t("topSymptoms"), null, null, data,
                PlotOrientation.HORIZONTAL, false, false, false);
        style(chart, font);
        // Symptoms are said in a patient's words: give the labels the room they need.
        ((CategoryPlot) chart.getPlot()).getDomainAxis().setMaximumCategoryLabelWidthRatio(0.45f);
        return chart;
    }

    private JFreeChart printsSaves(UsageReport r, Font font) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        data.addValue(r.total().printed(), t("printsSaves"), t("printed"));
        data.addValue(r.total().saved(), t("printsSaves"), t("saved"));
        data.addValue(r.total().printFailed(), t("printsSaves"), t("printFailed"));
        JFreeChart chart = ChartFactory.createBarChart(t("printsSaves"), null, null, data, PlotOrientation.VERTICAL,
                false, false, false);
        style(chart, font);
        return chart;
    }

    private JFreeChart byHour(UsageReport r, Font font) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        long[] hours = r.byHour();
        for (int h = 7; h <= 20; h++) {
            data.addValue(hours[h], t("sessions"), String.format(Locale.ROOT, "%02d", h));
        }
        JFreeChart chart = ChartFactory.createBarChart(t("byHour"), null, null, data, PlotOrientation.VERTICAL,
                false, false, false);
        style(chart, font);
        return chart;
    }

    /** The kiosk's palette and font on every chart: calm, readable in grey-scale print. */
    private static void style(JFreeChart chart, Font font) {
        StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
        theme.setExtraLargeFont(font.deriveFont(Font.BOLD, 12f));
        theme.setLargeFont(font.deriveFont(Font.BOLD, 10f));
        theme.setRegularFont(font.deriveFont(8.5f));
        theme.setSmallFont(font.deriveFont(7.5f));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setRangeGridlinePaint(PdfCanvas.RULE);
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        theme.apply(chart);
        chart.getTitle().setPaint(PdfCanvas.HEADING);
        CategoryPlot plot = (CategoryPlot) chart.getPlot();
        plot.setOutlineVisible(false);
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        ((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        BarRenderer bars = (BarRenderer) plot.getRenderer();
        bars.setSeriesPaint(0, PdfCanvas.TEAL);
        bars.setMaximumBarWidth(0.08);
        bars.setItemMargin(0.02);
    }

    private Font chartFont() {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, mediaDir.resolve("fonts").resolve(PdfFonts.REGULAR).toFile());
        } catch (IOException | FontFormatException e) {
            return new Font(Font.SANS_SERIF, Font.PLAIN, 10);
        }
    }

    /** Every report text goes through MessageFormat, so an apostrophe is always written '' in the bundles. */
    private String t(String key) {
        return new MessageFormat(texts.getString(key), locale).format(new Object[0]);
    }
}
