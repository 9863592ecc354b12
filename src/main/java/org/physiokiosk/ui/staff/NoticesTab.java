package org.physiokiosk.ui.staff;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.Component;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import javax.swing.ButtonGroup;
import javax.swing.DefaultListCellRenderer;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTabbedPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.JToggleButton;
import javax.swing.ListCellRenderer;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import javax.swing.text.JTextComponent;
import net.miginfocom.swing.MigLayout;
import org.physiokiosk.content.Notice;
import org.physiokiosk.staff.SettingsForm.Status;
import org.physiokiosk.ui.Texts;
import org.physiokiosk.ui.journey.ButtonLines;
import org.physiokiosk.ui.slides.SlideViews;
import org.physiokiosk.ui.staff.NoticesPresenter.Field;
import org.physiokiosk.ui.staff.NoticesPresenter.Row;

/**
 * The clinic's notices: each with whether it is on screen now, and an editor for the chosen one
 * (its words, style, picture and link; and when it is shown, on the touch schedule control)
 * with a live preview of the notice slide as patients will see it, in any language offered.
 * The rules live in {@link NoticesPresenter}; this panel binds. Wide: form and preview side by
 * side; narrower: the preview above the form.
 */
final class NoticesTab extends JPanel {
    private static final long serialVersionUID = 1L;

    private final Texts texts;
    private final transient SlideViews views;
    private final transient NoticesPresenter presenter;
    private final DefaultListModel<Row> model = new DefaultListModel<>();
    private final JList<Row> list = new JList<>(model);
    private final JTextArea empty;
    private final Map<Field, JTextComponent> fields = new EnumMap<>(Field.class);
    private final Map<Field, JTextArea> problems = new EnumMap<>(Field.class);
    private final Map<Notice.Style, JToggleButton> styles = new EnumMap<>(Notice.Style.class);
    private final JComboBox<String> picture = new JComboBox<>();
    private final SlidePreview preview = new SlidePreview();
    private final JTextArea status = StaffUi.note("notice-status", " ", "font: +2");
    private final JButton revert;
    private final JTabbedPane parts = new JTabbedPane();
    private final JPanel editor = new JPanel();
    private final JPanel form = new JPanel(new MigLayout("fill, insets 0, wrap 1, gap 6lp", "[0:0:max, grow, fill]",
            "[0:pref:max, grow, fill][]"));
    private final JPanel previewColumn = new JPanel();
    private final JTextArea previewTitle;
    private final Timer previewTimer;
    private final Map<Locale, JButton> languageButtons = new LinkedHashMap<>();
    private JPanel languages;
    private transient SlideViews previewViews;
    private transient Locale previewViewsIn = Locale.ENGLISH;
    private Boolean wide;
    private boolean showing;

    NoticesTab(StaffServices services, Texts texts, Executor work, SlideViews views, Runnable changed) {
        super(new MigLayout("fill, insets 12lp, gap 12lp", "[:26%:34%, fill][0:0:max, grow, fill]",
                "[0:0:max, grow, fill]"));
        setMinimumSize(new java.awt.Dimension(0, 0));
        this.texts = texts;
        this.views = views;
        this.previewViews = views;
        setName("staff-notices");
        StaffWork staffWork = new StaffWork(work, SwingUtilities::invokeLater);
        presenter = new NoticesPresenter(services, texts, staffWork, views::preloadPictures, changed);
        previewTimer = new Timer(250, e -> drawPreview());
        previewTimer.setRepeats(false);

        list.setName("notices-list");
        list.setCellRenderer(renderer());
        list.addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting() && !showing && list.getSelectedIndex() >= 0) {
                presenter.select(list.getSelectedIndex());
            }
        });
        JPanel left = new JPanel(new MigLayout("fill, insets 0, wrap 1, gap 6lp", "[grow, fill]",
                "[0:0:max, grow, fill][][][][][]"));
        JScrollPane scroll = new JScrollPane(list);
        scroll.putClientProperty(FlatClientProperties.STYLE, "arc: 12");
        left.add(scroll, "wmin 0");
        empty = StaffUi.note("notices-none", texts.get("staff.notices.none"), "foreground: $Kiosk.mutedText");
        left.add(empty, "growx, wmin 0, hidemode 3");
        left.add(StaffUi.button("notices-add", texts.get("staff.notices.add"), "kioskSmall", e -> presenter.add()));
        left.add(StaffUi.button("notices-duplicate", texts.get("staff.slides.duplicate"), "kioskSmall",
                e -> presenter.duplicate()));
        left.add(StaffUi.button("notices-toggle", texts.get("staff.slides.toggle"), "kioskSmall",
                e -> presenter.toggle()));
        left.add(StaffUi.button("notices-delete", texts.get("staff.slides.delete"), "kioskSmall",
                e -> presenter.delete()));
        add(left);

        parts.setName("notice-parts");
        parts.putClientProperty(FlatClientProperties.STYLE, "tabHeight: 36; font: bold +1");
        parts.addTab(texts.get("staff.notices.partNotice"), noticePart());
        parts.addTab(texts.get("staff.slides.partWhen"), ScheduleEditor.scrolling(texts, presenter.schedule()));
        form.add(parts, "wmin 0, hmin 0");
        JPanel saving = new JPanel(new MigLayout("insets 0, gap 12lp 4lp, wrap 2", "[][0:0:max, grow]", "[center][]"));
        saving.add(StaffUi.button("notice-save", texts.get("staff.slides.save"), "kioskPrimary",
                e -> presenter.save()));
        revert = StaffUi.button("notice-revert", texts.get("staff.slides.revert"), "kioskSmall",
                e -> presenter.revert());
        saving.add(revert);
        saving.add(status, "span 2, growx, w 0:0:max");
        form.add(saving, "wmin 0");

        previewTitle = StaffUi.note("notice-preview-title", texts.get("staff.field.preview"), "font: bold +2");
        languageChoice();
        editor.setMinimumSize(new java.awt.Dimension(0, 0));
        add(editor, "wmin 0, hmin 0");
        arrange(false);
        addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                arrange(getWidth() >= SlidesTab.SIDE_BY_SIDE);
            }
        });

        presenter.attach(new Bound());
        presenter.refresh(null);
    }

    /** As the Slides tab: side by side when wide, else the preview above and the form under it. */
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
            editor.add(form, "wmin 0, hmin 0");
            editor.add(previewColumn, "wmin 0, hmin 0");
        } else {
            editor.setLayout(new MigLayout("fill, insets 0, wrap 1, gap 10lp", "[0:0:max, grow, fill]",
                    "[0:38%:38%, fill][200lp:200lp:max, grow, fill]"));
            previewColumn.setLayout(new MigLayout("fill, insets 0, gap 12lp 6lp, wrap 2",
                    "[:pref:45%][0:0:max, grow, fill]", "[][0:0:max, grow]"));
            previewColumn.add(previewTitle, "span 2, growx, wmin 0");
            previewColumn.add(preview, "hmin 0, growy");
            previewColumn.add(languages, "growx, wmin 0, aligny top");
            editor.add(previewColumn, "wmin 0, hmin 0");
            editor.add(form, "wmin 0, hmin 0");
        }
        preview.widthFromHeight(!sideBySide);
        editor.revalidate();
        editor.repaint();
    }

    /** The notice's words, style, picture and link, each label above its field. */
    private JScrollPane noticePart() {
        JPanel p = new WidthOfViewport(new MigLayout("fillx, insets 6lp 4lp 4lp 4lp, wrap 1, gap 8lp 2lp",
                "[0:0:max, grow, fill]"));
        p.setName("notice-form");
        JTextField title = new JTextField();
        title.setName("notice-title");
        addField(p, Field.TITLE, "staff.field.title", title, null);
        JTextArea text = new JTextArea();
        text.setName("notice-text");
        text.setLineWrap(true);
        text.setWrapStyleWord(true);
        text.setRows(4);
        addField(p, Field.TEXT, "staff.notices.field.text", text, null);

        List<JToggleButton> styleButtons = new ArrayList<>();
        ButtonGroup group = new ButtonGroup();
        for (Notice.Style s : Notice.Style.values()) {
            String look = switch (s) {
                case INFORMATION -> "Information";
                case IMPORTANT -> "Important";
                case WELCOME -> "Welcome";
            };
            JToggleButton b = new JToggleButton(texts.get("staff.notices.style." + s.name()));
            b.setName("notice-style-" + s.word());
            b.putClientProperty(FlatClientProperties.STYLE_CLASS, "kioskToggle");
            // Each in its own colours, as on the loop: the chosen one stands out with its accent border.
            b.putClientProperty(FlatClientProperties.STYLE, "font: bold +3; margin: 12,16,12,16; borderWidth: 3; "
                    + "background: $Kiosk.notice" + look + "Background; foreground: $Kiosk.notice" + look + "Text; "
                    + "selectedBackground: $Kiosk.notice" + look + "Accent; selectedForeground: #FFFFFF; "
                    + "borderColor: $Kiosk.notice" + look + "Accent");
            b.addActionListener(e -> {
                if (!showing) {
                    presenter.style(s);
                }
            });
            group.add(b);
            styles.put(s, b);
            styleButtons.add(b);
        }
        // Side by side where their words fit whole, else one under the other.
        JPanel styleRow = new ButtonLines("notice-styles", "left", "10lp", true, styleButtons);
        addField(p, Field.STYLE, "staff.notices.field.style", null, styleRow);

        picture.setName("notice-picture");
        picture.setRenderer(new DefaultListCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Component getListCellRendererComponent(JList<?> l, Object value, int index, boolean selected,
                                                          boolean focus) {
                return super.getListCellRendererComponent(l, "".equals(value)
                        ? texts.get("staff.notices.noPicture") : value, index, selected, focus);
            }
        });
        picture.addActionListener(e -> {
            if (!showing && picture.getSelectedItem() instanceof String name) {
                presenter.set(Field.PICTURE, name);
            }
        });
        addField(p, Field.PICTURE, "staff.field.illustration", null, picture);
        JTextField link = new JTextField();
        link.setName("notice-link");
        link.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, "https://");
        addField(p, Field.LINK, "staff.notices.field.link", link, null);
        return StaffUi.scrollDown(p);
    }

    /** A field with its label above it and its problem (hidden while there is none) under it. */
    private void addField(JPanel to, Field f, String label, JTextComponent text, JComponent other) {
        to.add(StaffUi.note("notice-label-" + f.name().toLowerCase(Locale.ROOT), texts.get(label), "font: bold +1"),
                "growx, wmin 0, gaptop 6lp");
        if (text != null) {
            fields.put(f, text);
            StaffUi.onEdit(text, () -> {
                if (!showing) {
                    presenter.set(f, text.getText());
                }
            });
            to.add(text instanceof JTextArea ? new JScrollPane(text) : text, text instanceof JTextArea
                    ? "h 130lp!, wmin 0" : "wmin 0");
        } else {
            to.add(other, "wmin 0");
        }
        JTextArea note = StaffUi.note("notice-problem-" + f.name().toLowerCase(Locale.ROOT), " ",
                "foreground: $Kiosk.cautionText; font: bold");
        note.setVisible(false);
        problems.put(f, note);
        to.add(note, "growx, wmin 0, hidemode 3");
    }

    private void languageChoice() {
        List<Locale> offered = presenter.previewLanguage().languages();
        if (offered.size() > 1) {
            for (Locale l : offered) {
                String name = l.getDisplayLanguage(l);
                JButton b = StaffUi.button("notice-preview-language-" + l.getLanguage(),
                        name.substring(0, 1).toUpperCase(l) + name.substring(1), "kioskSmall",
                        e -> presenter.previewIn(l));
                b.getAccessibleContext().setAccessibleName(texts.get("staff.preview.language") + ": " + name);
                languageButtons.put(l, b);
            }
        }
        languages = new ButtonLines("notice-preview-languages", "left", "6lp", false,
                List.copyOf(languageButtons.values()));
        languages.getAccessibleContext().setAccessibleName(texts.get("staff.preview.language"));
        markLanguage();
    }

    private void markLanguage() {
        languageButtons.forEach((l, b) -> {
            boolean current = l.equals(presenter.previewLanguage().language());
            b.putClientProperty(FlatClientProperties.STYLE,
                    current ? "font: bold +3; borderWidth: 2; borderColor: $Kiosk.teal" : null);
            b.getAccessibleContext().setAccessibleDescription(current ? texts.get("pick.selected") : null);
        });
    }

    private ListCellRenderer<Row> renderer() {
        return new ListCellRenderer<>() {
            private final JPanel cell = new JPanel(new MigLayout("insets 6lp 8lp 6lp 8lp, gap 10lp 2lp",
                    "[6lp!, fill][0:0:max, grow, fill]", "[][][]"));
            private final JPanel band = new JPanel();
            private final JLabel name = StaffUi.label("", "font: bold");
            private final JLabel state = StaffUi.label("", null);
            private final JLabel when = StaffUi.label("", "foreground: $Kiosk.mutedText");

            {
                cell.add(band, "span 1 3, growy");
                cell.add(name, "wmin 0, wrap");
                cell.add(state, "wmin 0, wrap");
                cell.add(when, "wmin 0");
            }

            @Override
            public Component getListCellRendererComponent(JList<? extends Row> l, Row r, int index, boolean selected,
                                                          boolean focus) {
                String look = switch (r.notice().style()) {
                    case INFORMATION -> "Information";
                    case IMPORTANT -> "Important";
                    case WELCOME -> "Welcome";
                };
                band.setBackground(org.physiokiosk.ui.theme.KioskTheme.color("Kiosk.notice" + look + "Accent"));
                name.setText((index + 1) + ". " + r.notice().title());
                state.setText(texts.get("staff.notices.style." + r.notice().style().name()) + " · " + r.stateWords());
                state.putClientProperty(FlatClientProperties.STYLE, r.state() == NoticesPresenter.State.ON
                        ? "foreground: $Kiosk.successText" : "foreground: $Kiosk.cautionText");
                when.setText(r.when());
                cell.setBackground(selected ? l.getSelectionBackground() : l.getBackground());
                name.setForeground(selected ? l.getSelectionForeground() : l.getForeground());
                cell.getAccessibleContext().setAccessibleName(name.getText() + ", " + r.stateWords());
                return cell;
            }
        };
    }

    /** Fills the list from the content again (after an undo or a change elsewhere). */
    void refresh() {
        presenter.refresh(null);
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

    private final class Bound implements NoticesPresenter.View {

        @Override
        public void listed(List<Row> rows, int selected) {
            showing = true;
            try {
                List<Row> now = new ArrayList<>();
                for (int i = 0; i < model.size(); i++) {
                    now.add(model.get(i));
                }
                if (!now.equals(rows)) {
                    model.clear();
                    rows.forEach(model::addElement);
                }
                if (selected < 0) {
                    list.clearSelection();
                } else {
                    list.setSelectedIndex(selected);
                    list.ensureIndexIsVisible(selected);
                }
                empty.setVisible(rows.isEmpty());
            } finally {
                showing = false;
            }
        }

        @Override
        public void choices(List<String> pictures) {
            showing = true;
            try {
                picture.removeAllItems();
                pictures.forEach(picture::addItem);
            } finally {
                showing = false;
            }
        }

        @Override
        public void show(NoticesPresenter.Draft draft, boolean fresh) {
            showing = true;
            try {
                fields.forEach((f, c) -> {
                    if (!c.getText().equals(draft.value(f))) {
                        c.setText(draft.value(f));
                    }
                });
                styles.forEach((s, b) -> b.setSelected(s == draft.style()));
                picture.setSelectedItem(draft.picture());
            } finally {
                showing = false;
            }
            if (fresh) {
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
            status.setText(s.text().isEmpty() ? " " : s.text());
            status.putClientProperty(FlatClientProperties.STYLE, switch (s.tone()) {
                case PROBLEM -> "font: +2; foreground: $Kiosk.cautionText";
                case SUCCESS -> "font: +2; foreground: $Kiosk.successText";
                default -> presenter.unsaved() ? "font: bold +2; foreground: $Kiosk.accentText" : "font: +2";
            });
            revert.setEnabled(presenter.unsaved() && !presenter.isNew());
            parts.setEnabled(presenter.editing().isPresent());
            List<NoticesPresenter.Problem> found = presenter.problems();
            problems.forEach((f, note) -> {
                Optional<NoticesPresenter.Problem> p = found.stream().filter(x -> x.field() == f).findFirst();
                note.setText(p.map(NoticesPresenter.Problem::text).orElse(" "));
                note.setVisible(p.isPresent());
            });
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
            parts.setSelectedIndex(field.part().ordinal());
            JComponent target = field == Field.PICTURE ? picture : field == Field.STYLE ? styles.get(
                    Notice.Style.INFORMATION) : fields.get(field);
            if (target == null) {
                return;
            }
            SwingUtilities.invokeLater(() -> {
                JScrollPane pane = (JScrollPane) SwingUtilities.getAncestorOfClass(JScrollPane.class, target);
                if (pane != null && pane.getViewport().getView() instanceof JComponent view) {
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
            return JOptionPane.showOptionDialog(NoticesTab.this, texts.get("staff.discard.question", title),
                    texts.get("staff.unsaved"), JOptionPane.YES_NO_OPTION, JOptionPane.WARNING_MESSAGE, null, options,
                    options[1]) == 0;
        }

        @Override
        public boolean confirmDelete(String title) {
            return JOptionPane.showConfirmDialog(NoticesTab.this, texts.get("staff.slides.deleteConfirm", title),
                    texts.get("staff.slides.delete"), JOptionPane.OK_CANCEL_OPTION, JOptionPane.WARNING_MESSAGE)
                    == JOptionPane.OK_OPTION;
        }
    }
}
