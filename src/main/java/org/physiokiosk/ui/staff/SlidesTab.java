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
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.ListCellRenderer;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import net.miginfocom.swing.MigLayout;
import org.physiokiosk.content.Category;
import org.physiokiosk.content.Dose;
import org.physiokiosk.content.Slide;
import org.physiokiosk.content.SlideLibrary;
import org.physiokiosk.content.Symptom;
import org.physiokiosk.content.Technique;
import org.physiokiosk.ui.Texts;
import org.physiokiosk.ui.attract.SlideViews;

/**
 * The slides: every technique in loop order, and an editor for the chosen one with a live
 * preview of the slide as patients will see it, in any language offered ({@link PreviewLanguage}).
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
    private final JLabel status = StaffUi.label(" ", "font: +2");
    private final JPanel symptomBoxes = new JPanel(new MigLayout("insets 0, wrap 2, gap 4lp 2lp"));
    private final Timer previewTimer;
    private final transient PreviewLanguage previewLanguage;
    /** Draws the preview with the screen's words in the preview's language. */
    private transient SlideViews previewViews;
    private final Map<Locale, JButton> languageButtons = new LinkedHashMap<>();
    private transient Technique editing;
    private boolean loading;

    SlidesTab(StaffServices services, Texts texts, Executor work, SlideViews views, Runnable changed) {
        super(new MigLayout("fill, insets 12lp, gap 12lp", "[26%!, fill][0:0:max, grow, fill]", "[0:0:max, grow, fill]"));
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
        JPanel left = new JPanel(new MigLayout("fill, insets 0, wrap 2, gap 6lp",
                "[0:0:max, grow, fill, sg b]".repeat(2), "[0:0:max, grow, fill][][][]"));
        JScrollPane scroll = new JScrollPane(list);
        scroll.putClientProperty(FlatClientProperties.STYLE, "arc: 12");
        left.add(scroll, "span 2");
        left.add(StaffUi.button("slides-up", texts.get("staff.slides.up"), "kioskSmall", e -> move(-1)));
        left.add(StaffUi.button("slides-down", texts.get("staff.slides.down"), "kioskSmall", e -> move(1)));
        left.add(StaffUi.button("slides-toggle", texts.get("staff.slides.toggle"), "kioskSmall", e -> toggle()));
        left.add(StaffUi.button("slides-add", texts.get("staff.slides.add"), "kioskSmall", e -> add()));
        left.add(StaffUi.button("slides-duplicate", texts.get("staff.slides.duplicate"), "kioskSmall",
                e -> duplicate()));
        left.add(StaffUi.button("slides-delete", texts.get("staff.slides.delete"), "kioskSmall", e -> delete()));
        add(left, "wmin 0");

        JPanel form = new JPanel(new MigLayout("fillx, insets 0, wrap 2, gap 8lp 6lp", "[right][0:0:max, grow, fill]"));
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
        form.add(new JLabel(texts.get("staff.field.title")));
        form.add(title);
        form.add(new JLabel(texts.get("staff.field.summary")));
        form.add(summary);
        form.add(new JLabel(texts.get("staff.field.category")));
        form.add(category);
        form.add(new JLabel(texts.get("staff.field.illustration")));
        form.add(illustration);
        form.add(StaffUi.button("edit-import", texts.get("staff.slides.import"), "kioskSmall", e -> importImage()),
                "skip, growx 0");
        form.add(new JLabel(texts.get("staff.field.symptoms")), "aligny top");
        form.add(symptomBoxes);
        form.add(new JLabel(texts.get("staff.field.hold")));
        form.add(hold, "split 3");
        form.add(new JLabel(texts.get("staff.field.repeat")));
        form.add(repeat);
        form.add(new JLabel(texts.get("staff.field.howOften")));
        form.add(howOften, "split 3");
        form.add(new JLabel(texts.get("staff.field.howLong")));
        form.add(howLong);
        form.add(new JLabel(texts.get("staff.field.steps")), "aligny top");
        form.add(new JScrollPane(steps), "h 96lp!");
        form.add(new JLabel(texts.get("staff.field.cautions")), "aligny top");
        form.add(new JScrollPane(cautions), "h 60lp!");
        status.setName("edit-status");
        form.add(StaffUi.button("edit-save", texts.get("staff.slides.save"), "kioskPrimary", e -> save()),
                "skip, split 2, growx 0");
        form.add(status);

        JPanel right = new JPanel(new MigLayout("fill, insets 0, gap 12lp", "[0:0:max, 60%, fill][0:0:max, 40%, fill]",
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
        // Two a row: three (Українська the widest) do not fit the preview's column on a 1280x720 screen.
        JPanel row = new JPanel(new MigLayout("insets 0, gap 6lp 6lp, wrap 2", "[sg lang, fill]".repeat(2)));
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
        symptomBoxes.removeAll();
        for (Symptom s : lib.symptoms()) {
            JCheckBox box = new JCheckBox(s.label());
            box.putClientProperty(FlatClientProperties.STYLE, "font: -2");
            box.setName("edit-symptom-" + s.id());
            box.addActionListener(e -> later());
            symptoms.put(s.id(), box);
            symptomBoxes.add(box);
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
        loading = true;
        editing = t;
        title.setText(t.title());
        summary.setText(t.summary());
        services.content().library().category(t.categoryId()).ifPresent(category::setSelectedItem);
        selectPicture(t.illustration());
        symptoms.forEach((id, box) -> box.setSelected(t.symptoms().contains(id)));
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
                lines(steps.getText()), lines(cautions.getText()), editing.enabled());
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
        services.content().problem(t).ifPresentOrElse(status::setText, () -> status.setText(" "));
    }

    private void save() {
        if (editing == null) {
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
