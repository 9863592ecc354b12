package org.physiokiosk.ui.staff;

import com.formdev.flatlaf.FlatClientProperties;
import com.formdev.flatlaf.util.UIScale;
import java.awt.Component;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.UIManager;
import javax.swing.table.AbstractTableModel;
import javax.swing.table.DefaultTableCellRenderer;
import net.miginfocom.swing.MigLayout;
import org.physiokiosk.staff.ContentReview;
import org.physiokiosk.staff.ContentReview.Item;
import org.physiokiosk.staff.ContentReview.Kind;
import org.physiokiosk.staff.ReviewEntry;
import org.physiokiosk.ui.Texts;

/**
 * The content a clinician should review ({@link ContentReview}): how many, who reviews and how
 * to record it, and the list, never-reviewed first. A technique or symptom opens in its own
 * editor; a category and the general texts, which have none, are recorded here.
 */
final class ReviewTab extends JPanel {
    private static final long serialVersionUID = 1L;

    private static final String[] COLUMNS = {"what", "name", "file", "by", "on"};

    private final transient StaffServices services;
    private final Texts texts;
    private final transient Executor work;
    private final Runnable changed;
    private final transient Consumer<Item> open;
    private final JLabel heading = StaffUi.label(" ", "font: bold +8; foreground: $Kiosk.heading");
    private final Model model = new Model();
    private final JTable table;
    private final JLabel chosen = StaffUi.label(" ", "font: bold +3");
    private final JButton openButton;
    private final JPanel record = new JPanel(new MigLayout("insets 0, gap 10lp 4lp", "[][200lp:300lp:][][150lp!][][]"));
    private final JTextField by = new JTextField();
    private final JTextField on = new JTextField();
    private final JLabel problem = StaffUi.label(" ", "foreground: $Kiosk.cautionText; font: bold +1");
    private final JLabel status = StaffUi.label(" ", "font: +2");
    private transient ContentReview review;

    ReviewTab(StaffServices services, Texts texts, Executor work, Runnable changed, Consumer<Item> open) {
        super(new MigLayout("fill, insets 16lp, wrap 1, gap 8lp", "[0:0:max, grow, fill]",
                "[][][0:0:max, grow, fill][][]"));
        this.services = services;
        this.texts = texts;
        this.work = work;
        this.changed = changed;
        this.open = open;
        table = new JTable(model); // asks the model for its column names: after texts is set
        setName("staff-review");
        setMinimumSize(new java.awt.Dimension(0, 0));
        heading.setName("review-heading");
        add(heading, "wmin 0");
        add(StaffUi.note("review-help", texts.get("staff.review.who") + "\n" + texts.get("staff.review.how"),
                "font: +2"), "growx, wmin 0");

        table.setName("review-table");
        table.putClientProperty(FlatClientProperties.STYLE, "font: +2; showHorizontalLines: true");
        table.getTableHeader().putClientProperty(FlatClientProperties.STYLE, "font: bold +2; height: 40");
        table.setRowHeight(UIScale.scale(44));
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setFillsViewportHeight(true);
        table.getTableHeader().setReorderingAllowed(false);
        table.setDefaultRenderer(Object.class, new Renderer());
        table.getSelectionModel().addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting()) {
                choose();
            }
        });
        JScrollPane scroll = new JScrollPane(table);
        scroll.getVerticalScrollBar().setUnitIncrement(UIScale.scale(44));
        // The header and about two rows of the table at least; with eight tabs in two rows and staff A+ at 1920x1080
        // (Spanish, French, Ukrainian) 120lp pushed the form below the tab's bottom edge.
        add(scroll, "wmin 0, hmin 96lp");

        chosen.setName("review-chosen");
        openButton = StaffUi.button("review-open", " ", "kioskSecondary", e -> openChosen());
        JPanel actions = new JPanel(new MigLayout("insets 0, gap 16lp, hidemode 3", "[][grow]"));
        actions.add(chosen, "span, wrap, wmin 0");
        actions.add(openButton);
        by.setName("review-by");
        on.setName("review-on");
        on.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, "YYYY-MM-DD");
        by.putClientProperty(FlatClientProperties.STYLE, "font: +2");
        on.putClientProperty(FlatClientProperties.STYLE, "font: +2");
        record.add(StaffUi.label(texts.get("staff.field.reviewedBy"), "font: +2"));
        record.add(by, "growx");
        record.add(StaffUi.label(texts.get("staff.field.reviewedOn"), "font: +2"));
        record.add(on, "growx");
        record.add(StaffUi.button("review-today", texts.get("staff.field.reviewedToday"), "kioskSmall",
                e -> on.setText(entry().reviewedOn(services.content().today()).on())));
        record.add(StaffUi.button("review-save", texts.get("staff.review.save"), "kioskPrimary", e -> save()),
                "wrap");
        problem.setName("review-on-problem");
        record.add(problem, "skip 3, span 3, hidemode 3");
        actions.add(record, "wmin 0");
        add(actions, "wmin 0");
        status.setName("review-status");
        add(status, "wmin 0");
        StaffUi.onEdit(on, this::showProblem);
        refresh();
    }

    /** Reads the list again from the content as it is now (held in memory: no file is read). */
    void refresh() {
        Item was = selected();
        review = ContentReview.of(services.content().library(), services.content().today());
        heading.setText(review.isEmpty() ? texts.get("staff.review.none")
                : texts.get("staff.review.heading", review.count()));
        model.fireTableDataChanged();
        fitColumns();
        int index = -1;
        for (int i = 0; was != null && i < review.count(); i++) {
            Item it = review.items().get(i);
            if (it.kind() == was.kind() && it.id().equals(was.id())) {
                index = i;
            }
        }
        if (index >= 0) {
            table.setRowSelectionInterval(index, index);
        } else {
            table.clearSelection();
        }
        choose();
    }

    /**
     * Each column as wide as its widest cell, so names and files are read whole; the table shares
     * out what is left (or, on a narrow screen, what is missing) among the columns.
     */
    private void fitColumns() {
        var columns = table.getColumnModel();
        for (int c = 0; c < columns.getColumnCount(); c++) {
            var header = table.getTableHeader().getDefaultRenderer().getTableCellRendererComponent(table,
                    model.getColumnName(c), false, false, -1, c);
            int width = header.getPreferredSize().width;
            for (int r = 0; r < table.getRowCount(); r++) {
                width = Math.max(width, table.prepareRenderer(table.getCellRenderer(r, c), r, c)
                        .getPreferredSize().width);
            }
            columns.getColumn(c).setPreferredWidth(width + UIScale.scale(24));
        }
    }

    /** How many items need a review now. */
    int count() {
        return review.count();
    }

    List<Item> items() {
        return review.items();
    }

    private Item selected() {
        int row = table.getSelectedRow();
        return review == null || row < 0 || row >= review.count() ? null : review.items().get(row);
    }

    /** Shows what can be done with the chosen row: open it in its editor, or record its review here. */
    private void choose() {
        Item item = selected();
        if (item == null) {
            chosen.setText(review.isEmpty() ? " " : texts.get("staff.review.choose"));
            openButton.setVisible(false);
            record.setVisible(false);
            return;
        }
        chosen.setText(kind(item.kind()) + ": " + cell(item, 1));
        // The form below takes room from the list: keep the chosen row in sight.
        int row = table.getSelectedRow();
        javax.swing.SwingUtilities.invokeLater(() -> {
            if (row >= 0 && row < table.getRowCount()) {
                table.scrollRectToVisible(table.getCellRect(row, 0, true));
            }
        });
        boolean ownEditor = item.kind() == Kind.TECHNIQUE || item.kind() == Kind.SYMPTOM;
        openButton.setText(texts.get(item.kind() == Kind.TECHNIQUE ? "staff.review.openSlides"
                : "staff.review.openSymptoms"));
        openButton.setVisible(ownEditor);
        record.setVisible(!ownEditor);
        if (!ownEditor) {
            ReviewEntry now = ReviewEntry.of(item.review());
            by.setText(now.by());
            on.setText(now.on());
            showProblem();
        }
    }

    private void openChosen() {
        Item item = selected();
        if (item != null) {
            open.accept(item);
        }
    }

    private ReviewEntry entry() {
        return new ReviewEntry(by.getText(), on.getText());
    }

    private boolean showProblem() {
        var p = entry().problem(services.content().today());
        problem.setText(p.orElse(" "));
        problem.setVisible(p.isPresent());
        return p.isPresent();
    }

    private void save() {
        Item item = selected();
        if (item == null || showProblem()) {
            return;
        }
        ReviewEntry entry = entry();
        if (entry.on().isEmpty()) {
            problem.setText(texts.get("staff.review.needDay"));
            problem.setVisible(true);
            return;
        }
        status.setText(texts.get("staff.busy"));
        StaffUi.slow(work, "Recording the review of " + item.file(), () -> {
            services.content().saveReview(item.kind(), item.id(), entry.review());
            return "";
        }, ok -> {
            status.setText(texts.get("staff.review.recorded", cell(item, 1)));
            changed.run();
        }, status::setText);
    }

    private String kind(Kind kind) {
        return texts.get("staff.review.kind." + kind.name().toLowerCase(java.util.Locale.ROOT));
    }

    private String cell(Item item, int column) {
        return switch (column) {
            case 0 -> kind(item.kind());
            case 1 -> item.kind() == Kind.GENERAL ? texts.get("staff.review.generalName")
                    : item.name() + (item.hidden() ? " · " + texts.get("staff.slides.hidden") : "");
            case 2 -> item.file();
            case 3 -> item.review().by().isEmpty() ? "—" : item.review().by();
            default -> item.neverReviewed() ? texts.get("staff.review.never") : item.review().date();
        };
    }

    private final class Model extends AbstractTableModel {
        private static final long serialVersionUID = 1L;

        @Override
        public int getRowCount() {
            return review == null ? 0 : review.count();
        }

        @Override
        public int getColumnCount() {
            return COLUMNS.length;
        }

        @Override
        public String getColumnName(int column) {
            return texts.get("staff.review.column." + COLUMNS[column]);
        }

        @Override
        public Object getValueAt(int row, int column) {
            return cell(review.items().get(row), column);
        }
    }

    /** "never" in the caution colour and bold, so it stands out down the column. */
    private final class Renderer extends DefaultTableCellRenderer {
        private static final long serialVersionUID = 1L;

        @Override
        public Component getTableCellRendererComponent(JTable t, Object value, boolean selected, boolean focus,
                                                       int row, int column) {
            Component c = super.getTableCellRendererComponent(t, value, selected, focus, row, column);
            boolean never = column == 4 && review.items().get(row).neverReviewed();
            if (!selected) {
                c.setForeground(never ? UIManager.getColor("Kiosk.cautionText") : t.getForeground());
            }
            c.setFont(never ? t.getFont().deriveFont(java.awt.Font.BOLD) : t.getFont());
            setToolTipText(String.valueOf(value));
            return c;
        }
    }
}
