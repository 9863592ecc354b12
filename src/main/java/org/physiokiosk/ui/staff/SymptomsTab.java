package org.physiokiosk.ui.staff;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.BorderLayout;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import javax.swing.text.JTextComponent;
import net.miginfocom.swing.MigLayout;
import org.physiokiosk.content.Symptom;
import org.physiokiosk.staff.RuleChoices;
import org.physiokiosk.staff.SettingsForm.Status;
import org.physiokiosk.ui.Texts;
import org.physiokiosk.ui.staff.SymptomsPresenter.Field;

/**
 * The symptom tiles' words, each symptom's first choice and review record, and the red-flag
 * notice. The rules live in {@link SymptomsPresenter}; this panel binds. Which techniques a
 * symptom brings is set on each technique ("Helps with" on the Slides tab).
 */
final class SymptomsTab extends JPanel {
    private static final long serialVersionUID = 1L;

    /** The controls of one symptom. */
    private record Row(Map<Field, JTextComponent> fields, Map<Field, JTextArea> problems,
                       Map<String, JCheckBox> firstChoice, JLabel unsaved, JComponent top) {
    }

    private final Texts texts;
    private final transient SymptomsPresenter presenter;
    private final JPanel form = new WidthOfViewport(new MigLayout("fillx, insets 16lp, wrap 4, gap 10lp 8lp",
            "[right][0:0:max, grow, fill][right][min:0:max, grow, fill]"));
    private final JScrollPane scroll = StaffUi.scrollDown(form);
    private final JTextArea status = StaffUi.note("symptoms-status", " ", "font: +2");
    private final JLabel unsaved = StaffUi.label(" ", "font: bold +1; foreground: $Kiosk.accentText");
    private final JButton revert;
    private final transient Map<String, Row> rows = new LinkedHashMap<>();
    private final JTextArea redFlag = new JTextArea(3, 40);
    private final JTextArea redFlagProblem = StaffUi.note("symptoms-red-flag-problem", " ",
            "foreground: $Kiosk.cautionText; font: bold +1");
    private final transient StaffServices services;
    private boolean built;
    /** True while the presenter's values are put on the form: those changes are not edits. */
    private boolean showing;

    SymptomsTab(StaffServices services, Texts texts, Executor work, Runnable changed) {
        super(new BorderLayout());
        this.texts = texts;
        this.services = services;
        setMinimumSize(new java.awt.Dimension(0, 0));
        setName("staff-symptoms");
        add(scroll, BorderLayout.CENTER);
        redFlag.setName("symptoms-red-flag");
        redFlag.setLineWrap(true);
        redFlag.setWrapStyleWord(true);
        redFlag.putClientProperty(FlatClientProperties.STYLE, "font: +2");
        JPanel actions = new JPanel(new MigLayout("insets 8lp 16lp 12lp 16lp, gap 12lp 4lp",
                "[][][0:0:max, grow, fill]", "[center][]"));
        actions.add(StaffUi.button("symptoms-save", texts.get("staff.symptoms.save"), "kioskPrimary",
                e -> presenter().save()));
        revert = StaffUi.button("symptoms-revert", texts.get("staff.slides.revert"), "kioskSmall",
                e -> presenter().revert());
        actions.add(revert);
        actions.add(status, "wmin 0, wrap");
        unsaved.setName("symptoms-unsaved");
        actions.add(unsaved, "span 3, wmin 0, hidemode 3");
        add(actions, BorderLayout.SOUTH);
        presenter = new SymptomsPresenter(services, texts, new StaffWork(work, SwingUtilities::invokeLater),
                changed);
        StaffUi.onEdit(redFlag, () -> {
            if (!showing) {
                presenter.setRedFlag(redFlag.getText());
            }
        });
        presenter.attach(new Bound());
        presenter.refresh();
    }

    private SymptomsPresenter presenter() {
        return presenter;
    }

    /** Makes the form again if the content changed since it was made. */
    void refresh() {
        presenter.refresh();
    }

    /** Scrolls to a symptom's fields (from the content review list). */
    void show(String id) {
        refresh();
        Row r = rows.get(id);
        if (r != null) {
            SwingUtilities.invokeLater(() -> {
                java.awt.Rectangle at = SwingUtilities.convertRectangle(r.top().getParent(), r.top().getBounds(), form);
                at.y = Math.max(0, at.y - r.top().getHeight() / 2); // the heading whole, with room above
                at.height = scroll.getViewport().getHeight();
                form.scrollRectToVisible(at);
                r.fields().get(Field.REVIEWED_BY).requestFocusInWindow();
            });
        }
    }

    private void build(List<Symptom> symptoms) {
        java.awt.Point at = scroll.getViewport().getViewPosition();
        rows.clear();
        form.removeAll();
        boolean first = true;
        for (Symptom s : symptoms) {
            rows.put(s.id(), row(s, first));
            first = false;
        }
        form.add(StaffUi.label(texts.get("staff.symptoms.redFlag"), "font: bold +3"),
                "span 4, alignx left, gaptop 24lp");
        form.add(new JScrollPane(redFlag), "span 4, growx, h 80lp!, wmin 0");
        redFlagProblem.setVisible(false);
        form.add(redFlagProblem, "span 4, growx, w 0:0:max, hidemode 3");
        fill();
        form.revalidate();
        form.repaint();
        // The first time at the top; made again (after a save, a change elsewhere), staff stay where they were.
        java.awt.Point to = built ? at : new java.awt.Point();
        built = true;
        SwingUtilities.invokeLater(() -> scroll.getViewport().setViewPosition(to));
    }

    private Row row(Symptom s, boolean first) {
        String id = s.id();
        JLabel heading = StaffUi.label(s.label(), "font: bold +4; foreground: $Kiosk.heading");
        form.add(heading, "span 4, split 3, alignx left" + (first ? "" : ", gaptop 28lp"));
        form.add(StaffUi.label(id, "foreground: $Kiosk.mutedText; font: +1"), "gapleft 12lp");
        JLabel rowUnsaved = StaffUi.label(texts.get("staff.unsaved"), "font: bold; foreground: $Kiosk.accentText");
        rowUnsaved.setName("symptom-unsaved-" + id);
        form.add(rowUnsaved, "gapleft 12lp, hidemode 2"); // hidden, still one of the split's three
        Map<Field, JTextComponent> fields = new EnumMap<>(Field.class);
        Map<Field, JTextArea> problems = new EnumMap<>(Field.class);

        JTextField label = text(id, Field.LABEL, "symptom-label-" + id, fields);
        JTextField hint = text(id, Field.HINT, "symptom-hint-" + id, fields);
        form.add(new JLabel(texts.get("staff.symptoms.label")));
        form.add(label, "wmin 0");
        form.add(new JLabel(texts.get("staff.symptoms.hint")));
        form.add(hint, "wmin 0");
        // Hidden, it keeps its cells (hidemode 2, no height): the grid's flow stays the same with or without it.
        form.add(problem("symptom-label-problem-" + id, Field.LABEL, problems),
                "skip 1, span 3, growx, w 0:0:max, hidemode 2");

        form.add(new JLabel(texts.get("staff.field.firstChoice")), "aligny top");
        // One column, each title wrapping: the longest ("Anti-inflammatory medicines (NSAIDs)") are cut off in three.
        JPanel boxes = new JPanel(new MigLayout("insets 0, wrap 1, gap 16lp 4lp", "[0:0:max, grow, fill]"));
        Map<String, JCheckBox> firstChoice = new LinkedHashMap<>();
        for (RuleChoices.Choice c : presenter.firstChoices(id)) {
            WrappingCheckBox w = new WrappingCheckBox("symptom-first-choice-" + id + "-" + c.id(), choiceText(c),
                    c.ticked());
            JCheckBox box = w.box();
            box.getAccessibleContext().setAccessibleName(texts.get("staff.field.firstChoice") + ": " + c.label());
            box.addActionListener(e -> {
                if (!showing) {
                    presenter.tick(id, c.id(), box.isSelected());
                }
            });
            firstChoice.put(c.id(), box);
            boxes.add(w, "wmin 0");
        }
        if (firstChoice.isEmpty()) {
            boxes.add(StaffUi.note("symptom-no-candidates-" + id, texts.get("staff.symptoms.noCandidates"),
                    "foreground: $Kiosk.mutedText"), "growx, wmin 0");
        }
        // Wrapped words ask for their one-line width: given none, the spanned columns keep their share.
        form.add(boxes, "span 3, growx, w 0:0:max");

        form.add(new JLabel(texts.get("staff.field.ruleReasons")), "aligny top");
        JTextArea reasons = new JTextArea(2, 20);
        reasons.setName("symptom-reasons-" + id);
        reasons.setLineWrap(true);
        reasons.setWrapStyleWord(true);
        bind(id, Field.REASONS, reasons, fields);
        form.add(new JScrollPane(reasons), "span 3, growx, wmin 0, h 64lp!");

        JTextField by = text(id, Field.REVIEWED_BY, "symptom-reviewed-by-" + id, fields);
        JTextField on = text(id, Field.REVIEWED_ON, "symptom-reviewed-on-" + id, fields);
        on.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, "YYYY-MM-DD");
        form.add(new JLabel(texts.get("staff.field.reviewedBy")));
        form.add(by, "wmin 0");
        form.add(new JLabel(texts.get("staff.field.reviewedOn")));
        form.add(StaffUi.reviewDay("symptom-reviewed-today-" + id, texts, by, on, services.content()::today));
        // Under the date, wrapped to its column: the whole reason, never cut off.
        form.add(problem("symptom-reviewed-on-problem-" + id, Field.REVIEWED_ON, problems),
                "skip 3, growx, w 0:0:max, hidemode 2");
        return new Row(fields, problems, firstChoice, rowUnsaved, heading);
    }

    private JTextField text(String id, Field f, String name, Map<Field, JTextComponent> fields) {
        JTextField t = new JTextField();
        t.setName(name);
        bind(id, f, t, fields);
        return t;
    }

    private void bind(String id, Field f, JTextComponent t, Map<Field, JTextComponent> fields) {
        fields.put(f, t);
        StaffUi.onEdit(t, () -> {
            if (!showing) {
                presenter.set(id, f, t.getText());
            }
        });
    }

    private static JTextArea problem(String name, Field f, Map<Field, JTextArea> problems) {
        JTextArea note = StaffUi.note(name, " ", "foreground: $Kiosk.cautionText; font: bold +1");
        note.setVisible(false);
        problems.put(f, note);
        return note;
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

    /** The presenter's values on the form. */
    private void fill() {
        showing = true;
        try {
            rows.forEach((id, row) -> {
                row.fields().forEach((f, c) -> {
                    String v = presenter.value(id, f);
                    if (!c.getText().equals(v)) {
                        c.setText(v);
                        c.setCaretPosition(0);
                    }
                });
                row.firstChoice().forEach((tech, box) -> box.setSelected(presenter.ticked(id, tech)));
            });
            if (!redFlag.getText().equals(presenter.redFlag())) {
                redFlag.setText(presenter.redFlag());
            }
        } finally {
            showing = false;
        }
    }

    /** The presenter's view. */
    private final class Bound implements SymptomsPresenter.View {
        @Override
        public void built(List<Symptom> symptoms) {
            build(symptoms);
        }

        @Override
        public void refilled() {
            fill();
        }

        @Override
        public void stateChanged() {
            Status s = presenter.status();
            status.setText(s.text().isEmpty() ? " " : s.text());
            status.putClientProperty(FlatClientProperties.STYLE, switch (s.tone()) {
                case PROBLEM -> "font: +2; foreground: $Kiosk.cautionText";
                case SUCCESS -> "font: +2; foreground: $Kiosk.successText";
                default -> "font: +2";
            });
            boolean dirty = presenter.unsaved();
            unsaved.setText(dirty ? texts.get("staff.unsaved") : " ");
            unsaved.setVisible(dirty);
            revert.setEnabled(dirty);
            List<String> changed = presenter.unsavedSymptoms();
            List<SymptomsPresenter.Problem> found = presenter.problems();
            rows.forEach((id, row) -> {
                row.unsaved().setVisible(changed.contains(id));
                row.problems().forEach((f, note) -> {
                    Optional<SymptomsPresenter.Problem> p = found.stream()
                            .filter(x -> x.symptom().equals(id) && x.field() == f).findFirst();
                    note.setText(p.map(SymptomsPresenter.Problem::text).orElse(" "));
                    note.setVisible(p.isPresent());
                });
            });
            Optional<SymptomsPresenter.Problem> flag = found.stream()
                    .filter(p -> p.symptom().equals(SymptomsPresenter.RED_FLAG)).findFirst();
            redFlagProblem.setText(flag.map(SymptomsPresenter.Problem::text).orElse(" "));
            redFlagProblem.setVisible(flag.isPresent());
            form.revalidate();
        }

        @Override
        public void focus(String symptom, Field field) {
            JComponent target = symptom.equals(SymptomsPresenter.RED_FLAG) ? redFlag
                    : rows.get(symptom).fields().get(field);
            SwingUtilities.invokeLater(() -> {
                target.scrollRectToVisible(new java.awt.Rectangle(0, 0, target.getWidth(), target.getHeight()));
                target.requestFocusInWindow();
            });
        }
    }
}
