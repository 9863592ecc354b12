package org.physiokiosk.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;
import javax.swing.SwingUtilities;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.physiokiosk.staff.ReportsView;
import org.physiokiosk.ui.theme.KioskTheme;

/** The staff charts count whole visits: drawn headless, their axis ticks are whole numbers. */
class ReportChartsTest {

    @BeforeAll
    static void theme() throws Exception {
        SwingUtilities.invokeAndWait(KioskTheme::install);
    }

    private static NumberAxis drawn(List<ReportsView.Row> rows, boolean vertical, int w, int h) {
        JFreeChart chart = ReportCharts.bars("Visits per day", "Day", "Visits", rows, vertical, Locale.ENGLISH, null);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            chart.draw(g, new Rectangle2D.Double(0, 0, w, h));
        } finally {
            g.dispose();
        }
        return (NumberAxis) ((CategoryPlot) chart.getPlot()).getRangeAxis();
    }

    private static ReportsView.Row row(String day, long n) {
        return new ReportsView.Row(day, day, day, n);
    }

    @Test
    void smallCountsTickAtWholeNumbers() {
        for (int h : new int[] {300, 600, 1200}) {
            NumberAxis axis = drawn(List.of(row("2026-11-01", 0), row("2026-11-02", 2), row("2026-11-03", 1)), true,
                    800, h);
            double unit = axis.getTickUnit().getSize();
            assertThat(unit).as("tick unit at height " + h).isGreaterThanOrEqualTo(1.0);
            assertThat(unit % 1.0).as("tick unit at height " + h).isZero();
            assertThat(axis.getLowerBound()).isZero();
            assertThat(axis.getUpperBound()).as("the highest bar is whole").isGreaterThanOrEqualTo(2.0);
            assertThat(axis.getTickUnit().valueToString(1.0)).isEqualTo("1");
        }
    }

    @Test
    void noVisitsAtAllStillTicksAtWholeNumbersAndLargeCountsToo() {
        NumberAxis none = drawn(List.of(row("2026-11-01", 0)), true, 800, 600);
        assertThat(none.getTickUnit().getSize() % 1.0).isZero();
        assertThat(none.getLowerBound()).isZero();
        assertThat(none.getUpperBound()).isGreaterThanOrEqualTo(1.0);
        NumberAxis many = drawn(List.of(row("a", 1234), row("b", 7)), false, 800, 600);
        assertThat(many.getTickUnit().getSize() % 1.0).isZero();
    }

    @Test
    void thirtyDaysKeepThirtyBarsButFewLabels() {
        List<ReportsView.Row> days = new java.util.ArrayList<>();
        for (int d = 1; d <= 30; d++) {
            days.add(row("2026-11-" + (d < 10 ? "0" : "") + d, d % 3));
        }
        JFreeChart chart = ReportCharts.bars("Visits per day", "Day", "Visits", days, true, Locale.ENGLISH, null);
        List<?> keys = ((CategoryPlot) chart.getPlot()).getDataset().getColumnKeys();
        assertThat(keys).hasSize(30);
        assertThat(keys.stream().filter(k -> !k.toString().isEmpty()).count())
                .isBetween(3L, (long) ReportCharts.MAX_LABELS);
    }
}
