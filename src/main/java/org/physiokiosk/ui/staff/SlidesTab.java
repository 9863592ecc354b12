package org.physiokiosk.ui.staff;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.BorderLayout;
import java.awt.Component;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.stream.Stream;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTabbedPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.ListCellRenderer;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import net.miginfocom.swing.MigLayout;
import org.physiokiosk.content.Category;
import org.physiokiosk.content.Dose;
import org.physiokiosk.content.Review;
import org.physiokiosk.content.Slide;
import org.physiokiosk.content.SlideLibrary;
import org.physiokiosk.content.Symptom;
import org.physiokiosk.content.Technique;
import org.physiokiosk.staff.ReviewEntry;
import org.physiokiosk.staff.RuleChoices;
import org.physiokiosk.ui.Texts;
import org.physiokiosk.ui.slides.SlideViews;

/**
 * The slides: every technique in loop order, and an editor for the chosen one with a live
 * preview of the slide as patients will see it, in any language offered ({@link PreviewLanguage}). The editor has two parts: the slide's words
 * and picture, and the plan rules (helps with, not for, never in the same plan as, and why);
 * the review record sits under both, beside Save, as it covers the whole technique.
 */
final class SlidesTab extends JPanel {
    private static final long serialVersionUID = 1L;
    private static final System.Logger LOG = System.getLogger(SlidesTab.class.getName());

    private final transient StaffServices services;
    private final Texts texts;
    private final transient Executor work;
    private final transient SlideViews views;
    private final Runnable changed;
    private final DefaultListModel<Technique> model = new DefaultListModel<>();
    private final JList<Technique> list = new JList<>(model);
    private final JTextField title = field("edit-title");
    private final JTextField summary = field("edit-summary");
    private final JComboBox<Category> category = new JComboBox<>();
    private final JComboBox<String> illustration = new JComboBox<>();
    private final Map<String, JCheckBox> symptoms = new LinkedHashMap<>();
    private final JTextField hold = field("edit-hold");
    private final JTextField repeat = field("edit-repeat");
    private final JTextField howOften = field("edit-how-often");
    private final JTextField howLong = field("edit-how-long");
    private final JTextArea steps = area("edit-steps");
    private final JTextArea cautions = area("edit-cautions");
    private final JPanel preview = new JPanel(new BorderLayout());
    /** Beside Save: what happened, or why it cannot be saved; wraps, as a reason can be long. */
    private final JTextArea status = StaffUi.note("edit-status", " ", "font: +2");
    /** One row per symptom: its label, "Helps with" and "Not for". */
    private final JPanel symptomBoxes = new JPanel(new MigLayout("insets 0, wrap 3, gap 16lp 4lp",
            "[0:pref:max, grow][][]"));
    private final Map<String, JCheckBox> notFor = new LinkedHashMap<>();
    private final Map<String, JCheckBox> notWith = new LinkedHashMap<>();
    /** One column: the longest titles ("Anti-inflammatory medicines (NSAIDs)") would be cut off in two. */
    private final JPanel notWithBoxes = new JPanel(new MigLayout("insets 0, wrap 1, gap 16lp 4lp",
            "[0:pref:max, fill]"));
    private final JTextArea notWithNote = StaffUi.note("edit-not-with-note", " ", "foreground: $Kiosk.mutedText");
    private final JTextArea ruleReasons = area("edit-rule-reasons");
    private final JTextField reviewedBy = field("edit-reviewed-by");
    private final JTextField reviewedOn = field("edit-reviewed-on");
    /** Under the date, only while it cannot be saved: what is wrong with it. */
    private final JTextArea reviewedOnNote = StaffUi.note("edit-reviewed-on-problem", " ",
            "foreground: $Kiosk.cautionText; font: bold +1");
    private final JLabel reviewState = StaffUi.label(" ", "font: +1");
    /** The editor's parts: the slide, its plan rules, its clinical review. */
    private final JTabbedPane parts = new JTabbedPane();
    private final Timer previewTimer;
    private final transient PreviewLanguage previewLanguage;
    /** Draws the preview with the screen's words in the preview's language. */
    private transient SlideViews previewViews;
    private final Map<Locale, JButton> languageButtons = new LinkedHashMap<>();
    private transient Technique editing;
    private boolean loading;

    SlidesTab(StaffServices services, Texts texts, Executor work, SlideViews views, Runnable changed) {
        super(new MigLayout("fill, insets 12lp, gap 12lp", "[26%:pref:28%, fill][0:0:max, grow, fill]",
                "[0:0:max, grow, fill]"));
        setMinimumSize(new java.awt.Dimension(0, 0));
        this.services = services;
        this.texts = texts;
        this.work = work;
        this.views = views;
        this.changed = changed;
        setName("staff-slides");
        previewTimer = new Timer(250, e -> updatePreview());
        previewTimer.setRepeats(false);
        previewLanguage = new PreviewLanguage(PreviewLanguage.offered(services.settings()),
                () -> services.content().library(), new Texts(Locale.ENGLISH),
                new StaffWork(work, SwingUtilities::invokeLater));
        previewViews = views.in(previewLanguage.texts());

        list.setName("slides-list");
        list.setCellRenderer(renderer());
        list.addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting() && list.getSelectedValue() != null) {
                load(list.getSelectedValue());
            }
        });
        // One command a row: two a row ("Nach oben", "Nach unten") are cut off on a 1280-pixel screen.
        JPanel left = new JPanel(new MigLayout("fill, insets 0, wrap 2, gap 6lp",
                "[0:0:max, grow, fill, sg b]".repeat(2), "[0:0:max, grow, fill][][][][][][]"));
        JScrollPane scroll = new JScrollPane(list);
        scroll.putClientProperty(FlatClientProperties.STYLE, "arc: 12");
        left.add(scroll, "span 2");
        left.add(StaffUi.button("slides-up", texts.get("staff.slides.up"), "kioskSmall", e -> move(-1)), "span 2");
        left.add(StaffUi.button("slides-down", texts.get("staff.slides.down"), "kioskSmall", e -> move(1)), "span 2");
        left.add(StaffUi.button("slides-toggle", texts.get("staff.slides.toggle"), "kioskSmall", e -> toggle()),
                "span 2");
        left.add(StaffUi.button("slides-add", texts.get("staff.slides.add"), "kioskSmall", e -> add()), "span 2");
        left.add(StaffUi.button("slides-duplicate", texts.get("staff.slides.duplicate"), "kioskSmall",
                e -> duplicate()), "span 2");
        left.add(StaffUi.button("slides-delete", texts.get("staff.slides.delete"), "kioskSmall", e -> delete()),
                "span 2");
        add(left, "wmin 0");

        // Each label above its field: beside it, long labels (German) leave the fields no room on a 1280x1024 screen.
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
        illustration.setName("edit-illustration");
        slide.add(new JLabel(texts.get("staff.field.title")), "gaptop 6lp");
        slide.add(title, "wmin 0");
        slide.add(new JLabel(texts.get("staff.field.summary")), "gaptop 6lp");
        slide.add(summary, "wmin 0");
        slide.add(new JLabel(texts.get("staff.field.category")), "gaptop 6lp");
        // The lists as wide as the column, not as their longest entry: they would push the form off the screen.
        slide.add(category, "wmin 0");
        slide.add(new JLabel(texts.get("staff.field.illustration")), "gaptop 6lp");
        slide.add(illustration, "wmin 0");
        slide.add(StaffUi.button("edit-import", texts.get("staff.slides.import"), "kioskSmall", e -> importImage()),
                "alignx right, growx 0");
        // One dose field a row: two a row run out of a 1280x720 screen in German.
        slide.add(new JLabel(texts.get("staff.field.hold")), "gaptop 6lp");
        slide.add(hold, "wmin 0");
        slide.add(new JLabel(texts.get("staff.field.repeat")), "gaptop 6lp");
        slide.add(repeat, "wmin 0");
        slide.add(new JLabel(texts.get("staff.field.howOften")), "gaptop 6lp");
        slide.add(howOften, "wmin 0");
        slide.add(new JLabel(texts.get("staff.field.howLong")), "gaptop 6lp");
        slide.add(howLong, "wmin 0");
        slide.add(new JLabel(texts.get("staff.field.steps")), "gaptop 6lp");
        slide.add(new JScrollPane(steps), "h 112lp!");
        slide.add(new JLabel(texts.get("staff.field.cautions")), "gaptop 6lp");
        slide.add(new JScrollPane(cautions), "h 76lp!");

        parts.setName("edit-parts");
        parts.putClientProperty(FlatClientProperties.STYLE, "tabHeight: 36; font: bold +1");
        parts.addTab(texts.get("staff.slides.partSlide"), StaffUi.scrollDown(slide));
        parts.addTab(texts.get("staff.slides.partRules"), rulesPart());
        parts.addTab(texts.get("staff.slides.partReview"), reviewPart());
        // Shrinks to the height there is (each part scrolls when it must).
        JPanel form = new JPanel(new MigLayout("fill, insets 0, wrap 1, gap 6lp", "[0:0:max, grow, fill]",
                "[0:pref:max, grow, fill][]"));
        form.add(parts, "wmin 0, hmin 0");
        // Whether it is reviewed goes under Save and its message: beside them it leaves the message no room.
        JPanel saving = new JPanel(new MigLayout("insets 0, gap 12lp 4lp, wrap 2", "[][0:0:max, grow, fill]",
                "[center][]"));
        saving.add(StaffUi.button("edit-save", texts.get("staff.slides.save"), "kioskPrimary", e -> save()));
        saving.add(status, "wmin 0");
        reviewState.setName("edit-review-state");
        saving.add(reviewState, "span 2, wmin 0");
        form.add(saving, "wmin 0");

        JPanel right = new JPanel(new MigLayout("fill, insets 0, gap 12lp", "[0:0:max, 72%, fill][0:0:max, 28%, fill]",
                "[][][0:0:max, grow, fill]"));
        right.add(form, "span 1 3, aligny top, wmin 0");
        right.add(StaffUi.label(texts.get("staff.field.preview"), "font: bold +2"), "wrap");
        right.add(languageChoice(), "wmin 0, wrap");
        preview.setName("edit-preview");
        right.add(preview, "h 40%!, aligny top");
        add(right, "wmin 0");

        for (var f : List.of(title, summary, hold, repeat, howOften, howLong, steps, cautions)) {
            StaffUi.onEdit(f, this::later);
        }
        category.addActionListener(e -> later());
        illustration.addActionListener(e -> later());
        refresh(null);
    }

    /** One button per language, each named in itself, to proof the slide in it; none when only one is offered. */
    private JPanel languageChoice() {
        // One a row: two (Українська the widest) do not fit the preview's column on a 1280x1024 screen.
        JPanel row = new JPanel(new MigLayout("insets 0, gap 6lp 4lp, wrap 1", "[sg lang, fill]"));
        row.setName("preview-languages");
        row.getAccessibleContext().setAccessibleName(texts.get("staff.preview.language"));
        List<Locale> languages = previewLanguage.languages();
        if (languages.size() > 1) {
            for (Locale l : languages) {
                String name = l.getDisplayLanguage(l);
                JButton b = StaffUi.button("preview-language-" + l.getLanguage(),
                        name.substring(0, 1).toUpperCase(l) + name.substring(1), "kioskSmall",
                        e -> previewLanguage.choose(l, previewView()));
                b.getAccessibleContext().setAccessibleName(texts.get("staff.preview.language") + ": " + name);
                languageButtons.put(l, b);
                row.add(b);
            }
        }
        markLanguage();
        return row;
    }

    private PreviewLanguage.View previewView() {
        return new PreviewLanguage.View() {
            @Override
            public void languageShown(Locale language) {
                previewViews = views.in(previewLanguage.texts());
                markLanguage();
                updatePreview();
            }

            @Override
            public void languageNotShown(Locale language, String why) {
                status.setText(why);
            }
        };
    }

    /** The preview's language stands out: bold, with a thick border, and says so to a screen reader. */
    private void markLanguage() {
        languageButtons.forEach((l, b) -> {
            boolean current = l.equals(previewLanguage.language());
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
        rules.add(StaffUi.label(texts.get("staff.field.notWith"), "font: bold +1"), "gaptop 12lp");
        rules.add(notWithBoxes, "wmin 0");
        rules.add(notWithNote, "growx, wmin 0, hidemode 3");
        rules.add(StaffUi.label(texts.get("staff.field.ruleReasons"), "font: bold +1"), "gaptop 12lp");
        rules.add(StaffUi.note("edit-rule-reasons-hint", texts.get("staff.field.ruleReasonsHint"),
                "foreground: $Kiosk.mutedText"), "growx, wmin 0");
        rules.add(new JScrollPane(ruleReasons), "h 150lp!, wmin 0");
        StaffUi.onEdit(ruleReasons, this::later);
        return StaffUi.scrollDown(rules);
    }

    /** Who reviewed the technique and when: checked as it is typed, "Reviewed today" fills the day. */
    private JScrollPane reviewPart() {
        JPanel row = new WidthOfViewport(new MigLayout("fillx, insets 10lp 8lp 10lp 8lp, wrap 2, gap 8lp 8lp",
                "[right][0:0:max, grow, fill]"));
        row.setName("edit-review");
        row.add(StaffUi.note("edit-review-help", texts.get("staff.field.reviewHelp"), "font: +1"),
                "span 2, growx, wmin 0, gapbottom 8lp");
        reviewedOn.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, "YYYY-MM-DD");
        reviewedOn.putClientProperty(FlatClientProperties.STYLE, "font: +2");
        reviewedBy.putClientProperty(FlatClientProperties.STYLE, "font: +2");
        row.add(new JLabel(texts.get("staff.field.reviewedBy")));
        row.add(reviewedBy, "wmin 0");
        row.add(new JLabel(texts.get("staff.field.reviewedOn")));
        row.add(StaffUi.reviewDay("edit-reviewed-today", texts, reviewedBy, reviewedOn,
                services.content()::today));
        row.add(reviewedOnNote, "skip, growx, wmin 0, hidemode 3");
        StaffUi.onEdit(reviewedBy, this::later);
        StaffUi.onEdit(reviewedOn, () -> {
            showDateProblem();
            later();
        });
        showDateProblem();
        return StaffUi.scrollDown(row);
    }

    private ReviewEntry reviewEntry() {
        return new ReviewEntry(reviewedBy.getText(), reviewedOn.getText());
    }

    /** Under the date: what is wrong with it in the caution colour, or how to write it. */
    private void showDateProblem() {
        var problem = reviewEntry().problem(services.content().today());
        reviewedOnNote.setText(problem.orElse(" "));
        reviewedOnNote.setVisible(problem.isPresent());
        // Beside Save, whichever part is open: whether this technique is reviewed.
        Review review = reviewEntry().review();
        if (problem.isPresent()) {
            reviewState.setText(texts.get("staff.review.stateBadDate"));
        } else if (review.on().isEmpty()) {
            reviewState.setText(texts.get("staff.review.stateNever"));
        } else {
            reviewState.setText(texts.get(review.due(services.content().today()) ? "staff.review.stateDue"
                    : "staff.review.stateOk", review.date()));
        }
        reviewState.putClientProperty(FlatClientProperties.STYLE, problem.isPresent()
                || review.due(services.content().today()) ? "foreground: $Kiosk.cautionText; font: bold +1"
                : "foreground: $Kiosk.mutedText; font: +1");
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

    /** The "never in the same plan as" boxes for {@code t}: every other technique. */
    private void fillNotWith(Technique t) {
        notWith.clear();
        notWithBoxes.removeAll();
        boolean onOther = false;
        for (RuleChoices.Choice c : RuleChoices.notWith(services.content().library(), t)) {
            JCheckBox box = new JCheckBox(choiceText(c), c.ticked());
            box.setName("edit-not-with-" + c.id());
            box.setEnabled(c.editable());
            box.addActionListener(e -> later());
            notWith.put(c.id(), box);
            notWithBoxes.add(box);
            onOther |= !c.editable();
        }
        notWithNote.setText(texts.get("staff.field.notWithNote"));
        notWithNote.setVisible(onOther);
        notWithBoxes.revalidate();
        notWithBoxes.repaint();
    }

    private static List<String> tickedIds(Map<String, JCheckBox> boxes) {
        List<String> ids = new ArrayList<>();
        boxes.forEach((id, box) -> {
            if (box.isSelected() && box.isEnabled()) {
                ids.add(id);
            }
        });
        return ids;
    }

    private ListCellRenderer<Technique> renderer() {
        return new ListCellRenderer<>() {
            private final JPanel cell = new JPanel(new MigLayout("insets 6lp 8lp 6lp 8lp, gap 0 2lp, wrap 1"));
            private final JLabel name = StaffUi.label("", "font: bold");
            private final JLabel where = StaffUi.label("", "foreground: $Kiosk.mutedText");

            {
                cell.add(name);
                cell.add(where);
            }

            @Override
            public Component getListCellRendererComponent(JList<? extends Technique> l, Technique t, int index,
                                                          boolean selected, boolean focus) {
                name.setText((index + 1) + ". " + t.title());
                String cat = services.content().library().category(t.categoryId()).map(Category::title)
                        .orElse(t.categoryId());
                where.setText(cat + (t.enabled() ? "" : " · " + texts.get("staff.slides.hidden")));
                cell.setBackground(selected ? l.getSelectionBackground() : l.getBackground());
                name.setForeground(selected ? l.getSelectionForeground() : l.getForeground());
                return cell;
            }
        };
    }

    /** Opens a technique's clinical review (from the content review list). */
    void showReview(String id) {
        parts.setSelectedIndex(2);
        for (int i = 0; i < model.size(); i++) {
            if (model.get(i).id().equals(id)) {
                list.setSelectedIndex(i);
                list.ensureIndexIsVisible(i);
                javax.swing.SwingUtilities.invokeLater(reviewedBy::requestFocusInWindow);
                return;
            }
        }
        refresh(id, () -> { }); // saved since the list was filled
    }

    /**
     * Fills the list from the content again and selects {@code id} (or the first), once the
     * pictures are listed and read on the worker: the preview then never reads a file here.
     */
    void refresh(String id) {
        refresh(id, () -> { });
    }

    /** As above; {@code then} runs once the list is filled (and the technique loaded). */
    private void refresh(String id, Runnable then) {
        SlideLibrary lib = services.content().library();
        StaffUi.slow(work, "Listing the pictures in " + lib.illustrationsDir(), () -> pictures(lib), names -> {
            fill(lib, names, id);
            then.run();
        }, why -> {
            fill(lib, List.of(), id);
            status.setText(why); // the list of pictures stays empty; the log has the details
            then.run();
        });
    }

    /** The pictures staff may choose, each read once so that previews find them ready. Slow. */
    private List<String> pictures(SlideLibrary lib) throws java.io.IOException {
        List<String> names;
        try (Stream<Path> files = Files.list(lib.illustrationsDir())) {
            names = files.map(p -> p.getFileName().toString()).filter(n -> n.matches("(?i).*\\.(svg|png|jpe?g)"))
                    .filter(n -> !n.startsWith("symptom-")).sorted().toList();
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        views.preloadPictures(names);
        views.preloadPictures(lib.techniques().stream().map(Technique::illustration).filter(n -> !n.isEmpty())
                .toList());
        return names;
    }

    private void fill(SlideLibrary lib, List<String> pictures, String id) {
        loading = true;
        model.clear();
        lib.techniques().forEach(model::addElement);
        category.removeAllItems();
        lib.categories().forEach(category::addItem);
        illustration.removeAllItems();
        illustration.addItem("");
        pictures.forEach(illustration::addItem);
        symptoms.clear();
        notFor.clear();
        symptomBoxes.removeAll();
        for (Symptom s : lib.symptoms()) {
            // Wraps where the boxes beside it leave too little room (longer words in other languages).
            symptomBoxes.add(StaffUi.note("edit-symptom-label-" + s.id(), s.label(), null), "growx, wmin 0");
            JCheckBox box = new JCheckBox(texts.get("staff.field.symptoms"));
            box.setName("edit-symptom-" + s.id());
            box.getAccessibleContext().setAccessibleName(texts.get("staff.field.symptoms") + ": " + s.label());
            box.addActionListener(e -> later());
            symptoms.put(s.id(), box);
            symptomBoxes.add(box);
            JCheckBox not = new JCheckBox(texts.get("staff.field.notFor"));
            not.setName("edit-not-for-" + s.id());
            not.getAccessibleContext().setAccessibleName(texts.get("staff.field.notFor") + ": " + s.label());
            not.addActionListener(e -> later());
            notFor.put(s.id(), not);
            symptomBoxes.add(not);
        }
        loading = false;
        int index = 0;
        for (int i = 0; i < model.size(); i++) {
            if (model.get(i).id().equals(id)) {
                index = i;
            }
        }
        if (!model.isEmpty()) {
            list.setSelectedIndex(index);
            list.ensureIndexIsVisible(index);
        }
        revalidate();
    }

    private void load(Technique t) {
        previewTimer.stop(); // the preview is made below, for this technique
        loading = true;
        editing = t;
        title.setText(t.title());
        summary.setText(t.summary());
        services.content().library().category(t.categoryId()).ifPresent(category::setSelectedItem);
        selectPicture(t.illustration());
        symptoms.forEach((id, box) -> box.setSelected(t.symptoms().contains(id)));
        notFor.forEach((id, box) -> box.setSelected(t.notFor().contains(id)));
        fillNotWith(t);
        ruleReasons.setText(String.join("\n", t.ruleReasons()));
        ReviewEntry review = ReviewEntry.of(t.review());
        reviewedBy.setText(review.by());
        reviewedOn.setText(review.on());
        // A long value shows its beginning, not its end, and each part opens at its top.
        javax.swing.SwingUtilities.invokeLater(() -> {
            for (JTextField f : List.of(title, summary, hold, repeat, howOften, howLong, reviewedBy)) {
                f.setCaretPosition(0);
            }
            for (JTextArea a : List.of(steps, cautions, ruleReasons)) {
                a.setCaretPosition(0);
            }
            for (java.awt.Component c : List.of(steps, cautions, ruleReasons, symptomBoxes, reviewedBy, title)) {
                var view = (javax.swing.JViewport) javax.swing.SwingUtilities.getAncestorOfClass(
                        javax.swing.JViewport.class, c);
                if (view != null) {
                    view.setViewPosition(new java.awt.Point());
                }
            }
        });
        hold.setText(t.dose().hold());
        repeat.setText(t.dose().repeat());
        howOften.setText(t.dose().howOften());
        howLong.setText(t.dose().howLong());
        steps.setText(String.join("\n", t.steps()));
        cautions.setText(String.join("\n", t.cautions()));
        loading = false;
        status.setText(" ");
        updatePreview();
    }

    /**
     * Shows the technique's own picture, even one not in the list (a missing file): the combo
     * box would otherwise keep the last technique's picture, and saving would copy it over.
     */
    private void selectPicture(String name) {
        boolean listed = false;
        for (int i = 0; i < illustration.getItemCount(); i++) {
            listed |= illustration.getItemAt(i).equals(name);
        }
        if (!listed) {
            illustration.addItem(name);
        }
        illustration.setSelectedItem(name);
    }

    private Technique fromForm() {
        Category c = (Category) category.getSelectedItem();
        List<String> picked = new ArrayList<>();
        symptoms.forEach((id, box) -> {
            if (box.isSelected()) {
                picked.add(id);
            }
        });
        return editing.with(c == null ? editing.categoryId() : c.id(), title.getText().strip(),
                summary.getText().strip(), illustration.getSelectedItem() == null ? ""
                        : (String) illustration.getSelectedItem(), picked,
                new Dose(hold.getText(), repeat.getText(), howOften.getText(), howLong.getText()),
                lines(steps.getText()), lines(cautions.getText()), editing.enabled())
                .withRules(RuleChoices.ticked(editing.notWith(), tickedIds(notWith)),
                        RuleChoices.ticked(editing.notFor(), tickedIds(notFor)), lines(ruleReasons.getText()),
                        reviewEntry().review());
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private void later() {
        if (!loading && editing != null) {
            previewTimer.restart();
        }
    }

    private void updatePreview() {
        if (editing == null) {
            return;
        }
        Technique t = fromForm();
        Category c = services.content().library().category(t.categoryId()).orElse(null);
        preview.removeAll();
        if (c != null) {
            preview.add(previewViews.preview(previewLanguage.slide(t, c)), BorderLayout.CENTER);
        }
        preview.revalidate();
        preview.repaint();
        status.setText(problem(t).orElse(" "));
    }

    /** Why the form cannot be saved (a review day that cannot be read is said under the day itself). */
    private java.util.Optional<String> problem(Technique t) {
        return reviewEntry().problem(services.content().today()).isPresent()
                ? java.util.Optional.of(texts.get("staff.review.fixDay")) : services.content().problem(t);
    }

    private void save() {
        if (editing == null) {
            return;
        }
        // The preview's pending update would otherwise clear what this save says.
        previewTimer.stop();
        if (reviewEntry().problem(services.content().today()).isPresent()) {
            status.setText(texts.get("staff.review.fixDay"));
            parts.setSelectedIndex(2);
            reviewedOn.requestFocusInWindow();
            return;
        }
        Technique t = fromForm();
        status.setText(texts.get("staff.busy"));
        StaffUi.slow(work, "Saving technique " + t.id(), () -> {
            services.content().save(t);
            return t.id();
        }, id -> refresh(id, () -> {
            status.setText(texts.get("staff.saved"));
            changed.run();
        }), status::setText);
    }

    private void move(int direction) {
        Technique t = list.getSelectedValue();
        if (t != null) {
            StaffUi.slow(work, "Moving technique " + t.id(), () -> {
                services.content().move(t.id(), direction);
                return t.id();
            }, id -> {
                refresh(id);
                changed.run();
            }, status::setText);
        }
    }

    private void toggle() {
        Technique t = list.getSelectedValue();
        if (t != null) {
            StaffUi.slow(work, "Hiding or showing technique " + t.id(), () -> {
                services.content().setEnabled(t.id(), !t.enabled());
                return t.id();
            }, id -> {
                refresh(id);
                changed.run();
            }, status::setText);
        }
    }

    private void add() {
        Category c = (Category) category.getSelectedItem();
        if (c == null) {
            return;
        }
        // Finding a free file name looks at the disk: on the worker.
        StaffUi.slow(work, "Adding a technique", () -> services.content().newTechnique(c.id(), "New technique"),
                fresh -> {
                    editing = fresh;
                    list.clearSelection();
                    load(fresh);
                    title.requestFocusInWindow();
                    title.selectAll();
                }, status::setText);
    }

    private void duplicate() {
        Technique t = list.getSelectedValue();
        if (t != null) {
            StaffUi.slow(work, "Duplicating technique " + t.id(), () -> services.content().duplicate(t.id()).id(), id -> {
                refresh(id);
                changed.run();
            }, status::setText);
        }
    }

    private void delete() {
        Technique t = list.getSelectedValue();
        if (t == null) {
            return;
        }
        int answer = JOptionPane.showConfirmDialog(this, texts.get("staff.slides.deleteConfirm", t.title()),
                texts.get("staff.slides.delete"), JOptionPane.OK_CANCEL_OPTION, JOptionPane.WARNING_MESSAGE);
        if (answer == JOptionPane.OK_OPTION) {
            StaffUi.slow(work, "Deleting technique " + t.id(), () -> {
                services.content().delete(t.id());
                return "";
            }, id -> {
                refresh(null);
                changed.run();
            }, status::setText);
        }
    }

    private void importImage() {
        StaffUi.slow(work, "Looking for pictures on USB sticks", services::importableImages, images -> {
            if (images.isEmpty()) {
                status.setText(texts.get("staff.slides.noImages"));
                return;
            }
            Path chosen = (Path) JOptionPane.showInputDialog(this, texts.get("staff.slides.import"),
                    texts.get("staff.slides.import"), JOptionPane.PLAIN_MESSAGE, null, images.toArray(), images.get(0));
            if (chosen != null) {
                StaffUi.slow(work, "Importing the picture " + chosen, () -> {
                    String name = services.content().importImage(chosen);
                    views.preloadPictures(List.of(name)); // the preview shows it at once
                    return name;
                }, this::selectPicture, status::setText);
            }
        }, status::setText);
    }
}
