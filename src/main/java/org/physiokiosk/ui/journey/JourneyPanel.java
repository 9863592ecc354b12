package org.physiokiosk.ui.journey;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.BorderLayout;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.Timer;
import net.miginfocom.swing.MigLayout;
import org.physiokiosk.content.Symptom;
import org.physiokiosk.content.Technique;
import org.physiokiosk.illustration.Illustration;
import org.physiokiosk.plan.HandoutPlan;
import org.physiokiosk.printing.PrintTrouble;
import org.physiokiosk.ui.Fader;
import org.physiokiosk.ui.RoundedPanel;
import org.physiokiosk.ui.TextBlock;
import org.physiokiosk.ui.TextBlock.Para;
import org.physiokiosk.ui.TextBlock.Style;
import org.physiokiosk.ui.Texts;

/**
 * The patient's screens: pick what you feel, see your plan, print or save it. Thin: every
 * decision is the {@link JourneyPresenter}'s. A new panel is built for every patient.
 */
public final class JourneyPanel extends JPanel implements JourneyPresenter.View {
    private static final long serialVersionUID = 1L;

    /** How long "printing / saved" stays before the kiosk returns to the loop by itself. */
    static final int DONE_MILLIS = 8000;

    private final transient JourneyPresenter presenter;
    private final Texts texts;
    private final transient Function<String, Illustration> illustrations;
    private final String welcome;
    private final String redFlag;
    private final JPanel screen = new JPanel(new BorderLayout());
    private final Fader fader = new Fader(180);
    private final Timer doneTimer;
    private final List<Locale> languages;
    private final Locale current;
    private final transient Consumer<Locale> switchLanguage;
    private JButton next;
    /** The read-aloud buttons of the screen showing, by what they read ("plan", "card:ID"). */
    private final java.util.Map<String, JButton> readButtons = new java.util.LinkedHashMap<>();
    /** How the plan preview's moving drawings play: still unless {@link #playing} says otherwise. */
    private transient org.physiokiosk.ui.illustration.MotionPlayback playback =
            org.physiokiosk.ui.illustration.MotionPlayback.STILL;
    /** Drawings to get ready once this panel has its size (asked for before it was laid out); null: none. */
    private transient Runnable preparing;

    /**
     * @param illustrations  an illustration by its file name in media/illustrations (loaded and cached)
     * @param languages      the languages offered (each named in itself); empty: no choice shown
     * @param switchLanguage asked to show this visit in another language
     */
    public JourneyPanel(JourneyPresenter presenter, Texts texts, Function<String, Illustration> illustrations,
                        String welcome, String redFlag, List<Locale> languages, Locale current,
                        Consumer<Locale> switchLanguage) {
        super(new BorderLayout());
        this.languages = List.copyOf(languages);
        this.current = current;
        this.switchLanguage = switchLanguage;
        this.presenter = presenter;
        this.texts = texts;
        this.illustrations = illustrations;
        this.welcome = welcome;
        this.redFlag = redFlag;
        setName("journey");
        screen.setOpaque(false);
        add(fader.wrap(screen), BorderLayout.CENTER);
        doneTimer = new Timer(DONE_MILLIS, e -> presenter.finish());
        doneTimer.setRepeats(false);
        addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                rescale();
                if (preparing != null) {
                    preparing.run();
                }
            }
        });
        presenter.attach(this);
        presenter.reader().onChange(this::readingChanged);
    }

    /** The plan preview's moving drawings play as {@code playback} says (call before the plan shows). */
    public JourneyPanel playing(org.physiokiosk.ui.illustration.MotionPlayback playback) {
        this.playback = playback;
        return this;
    }

    public JourneyPresenter presenter() {
        return presenter;
    }

    private void rescale() {
        TextBlock.scaleAll(this, unit(getWidth(), getHeight()) * zoom());
    }

    /** The patient's text size (A+), kept by the presenter so that it lasts the whole visit. */
    private float zoom() {
        return presenter.textSize().factor();
    }

    /**
     * The text unit for a screen: its height against the 1080-pixel design, but no more than its
     * area allows, so a 5:4 screen (1280x1024) gets text that fits its narrower width.
     */
    static float unit(int width, int height) {
        float byHeight = height / 1080f;
        float byArea = (float) Math.sqrt(width * (double) height / (1920.0 * 1080.0));
        return Math.max(0.1f, Math.min(byHeight, byArea));
    }

    /** The A+ button: larger text for this patient, 1 → 1.3 → 1.6 → 1 times. */
    private JButton zoomButton() {
        JButton b = button("text-larger", "A+", "kioskSmall", e -> presenter.largerText());
        b.getAccessibleContext().setAccessibleName(texts.get("journey.largerText"));
        return b;
    }

    /**
     * Buttons and labels grow with the patient's text size, up to 1.3 times: their words are large
     * already, and at 1.6 the room goes to what is read (tiles, cards, messages), not to the buttons.
     */
    private void applyZoom(java.awt.Container c) {
        float zoom = Math.min(1.3f, zoom());
        for (java.awt.Component child : c.getComponents()) {
            if (child.getName() != null && child.getName().startsWith("language-")) {
                continue; // a language's own name, for whoever reads it: the chosen text size is not theirs
            }
            if (child instanceof javax.swing.AbstractButton || child instanceof javax.swing.JLabel) {
                java.awt.Font f = child.getFont();
                if (f != null) {
                    child.setFont(f.deriveFont(f.getSize2D() * zoom));
                }
            }
            if (child instanceof java.awt.Container cc && !(child instanceof TextBlock)) {
                applyZoom(cc);
            }
        }
    }

    /** The languages, each named in itself; the current one marked. */
    private JPanel languageChoice() {
        List<JButton> choices = new java.util.ArrayList<>();
        for (Locale l : languages) {
            String name = l.getDisplayLanguage(l);
            name = name.substring(0, 1).toUpperCase(l) + name.substring(1);
            JButton b = button("language-" + l.getLanguage(), name, "kioskSmall", e -> switchLanguage.accept(l));
            if (l.getLanguage().equals(current.getLanguage())) {
                b.putClientProperty(FlatClientProperties.STYLE, "font: bold +3; borderWidth: 2; borderColor: $Kiosk.teal");
                b.getAccessibleContext().setAccessibleDescription(texts.get("pick.selected"));
            }
            choices.add(b);
        }
        return new ButtonLines("languages", "right", "6lp", false, choices).askForOneLine();
    }

    private void show(JComponent content) {
        applyZoom(content);
        doneTimer.stop();
        fader.change(() -> {
            screen.removeAll();
            screen.add(content, BorderLayout.CENTER);
            rescale();
        });
    }

    // --- picker ----------------------------------------------------------------------------

    @Override
    public void showPicker(JourneyPresenter.Page<Symptom> page, Set<String> selected) {
        readButtons.clear();
        float zoom = zoom();
        JPanel p = page("picker");
        // Larger text: the header gets less of the screen (its words shrink to fit), the tiles more.
        p.setLayout(new MigLayout("fill, insets 3% 5% 3% 5%, gap 0 2%", "[grow, fill][::" + (zoom > 1.1f ? 55 : 35)
                + "%, fill]",
                (zoom > 1.1f ? "[12%:pref:24%, fill]" : "[16%:pref:36%, fill]")
                        + "[grow, fill][10%:pref:24%, fill]" + (zoom > 1.5f ? "[14%!, fill]" : "[11%!, fill]")));
        // Larger text leaves out the greeting (the slides have greeted): its room goes to the tiles.
        List<Para> header = new java.util.ArrayList<>();
        if (zoom < 1.1f) {
            header.add(Para.of(Style.EYEBROW, welcome));
        }
        header.add(Para.of(Style.TITLE, texts.get("pick.title")));
        header.add(Para.of(Style.SUMMARY, texts.get("pick.lead")));
        p.add(new TextBlock(header, false, false));
        JButton cancel = button("pick-cancel", texts.get("pick.cancel"), "kioskSmall", e -> presenter.finish());
        // Larger text and long words wrap the corner's buttons onto more lines, never off the screen.
        JPanel corner = new JPanel(new MigLayout("insets 0, wrap 1, gap 6lp", "[0:pref:max, grow, fill]"));
        corner.setOpaque(false);
        corner.add(new ButtonLines("pick-top", "right", "6lp", false, List.of(zoomButton(), cancel)).askForOneLine());
        if (languages.size() > 1) {
            corner.add(languageChoice());
        }
        p.add(corner, "aligny top, h pref!, wrap");

        JourneyPresenter.Grid grid = page.grid();
        JPanel tiles = sameTextSize(new MigLayout("fill, insets 4lp, gap 14lp 14lp, wrap " + grid.columns(),
                "[0:0:max, grow, fill, sg t]".repeat(grid.columns()),
                "[0:0:max, grow, fill, sg r]".repeat(grid.rows())));
        tiles.setName("symptom-tiles");
        tiles.setOpaque(false);
        for (Symptom s : page.items()) {
            SymptomTile tile = new SymptomTile(s, icon(s), texts, zoom, playback);
            tile.setRequestFocusEnabled(false); // a touch shows no focus ring; Tab still reaches it
            tile.setSelected(selected.contains(s.id()));
            if (presenter.canReadAloud()) {
                tile.onLongPress(() -> presenter.readTileAloud(s.id()));
            }
            tile.addActionListener(e -> {
                presenter.toggle(s.id());
                tile.setSelected(presenter.selected().contains(s.id()));
                next.setEnabled(presenter.canGoNext());
            });
            tiles.add(tile, "wmin 60lp, hmin 60lp");
        }
        p.add(paged(tiles, page), "span 2, wrap");

        JButton notSure = button("pick-not-sure", texts.get("pick.notSure"), "kioskSecondary",
                e -> presenter.generalPlan());
        next = button("pick-next", texts.get("pick.next"), "kioskPrimary", e -> presenter.next());
        next.setEnabled(presenter.canGoNext());
        p.add(new ButtonLines("pick-actions", "right", "2%", false, List.of(notSure, next)).spread(),
                "span 2, wmin 0, wrap");

        p.add(redFlagNotice(), "span 2");
        show(p);
    }

    private Illustration icon(Symptom s) {
        return illustrations.apply(s.icon());
    }

    private JComponent redFlagNotice() {
        JPanel notice = new RoundedPanel(new MigLayout("fill, insets 1% 2% 1% 2%", "[grow, fill]", "[grow, fill]"),
                "Kiosk.redFlagBackground", 0.35f);
        notice.setName("red-flag");
        notice.add(new TextBlock(List.of(Para.of(Style.SAFETY, redFlag)), false, true));
        notice.getAccessibleContext().setAccessibleName(redFlag);
        return notice;
    }

    // --- preview ---------------------------------------------------------------------------

    @Override
    public void showPreview(HandoutPlan plan, JourneyPresenter.Page<JourneyPresenter.Card> page,
                            boolean usbAvailable) {
        readButtons.clear();
        float zoom = zoom();
        JPanel p = page("preview");
        p.setLayout(new MigLayout("fill, insets 3% 5% 3% 5%, gap 0 2%", "[grow, fill][]",
                "[14%:pref:26%, fill][grow, fill][10%:pref:24%, fill]"));
        String told = plan.isGeneral() ? texts.get("preview.general") : texts.get("preview.told",
                plan.picked().stream().map(Symptom::label).collect(Collectors.joining(" · ")));
        // Larger text leaves out the list of picks (the patient has just made them): its room goes to the cards.
        p.add(new TextBlock(zoom > 1.1f && !plan.isGeneral() ? List.of(Para.of(Style.TITLE, texts.get("preview.title")))
                : List.of(Para.of(Style.TITLE, texts.get("preview.title")), Para.of(Style.SUMMARY, told)), false, false));
        if (presenter.canReadAloud()) {
            JButton read = readButton("plan", "read-plan", "journey.readAloud", "kioskSecondary",
                    presenter::readPlanAloud);
            p.add(new ButtonLines("preview-top", "right", "6lp", false, List.of(read, zoomButton())).askForOneLine(),
                    "aligny top, h pref!, wrap");
        } else {
            p.add(zoomButton(), "aligny top, h pref!, wrap");
        }

        // Wide cards, text beside the drawing: the dose stays large enough to read (about 24 pt at 1080p).
        JourneyPresenter.Grid grid = page.grid();
        JPanel cards = sameTextSize(new MigLayout("fill, insets 4lp, gap 14lp 14lp, wrap " + grid.columns(),
                "[0:0:max, grow, fill, sg c]".repeat(grid.columns()),
                "[0:0:max, grow, fill, sg r]".repeat(grid.rows())));
        cards.setName("plan-cards");
        cards.setOpaque(false);
        for (int index = 0; index < page.items().size(); index++) {
            JourneyPresenter.Card c = page.items().get(index);
            Technique t = c.technique();
            JButton read = presenter.canReadAloud() ? readButton("card:" + t.id(), "read-card-" + t.id(),
                    "journey.readCard", "kioskSmall", () -> presenter.readCardAloud(t.id())) : null;
            if (read != null && zoom > 1.1f) {
                // Larger text leaves the drawing's column narrow: the loudspeaker (or stop square) alone, named for screen readers.
                read.putClientProperty(ICON_ONLY, true);
                read.putClientProperty(FlatClientProperties.STYLE, "margin: 6,10,6,10");
                showReading("card:" + t.id(), read);
            }
            cards.add(new PlanCard(t, c.optionalNote(), illustrations.apply(t.illustration()), texts, zoom, read, playback,
                    cardSlot(grid, index)));
        }
        p.add(paged(cards, page), "span 2, wrap");

        List<JButton> actions = new java.util.ArrayList<>();
        actions.add(button("preview-back", texts.get("preview.back"), "kioskSecondary", e -> presenter.back()));
        actions.add(button("preview-save-pdf", texts.get("preview.savePdf"), "kioskSecondary",
                e -> presenter.saveAsPdf()));
        if (usbAvailable) {
            actions.add(button("preview-save-usb", texts.get("preview.saveUsb"), "kioskSecondary",
                    e -> presenter.saveToUsb()));
        }
        actions.add(button("preview-print", texts.get("preview.print"), "kioskPrimary", e -> presenter.print()));
        p.add(new ButtonLines("preview-actions", "right", "2%", false, actions).spread(), "span 2, wmin 0");
        show(p);
    }

    /**
     * The drawings of the plan "Next" would show, drawn off the event thread at the size the cards'
     * drawings had on this screen last time (nothing the first time: that preview draws them and
     * its size is remembered), so the preview copies pictures instead of drawing SVGs.
     */
    @Override
    public void preparePreview(HandoutPlan plan, JourneyPresenter.Page<JourneyPresenter.Card> page) {
        org.physiokiosk.ui.illustration.DrawingRasters rasters = playback.rasters();
        if (rasters == null) {
            return;
        }
        if (getWidth() <= 0 || getHeight() <= 0) {
            preparing = () -> preparePreview(plan, page); // a new visit's panel: once it has its size
            return;
        }
        preparing = null;
        for (int i = 0; i < page.items().size(); i++) {
            Illustration drawing = illustrations.apply(page.items().get(i).technique().illustration());
            rasters.size(cardSlot(page.grid(), i)).ifPresent(size ->
                    rasters.prepare(drawing, size.width, size.height, playback.firstMoment(drawing)));
        }
    }

    /**
     * What the drawing size of the {@code index}th card of a page depends on: the screen, the grid of
     * cards, the text size, a read-aloud button, and where the card is (the layout shares out the
     * odd pixels, so neighbours may differ by one).
     */
    private String cardSlot(JourneyPresenter.Grid grid, int index) {
        return "plan-card " + getWidth() + "x" + getHeight() + " " + grid.columns() + "x" + grid.rows() + " "
                + presenter.textSize() + (presenter.canReadAloud() ? " read" : "") + " #" + index;
    }

    /**
     * The grid alone when it holds everything; else between two tall page buttons, with "Page 1
     * of 2" under it. More tiles or cards than the screen holds at this text size are paged by
     * touch, never scrolled (a patient is not expected to flick).
     */
    private JComponent paged(JPanel grid, JourneyPresenter.Page<?> page) {
        if (page.count() <= 1) {
            return grid;
        }
        PageButton previous = pageButton(false, page.hasPrevious(), "page-previous", "page.previous",
                presenter::previousPage);
        PageButton following = pageButton(true, page.hasNext(), "page-next", "page.next", presenter::nextPage);
        String where = texts.get("page.of", page.index() + 1, page.count());
        javax.swing.JLabel label = new javax.swing.JLabel(where, javax.swing.SwingConstants.CENTER);
        label.setName("page-label");
        label.putClientProperty(FlatClientProperties.STYLE_CLASS, "kioskPage");
        label.getAccessibleContext().setAccessibleName(where);
        JPanel pager = new JPanel(new MigLayout("insets 0, gap 1.5% 0", "[7%!, fill][grow, fill][7%!, fill]",
                "[grow, fill][pref!]"));
        pager.setName("pager");
        pager.setOpaque(false);
        pager.add(previous, "spany 2, hmin 60lp");
        pager.add(grid, "wmin 0, hmin 0");
        pager.add(following, "spany 2, hmin 60lp, wrap");
        pager.add(label, "cell 1 1, wmin 0");
        return pager;
    }

    private PageButton pageButton(boolean forward, boolean enabled, String name, String words, Runnable turn) {
        PageButton b = new PageButton(forward);
        b.setRequestFocusEnabled(false); // a touch shows no focus ring; Tab still reaches it
        b.setName(name);
        b.putClientProperty(FlatClientProperties.STYLE_CLASS, enabled && forward ? "kioskPrimary" : "kioskSecondary");
        b.putClientProperty(FlatClientProperties.STYLE, "margin: 0,0,0,0; arc: 24");
        b.setEnabled(enabled);
        b.addActionListener(e -> turn.run());
        b.getAccessibleContext().setAccessibleName(texts.get(words));
        return b;
    }

    // --- status ----------------------------------------------------------------------------

    @Override
    public void showWorking(JourneyPresenter.Work work) {
        JPanel p = status(texts.get(work == JourneyPresenter.Work.PRINTING ? "status.printing" : "status.saving"), "",
                null);
        JProgressBar bar = new JProgressBar();
        bar.setName("status-progress");
        bar.setIndeterminate(true);
        bar.putClientProperty(FlatClientProperties.STYLE, "arc: 999; foreground: $Kiosk.teal");
        p.add(bar, "h 2%!, w 40%!, alignx center, wrap");
        show(p);
    }

    @Override
    public void showDone(JourneyPresenter.Outcome outcome, String detail) {
        String title;
        String more;
        switch (outcome) {
            case PRINTED -> {
                title = texts.get("status.printed");
                more = texts.get("status.printedDetail");
            }
            case SAVED_USB -> {
                title = texts.get("status.savedUsb");
                more = texts.get("status.savedUsbDetail", detail);
            }
            default -> {
                title = texts.get("status.savedPdf");
                more = texts.get("status.savedPdfDetail", detail);
            }
        }
        JPanel p = status(title, more, new StatusIcon(true, title));
        p.add(button("status-done", texts.get("status.done"), "kioskPrimary", e -> presenter.finish()),
                "alignx center, growx 0, h 10%:pref, w 30%:pref");
        show(p);
        doneTimer.restart();
    }

    @Override
    public void showFailed(JourneyPresenter.Failure failure, String detail, boolean usbAvailable) {
        String title = switch (failure) {
            case NO_PRINTER -> texts.get("status.noPrinter");
            case PRINTER_STOPPED -> texts.get("status.printerStopped");
            case PRINT_FAILED -> texts.get("status.printFailed");
            case SAVE_FAILED -> texts.get("status.saveFailed");
        };
        boolean printing = failure != JourneyPresenter.Failure.SAVE_FAILED;
        // The technical detail goes to the log; a patient reads plain words only.
        JPanel p = status(title, printing ? texts.get("status.printOffer") : detail, new StatusIcon(false, title));
        List<JButton> actions = new java.util.ArrayList<>();
        actions.add(button("status-back", texts.get("status.backToPlan"), "kioskSecondary",
                e -> presenter.backToPlan()));
        if (printing) {
            actions.add(button("status-save-pdf", texts.get("preview.savePdf"), "kioskPrimary",
                    e -> presenter.saveAsPdf()));
            if (usbAvailable) {
                actions.add(button("status-save-usb", texts.get("preview.saveUsb"), "kioskPrimary",
                        e -> presenter.saveToUsb()));
            }
        }
        p.add(new ButtonLines("status-actions", "center", "2%", true, actions), "wmin 0, h 10%:pref:30%");
        show(p);
    }

    /**
     * The handout did not come out after "printing" showed: what is wrong in plain words, whom to
     * tell, and saving instead (to the USB stick when one is in, else for reception to print).
     */
    @Override
    public void showPrintTrouble(PrintTrouble trouble, boolean usbAvailable) {
        String title = texts.get(switch (trouble) {
            case PAPER_OUT -> "status.trouble.paperOut";
            case PAPER_JAM -> "status.trouble.paperJam";
            case DOOR_OPEN -> "status.trouble.doorOpen";
            case INK_OUT -> "status.trouble.inkOut";
            case PRINTER_STOPPED -> "status.trouble.printerStopped";
            case NOT_PRINTED -> "status.trouble.notPrinted";
        });
        JPanel p = status(title, texts.get(usbAvailable ? "status.trouble.offerUsb" : "status.trouble.offer"),
                new StatusIcon(false, title));
        p.setName("print-trouble");
        List<JButton> actions = new java.util.ArrayList<>();
        actions.add(button("trouble-back", texts.get("status.backToPlan"), "kioskSecondary",
                e -> presenter.backToPlan()));
        actions.add(button("trouble-save-pdf", texts.get("preview.savePdf"), usbAvailable ? "kioskSecondary"
                : "kioskPrimary", e -> presenter.saveAsPdf()));
        if (usbAvailable) {
            actions.add(button("trouble-save-usb", texts.get("preview.saveUsb"), "kioskPrimary",
                    e -> presenter.saveToUsb()));
        }
        p.add(new ButtonLines("trouble-actions", "center", "2%", true, actions), "wmin 0, h 10%:pref:30%");
        show(p);
    }

    @Override
    public void finished() {
        doneTimer.stop();
        firePropertyChange("finished", false, true);
    }

    /** Stops this session's timers and its reading aloud; the host drops the panel afterwards. */
    public void dispose() {
        doneTimer.stop();
        presenter.detach(this);
        presenter.reader().onChange(null);
        presenter.stopReadingAloud();
    }

    // --- read aloud ------------------------------------------------------------------------

    /** A button with a loudspeaker that reads {@code item} aloud, and says "Stop" while it does. */
    private JButton readButton(String item, String name, String readKey, String styleClass, Runnable read) {
        JButton b = new JButton(texts.get(readKey)) {
            private static final long serialVersionUID = 1L;

            /** As wide for "Stop" as for "Read aloud": the screen does not shift when reading starts. */
            @Override
            public java.awt.Dimension getPreferredSize() {
                java.awt.Dimension d = super.getPreferredSize();
                if (getFont() != null && !getText().isEmpty() && !isPreferredSizeSet()) { // no font while constructed
                    java.awt.FontMetrics fm = getFontMetrics(getFont());
                    int widest = Math.max(fm.stringWidth(texts.get(readKey)), fm.stringWidth(texts.get("journey.readStop")));
                    d.width += widest - fm.stringWidth(getText());
                }
                return d;
            }

            private java.awt.Dimension asked;

            /**
             * "Read aloud" turning into "Stop" keeps the size: no new layout then, which would also move
             * the cards (the preview's first layout is not quite settled; a new one shifts them a little).
             */
            @Override
            public void revalidate() {
                if (getFont() == null) {
                    super.revalidate(); // still being constructed
                    return;
                }
                java.awt.Dimension now = getPreferredSize();
                if (now.equals(asked)) {
                    repaint();
                    return;
                }
                asked = now;
                super.revalidate();
            }
        };
        b.setRequestFocusEnabled(false); // a touch shows no focus ring; Tab still reaches it
        b.setName(name);
        b.putClientProperty(FlatClientProperties.STYLE_CLASS, styleClass);
        b.addActionListener(e -> read.run());
        b.setIcon(new SpeakerIcon(b));
        b.putClientProperty(READ_KEY, readKey);
        readButtons.put(item, b);
        showReading(item, b);
        return b;
    }

    private static final String READ_KEY = "kiosk.readKey";
    private static final String ICON_ONLY = "kiosk.iconOnly";

    /** Reading started or ended: each button says "Read aloud" or "Stop". */
    private void readingChanged() {
        readButtons.forEach(this::showReading);
    }

    private void showReading(String item, JButton b) {
        boolean reading = item.equals(presenter.readingAloud());
        ((SpeakerIcon) b.getIcon()).showStop(reading);
        String text = texts.get(reading ? "journey.readStop" : (String) b.getClientProperty(READ_KEY));
        b.setText(Boolean.TRUE.equals(b.getClientProperty(ICON_ONLY)) ? "" : text);
        b.getAccessibleContext().setAccessibleName(text);
        b.repaint();
    }

    private JPanel status(String title, String detail, JComponent icon) {
        readButtons.clear();
        JPanel p = page("status");
        p.setLayout(new MigLayout("fill, insets 6% 10% 6% 10%, wrap 1, gap 0 4%", "[0:pref:max, grow, fill]",
                "push[]push"));
        if (icon != null) {
            // In a row of its own: docked alone, the A+ button would stretch across the whole screen.
            JPanel bar = new JPanel(new MigLayout("insets 0", "push[]"));
            bar.setOpaque(false);
            bar.add(zoomButton());
            p.add(bar, "dock north, gap 0 5% 3% 0");
            p.add(icon, "h 16%!, growx");
        }
        List<Para> paras = detail.isEmpty() ? List.of(Para.of(Style.TITLE, title))
                : List.of(Para.of(Style.TITLE, title), Para.of(Style.PROMPT, detail));
        TextBlock message = new TextBlock(paras, true, true);
        message.setName("status-message");
        p.add(message, "h 30%!");
        return p;
    }

    // --- helpers ---------------------------------------------------------------------------

    private static JPanel page(String name) {
        JPanel p = new JPanel();
        p.setName(name);
        return p;
    }

    /**
     * A group of tiles or cards side by side: they read best with one text size, the fullest one's.
     * It is set as soon as the group is laid out, before it is painted: the first frame shows the
     * words at their size, with no second layout and paint after it.
     */
    private static JPanel sameTextSize(MigLayout layout) {
        return new JPanel(layout) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void validateTree() {
                super.validateTree();
                TextBlock.fitTogether(TextBlock.allIn(this));
            }
        };
    }

    private static JButton button(String name, String text, String styleClass, java.awt.event.ActionListener action) {
        JButton b = new JButton(text);
        b.setRequestFocusEnabled(false); // a touch shows no focus ring; Tab still reaches it
        b.setName(name);
        b.putClientProperty(FlatClientProperties.STYLE_CLASS, styleClass);
        b.addActionListener(action);
        b.getAccessibleContext().setAccessibleName(text);
        return b;
    }
}
