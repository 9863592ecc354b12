package org.physiokiosk.ui.journey;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.physiokiosk.content.Symptom;
import org.physiokiosk.content.Technique;
import org.physiokiosk.plan.HandoutPlan;
import org.physiokiosk.plan.PlanBuilder;
import org.physiokiosk.printing.PrintFailedException;
import org.physiokiosk.printing.PrintTrouble;
import org.physiokiosk.stats.EventType;
import org.physiokiosk.stats.UsageRecorder;

/**
 * One patient's journey, without Swing: pick symptoms, see the plan, print or save it.
 * Slow work (making the PDF, printing, writing files) runs on {@code background}; its
 * outcome returns to the screen through {@code ui}. One presenter per patient: a new
 * session gets a new one, so nothing a patient picked can leak into the next session.
 */
public final class JourneyPresenter {

    /** What the journey asks of its screens. */
    public interface View {
        /** The symptom tiles of one page; the view reads {@link #textSize()} for the size of everything. */
        void showPicker(Page<Symptom> tiles, Set<String> selected);

        /** The plan's cards of one page. */
        void showPreview(HandoutPlan plan, Page<Card> cards, boolean usbAvailable);

        /**
         * The picks changed: this is the plan's first page "Next" would show now. The view may get
         * its drawings ready off the event thread, so the plan opens without drawing them first.
         */
        default void preparePreview(HandoutPlan plan, Page<Card> cards) {
        }

        void showWorking(Work work);

        void showDone(Outcome outcome, String detail);

        void showFailed(Failure failure, String detail, boolean usbAvailable);

        /**
         * The handout shown as printing has not come out after all (out of paper, jammed, not
         * printed): what the patient can do now, saving offered.
         */
        void showPrintTrouble(PrintTrouble trouble, boolean usbAvailable);

        /** The patient is finished: back to the attract loop. */
        void finished();
    }

    /** The slow, failing parts, behind an interface so the journey is tested without printers. */
    public interface Services {
        byte[] handout(HandoutPlan plan) throws Exception;

        /** Prints; returns the printer's name. */
        String print(byte[] pdf) throws PrintFailedException;

        /**
         * Prints, then keeps an eye on the job for a while: when it fails later or the printer needs
         * a person, {@code later} hears it once, on any thread. Without a watch, as {@link #print(byte[])}.
         */
        default String print(byte[] pdf, Consumer<PrintTrouble> later) throws PrintFailedException {
            return print(pdf);
        }

        Path saveToExports(byte[] pdf) throws Exception;

        Path saveToUsb(byte[] pdf) throws Exception;

        boolean usbAvailable();
    }

    /** Work in progress. */
    public enum Work { PRINTING, SAVING }

    /** What went well. */
    public enum Outcome { PRINTED, SAVED_USB, SAVED_PDF }

    /** What went wrong, in the words the screen will use. */
    public enum Failure { NO_PRINTER, PRINTER_STOPPED, PRINT_FAILED, SAVE_FAILED }

    /**
     * The patient's text size, for this visit only: A+ steps through them. Larger text gets fewer
     * tiles and cards a screen (see {@link #tileGrid} and {@link #cardGrid}), so it is larger, not
     * squeezed back to the old size to fit.
     */
    public enum TextSize {
        NORMAL(1f), LARGER(1.3f), LARGEST(1.6f);

        private final float factor;

        TextSize(float factor) {
            this.factor = factor;
        }

        /** Times the normal size. */
        public float factor() {
            return factor;
        }

        /** What A+ turns this into: larger, and after the largest back to normal. */
        public TextSize next() {
            return values()[(ordinal() + 1) % values().length];
        }
    }

    /** Where tiles or cards go: a grid of {@code columns} x {@code rows}, the same on every page. */
    public record Grid(int columns, int rows) {
        public Grid {
            if (columns < 1 || rows < 1) {
                throw new IllegalArgumentException(columns + "x" + rows);
            }
        }

        public int perPage() {
            return columns * rows;
        }
    }

    /**
     * One page of a list that may not fit one screen: the items shown, which page of how many
     * ({@code index} from 0), and the grid they are shown in (the last page keeps the grid, so a
     * card does not change size from page to page).
     */
    public record Page<T>(List<T> items, int index, int count, Grid grid) {
        public Page {
            items = List.copyOf(items);
        }

        public boolean hasPrevious() {
            return index > 0;
        }

        public boolean hasNext() {
            return index < count - 1;
        }

        /** Page {@code index} (clamped to the pages there are) of {@code all} in {@code grid}. */
        static <T> Page<T> of(List<T> all, Grid grid, int index) {
            int count = Math.max(1, (all.size() + grid.perPage() - 1) / grid.perPage());
            int shown = Math.max(0, Math.min(index, count - 1));
            int first = shown * grid.perPage();
            return new Page<>(all.subList(first, Math.min(all.size(), first + grid.perPage())), shown, count, grid);
        }
    }

    /** One card of the plan: a technique and, for an option (a medicine), its category's note, as on the handout. */
    public record Card(Technique technique, String optionalNote) {
    }

    /**
     * The symptom tiles' grid: four across at normal text (all eight of the usual list on one
     * screen), three across at A+ 1.3, two at 1.6; two rows, or three at normal text for a
     * longer list. Larger text pages instead of shrinking the tiles.
     */
    static Grid tileGrid(int count, TextSize size) {
        return switch (size) {
            case NORMAL -> new Grid(4, count > 8 ? 3 : 2);
            case LARGER -> new Grid(3, 2);
            case LARGEST -> new Grid(2, 2);
        };
    }

    /**
     * The plan cards' grid: wide cards, the text beside the drawing, so the dose stays large
     * enough to read. Up to three in one column, else two columns of up to three rows at normal
     * text; two rows at A+ 1.3, and at 1.6 two cards side by side, each with the height for its
     * dose in large type.
     */
    static Grid cardGrid(int count, TextSize size) {
        return switch (size) {
            case NORMAL -> count <= 3 ? new Grid(1, Math.max(1, count)) : new Grid(2, 3);
            case LARGER -> count <= 2 ? new Grid(1, Math.max(1, count)) : new Grid(2, 2);
            case LARGEST -> count <= 1 ? new Grid(1, 1) : new Grid(2, 1);
        };
    }

    /** Everything that depends on the patient's language: the words, the plans and the handout. */
    public record Language(Locale locale, List<Symptom> symptoms, PlanBuilder plans, Services services) {
    }

    private static final System.Logger LOG = System.getLogger(JourneyPresenter.class.getName());

    private List<Symptom> symptoms;
    private PlanBuilder plans;
    private Services services;
    private final Executor background;
    private final Executor ui;
    private final Set<String> selected = new LinkedHashSet<>();
    private final UsageRecorder usage;
    private Locale language;
    /** Random per visit, never linked to a person, only written to the usage files. */
    private final String session = UUID.randomUUID().toString().substring(0, 13);
    private boolean ended;
    private View view;
    private HandoutPlan plan;
    private boolean busy;
    /** The PDF of the plan on screen, made in the background while the patient looks at it. */
    private final AtomicReference<Prepared> prepared = new AtomicReference<>();
    private TextSize textSize = TextSize.NORMAL;
    /** The screen showing, for A+ and the page buttons: a list screen or any other. */
    private Screen screen = Screen.OTHER;
    private int pickerPage;
    private int previewPage;
    private boolean previewUsb;
    /** Shows the current screen again (after A+), with the words and pages as they are now. */
    private Runnable showAgain = () -> { };
    /** Reading aloud: off unless the kiosk gives one ({@link #readAloudWith}). */
    private ReadAloud reader = ReadAloud.off();

    /** Prints asked this visit; the printed screen showing is the one of print number {@link #printedShowing}. */
    private int prints;
    private int printedShowing;
    /** False once the host has thrown the view away (staff mode, an error): the visit is no longer on screen. */
    private boolean onScreen;

    private enum Screen { PICKER, PREVIEW, PRINTED, OTHER }

    private record Prepared(HandoutPlan plan, byte[] pdf) {
    }

    public JourneyPresenter(List<Symptom> symptoms, PlanBuilder plans, Services services, Executor background,
                            Executor ui, UsageRecorder usage, Locale language) {
        this(new Language(language, symptoms, plans, services), background, ui, usage);
    }

    public JourneyPresenter(Language language, Executor background, Executor ui, UsageRecorder usage) {
        this.usage = usage;
        this.language = language.locale();
        this.symptoms = List.copyOf(language.symptoms());
        this.plans = language.plans();
        this.services = language.services();
        this.background = background;
        this.ui = ui;
    }

    /** The same visit in another language (picks kept); the newly attached view shows the picker. */
    public void switchLanguage(Language other) {
        if (busy) {
            return;
        }
        language = other.locale();
        symptoms = List.copyOf(other.symptoms());
        plans = other.plans();
        services = other.services();
        plan = null;
        prepared.set(null);
        reader.stop(); // the words read were in the old language
        showPicker();
    }

    public Locale language() {
        return language;
    }

    public void attach(View view) {
        this.view = view;
        onScreen = true;
    }

    /** {@code gone} is thrown away (the host left this visit, or shows it anew in another language). */
    public void detach(View gone) {
        if (view == gone) {
            onScreen = false;
        }
    }

    /** Reads aloud with {@code reader} (the kiosk's speech; off by default), this visit starting silent. */
    public void readAloudWith(ReadAloud reader) {
        this.reader = reader;
        reader.stop();
    }

    public ReadAloud reader() {
        return reader;
    }

    /** True when the screens offer "Read aloud": the setting is on and the computer can speak. */
    public boolean canReadAloud() {
        return reader.offered();
    }

    /** What is being read aloud: "plan", "card:ID", "tile:ID", or null. */
    public String readingAloud() {
        return reader.reading();
    }

    /** "Read aloud" on the plan: the whole plan, technique by technique; again: stop. */
    public void readPlanAloud() {
        if (plan != null && !busy) {
            reader.toggle("plan", SpokenPlan.plan(plan, cards(plan), reader.words(language)), language);
        }
    }

    /** "Read aloud" on one card: that technique; again: stop. */
    public void readCardAloud(String techniqueId) {
        if (plan == null || busy) {
            return;
        }
        cards(plan).stream().filter(c -> c.technique().id().equals(techniqueId)).findFirst().ifPresent(c ->
                reader.toggle("card:" + techniqueId, SpokenPlan.card(c, reader.words(language)), language));
    }

    /** A long press on a symptom tile: its words, from the start (the tile is not picked or unpicked). */
    public void readTileAloud(String symptomId) {
        symptoms.stream().filter(s -> s.id().equals(symptomId)).findFirst().ifPresent(s ->
                reader.read("tile:" + symptomId, SpokenPlan.tile(s), language));
    }

    /** Silence: the screen this was read on is gone (the host throws the panel away). */
    public void stopReadingAloud() {
        reader.stop();
    }

    public void start() {
        record(EventType.SESSION_STARTED, "", "");
        showPicker();
    }

    private void showPicker() {
        screen = Screen.PICKER;
        showAgain = this::showPicker;
        Page<Symptom> page = Page.of(symptoms, tileGrid(symptoms.size(), textSize), pickerPage);
        pickerPage = page.index();
        view.showPicker(page, Collections.unmodifiableSet(selected));
        prepareAhead();
    }

    /** Lets the view get the drawings of the plan "Next" would show ready while the patient picks. */
    private void prepareAhead() {
        if (view == null || !canGoNext()) {
            return;
        }
        HandoutPlan ahead = plans.build(selected);
        List<Card> cards = cards(ahead);
        view.preparePreview(ahead, Page.of(cards, cardGrid(cards.size(), textSize), 0));
    }

    private void showPreview() {
        screen = Screen.PREVIEW;
        showAgain = this::showPreview;
        List<Card> cards = cards(plan);
        Page<Card> page = Page.of(cards, cardGrid(cards.size(), textSize), previewPage);
        previewPage = page.index();
        stopCardsNotOn(page);
        view.showPreview(plan, page, previewUsb);
    }

    /**
     * A card read aloud stops when its card leaves the screen (the page turned, A+ regrouped the
     * cards): its Stop button went with it, and the voice would describe a drawing no longer shown.
     * The whole plan goes on: it is read across the pages, the patient may turn them to follow,
     * and its Stop button is above the cards on every page.
     */
    private void stopCardsNotOn(Page<Card> page) {
        String item = reader.reading();
        if (item != null && item.startsWith("card:")
                && page.items().stream().noneMatch(c -> item.equals("card:" + c.technique().id()))) {
            reader.stop();
        }
    }

    /** The plan's cards in the handout's order: options (the medicines) last, each with its category's note. */
    static List<Card> cards(HandoutPlan plan) {
        List<Card> cards = new ArrayList<>();
        for (HandoutPlan.Group g : plan.groups()) {
            String note = g.category().optional() ? g.category().optionalNote() : "";
            g.techniques().forEach(t -> cards.add(new Card(t, note)));
        }
        return List.copyOf(cards);
    }

    public TextSize textSize() {
        return textSize;
    }

    /**
     * A+: the next text size, the screen shown again in it. A list screen turns to the page that
     * holds the first tile or card the patient was looking at, so nothing read is lost.
     */
    public void largerText() {
        if (busy) {
            return;
        }
        int firstTile = pickerPage * tileGrid(symptoms.size(), textSize).perPage();
        int cardCount = plan == null ? 0 : cards(plan).size();
        int firstCard = previewPage * cardGrid(cardCount, textSize).perPage();
        textSize = textSize.next();
        pickerPage = firstTile / tileGrid(symptoms.size(), textSize).perPage();
        previewPage = firstCard / cardGrid(cardCount, textSize).perPage();
        showAgain.run();
    }

    /** The next page of tiles or cards, on the screen showing; nothing after the last. */
    public void nextPage() {
        turn(1);
    }

    /** The page before; nothing before the first. */
    public void previousPage() {
        turn(-1);
    }

    private void turn(int by) {
        if (busy) {
            return;
        }
        if (screen == Screen.PICKER) {
            Page<Symptom> now = Page.of(symptoms, tileGrid(symptoms.size(), textSize), pickerPage);
            if (by > 0 ? now.hasNext() : now.hasPrevious()) {
                pickerPage += by;
                showPicker();
            }
        } else if (screen == Screen.PREVIEW) {
            List<Card> cards = cards(plan);
            Page<Card> now = Page.of(cards, cardGrid(cards.size(), textSize), previewPage);
            if (by > 0 ? now.hasNext() : now.hasPrevious()) {
                previewPage += by;
                showPreview();
            }
        }
    }

    public void toggle(String symptomId) {
        if (selected.remove(symptomId)) {
            record(EventType.SYMPTOM_UNPICKED, symptomId, "");
        } else {
            selected.add(symptomId);
            record(EventType.SYMPTOM_PICKED, symptomId, "");
        }
        prepareAhead();
    }

    private void record(EventType type, String subject, String value) {
        usage.record(type, session, subject, value, language);
    }

    public Set<String> selected() {
        return Collections.unmodifiableSet(selected);
    }

    public boolean canGoNext() {
        return !selected.isEmpty();
    }

    /** The plan for the picked symptoms. */
    public void next() {
        if (canGoNext()) {
            preview(plans.build(selected));
        }
    }

    /** "Not sure": the general plan, whatever was picked. */
    public void generalPlan() {
        record(EventType.GENERAL_PLAN_CHOSEN, "", "");
        preview(plans.build(List.of()));
    }

    private void preview(HandoutPlan newPlan) {
        reader.stop(); // a tile's words, read on the picker
        if (!newPlan.equals(plan)) {
            record(EventType.PLAN_PREVIEWED, "", Integer.toString(newPlan.techniques().size()));
            newPlan.techniques().forEach(t -> record(EventType.TECHNIQUE_PLANNED, t.id(), ""));
            previewPage = 0; // a new plan starts at its first card; back from a failure keeps the page
        }
        plan = newPlan;
        busy = true; // only while we look for a USB stick
        background.execute(() -> {
            boolean usb = services.usbAvailable();
            ui.execute(() -> {
                busy = false;
                previewUsb = usb;
                showPreview();
                // The PDF is made once the preview's first frame is on screen (the screen's paint is
                // queued before this): made at once, it took the CPU the first frame needed.
                ui.execute(() -> background.execute(() -> prepare(newPlan)));
            });
        });
    }

    /** Makes the PDF ahead, so "Print my plan" only has to print. Runs on the background worker. */
    private byte[] prepare(HandoutPlan forPlan) {
        Prepared ready = prepared.get();
        if (ready != null && ready.plan().equals(forPlan)) {
            return ready.pdf();
        }
        try {
            byte[] bytes = services.handout(forPlan);
            prepared.set(new Prepared(forPlan, bytes));
            return bytes;
        } catch (Exception e) {
            LOG.log(System.Logger.Level.WARNING, "Could not make the handout", e);
            return null;
        }
    }

    /** Back from the plan to the picker; the picks stay. */
    public void back() {
        if (!busy) {
            reader.stop();
            plan = null;
            showPicker();
        }
    }

    /** Back from a failure to the plan. */
    public void backToPlan() {
        if (!busy && plan != null) {
            preview(plan);
        }
    }

    public HandoutPlan plan() {
        return plan;
    }

    /** True while printing or saving: the idle reset waits for it. */
    public boolean isBusy() {
        return busy;
    }

    public void print() {
        if (busy || plan == null) {
            return;
        }
        int number = ++prints;
        run(Work.PRINTING, bytes -> {
            String printer = services.print(bytes, trouble -> ui.execute(() -> printTrouble(number, trouble)));
            record(EventType.HANDOUT_PRINTED, printer, "");
            return () -> {
                screen = Screen.PRINTED;
                printedShowing = number;
                view.showDone(Outcome.PRINTED, printer);
            };
        });
    }

    /**
     * A handout shown as printing did not come out (the job is watched after "printed" shows).
     * The patient still looking at that "printed" screen is told, with saving offered; a visit
     * that has ended shows nothing (the slides are not interrupted): it is only logged. Either
     * way the usage statistics count a failed print.
     */
    private void printTrouble(int number, PrintTrouble trouble) {
        record(EventType.PRINT_FAILED, trouble.code(), "");
        if (!stillOnPrinted(number)) {
            LOG.log(System.Logger.Level.INFO, "Handout " + number + " of an ended visit did not print ("
                    + trouble.code() + "); nothing shown, the patient has left");
            return;
        }
        LOG.log(System.Logger.Level.INFO, "Handout did not print (" + trouble.code() + "): telling the patient");
        background.execute(() -> {
            boolean usb = services.usbAvailable();
            ui.execute(() -> {
                if (stillOnPrinted(number)) {
                    screen = Screen.OTHER;
                    showAgain = () -> view.showPrintTrouble(trouble, usb);
                    showAgain.run();
                }
            });
        });
    }

    private boolean stillOnPrinted(int number) {
        return !ended && onScreen && !busy && screen == Screen.PRINTED && printedShowing == number;
    }

    public void saveToUsb() {
        run(Work.SAVING, bytes -> {
            Path file = services.saveToUsb(bytes);
            record(EventType.HANDOUT_SAVED, "usb", "");
            return () -> view.showDone(Outcome.SAVED_USB, file.getFileName().toString());
        });
    }

    public void saveAsPdf() {
        run(Work.SAVING, bytes -> {
            Path file = services.saveToExports(bytes);
            record(EventType.HANDOUT_SAVED, "folder", "");
            return () -> view.showDone(Outcome.SAVED_PDF, file.getFileName().toString());
        });
    }

    /** The patient is done (or went back to the slides). */
    public void finish() {
        if (!busy) {
            reader.stop();
            end(EventType.SESSION_FINISHED);
            view.finished();
        }
    }

    /** The patient walked away: the host wipes this journey next. */
    public void timedOut() {
        reader.stop();
        end(EventType.SESSION_TIMED_OUT);
    }

    private void end(EventType how) {
        if (!ended) {
            ended = true;
            record(how, "", "");
        }
    }

    private interface Step {
        Runnable perform(byte[] pdf) throws Exception;
    }

    private void run(Work work, Step step) {
        if (busy || plan == null) {
            return;
        }
        busy = true;
        reader.stop(); // leaving the plan for printing or saving
        screen = Screen.OTHER;
        showAgain = () -> view.showWorking(work);
        view.showWorking(work);
        HandoutPlan forPlan = plan;
        background.execute(() -> {
            Runnable outcome;
            try {
                byte[] bytes = prepare(forPlan);
                if (bytes == null) {
                    bytes = services.handout(forPlan); // fails again, now with the reason shown
                }
                outcome = step.perform(bytes);
            } catch (PrintFailedException e) {
                LOG.log(System.Logger.Level.WARNING, "Printing failed: " + e.getMessage(), e);
                Failure f = switch (e.reason()) {
                    case NO_PRINTER -> Failure.NO_PRINTER;
                    case STOPPED -> Failure.PRINTER_STOPPED;
                    case FAILED -> Failure.PRINT_FAILED;
                };
                record(EventType.PRINT_FAILED, f.name().toLowerCase(Locale.ROOT).replace('_', '-'), "");
                boolean usb = services.usbAvailable();
                outcome = () -> view.showFailed(f, e.getMessage(), usb);
            } catch (Exception e) {
                LOG.log(System.Logger.Level.WARNING, "Could not make or save the handout", e);
                boolean usb = services.usbAvailable();
                // A patient reads plain words only: our own IOException messages ("Cannot write …: the disk
                // is full"), never a class name or a stack trace; those stay in the log.
                String detail = e instanceof java.io.IOException && e.getMessage() != null
                        && e.getMessage().startsWith("Cannot ") ? e.getMessage() : "";
                record(work == Work.PRINTING ? EventType.PRINT_FAILED : EventType.SAVE_FAILED,
                        work == Work.PRINTING ? "print-failed" : "", "");
                outcome = () -> view.showFailed(work == Work.PRINTING ? Failure.PRINT_FAILED : Failure.SAVE_FAILED,
                        detail, usb);
            }
            Runnable show = outcome;
            ui.execute(() -> {
                busy = false;
                showAgain = show;
                show.run();
            });
        });
    }
}
