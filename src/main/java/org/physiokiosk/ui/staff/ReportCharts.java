package org.physiokiosk.ui.staff;

import java.awt.Color;
import java.awt.Font;
import java.util.List;
import java.util.Locale;
import javax.swing.UIManager;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.physiokiosk.report.ChartData;
import org.physiokiosk.staff.ReportsView;
import org.physiokiosk.ui.theme.KioskTheme;

/**
 * The staff Reports tab's bar charts: counts on whole-number axes (a visit is never 0.1),
 * titles and axis labels in the staff language, in the theme's colours and large type.
 */
final class ReportCharts {

    /** Above this many bars, the labels under a vertical chart are turned so they do not overlap. */
    private static final int TURN_LABELS_ABOVE = 10;
    /** At most this many labels under a vertical chart's bars. */
    static final int MAX_LABELS = 10;

    private ReportCharts() {
    }

    /**
     * A bar per row, vertical (visits per day) or horizontal (what patients picked).
     *
     * @param category the axis of the labels ("Day"); value: the axis of the counts ("Visits")
     * @param font     the staff screen's text font (larger with A+), or null for the theme's
     */
    static JFreeChart bars(String title, String category, String value, List<ReportsView.Row> rows,
                           boolean vertical, Locale locale, Font font) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        // Thirty dates under thirty bars overlap: every day keeps its bar, one in {@code every} its label
        // (the table under the chart names each day).
        int every = vertical ? Math.max(1, (rows.size() + MAX_LABELS - 1) / MAX_LABELS) : 1;
        for (int i = 0; i < rows.size(); i++) {
            ReportsView.Row r = rows.get(i);
            data.addValue(r.count(), value, ChartData.Label.of(r.id(), i % every == 0 ? r.label() : ""));
        }
        JFreeChart chart = ChartFactory.createBarChart(title, category, value, data,
                vertical ? PlotOrientation.VERTICAL : PlotOrientation.HORIZONTAL, false, true, false);
        CategoryPlot plot = (CategoryPlot) chart.getPlot();
        // Counts read along the bottom, as on paper, in both orientations.
        plot.setRangeAxisLocation(vertical ? AxisLocation.BOTTOM_OR_LEFT : AxisLocation.BOTTOM_OR_RIGHT);
        wholeNumbers((NumberAxis) plot.getRangeAxis(), locale, rows.stream().mapToLong(ReportsView.Row::count)
                .max().orElse(0));
        Font base = font != null ? font : UIManager.getFont("Label.font");
        float size = base == null ? 14f : base.getSize2D();
        chart.getTitle().setFont(base == null ? new Font(Font.SANS_SERIF, Font.BOLD, 20)
                : base.deriveFont(Font.BOLD, size * 1.4f));
        chart.getTitle().setPaint(KioskTheme.color("Kiosk.heading"));
        Font ticks = base == null ? new Font(Font.SANS_SERIF, Font.PLAIN, 14) : base.deriveFont(size * 1.05f);
        Font labels = ticks.deriveFont(Font.BOLD);
        CategoryAxis cats = plot.getDomainAxis();
        cats.setTickLabelFont(ticks);
        cats.setLabelFont(labels);
        // Beside horizontal bars each name keeps one line (cut with "…" if it must be): two-line names overlap
        // when the bars are many. The table under the chart gives every name whole.
        cats.setMaximumCategoryLabelLines(vertical ? 2 : 1);
        if (!vertical) {
            cats.setMaximumCategoryLabelWidthRatio(0.45f);
        }
        if (vertical && rows.size() > TURN_LABELS_ABOVE) {
            cats.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        plot.getRangeAxis().setTickLabelFont(ticks);
        plot.getRangeAxis().setLabelFont(labels);
        Color text = KioskTheme.color("Kiosk.text");
        cats.setTickLabelPaint(text);
        cats.setLabelPaint(text);
        plot.getRangeAxis().setTickLabelPaint(text);
        plot.getRangeAxis().setLabelPaint(text);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(KioskTheme.color("Kiosk.tileBorder"));
        plot.setOutlineVisible(false);
        BarRenderer bars = (BarRenderer) plot.getRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setMaximumBarWidth(0.08);
        bars.setSeriesPaint(0, KioskTheme.color("Kiosk.teal"));
        chart.setBackgroundPaint(KioskTheme.color("Kiosk.background"));
        return chart;
    }

    /**
     * Counts on an axis: ticks only at whole numbers (0, 1, 2 …, or 5, 10 … for large counts),
     * written in the staff language, starting at 0 and never shorter than 0 to 1.
     */
    static void wholeNumbers(NumberAxis axis, Locale locale, long max) {
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(locale));
        axis.setAutoRangeIncludesZero(true);
        axis.setAutoRangeStickyZero(true);
        if (max == 0) {
            // Nothing counted: 0 to 1 rather than JFreeChart's -0.5 to 0.5 around nothing.
            axis.setRange(0, 1);
        }
    }
}
