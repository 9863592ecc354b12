package org.physiokiosk.ui.staff;

import com.formdev.flatlaf.FlatClientProperties;
import java.util.List;
import java.util.concurrent.Executor;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTabbedPane;
import net.miginfocom.swing.MigLayout;
import org.physiokiosk.ui.Texts;
import org.physiokiosk.ui.journey.ButtonLines;
import org.physiokiosk.ui.keyboard.OnScreenKeyboard;
import org.physiokiosk.ui.slides.SlideViews;

/** The back office: what needs attention, the tabs, "Undo last change" and the way back. */
final class StaffPanel extends JPanel {
    private static final long serialVersionUID = 1L;

    private final transient StaffServices services;
    private final Texts texts;
    private final transient Executor work;
    private final JLabel warnings = StaffUi.label(" ", CAUTION);
    /** The status line: problems in the caution colour, "Everything is working." in the success colour. */
    private static final String CAUTION = "foreground: $Kiosk.cautionText; font: +1";
    private static final String SUCCESS = "foreground: $Kiosk.successText; font: +1";
    private final JButton undo;
    private final SlidesTab slides;
    private final NoticesTab notices;
    private final SymptomsTab symptoms;
    private final ReviewTab review;
    private final PlaysWhenTab plays;
    private final JTabbedPane tabs = new JTabbedPane();
    private final OnScreenKeyboard keyboard;
    private final JButton largerButton;
    private final transient LargerTextPresenter larger;
    private final transient LargerText largerText;
    private final transient Runnable stopFollowing;
    private boolean changed;

    /** @param larger the A+ level of this staff visit (staff mode resets it when it is left) */
    StaffPanel(StaffServices services, Texts texts, Executor work, SlideViews views, Runnable back,
               Runnable changePin, LargerTextPresenter larger) {
        super(new MigLayout("fill, insets 8lp 16lp 8lp 16lp, gap 6lp, wrap 1", "[0:0:max, grow, fill]",
                "[][][0:0:max, grow, fill][]"));
        this.services = services;
        this.texts = texts;
        this.work = work;
        this.larger = larger;
        setName("staff");
        keyboard = new OnScreenKeyboard(texts, this);
        keyboard.putClientProperty(LargerText.KEEP, Boolean.TRUE); // its keys are big enough already
        JPanel top = new JPanel(new MigLayout("insets 0, gap 10lp", "[][grow, right]", "[center]"));
        top.add(StaffUi.label(texts.get("staff.title"), "font: bold +10; foreground: $Kiosk.heading"));
        largerButton = StaffUi.button("staff-larger", "A+", "kioskSmall", e -> larger.next());
        largerButton.setFocusable(false);
        largerButton.getAccessibleContext().setAccessibleName(texts.get("staff.largerText"));
        largerButton.setToolTipText(texts.get("staff.largerText"));
        JButton showKeyboard = StaffUi.button("staff-keyboard", texts.get("staff.keyboard.show"), "kioskSmall",
                e -> keyboard.showAsked());
        showKeyboard.setFocusable(false); // the text field keeps the focus
        undo = StaffUi.button("staff-undo", texts.get("staff.undo"), "kioskSmall", e -> undo());
        // On a narrow screen, in German, at A+, the buttons take two lines rather than run off the screen.
        top.add(new ButtonLines("staff-header", "right", "10lp", false, List.of(largerButton, undo, showKeyboard,
                StaffUi.button("staff-back", texts.get("staff.back"), "kioskPrimary", e -> back.run()))),
                "growx, wmin 0");
        add(top, "growx");
        warnings.setName("staff-warnings");
        add(warnings, "wmin 0");

        tabs.setName("staff-tabs");
        tabs.putClientProperty(FlatClientProperties.STYLE, "tabHeight: 40; font: bold +2");
        Runnable onChange = this::markChanged;
        slides = new SlidesTab(services, texts, work, views, onChange);
        tabs.addTab(texts.get("staff.tab.slides"), slides);
        notices = new NoticesTab(services, texts, work, views, onChange);
        tabs.addTab(texts.get("staff.tab.notices"), notices);
        symptoms = new SymptomsTab(services, texts, work, onChange);
        tabs.addTab(texts.get("staff.tab.symptoms"), symptoms);
        review = new ReviewTab(services, texts, work, onChange, this::open);
        tabs.addTab(texts.get("staff.tab.review"), review);
        plays = new PlaysWhenTab(services, texts);
        tabs.addTab(texts.get("staff.tab.plays"), plays);
        showReviewCount();
        // A tab shows the content as it is now: a save on another tab may have changed it.
        tabs.addChangeListener(e -> {
            if (tabs.getSelectedComponent() == symptoms) {
                symptoms.refresh();
            } else if (tabs.getSelectedComponent() == review) {
                review.refresh();
                showReviewCount();
            } else if (tabs.getSelectedComponent() == plays) {
                plays.refresh();
            }
        });
        tabs.addTab(texts.get("staff.tab.settings"), new SettingsTab(services, texts, work, onChange, changePin));
        tabs.addTab(texts.get("staff.tab.reports"), new ReportsTab(services, texts, work));
        tabs.addTab(texts.get("staff.tab.exit"), exitTab());
        tabs.setMinimumSize(new java.awt.Dimension(0, 0));
        add(tabs, "wmin 0, hmin 0");
        // Docked at the bottom, not a window of its own: kiosk sessions (Cage) do not like extra windows.
        add(keyboard, "hidemode 3, growx, wmin 0");
        refreshWarnings("");
        largerText = LargerText.follow(this, larger::level);
        stopFollowing = larger.onChange(level -> largerTextChanged());
        showLargerButton();
    }

    private void largerTextChanged() {
        largerText.refresh();
        showLargerButton();
        revalidate();
        repaint();
    }

    /** A+ looks pressed while the text is larger. */
    private void showLargerButton() {
        largerButton.putClientProperty(FlatClientProperties.STYLE, larger.larger()
                ? "borderWidth: 3; borderColor: $Kiosk.teal; font: bold" : null);
        largerButton.getAccessibleContext().setAccessibleDescription(larger.larger()
                ? texts.get("staff.largerText.on") : null);
    }

    /** Staff mode closed this back office: it no longer follows the A+ level. */
    void closed() {
        stopFollowing.run();
    }

    private JPanel exitTab() {
        JPanel p = new JPanel(new MigLayout("insets 24lp, wrap 2, gap 16lp 24lp", "[][0:0:max, grow, fill]"));
        p.setName("staff-exit");
        p.add(StaffUi.button("staff-restart", texts.get("staff.exit.restart"), "kioskPrimary",
                e -> services.restartKiosk()), "sg b");
        // Beside the button, wrapping when the screen is narrow or the text larger.
        p.add(StaffUi.wrapping(texts.get("staff.exit.restartNote"), null, javax.swing.SwingConstants.LEADING),
                "wmin 0");
        p.add(StaffUi.button("staff-leave", texts.get("staff.exit.leave"), "kioskSecondary",
                e -> services.leaveKiosk()), "sg b");
        p.add(StaffUi.wrapping(texts.get("staff.exit.leaveNote"), null, javax.swing.SwingConstants.LEADING),
                "wmin 0");
        return p;
    }

    /** True when something was saved: the kiosk restarts with it on the way back. */
    boolean changed() {
        return changed;
    }

    private void markChanged() {
        changed = true;
        review.refresh();
        showReviewCount();
        refreshWarnings("");
    }

    /** "Content review (23)": how many items need a review, on the tab itself. */
    private void showReviewCount() {
        int count = review.count();
        tabs.setTitleAt(tabs.indexOfComponent(review), count == 0 ? texts.get("staff.tab.review")
                : texts.get("staff.tab.reviewCount", count));
    }

    /** Opens an item of the review list in its own editor. */
    private void open(org.physiokiosk.staff.ContentReview.Item item) {
        switch (item.kind()) {
            case TECHNIQUE -> {
                tabs.setSelectedComponent(slides);
                slides.showReview(item.id());
            }
            case SYMPTOM -> {
                tabs.setSelectedComponent(symptoms);
                symptoms.show(item.id());
            }
            default -> { } // recorded on the review tab itself
        }
    }

    /**
     * Reads the warnings again off the event thread (it reads the settings file and every
     * translation file) and shows them after {@code lead}, a line about what just happened.
     */
    private void refreshWarnings(String lead) {
        undo.setEnabled(services.canUndo());
        StaffUi.slow(work, "Reading the warnings", services::warnings, w -> {
            List<String> lines = new java.util.ArrayList<>();
            if (!lead.isEmpty()) {
                lines.add(lead);
            }
            if (w.isEmpty()) {
                lines.add(texts.get("staff.noWarnings"));
            } else {
                w.stream().limit(4).forEach(lines::add);
                if (w.size() > 4) {
                    lines.add("… +" + (w.size() - 4));
                }
            }
            warnings.putClientProperty(com.formdev.flatlaf.FlatClientProperties.STYLE, w.isEmpty() ? SUCCESS : CAUTION);
            warnings.setText(lines.size() == 1 ? lines.get(0)
                    : "<html>" + String.join("<br>", lines.stream().map(StaffPanel::html).toList()) + "</html>");
        }, this::showProblem);
    }

    private void showProblem(String text) {
        warnings.putClientProperty(com.formdev.flatlaf.FlatClientProperties.STYLE, CAUTION);
        warnings.setText(text);
    }

    private static String html(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private void undo() {
        StaffUi.slow(work, "Undoing the last change", () -> {
            services.undo();
            return "";
        }, ok -> {
            slides.refresh(null);
            notices.refresh();
            if (symptoms.isShowing()) {
                symptoms.refresh();
            }
            review.refresh();
            showReviewCount();
            changed = true;
            refreshWarnings(texts.get("staff.undone"));
        }, this::showProblem);
    }
}
