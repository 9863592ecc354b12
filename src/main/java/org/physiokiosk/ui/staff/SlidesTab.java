package org.physiokiosk.ui.staff;

import com.formdev.flatlaf.FlatClientProperties;
import com.formdev.flatlaf.util.UIScale;
import java.awt.Component;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSeparator;
import javax.swing.JTabbedPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.JViewport;
import javax.swing.ListCellRenderer;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import javax.swing.text.JTextComponent;
import net.miginfocom.swing.MigLayout;
import org.physiokiosk.content.Category;
import org.physiokiosk.content.Review;
import org.physiokiosk.content.Symptom;
import org.physiokiosk.content.Technique;
import org.physiokiosk.staff.RuleChoices;
import org.physiokiosk.staff.SettingsForm.Status;
import org.physiokiosk.staff.SettingsForm.Tone;
import org.physiokiosk.ui.Texts;
import org.physiokiosk.ui.journey.ButtonLines;
import org.physiokiosk.ui.slides.SlideViews;
import org.physiokiosk.ui.staff.SlidesPresenter.Field;
import org.physiokiosk.ui.staff.SlidesPresenter.Rule;

/**
 * The slides: every category's opening slide and its techniques in loop order, each technique
 * with a thumbnail of its slide, and an editor for the chosen one with a live preview of the
 * slide as patients will see it, in any language offered. A technique's editor has four parts:
 * the slide's words and picture, the plan rules, the clinical review and when it shows; a
 * category's has when it (and so each of its techniques) shows. The rules live in
 * {@link SlidesPresenter}; this panel binds. On a wide screen the form and the preview stand side
 * by side; on a narrower one the preview is above the form.
 */
final class SlidesTab extends JPanel {
    private static final long serialVersionUID = 1L;

    /** From this width (pixels of the tab) the form and the preview stand side by side. */
    static final int SIDE_BY_SIDE = 1500;

    private final Texts texts;
    private final transient SlideViews views;
    private final transient SlidesPresenter presenter;
    private final transient SlideThumbnails thumbnails;
    private final DefaultListModel<SlidesPresenter.Entry> model = new DefaultListModel<>();
    private final JList<SlidesPresenter.Entry> list = new JList<>(model);
    private final Map<Field, JTextComponent> fields = new EnumMap<>(Field.class);
    /** Under each field, only while it cannot be saved: what is wrong with it. */
    private final Map<Field, JTextArea> problems = new EnumMap<>(Field.class);
    private final JComboBox<Category> category = new JComboBox<>();
    private final JComboBox<String> illustration = new JComboBox<>();
    private final SlidePreview preview = new SlidePreview();
    /** Beside Save: what happened, or why it cannot be saved; wraps, as a reason can be long. */
    private final JTextArea status = StaffUi.note("edit-status", " ", "font: +2");
    private final JButton revert;
    /** One row per symptom: its label, "Helps with" and "Not for". */
    private final JPanel symptomBoxes = new JPanel(new MigLayout("insets 0, wrap 3, gap 16lp 4lp",
            "[0:pref:max, grow][][]"));
    private final Map<Rule, Map<String, javax.swing.JCheckBox>> boxes = new EnumMap<>(Rule.class);
    /** One column, each title wrapping: the longest ("Entzündungshemmende Medikamente …") fit no column whole. */
    private final JPanel notWithBoxes = new JPanel(new MigLayout("insets 0, wrap 1, gap 16lp 4lp",
            "[0:0:max, grow, fill]"));
    private final JTextArea notWithNote = StaffUi.note("edit-not-with-note", " ", "foreground: $Kiosk.mutedText");
    private final JLabel reviewState = StaffUi.label(" ", "font: +1");
    /** The editor's parts: the slide, its plan rules, its clinical review. */
    private final JTabbedPane parts = new JTabbedPane();
    private final JPanel editor = new JPanel();
    private final JPanel form = new JPanel(new MigLayout("fill, insets 0, wrap 1, gap 6lp", "[0:0:max, grow, fill]",
            "[0:pref:max, grow, fill][]"));
    /** A category's form: its name, what its schedule does, its state now, its "When" part, Save. */
    private final JPanel categoryForm = new JPanel(new MigLayout("fill, insets 0, wrap 1, gap 6lp",
            "[0:0:max, grow, fill]", "[0:pref:max, grow, fill][]"));
    private final JLabel categoryTitle = StaffUi.label(" ", "font: bold +4; foreground: $Kiosk.heading");
    private final JTextArea categoryState = StaffUi.note("category-state", " ", "font: +1");
    private final JTextArea categoryStatus = StaffUi.note("category-status", " ", "font: +2");
    private final JButton categoryRevert;
    /**
     * The technique form or the category form, whichever is open: only that one is in the tab, so
     * the other costs no layout (entering staff mode must stay quick on a busy kiosk).
     */
    private final JPanel forms = new JPanel(new java.awt.BorderLayout());
    /** The category form is built the first time a category is opened. */
    private boolean categoryFormBuilt;
    /** The commands on a technique of the list: off while a category is open. */
    private final List<JButton> techniqueCommands = new ArrayList<>();
    private final JPanel previewColumn = new JPanel();
    private JPanel languages;
    private final JTextArea previewTitle;
    private final Timer previewTimer;
    private final Map<Locale, JButton> languageButtons = new LinkedHashMap<>();
    /** The preview's views, with the screen's words in the preview's language. */
    private transient SlideViews previewViews;
    private transient Locale previewViewsIn = Locale.ENGLISH;
    private Boolean wide;
    /** Rows to show once the list has its height, or null. */
    private int[] pendingReveal;
    /** True while the presenter's values are put on the form: those changes are not edits. */
    private boolean showing;

    SlidesTab(StaffServices services, Texts texts, Executor work, SlideViews views, Runnable changed) {
        super(new MigLayout("fill, insets 12lp, gap 12lp", "[:26%:34%, fill][0:0:max, grow, fill]",
                "[0:0:max, grow, fill]"));
        setMinimumSize(new java.awt.Dimension(0, 0));
        this.texts = texts;
        this.views = views;
        this.previewViews = views;
        setName("staff-slides");
        StaffWork staffWork = new StaffWork(work, SwingUtilities::invokeLater);
        presenter = new SlidesPresenter(services, texts, staffWork, views::preloadPictures, changed);
        thumbnails = new SlideThumbnails(work, views, list::repaint);
        previewTimer = new Timer(250, e -> drawPreview());
        previewTimer.setRepeats(false);

        list.setName("slides-list");
        list.setCellRenderer(renderer(services));
        list.addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting() && !showing && list.getSelectedIndex() >= 0) {
                presenter.select(list.getSelectedIndex());
            }
        });
        // One command a row: two a row ("Nach oben", "Nach unten") are cut off on a 1280-pixel screen.
        // As wide as the widest command needs (its words whole), else a quarter of the tab.
        JPanel left = new JPanel(new MigLayout("fill, insets 0, wrap 1, gap 6lp", "[grow, fill]",
                "[0:0:max, grow, fill][][][][][][]"));
        JScrollPane scroll = new JScrollPane(list);
        scroll.putClientProperty(FlatClientProperties.STYLE, "arc: 12");
        scroll.getViewport().addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                if (pendingReveal != null && e.getComponent().getHeight() > 0) {
                    reveal(pendingReveal[0], pendingReveal[1]);
                }
            }
        });
        left.add(scroll, "wmin 0");
        left.add(command("slides-up", texts.get("staff.slides.up"), e -> presenter.move(-1)));
        left.add(command("slides-down", texts.get("staff.slides.down"), e -> presenter.move(1)));
        left.add(command("slides-toggle", texts.get("staff.slides.toggle"), e -> presenter.toggle()));
        left.add(StaffUi.button("slides-add", texts.get("staff.slides.add"), "kioskSmall", e -> presenter.add()));
        left.add(command("slides-duplicate", texts.get("staff.slides.duplicate"), e -> presenter.duplicate()));
        left.add(command("slides-delete", texts.get("staff.slides.delete"), e -> presenter.delete()));
        add(left);

        parts.setName("edit-parts");
        parts.putClientProperty(FlatClientProperties.STYLE, "tabHeight: 36; font: bold +1");
        parts.addTab(texts.get("staff.slides.partSlide"), slidePart());
        parts.addTab(texts.get("staff.slides.partRules"), rulesPart());
        parts.addTab(texts.get("staff.slides.partReview"), reviewPart(services));
        parts.addTab(texts.get("staff.slides.partWhen"), ScheduleEditor.scrolling(texts, presenter.schedule()));
        form.add(parts, "wmin 0, hmin 0");
        // Whether it is reviewed goes under Save and its message: beside them it leaves the message no room.
        // Save and Revert, then what happened or "Unsaved changes" (it wraps: a reason can be long), then the review.
        JPanel saving = new JPanel(new MigLayout("insets 0, gap 12lp 4lp, wrap 2", "[][0:0:max, grow]", "[center][][]"));
        saving.add(StaffUi.button("edit-save", texts.get("staff.slides.save"), "kioskPrimary", e -> presenter.save()));
        revert = StaffUi.button("edit-revert", texts.get("staff.slides.revert"), "kioskSmall",
                e -> presenter.revert());
        saving.add(revert);
        saving.add(status, "span 2, growx, w 0:0:max");
        reviewState.setName("edit-review-state");
        saving.add(reviewState, "span 2, wmin 0");
        form.add(saving, "wmin 0");
        categoryRevert = StaffUi.button("category-revert", texts.get("staff.slides.revert"), "kioskSmall",
                e -> presenter.revert());
        forms.add(form);
        forms.setMinimumSize(new java.awt.Dimension(0, 0));

        previewTitle = StaffUi.note("preview-title", texts.get("staff.field.preview"), "font: bold +2");
        languageChoice();
        editor.setMinimumSize(new java.awt.Dimension(0, 0));
        add(editor, "wmin 0, hmin 0");
        arrange(false);
        addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                arrange(getWidth() >= SIDE_BY_SIDE);
            }
        });

        presenter.attach(new Bound());
        presenter.refresh(null);
    }

    /**
     * Side by side (wide): the form, and beside it the preview as large as half the editor.
     * Narrow: the preview and its languages above, the form under them with the rest of the height.
     */
    private void arrange(boolean sideBySide) {
        if (wide != null && wide == sideBySide) {
            return;
        }
        wide = sideBySide;
        editor.removeAll();
        previewColumn.removeAll();
        if (sideBySide) {
            editor.setLayout(new MigLayout("fill, insets 0, gap 16lp", "[0:0:max, 55%, fill][0:0:max, 45%, fill]",
                    "[0:0:max, grow, fill]"));
            previewColumn.setLayout(new MigLayout("fill, insets 0, wrap 1, gap 8lp", "[0:0:max, grow, fill]",
                    "[][][0:0:max, grow, fill]"));
            previewColumn.add(previewTitle, "wmin 0");
            previewColumn.add(languages, "growx, wmin 0");
            previewColumn.add(preview, "wmin 0, hmin 0");
            editor.add(forms, "wmin 0, hmin 0");
            editor.add(previewColumn, "wmin 0, hmin 0");
        } else {
            // The form keeps room for a field or two when the on-screen keyboard takes the bottom of the
            // screen: the preview gives way first.
            editor.setLayout(new MigLayout("fill, insets 0, wrap 1, gap 10lp", "[0:0:max, grow, fill]",
                    "[0:38%:38%, fill][200lp:200lp:max, grow, fill]"));
            // The title over both; the slide as wide as its height gives it (at most 45 %), beside it the
            // languages in as many lines as the rest of the width needs.
            previewColumn.setLayout(new MigLayout("fill, insets 0, gap 12lp 6lp, wrap 2",
                    "[:pref:45%][0:0:max, grow, fill]", "[][0:0:max, grow]")); // the buttons their own height
            previewColumn.add(previewTitle, "span 2, growx, wmin 0");
            previewColumn.add(preview, "hmin 0, growy");
            previewColumn.add(languages, "growx, wmin 0, aligny top");
            editor.add(previewColumn, "wmin 0, hmin 0");
            editor.add(forms, "wmin 0, hmin 0");
        }
        preview.widthFromHeight(!sideBySide);
        editor.revalidate();
        editor.repaint();
    }

    /** A command on the technique chosen in the list (off while a category is open). */
    private JButton command(String name, String text, java.awt.event.ActionListener action) {
        JButton b = StaffUi.button(name, text, "kioskSmall", action);
        techniqueCommands.add(b);
        return b;
    }

    /**
     * A category's form: its name, that its schedule holds its techniques too, whether it is on
     * the loop now (and why not), the same touch schedule control as a technique's "When", and
     * Save and Revert with what happened.
     */
    private void categoryForm() {
        categoryForm.setName("category-form");
        categoryTitle.setName("category-title");
        // One pane that scrolls, the control under the heading: on a small screen at A+ a fixed heading
        // would leave the control no room.
        JPanel all = new WidthOfViewport(new MigLayout("fillx, insets 0 4lp 0 0, wrap 1, gap 0 4lp",
                "[0:0:max, grow, fill]"));
        all.add(StaffUi.label(texts.get("staff.plays.kind.category"), "foreground: $Kiosk.mutedText; font: +1"),
                "gapleft 8lp");
        all.add(categoryTitle, "wmin 0, gapleft 8lp");
        all.add(StaffUi.note("category-help", texts.get("staff.categories.help"), "foreground: $Kiosk.mutedText"),
                "growx, wmin 0, gapleft 8lp");
        all.add(categoryState, "growx, wmin 0, gaptop 2lp, gapleft 8lp");
        all.add(StaffUi.label(texts.get("staff.slides.partWhen"), "font: bold +3; foreground: $Kiosk.heading"),
                "gaptop 12lp, gapleft 8lp");
        all.add(new JSeparator(), "growx, wmin 0, gapleft 8lp");
        all.add(new ScheduleEditor(texts, presenter.categorySchedule()), "wmin 0");
        JScrollPane scroll = StaffUi.scrollDown(all);
        scroll.setName("category-scroll");
        categoryForm.add(scroll, "wmin 0, hmin 0, cell 0 0");
        JPanel saving = new JPanel(new MigLayout("insets 0, gap 12lp 4lp, wrap 2", "[][0:0:max, grow]", "[center][]"));
        saving.add(StaffUi.button("category-save", texts.get("staff.slides.save"), "kioskPrimary",
                e -> presenter.save()));
        saving.add(categoryRevert);
        saving.add(categoryStatus, "span 2, growx, w 0:0:max");
        categoryForm.add(saving, "wmin 0, cell 0 1");
    }

    /** The slide's words and picture, each label above its field (beside it, German labels leave no room). */
    private JScrollPane slidePart() {
        JPanel slide = new WidthOfViewport(new MigLayout("fillx, insets 6lp 4lp 4lp 4lp, wrap 1, gap 8lp 2lp",
                "[0:0:max, grow, fill]"));
        category.setName("edit-category");
        category.setRenderer(new javax.swing.DefaultListCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Component getListCellRendererComponent(JList<?> l, Object value, int index, boolean selected,
                                                          boolean focus) {
                return super.getListCellRendererComponent(l, value instanceof Category c ? c.title() : value, index,
                        selected, focus);
            }
        });
        category.addActionListener(e -> {
            if (!showing && category.getSelectedItem() instanceof Category c) {
                presenter.set(Field.CATEGORY, c.id());
            }
        });
        illustration.setName("edit-illustration");
        illustration.addActionListener(e -> {
            if (!showing && illustration.getSelectedItem() instanceof String name) {
                presenter.set(Field.ILLUSTRATION, name);
            }
        });
        addField(slide, Field.TITLE, "staff.field.title", field("edit-title"), null);
        addField(slide, Field.SUMMARY, "staff.field.summary", field("edit-summary"), null);
        // The lists as wide as the column, not as their longest entry: they would push the form off the screen.
        addField(slide, Field.CATEGORY, "staff.field.category", null, category);
        addField(slide, Field.ILLUSTRATION, "staff.field.illustration", null, illustration);
        slide.add(StaffUi.button("edit-import", texts.get("staff.slides.import"), "kioskSmall",
                e -> presenter.importPicture()), "alignx right, growx 0");
        // One dose field a row: two a row run out of a 1280x720 screen in German.
        addField(slide, Field.HOLD, "staff.field.hold", field("edit-hold"), null);
        addField(slide, Field.REPEAT, "staff.field.repeat", field("edit-repeat"), null);
        addField(slide, Field.HOW_OFTEN, "staff.field.howOften", field("edit-how-often"), null);
        addField(slide, Field.HOW_LONG, "staff.field.howLong", field("edit-how-long"), null);
        addField(slide, Field.STEPS, "staff.field.steps", area("edit-steps"), null);
        addField(slide, Field.CAUTIONS, "staff.field.cautions", area("edit-cautions"), null);
        return StaffUi.scrollDown(slide);
    }

    /** A field with its label above it and its problem (hidden while there is none) under it. */
    private void addField(JPanel to, Field f, String label, JTextComponent text, JComponent choice) {
        to.add(new JLabel(texts.get(label)), "gaptop 6lp");
        if (text != null) {
            fields.put(f, text);
            StaffUi.onEdit(text, () -> {
                if (!showing) {
                    presenter.set(f, text.getText());
                }
            });
            to.add(text instanceof JTextArea ? new JScrollPane(text) : text,
                    "wmin 0" + (f == Field.STEPS ? ", h 112lp!" : f == Field.CAUTIONS ? ", h 76lp!" : ""));
        } else {
            to.add(choice, "wmin 0");
        }
        to.add(problemNote(f, "edit-problem-" + f.name().toLowerCase(Locale.ROOT).replace('_', '-')),
                "growx, wmin 0, hidemode 3");
    }

    private JTextArea problemNote(Field f, String name) {
        JTextArea note = StaffUi.note(name, " ", "foreground: $Kiosk.cautionText; font: bold +1");
        note.setVisible(false);
        problems.put(f, note);
        return note;
    }

    /** One button per language, each named in itself, to proof the slide in it; none when only one is offered. */
    private void languageChoice() {
        List<Locale> offered = presenter.previewLanguage().languages();
        if (offered.size() > 1) {
            for (Locale l : offered) {
                String name = l.getDisplayLanguage(l);
                JButton b = StaffUi.button("preview-language-" + l.getLanguage(),
                        name.substring(0, 1).toUpperCase(l) + name.substring(1), "kioskSmall",
                        e -> presenter.previewIn(l));
                b.getAccessibleContext().setAccessibleName(texts.get("staff.preview.language") + ": " + name);
                languageButtons.put(l, b);
            }
        }
        // As many lines as the width needs: one on a wide screen, two or three beside a narrow preview or at A+.
        languages = new ButtonLines("preview-languages", "left", "6lp", false,
                List.copyOf(languageButtons.values()));
        languages.getAccessibleContext().setAccessibleName(texts.get("staff.preview.language"));
        markLanguage();
    }

    /** The preview's language stands out: bold, with a thick border, and says so to a screen reader. */
    private void markLanguage() {
        languageButtons.forEach((l, b) -> {
            boolean current = l.equals(presenter.previewLanguage().language());
            b.putClientProperty(FlatClientProperties.STYLE,
                    current ? "font: bold +3; borderWidth: 2; borderColor: $Kiosk.teal" : null);
            b.getAccessibleContext().setAccessibleDescription(current ? texts.get("pick.selected") : null);
        });
    }

    private static JTextField field(String name) {
        JTextField f = new JTextField();
        f.setName(name);
        return f;
    }

    private static JTextArea area(String name) {
        JTextArea a = new JTextArea();
        a.setName(name);
        a.setLineWrap(true);
        a.setWrapStyleWord(true);
        return a;
    }

    /** The plan rules: which symptoms it helps and is never for, what it never shares a plan with, and why. */
    private JScrollPane rulesPart() {
        JPanel rules = new WidthOfViewport(new MigLayout("fillx, insets 10lp 6lp 10lp 6lp, wrap 1, gap 4lp 6lp",
                "[0:0:max, grow, fill]"));
        rules.setName("edit-rules");
        rules.add(StaffUi.note("edit-rules-heading", texts.get("staff.field.symptomsAndNotFor"), "font: bold +1"),
                "growx, wmin 0");
        rules.add(symptomBoxes, "wmin 0");
        rules.add(problemNote(Field.RULES, "edit-problem-rules"), "growx, wmin 0, hidemode 3");
        rules.add(StaffUi.note("edit-not-with-heading", texts.get("staff.field.notWith"), "font: bold +1"),
                "gaptop 12lp, growx, wmin 0");
        rules.add(notWithBoxes, "wmin 0");
        rules.add(notWithNote, "growx, wmin 0, hidemode 3");
        rules.add(StaffUi.label(texts.get("staff.field.ruleReasons"), "font: bold +1"), "gaptop 12lp");
        rules.add(StaffUi.note("edit-rule-reasons-hint", texts.get("staff.field.ruleReasonsHint"),
                "foreground: $Kiosk.mutedText"), "growx, wmin 0");
        JTextArea reasons = area("edit-rule-reasons");
        fields.put(Field.RULE_REASONS, reasons);
        StaffUi.onEdit(reasons, () -> {
            if (!showing) {
                presenter.set(Field.RULE_REASONS, reasons.getText());
            }
        });
        rules.add(new JScrollPane(reasons), "h 150lp!, wmin 0");
        return StaffUi.scrollDown(rules);
    }

    /** Who reviewed the technique and when: checked as it is typed, "Reviewed today" fills the day. */
    private JScrollPane reviewPart(StaffServices services) {
        JPanel row = new WidthOfViewport(new MigLayout("fillx, insets 10lp 8lp 10lp 8lp, wrap 2, gap 8lp 8lp",
                "[right][0:0:max, grow, fill]"));
        row.setName("edit-review");
        row.add(StaffUi.note("edit-review-help", texts.get("staff.field.reviewHelp"), "font: +1"),
                "span 2, growx, wmin 0, gapbottom 8lp");
        JTextField by = field("edit-reviewed-by");
        JTextField on = field("edit-reviewed-on");
        on.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, "YYYY-MM-DD");
        on.putClientProperty(FlatClientProperties.STYLE, "font: +2");
        by.putClientProperty(FlatClientProperties.STYLE, "font: +2");
        for (var e : Map.of(Field.REVIEWED_BY, by, Field.REVIEWED_ON, on).entrySet()) {
            fields.put(e.getKey(), e.getValue());
            StaffUi.onEdit(e.getValue(), () -> {
                if (!showing) {
                    presenter.set(e.getKey(), e.getValue().getText());
                }
            });
        }
        row.add(new JLabel(texts.get("staff.field.reviewedBy")));
        row.add(by, "wmin 0");
        row.add(new JLabel(texts.get("staff.field.reviewedOn")));
        row.add(StaffUi.reviewDay("edit-reviewed-today", texts, by, on, services.content()::today));
        row.add(problemNote(Field.REVIEWED_ON, "edit-reviewed-on-problem"), "skip, growx, wmin 0, hidemode 3");
        return StaffUi.scrollDown(row);
    }

    /** Check box text with what is special about the choice, if anything. */
    private String choiceText(RuleChoices.Choice c) {
        return switch (c.note()) {
            case NONE -> c.label();
            case HIDDEN -> c.label() + " · " + texts.get("staff.slides.hidden");
            case NOT_LOADED -> c.label() + " · " + texts.get("staff.rule.notLoaded");
            case WRITTEN_ON_OTHER -> c.label(); // greyed and ticked; the line under the boxes says why
            case NOT_WRITTEN_FOR_IT -> c.label() + " · " + texts.get("staff.rule.passedOver");
        };
    }

    private javax.swing.JCheckBox box(Rule rule, String id, String name, String text, String accessible) {
        javax.swing.JCheckBox box = new javax.swing.JCheckBox(text);
        box.setName(name);
        box.getAccessibleContext().setAccessibleName(accessible);
        box.addActionListener(e -> {
            if (!showing) {
                presenter.tick(rule, id, box.isSelected());
            }
        });
        boxes.get(rule).put(id, box);
        return box;
    }

    private ListCellRenderer<SlidesPresenter.Entry> renderer(StaffServices services) {
        return new ListCellRenderer<>() {
            private final JPanel cell = new JPanel(new MigLayout("insets 6lp 8lp 6lp 8lp, gap 10lp 2lp",
                    "[][0:0:max, grow, fill]", "[][]"));
            private final JLabel picture = new JLabel();
            private final JLabel name = StaffUi.label("", "font: bold");
            private final JLabel where = StaffUi.label("", "foreground: $Kiosk.mutedText");
            /** A category's row: a heading above its techniques, in the page's colour, its schedule under its name. */
            private final JPanel heading = new JPanel(new MigLayout("insets 10lp 8lp 8lp 8lp, gap 10lp 2lp",
                    "[][0:0:max, grow, fill]", "[][][]"));
            private final JLabel tile = new JLabel();
            private final JLabel title = StaffUi.label("", "font: bold +2");
            private final JLabel when = StaffUi.label("", "font: +1");
            private final JLabel off = StaffUi.label("", "foreground: $Kiosk.cautionText; font: bold");

            {
                cell.add(picture, "span 1 2, aligny center");
                cell.add(name, "wmin 0, wrap");
                cell.add(where, "wmin 0");
                heading.add(tile, "span 1 3, aligny top");
                heading.add(title, "wmin 0, wrap");
                heading.add(when, "wmin 0, wrap");
                heading.add(off, "wmin 0, hidemode 3");
            }

            @Override
            public Component getListCellRendererComponent(JList<? extends SlidesPresenter.Entry> l,
                                                          SlidesPresenter.Entry entry, int index, boolean selected,
                                                          boolean focus) {
                var lib = services.content().library();
                if (entry instanceof SlidesPresenter.Entry.OfCategory oc) {
                    Category c = oc.category();
                    tile.setIcon(thumbnails.tile(lib.categories().indexOf(c), c.title(), UIScale.scale(44),
                            UIScale.scale(44)));
                    title.setText(c.title());
                    when.setText(texts.get("schedule.shown") + ": " + presenter.scheduleWords(c));
                    Optional<String> why = presenter.offNow(c);
                    off.setText(why.orElse(""));
                    off.setVisible(why.isPresent());
                    heading.setBackground(selected ? l.getSelectionBackground()
                            : org.physiokiosk.ui.theme.KioskTheme.color("Kiosk.neutralLight"));
                    java.awt.Color ink = selected ? l.getSelectionForeground()
                            : org.physiokiosk.ui.theme.KioskTheme.color("Kiosk.heading");
                    title.setForeground(ink);
                    when.setForeground(selected ? l.getSelectionForeground()
                            : org.physiokiosk.ui.theme.KioskTheme.color("Kiosk.text"));
                    heading.getAccessibleContext().setAccessibleName(texts.get("staff.plays.kind.category") + ": "
                            + c.title() + ", " + when.getText() + why.map(w -> ", " + w).orElse(""));
                    return heading;
                }
                Technique t = ((SlidesPresenter.Entry.OfTechnique) entry).technique();
                Optional<Category> c = lib.category(t.categoryId());
                String cat = c.map(Category::title).orElse(t.categoryId());
                picture.setIcon(thumbnails.icon(t, c.map(lib.categories()::indexOf).orElse(0), cat,
                        UIScale.scale(54), UIScale.scale(64)));
                name.setText((presenter.techniques().indexOf(t) + 1) + ". " + t.title());
                where.setText(cat + (t.enabled() ? presenter.offNow(t).map(w -> " · " + w).orElse("")
                        : " · " + texts.get("staff.slides.hidden")));
                cell.setBackground(selected ? l.getSelectionBackground() : l.getBackground());
                name.setForeground(selected ? l.getSelectionForeground() : l.getForeground());
                cell.getAccessibleContext().setAccessibleName(name.getText());
                return cell;
            }
        };
    }

    /**
     * Scrolls the list to show rows {@code first} to {@code last}; before the list has its height
     * (filled while the tab is being laid out), once it has it: scrolled in a list of no height, it
     * would stay scrolled past its first rows.
     */
    private void reveal(int first, int last) {
        JViewport port = (JViewport) SwingUtilities.getAncestorOfClass(JViewport.class, list);
        if (port != null && port.getHeight() <= 0) {
            pendingReveal = new int[] {first, last};
            return;
        }
        pendingReveal = null;
        list.ensureIndexIsVisible(first);
        list.ensureIndexIsVisible(last);
    }

    /** Puts {@code shown} (the technique form or the category form) in the editor, in place of the other. */
    private void showForm(JPanel shown) {
        if (forms.getComponentCount() == 1 && forms.getComponent(0) == shown) {
            return;
        }
        forms.removeAll();
        forms.add(shown);
        forms.revalidate();
        forms.repaint();
    }

    /** The first component named {@code name} under {@code root}, or null. */
    private static Component find(Component root, String name) {
        if (name.equals(root.getName())) {
            return root;
        }
        if (root instanceof java.awt.Container c) {
            for (Component child : c.getComponents()) {
                Component found = find(child, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Opens a technique's clinical review (from the content review list). */
    void showReview(String id) {
        parts.setSelectedIndex(2);
        List<SlidesPresenter.Entry> all = presenter.entries();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i) instanceof SlidesPresenter.Entry.OfTechnique t && t.technique().id().equals(id)) {
                list.setSelectedIndex(i);
                list.ensureIndexIsVisible(i);
                SwingUtilities.invokeLater(fields.get(Field.REVIEWED_BY)::requestFocusInWindow);
                return;
            }
        }
        presenter.refresh(id); // saved since the list was filled
    }

    /** Fills the list from the content again and opens {@code id} (null: the one open now, else the first). */
    void refresh(String id) {
        presenter.refresh(id);
    }

    private void drawPreview() {
        previewTimer.stop();
        Locale l = presenter.previewLanguage().language();
        if (!l.equals(previewViewsIn)) {
            previewViews = views.in(presenter.previewLanguage().texts());
            previewViewsIn = l;
        }
        markLanguage();
        preview.show(presenter.previewSlide().map(previewViews::preview).orElse(null));
    }

    /** The presenter's view: puts its state on the controls. */
    private final class Bound implements SlidesPresenter.View {

        @Override
        public void listed(List<SlidesPresenter.Entry> entries, int selected) {
            showing = true;
            try {
                List<SlidesPresenter.Entry> now = new ArrayList<>();
                for (int i = 0; i < model.size(); i++) {
                    now.add(model.get(i));
                }
                if (!now.equals(entries)) {
                    model.clear();
                    entries.forEach(model::addElement);
                }
                if (selected < 0) {
                    list.clearSelection();
                } else {
                    list.setSelectedIndex(selected);
                    // A category's first technique: its heading too.
                    reveal(selected > 0 && entries.get(selected - 1) instanceof SlidesPresenter.Entry.OfCategory
                            ? selected - 1 : selected, selected);
                }
            } finally {
                showing = false;
            }
        }

        @Override
        public void choices(List<Category> categories, List<String> pictures) {
            showing = true;
            try {
                category.removeAllItems();
                categories.forEach(category::addItem);
                illustration.removeAllItems();
                pictures.forEach(illustration::addItem);
            } finally {
                showing = false;
            }
        }

        @Override
        public void ruleChoices(List<Symptom> symptoms, List<RuleChoices.Choice> notWith) {
            for (Rule r : Rule.values()) {
                boxes.put(r, new LinkedHashMap<>());
            }
            symptomBoxes.removeAll();
            for (Symptom s : symptoms) {
                // Wraps where the boxes beside it leave too little room (longer words in other languages).
                symptomBoxes.add(StaffUi.note("edit-symptom-label-" + s.id(), s.label(), null), "growx, wmin 0");
                symptomBoxes.add(box(Rule.HELPS_WITH, s.id(), "edit-symptom-" + s.id(), texts.get("staff.field.symptoms"),
                        texts.get("staff.field.symptoms") + ": " + s.label()));
                symptomBoxes.add(box(Rule.NOT_FOR, s.id(), "edit-not-for-" + s.id(), texts.get("staff.field.notFor"),
                        texts.get("staff.field.notFor") + ": " + s.label()));
            }
            notWithBoxes.removeAll();
            boolean onOther = false;
            for (RuleChoices.Choice c : notWith) {
                WrappingCheckBox w = new WrappingCheckBox("edit-not-with-" + c.id(), choiceText(c), c.ticked());
                w.setEnabled(c.editable());
                javax.swing.JCheckBox box = w.box();
                if (c.editable()) {
                    box.addActionListener(e -> {
                        if (!showing) {
                            presenter.tick(Rule.NOT_WITH, c.id(), box.isSelected());
                        }
                    });
                    boxes.get(Rule.NOT_WITH).put(c.id(), box);
                }
                notWithBoxes.add(w, "wmin 0");
                onOther |= !c.editable();
            }
            notWithNote.setText(texts.get("staff.field.notWithNote"));
            notWithNote.setVisible(onOther);
            symptomBoxes.revalidate();
            notWithBoxes.revalidate();
            repaint();
        }

        @Override
        public void categoryOpened(Category c) {
            categoryTitle.setText(c.title());
            if (!categoryFormBuilt) {
                categoryForm();
                categoryFormBuilt = true;
            }
            showForm(categoryForm);
            // Opens at its top, as a technique's parts do.
            SwingUtilities.invokeLater(() -> {
                if (find(categoryForm, "category-scroll") instanceof JScrollPane s) {
                    s.getViewport().setViewPosition(new java.awt.Point());
                }
            });
        }

        @Override
        public void show(SlidesPresenter.Draft draft, boolean fresh) {
            showForm(form);
            showing = true;
            try {
                fields.forEach((f, c) -> {
                    if (!c.getText().equals(draft.value(f))) {
                        c.setText(draft.value(f));
                    }
                });
                for (int i = 0; i < category.getItemCount(); i++) {
                    if (category.getItemAt(i).id().equals(draft.value(Field.CATEGORY))) {
                        category.setSelectedIndex(i);
                    }
                }
                illustration.setSelectedItem(draft.value(Field.ILLUSTRATION));
                boxes.forEach((rule, byId) -> byId.forEach((id, box) -> box.setSelected(draft.ticked(rule, id))));
            } finally {
                showing = false;
            }
            if (fresh) {
                // A long value shows its beginning, not its end, and each part opens at its top.
                SwingUtilities.invokeLater(() -> {
                    fields.values().forEach(f -> f.setCaretPosition(0));
                    for (int i = 0; i < parts.getTabCount(); i++) {
                        if (parts.getComponentAt(i) instanceof JScrollPane s) {
                            s.getViewport().setViewPosition(new java.awt.Point());
                        }
                    }
                });
            }
        }

        @Override
        public void stateChanged() {
            Status s = presenter.shownStatus();
            JTextArea said = presenter.category().isPresent() ? categoryStatus : status;
            said.setText(s.text().isEmpty() ? " " : s.text());
            said.putClientProperty(FlatClientProperties.STYLE, switch (s.tone()) {
                case PROBLEM -> "font: +2; foreground: $Kiosk.cautionText";
                case SUCCESS -> "font: +2; foreground: $Kiosk.successText";
                default -> presenter.unsaved() ? "font: bold +2; foreground: $Kiosk.accentText" : "font: +2";
            });
            techniqueCommands.forEach(b -> b.setEnabled(presenter.category().isEmpty()));
            if (presenter.category().isPresent()) {
                Category c = presenter.category().get();
                Optional<String> off = presenter.offNow(c);
                categoryState.setText(off.orElse(texts.get("staff.categories.onNow")));
                categoryState.putClientProperty(FlatClientProperties.STYLE, off.isPresent()
                        ? "font: bold +1; foreground: $Kiosk.cautionText" : "font: +1; foreground: $Kiosk.successText");
                categoryRevert.setEnabled(presenter.unsaved());
                return;
            }
            boolean dirty = presenter.unsaved();
            revert.setEnabled(dirty && !presenter.isNew());
            List<SlidesPresenter.Problem> found = presenter.problems();
            problems.forEach((f, note) -> {
                Optional<SlidesPresenter.Problem> p = found.stream().filter(x -> x.field() == f).findFirst();
                note.setText(p.map(SlidesPresenter.Problem::text).orElse(" "));
                note.setVisible(p.isPresent());
            });
            reviewState.setText(presenter.reviewState());
            reviewState.putClientProperty(FlatClientProperties.STYLE, presenter.reviewNeedsAttention()
                    ? "foreground: $Kiosk.cautionText; font: bold +1" : "foreground: $Kiosk.mutedText; font: +1");
        }

        @Override
        public void previewChanged(boolean atOnce) {
            if (atOnce) {
                drawPreview();
            } else {
                previewTimer.restart();
            }
        }

        @Override
        public void focus(Field field) {
            if (presenter.category().isPresent()) {
                return; // its one part is open, the problem marked in red where it is
            }
            parts.setSelectedIndex(field.part().ordinal());
            JComponent target = field == Field.CATEGORY ? category : field == Field.ILLUSTRATION ? illustration
                    : field == Field.RULES ? symptomBoxes : fields.get(field);
            if (target == null) {
                return;
            }
            SwingUtilities.invokeLater(() -> {
                JViewport port = (JViewport) SwingUtilities.getAncestorOfClass(JViewport.class, target);
                if (port != null && port.getView() instanceof JComponent view) {
                    view.scrollRectToVisible(SwingUtilities.convertRectangle(target.getParent(), target.getBounds(),
                            view));
                }
                target.requestFocusInWindow();
                if (target instanceof JTextField f) {
                    f.selectAll();
                }
            });
        }

        @Override
        public boolean confirmDiscard(String title) {
            Object[] options = {texts.get("staff.discard.discard"), texts.get("staff.discard.keep")};
            return JOptionPane.showOptionDialog(SlidesTab.this, texts.get("staff.discard.question", title),
                    texts.get("staff.unsaved"), JOptionPane.YES_NO_OPTION, JOptionPane.WARNING_MESSAGE, null, options,
                    options[1]) == 0;
        }

        @Override
        public boolean confirmDelete(String title) {
            return JOptionPane.showConfirmDialog(SlidesTab.this, texts.get("staff.slides.deleteConfirm", title),
                    texts.get("staff.slides.delete"), JOptionPane.OK_CANCEL_OPTION, JOptionPane.WARNING_MESSAGE)
                    == JOptionPane.OK_OPTION;
        }

        @Override
        public Optional<Path> choosePicture(List<Path> images) {
            return Optional.ofNullable((Path) JOptionPane.showInputDialog(SlidesTab.this,
                    texts.get("staff.slides.import"), texts.get("staff.slides.import"), JOptionPane.PLAIN_MESSAGE,
                    null, images.toArray(), images.get(0)));
        }
    }
}
