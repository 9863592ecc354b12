package org.physiokiosk.ui.staff;

import java.awt.BorderLayout;
import java.awt.Color;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;
import java.util.concurrent.Executor;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.physiokiosk.report.ChartData;
import org.physiokiosk.stats.UsageReport;
import org.physiokiosk.ui.Texts;
import org.physiokiosk.ui.theme.KioskTheme;

/** Usage charts for a period, and exporting the report for the manager. */
final class ReportsTab extends JPanel {
    private static final long serialVersionUID = 1L;
    static final int MAX_BARS = 12;

    private final transient StaffServices services;
    private final Texts texts;
    private final transient Executor work;
    private final JTextField from = new JTextField(10);
    private final JTextField to = new JTextField(10);
    private final JLabel summary = StaffUi.label(" ", "font: bold +3");
    private final JLabel status = StaffUi.label(" ", "font: +2");
    private final JPanel charts = new JPanel(new MigLayout("fill, insets 0, gap 12lp", "[55%, fill][45%, fill]",
            "[grow, fill]"));

    ReportsTab(StaffServices services, Texts texts, Executor work) {
        super(new MigLayout("fill, insets 16lp, wrap 1, gap 8lp", "[grow, fill]", "[][][grow, fill][]"));
        this.services = services;
        this.texts = texts;
        this.work = work;
        setMinimumSize(new java.awt.Dimension(0, 0));
        setName("staff-reports");
        from.setName("reports-from");
        to.setName("reports-to");
        JPanel period = new JPanel(new MigLayout("insets 0, gap 8lp"));
        period.add(StaffUi.button("reports-today", texts.get("staff.reports.today"), "kioskSmall", e -> days(0)));
        period.add(StaffUi.button("reports-week", texts.get("staff.reports.week"), "kioskSmall", e -> days(6)));
        period.add(StaffUi.button("reports-month", texts.get("staff.reports.month"), "kioskSmall", e -> days(29)));
        period.add(new JLabel(texts.get("staff.reports.from")), "gapleft 20lp");
        period.add(from);
        period.add(new JLabel(texts.get("staff.reports.to")));
        period.add(to);
        period.add(StaffUi.button("reports-show", texts.get("staff.reports.show"), "kioskSmall", e -> showPeriod()));
        add(period);
        summary.setName("reports-summary");
        add(summary);
        add(charts);
        JPanel export = new JPanel(new MigLayout("insets 0, gap 8lp"));
        export.add(StaffUi.button("reports-export", texts.get("staff.reports.export"), "kioskSecondary",
                e -> export(false)));
        export.add(StaffUi.button("reports-export-usb", texts.get("staff.reports.exportUsb"), "kioskSecondary",
                e -> export(true)));
        status.setName("reports-status");
        export.add(status, "gapleft 12lp");
        add(export);
        days(6);
    }

    private void days(int back) {
        LocalDate today = LocalDate.now();
        from.setText(today.minusDays(back).toString());
        to.setText(today.toString());
        showPeriod();
    }

    private LocalDate[] range() {
        try {
            LocalDate a = LocalDate.parse(from.getText().strip());
            LocalDate b = LocalDate.parse(to.getText().strip());
            if (a.isAfter(b)) {
                status.setText("\"From\" is after \"To\".");
                return null;
            }
            return new LocalDate[] {a, b};
        } catch (DateTimeParseException e) {
            status.setText("Dates are written as YYYY-MM-DD, e.g. 2026-11-01.");
            return null;
        }
    }

    private void showPeriod() {
        LocalDate[] r = range();
        if (r == null) {
            return;
        }
        status.setText(texts.get("staff.busy"));
        StaffUi.slow(work, () -> services.report(r[0], r[1]), this::draw, status::setText);
    }

    private void draw(UsageReport report) {
        status.setText(" ");
        UsageReport.Counts t = report.total();
        summary.setText(texts.get("staff.reports.summary", t.sessions(), t.printed(), t.saved(),
                String.format(Locale.ROOT, "%.0f", report.conversionPercent()), report.medianSessionSeconds()));
        DefaultCategoryDataset perDay = ChartData.perDay(report, "visits");
        DefaultCategoryDataset picked = picked(report, s -> services.content().library().symptom(s)
                .map(x -> x.label()).orElse(s));
        charts.removeAll();
        charts.add(panel(ChartFactory.createBarChart("Visits per day", null, null, perDay,
                PlotOrientation.VERTICAL, false, true, false)));
        charts.add(panel(ChartFactory.createBarChart("What patients picked", null, null, picked,
                PlotOrientation.HORIZONTAL, false, true, false)));
        charts.revalidate();
        charts.repaint();
    }

    /**
     * What patients picked, most picked first, at most {@link #MAX_BARS} bars: a usage file
     * may name any number of "symptoms", of any length, and the chart must still draw at once.
     */
    static DefaultCategoryDataset picked(UsageReport report, Function<String, String> name) {
        DefaultCategoryDataset picked = new DefaultCategoryDataset();
        report.bySymptom().entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]))
                .limit(MAX_BARS)
                .forEach(e -> picked.addValue(e.getValue()[0], "picked", ChartData.Label.of(e.getKey(),
                        name.apply(e.getKey()))));
        return picked;
    }

    private static JPanel panel(JFreeChart chart) {
        CategoryPlot plot = (CategoryPlot) chart.getPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(KioskTheme.color("Kiosk.tileBorder"));
        plot.setOutlineVisible(false);
        BarRenderer bars = (BarRenderer) plot.getRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, KioskTheme.color("Kiosk.teal"));
        chart.setBackgroundPaint(KioskTheme.color("Kiosk.background"));
        JPanel holder = new JPanel(new BorderLayout());
        holder.add(new ChartPanel(chart), BorderLayout.CENTER);
        return holder;
    }

    private void export(boolean usb) {
        LocalDate[] r = range();
        if (r == null) {
            return;
        }
        status.setText(texts.get("staff.busy"));
        StaffUi.slow(work, () -> services.exportReport(r[0], r[1], usb),
                dir -> status.setText(texts.get("staff.reports.exported", dir)), status::setText);
    }
}
