package org.physiokiosk.ui.staff;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.BorderLayout;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import javax.swing.JCheckBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import net.miginfocom.swing.MigLayout;
import org.physiokiosk.content.SlideLibrary;
import org.physiokiosk.content.Symptom;
import org.physiokiosk.staff.ReviewEntry;
import org.physiokiosk.staff.RuleChoices;
import org.physiokiosk.ui.Texts;

/**
 * The symptom tiles' words, each symptom's first choice and review record, and the red-flag
 * notice. Which techniques a symptom brings is set on each technique ("Helps with" on the Slides
 * tab), so it is written in one place; the first choice is picked from those techniques.
 */
final class SymptomsTab extends JPanel {
    private static final long serialVersionUID = 1L;

    /** The fields of one symptom. */
    private record Row(Symptom symptom, JTextField label, JTextField hint, Map<String, JCheckBox> firstChoice,
                       JTextArea reasons, JTextField by, JTextField on, JTextArea problem, JComponent top) {

        ReviewEntry review() {
            return new ReviewEntry(by.getText(), on.getText());
        }

        List<String> ticked() {
            List<String> ids = new ArrayList<>();
            firstChoice.forEach((id, box) -> {
                if (box.isSelected()) {
                    ids.add(id);
                }
            });
            return ids;
        }
    }

    private final transient StaffServices services;
    private final Texts texts;
    private final transient Executor work;
    private final Runnable changed;
    private final JPanel form = new WidthOfViewport(new MigLayout("fillx, insets 16lp, wrap 4, gap 10lp 8lp",
            "[right][0:0:max, grow, fill][right][0:0:max, grow, fill]"));
    private final JScrollPane scroll = StaffUi.scrollDown(form);
    private final JLabel status = StaffUi.label(" ", "font: +2");
    private final transient List<Row> rows = new ArrayList<>();
    private final JTextArea redFlag = new JTextArea(3, 40);
    /** The content the form was made from: made again when the content changes. */
    private transient SlideLibrary shown;

    SymptomsTab(StaffServices services, Texts texts, Executor work, Runnable changed) {
        super(new BorderLayout());
        this.services = services;
        this.texts = texts;
        this.work = work;
        this.changed = changed;
        setMinimumSize(new java.awt.Dimension(0, 0));
        setName("staff-symptoms");
        add(scroll, BorderLayout.CENTER);
        status.setName("symptoms-status");
        redFlag.setName("symptoms-red-flag");
        redFlag.setLineWrap(true);
        redFlag.setWrapStyleWord(true);
        redFlag.putClientProperty(FlatClientProperties.STYLE, "font: +2");
        JPanel actions = new JPanel(new MigLayout("insets 8lp 16lp 12lp 16lp", "[][grow]"));
        actions.add(StaffUi.button("symptoms-save", texts.get("staff.symptoms.save"), "kioskPrimary", e -> save()));
        actions.add(status, "growx, wmin 0, gapleft 12lp");
        add(actions, BorderLayout.SOUTH);
        build();
    }

    /**
     * Makes the form again if the content changed since it was made (a technique's "Helps with"
     * changes what can be a first choice; an undo changes the symptoms themselves).
     */
    void refresh() {
        if (services.content().library() != shown) {
            build();
        }
    }

    /** Scrolls to a symptom's fields (from the content review list). */
    void show(String id) {
        refresh();
        for (Row r : rows) {
            if (r.symptom().id().equals(id)) {
                SwingUtilities.invokeLater(() -> {
                    java.awt.Rectangle at = SwingUtilities.convertRectangle(r.top().getParent(),
                            r.top().getBounds(), form);
                    at.y = Math.max(0, at.y - r.top().getHeight() / 2); // the heading whole, with room above
                    at.height = scroll.getViewport().getHeight();
                    form.scrollRectToVisible(at);
                    r.by().requestFocusInWindow();
                });
            }
        }
    }

    private void build() {
        SlideLibrary lib = services.content().library();
        shown = lib;
        rows.clear();
        form.removeAll();
        boolean first = true;
        for (Symptom s : lib.symptoms()) {
            rows.add(row(lib, s, first));
            first = false;
        }
        redFlag.setText(lib.general().redFlag());
        form.add(StaffUi.label(texts.get("staff.symptoms.redFlag"), "font: bold +3"),
                "span 4, alignx left, gaptop 24lp");
        form.add(new JScrollPane(redFlag), "span 4, growx, h 80lp!, wmin 0");
        form.revalidate();
        form.repaint();
        SwingUtilities.invokeLater(() -> scroll.getViewport().setViewPosition(new java.awt.Point()));
    }

    private Row row(SlideLibrary lib, Symptom s, boolean first) {
        String id = s.id();
        JLabel heading = StaffUi.label(s.label(), "font: bold +4; foreground: $Kiosk.heading");
        form.add(heading, "span 4, split 2, alignx left" + (first ? "" : ", gaptop 28lp"));
        form.add(StaffUi.label(id, "foreground: $Kiosk.mutedText; font: +1"), "gapleft 12lp");

        JTextField label = text("symptom-label-" + id, s.label());
        JTextField hint = text("symptom-hint-" + id, s.hint());
        form.add(new JLabel(texts.get("staff.symptoms.label")));
        form.add(label, "wmin 0");
        form.add(new JLabel(texts.get("staff.symptoms.hint")));
        form.add(hint, "wmin 0");

        form.add(new JLabel(texts.get("staff.field.firstChoice")), "aligny top");
        // One column: the longest titles ("Anti-inflammatory medicines (NSAIDs)") are cut off in three.
        JPanel boxes = new JPanel(new MigLayout("insets 0, wrap 1, gap 16lp 4lp", "[0:pref:max, fill]"));
        Map<String, JCheckBox> firstChoice = new LinkedHashMap<>();
        for (RuleChoices.Choice c : RuleChoices.firstChoice(lib, s)) {
            JCheckBox box = new JCheckBox(choiceText(c), c.ticked());
            box.setName("symptom-first-choice-" + id + "-" + c.id());
            box.getAccessibleContext().setAccessibleName(texts.get("staff.field.firstChoice") + ": " + c.label());
            firstChoice.put(c.id(), box);
            boxes.add(box);
        }
        if (firstChoice.isEmpty()) {
            boxes.add(StaffUi.label(texts.get("staff.symptoms.noCandidates"), "foreground: $Kiosk.mutedText"),
                    "wmin 0");
        }
        form.add(boxes, "span 3, growx, wmin 0");

        form.add(new JLabel(texts.get("staff.field.ruleReasons")), "aligny top");
        JTextArea reasons = new JTextArea(String.join("\n", s.ruleReasons()), 2, 20);
        reasons.setName("symptom-reasons-" + id);
        reasons.setLineWrap(true);
        reasons.setWrapStyleWord(true);
        form.add(new JScrollPane(reasons), "span 3, growx, wmin 0, h 64lp!");

        ReviewEntry review = ReviewEntry.of(s.review());
        JTextField by = text("symptom-reviewed-by-" + id, review.by());
        JTextField on = text("symptom-reviewed-on-" + id, review.on());
        on.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, "YYYY-MM-DD");
        form.add(new JLabel(texts.get("staff.field.reviewedBy")));
        form.add(by, "wmin 0");
        form.add(new JLabel(texts.get("staff.field.reviewedOn")));
        // Under the date, wrapped to its column: the whole reason, never cut off.
        JTextArea problem = StaffUi.note("symptom-reviewed-on-problem-" + id, " ",
                "foreground: $Kiosk.cautionText; font: bold +1");
        form.add(StaffUi.reviewDay("symptom-reviewed-today-" + id, texts, by, on, services.content()::today));
        form.add(problem, "skip 3, growx, wmin 0, hidemode 3");
        Row row = new Row(s, label, hint, firstChoice, reasons, by, on, problem, heading);
        StaffUi.onEdit(on, () -> showProblem(row));
        showProblem(row);
        return row;
    }

    private static JTextField text(String name, String value) {
        JTextField f = new JTextField(value);
        f.setName(name);
        f.setCaretPosition(0);
        return f;
    }

    private String choiceText(RuleChoices.Choice c) {
        return switch (c.note()) {
            case NONE -> c.label();
            case HIDDEN -> c.label() + " · " + texts.get("staff.slides.hidden");
            case NOT_LOADED -> c.label() + " · " + texts.get("staff.rule.notLoaded");
            case WRITTEN_ON_OTHER -> c.label(); // greyed and ticked; the line under the boxes says why
            case NOT_WRITTEN_FOR_IT -> c.label() + " · " + texts.get("staff.rule.passedOver");
        };
    }

    private Optional<String> showProblem(Row row) {
        Optional<String> problem = row.review().problem(services.content().today());
        row.problem().setText(problem.orElse(" "));
        row.problem().setVisible(problem.isPresent());
        return problem;
    }

    private void save() {
        boolean wrongDate = false;
        for (Row r : rows) {
            wrongDate |= showProblem(r).isPresent();
        }
        if (wrongDate) {
            status.setText(texts.get("staff.symptoms.fixDates"));
            return;
        }
        status.setText(texts.get("staff.busy"));
        List<Symptom> before = new ArrayList<>();
        List<Symptom> edited = new ArrayList<>();
        for (Row r : rows) {
            Symptom s = r.symptom();
            before.add(s);
            edited.add(s.withWords(r.label().getText().strip(), r.hint().getText().strip())
                    .withRules(RuleChoices.ticked(s.firstChoice(), r.ticked()),
                            r.reasons().getText().lines().map(String::strip).filter(l -> !l.isEmpty()).toList(),
                            r.review().review()));
        }
        String flag = redFlag.getText();
        StaffUi.slow(work, "Saving the symptoms and the red-flag notice", () -> {
            for (int i = 0; i < edited.size(); i++) {
                if (!edited.get(i).equals(before.get(i))) {
                    services.content().saveSymptom(edited.get(i));
                }
            }
            if (!flag.strip().equals(services.content().library().general().redFlag())) {
                services.content().saveRedFlag(flag);
            }
            return "";
        }, ok -> {
            java.awt.Point at = scroll.getViewport().getViewPosition();
            refresh();
            SwingUtilities.invokeLater(() -> scroll.getViewport().setViewPosition(at)); // staff stay where they were
            status.setText(texts.get("staff.saved"));
            changed.run();
        }, status::setText);
    }
}
