package org.physiokiosk.ui.staff;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.BorderLayout;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.SwingConstants;
import javax.swing.table.AbstractTableModel;
import javax.swing.table.DefaultTableCellRenderer;
import net.miginfocom.swing.MigLayout;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.data.category.DefaultCategoryDataset;
import org.physiokiosk.report.ChartData;
import org.physiokiosk.staff.ReportsView;
import org.physiokiosk.stats.UsageReport;
import org.physiokiosk.ui.Texts;
import org.physiokiosk.ui.journey.ButtonLines;

/**
 * Usage charts for a period, each with a table of its exact numbers under it, and exporting
 * the report for the manager. The state is {@link ReportsView}'s; this panel binds it.
 */
final class ReportsTab extends JPanel {
    private static final long serialVersionUID = 1L;
    static final int MAX_BARS = ReportsView.MAX_PICKED;

    private final transient StaffServices services;
    private final Texts texts;
    private final transient Executor work;
    private final transient ReportsView view;
    private final JTextField from = new JTextField(10);
    private final JTextField to = new JTextField(10);
    private final JLabel summary = StaffUi.wrapping(" ", "font: bold +3", javax.swing.SwingConstants.LEADING);
    private final JLabel status = StaffUi.wrapping(" ", "font: +2", javax.swing.SwingConstants.LEADING);
    /** Charts above, their tables below; the widths shared 55:45 whatever the charts would like. */
    private final JPanel charts = new JPanel(new MigLayout("fill, insets 0, gap 16lp 8lp",
            "[0:0:max, grow 55, fill][0:0:max, grow 45, fill]", "[200lp:240lp, grow 55, fill][130lp:160lp, grow 45, fill]"));
    private final RowsModel visitsRows;
    private final RowsModel pickedRows;
    private final RowsModel noticeRows;
    /** Plays per notice: shown only when the period has some. */
    private final JPanel notices = new JPanel(new MigLayout("fill, insets 0, wrap 1, gap 4lp", "[0:0:max, grow, fill]",
            "[][100lp:130lp, fill]"));
    /** The report on screen, drawn again when the text size changes (A+). */
    private transient UsageReport shown;

    ReportsTab(StaffServices services, Texts texts, Executor work) {
        super(new java.awt.BorderLayout());
        // The page scrolls when a small screen or larger text leaves it too little height.
        JPanel page = new WidthOfViewport(new MigLayout("fill, insets 16lp, wrap 1, gap 8lp", "[0:0:max, grow, fill]",
                "[][][grow, fill][]"), true);
        add(StaffUi.scrollDown(page), java.awt.BorderLayout.CENTER);
        this.services = services;
        this.texts = texts;
        this.work = work;
        this.view = new ReportsView(texts.locale(), texts::get);
        this.visitsRows = new RowsModel(texts.get("staff.reports.day"), texts.get("staff.reports.visits"));
        this.pickedRows = new RowsModel(texts.get("staff.reports.symptom"), texts.get("staff.reports.timesPicked"));
        this.noticeRows = new RowsModel(texts.get("staff.reports.notice"), texts.get("staff.reports.timesShown"));
        setMinimumSize(new java.awt.Dimension(0, 0));
        setName("staff-reports");
        from.setName("reports-from");
        to.setName("reports-to");
        from.putClientProperty(FlatClientProperties.STYLE, "font: +2");
        to.putClientProperty(FlatClientProperties.STYLE, "font: +2");
        JPanel quick = new JPanel(new MigLayout("insets 0, gap 8lp"));
        quick.add(StaffUi.button("reports-today", texts.get("staff.reports.today"), "kioskSmall", e -> days(0)));
        quick.add(StaffUi.button("reports-week", texts.get("staff.reports.week"), "kioskSmall", e -> days(6)));
        quick.add(StaffUi.button("reports-month", texts.get("staff.reports.month"), "kioskSmall", e -> days(29)));
        JPanel range = new JPanel(new MigLayout("insets 0, gap 8lp"));
        range.add(StaffUi.label(texts.get("staff.reports.from"), "font: +2"));
        range.add(from);
        range.add(StaffUi.label(texts.get("staff.reports.to"), "font: +2"));
        range.add(to);
        range.add(StaffUi.button("reports-show", texts.get("staff.reports.show"), "kioskSmall", e -> showPeriod()));
        // The quick periods and the dates on two lines when one is too narrow (1280 wide, larger text).
        page.add(new ButtonLines("reports-period", "left", "20lp", false, List.of(quick, range)), "wmin 0");
        summary.setName("reports-summary");
        page.add(summary, "wmin 0");
        charts.add(new JPanel(), "cell 0 0");
        charts.add(new JPanel(), "cell 1 0");
        charts.add(table("reports-visits-table", visitsRows), "cell 0 1");
        charts.add(table("reports-picked-table", pickedRows), "cell 1 1");
        page.add(charts, "wmin 0");
        notices.setName("reports-notices");
        notices.add(StaffUi.label(view.noticesTitle(), "font: bold +3; foreground: $Kiosk.heading"));
        notices.add(table("reports-notices-table", noticeRows));
        notices.setVisible(false);
        page.add(notices, "wmin 0, hidemode 3");
        // The status has a line of its own under the buttons: beside them, a translated message ran past
        // the right edge at 1280x1024.
        page.add(new ButtonLines("reports-export-buttons", "left", "8lp", false, List.of(
                StaffUi.button("reports-export", texts.get("staff.reports.export"), "kioskSecondary",
                        e -> export(false)),
                StaffUi.button("reports-export-usb", texts.get("staff.reports.exportUsb"), "kioskSecondary",
                        e -> export(true)))), "wmin 0");
        status.setName("reports-status");
        page.add(status, "wmin 0");
        days(6);
        addPropertyChangeListener("font", e -> {
            if (shown != null) {
                draw(shown);
            }
        });
    }

    private void days(int back) {
        view.lastDays(back, LocalDate.now());
        from.setText(view.fromText());
        to.setText(view.toText());
        showPeriod();
    }

    private void showPeriod() {
        view.period(from.getText(), to.getText());
        view.range().ifPresentOrElse(r -> {
            StaffUi.wrap(status, texts.get("staff.busy"));
            StaffUi.slow(work, () -> services.report(r[0], r[1]), this::draw, t -> StaffUi.wrap(status, t));
        }, () -> StaffUi.wrap(status, view.problem()));
    }

    private void draw(UsageReport report) {
        shown = report;
        view.show(report, s -> services.content().library().symptom(s).map(x -> x.label()).orElse(s),
                n -> services.content().library().notice(n).map(x -> x.title()).orElse(n));
        ReportsView.Summary t = view.summary().orElseThrow();
        StaffUi.wrap(status, t.visits() == 0 ? texts.get("staff.reports.noVisits") : " ");
        StaffUi.wrap(summary, texts.get("staff.reports.summary", t.visits(), t.printed(), t.saved(), t.percent(),
                t.medianSeconds()));
        replace(0, ReportCharts.bars(view.visitsTitle(), texts.get("staff.reports.day"),
                texts.get("staff.reports.visits"), view.perDay(), true, texts.locale(), getFont()), "reports-visits-chart");
        replace(1, ReportCharts.bars(view.pickedTitle(), null, texts.get("staff.reports.timesPicked"),
                view.picked(), false, texts.locale(), getFont()), "reports-picked-chart");
        visitsRows.show(view.perDay());
        pickedRows.show(view.picked());
        noticeRows.show(view.notices());
        notices.setVisible(!view.notices().isEmpty());
        charts.revalidate();
        charts.repaint();
    }

    private void replace(int column, JFreeChart chart, String name) {
        charts.remove(charts.getComponent(column));
        ChartPanel panel = new ChartPanel(chart, false, false, false, false, true);
        // Small preferred size: the layout, not JFreeChart's 680x420 default, shares the height with the table.
        panel.setPreferredSize(new java.awt.Dimension(200, 150));
        panel.setName(name);
        panel.setMinimumDrawWidth(0);
        panel.setMinimumDrawHeight(0);
        panel.setMaximumDrawWidth(4000);
        panel.setMaximumDrawHeight(3000);
        JPanel holder = new JPanel(new BorderLayout());
        holder.add(panel, BorderLayout.CENTER);
        charts.add(holder, "cell " + column + " 0", column);
    }

    /** A table of exact numbers in large type: label and count, counts on the right. */
    private static JScrollPane table(String name, RowsModel model) {
        JTable t = new JTable(model);
        t.setName(name);
        t.putClientProperty(FlatClientProperties.STYLE, "font: +4");
        t.getTableHeader().putClientProperty(FlatClientProperties.STYLE, "font: bold +3");
        // The style has made the font large already; the padding scales with the screen as the font does.
        t.setRowHeight(t.getFontMetrics(t.getFont()).getHeight() + com.formdev.flatlaf.util.UIScale.scale(12));
        t.setFillsViewportHeight(true);
        t.setShowVerticalLines(false);
        t.setFocusable(false);
        t.setRowSelectionAllowed(false);
        DefaultTableCellRenderer right = new DefaultTableCellRenderer();
        right.setHorizontalAlignment(SwingConstants.RIGHT);
        t.getColumnModel().getColumn(1).setCellRenderer(right);
        // The count column as wide as its heading (or a 5-digit count), the rest for the day or the name.
        // Measured in the cells' font made bold: at least as wide as the heading's (bold, a size smaller).
        java.awt.FontMetrics head = t.getFontMetrics(t.getFont().deriveFont(java.awt.Font.BOLD));
        java.awt.FontMetrics cell = t.getFontMetrics(t.getFont());
        int count = Math.max(head.stringWidth(model.getColumnName(1)), cell.stringWidth("00000"))
                + com.formdev.flatlaf.util.UIScale.scale(28);
        t.getColumnModel().getColumn(1).setPreferredWidth(count);
        t.getColumnModel().getColumn(1).setMaxWidth(count);
        t.getColumnModel().getColumn(1).setMinWidth(count);
        t.getColumnModel().getColumn(0).setPreferredWidth(count * 4);
        JScrollPane scroll = new JScrollPane(t, JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED,
                JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
        scroll.setMinimumSize(new java.awt.Dimension(0, 0));
        scroll.setPreferredSize(new java.awt.Dimension(200, 150));
        scroll.getVerticalScrollBar().setUnitIncrement(24);
        return scroll;
    }

    /** Rows of a report table: what (a day, a symptom) and how many. */
    private static final class RowsModel extends AbstractTableModel {
        private static final long serialVersionUID = 1L;
        private final String[] headings;
        private transient List<ReportsView.Row> rows = List.of();

        RowsModel(String what, String count) {
            headings = new String[] {what, count};
        }

        void show(List<ReportsView.Row> shown) {
            rows = List.copyOf(shown);
            fireTableDataChanged();
        }

        @Override
        public int getRowCount() {
            return rows.size();
        }

        @Override
        public int getColumnCount() {
            return 2;
        }

        @Override
        public String getColumnName(int column) {
            return headings[column];
        }

        @Override
        public Object getValueAt(int row, int column) {
            ReportsView.Row r = rows.get(row);
            return column == 0 ? r.text() : Long.toString(r.count());
        }
    }

    /**
     * What patients picked, most picked first, at most {@link #MAX_BARS} bars: a usage file
     * may name any number of "symptoms", of any length, and the chart must still draw at once.
     */
    static DefaultCategoryDataset picked(UsageReport report, Function<String, String> name) {
        ReportsView v = new ReportsView(java.util.Locale.ENGLISH, k -> k);
        v.show(report, name);
        DefaultCategoryDataset picked = new DefaultCategoryDataset();
        v.picked().forEach(r -> picked.addValue(r.count(), "picked", ChartData.Label.of(r.id(), r.label())));
        return picked;
    }

    private void export(boolean usb) {
        view.period(from.getText(), to.getText());
        view.range().ifPresentOrElse(r -> {
            StaffUi.wrap(status, texts.get("staff.busy"));
            StaffUi.slow(work, () -> services.exportReport(r[0], r[1], usb),
                    dir -> StaffUi.wrap(status, texts.get("staff.reports.exported", dir)), t -> StaffUi.wrap(status, t));
        }, () -> StaffUi.wrap(status, view.problem()));
    }
}
