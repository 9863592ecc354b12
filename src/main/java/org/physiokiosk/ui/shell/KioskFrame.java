package org.physiokiosk.ui.shell;

import java.awt.AWTEvent;
import java.awt.CardLayout;
import java.awt.GraphicsConfiguration;
import java.awt.Toolkit;
import java.awt.event.AWTEventListener;
import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.time.Duration;
import java.util.Locale;
import javax.swing.AbstractAction;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.KeyStroke;
import javax.swing.Timer;
import javax.swing.WindowConstants;
import org.physiokiosk.settings.KioskSettings;
import org.physiokiosk.stats.EventType;
import org.physiokiosk.stats.UsageRecorder;
import org.physiokiosk.ui.attract.AttractLoopPanel;
import org.physiokiosk.ui.attract.AttractLoopPresenter;
import org.physiokiosk.ui.attract.ClosedNotice;
import org.physiokiosk.ui.attract.LoopLanguage;
import org.physiokiosk.ui.slides.SlideViews;
import java.util.List;
import org.physiokiosk.ui.journey.IdleTimer;
import org.physiokiosk.ui.journey.JourneyFactory;
import org.physiokiosk.ui.journey.JourneyPanel;
import org.physiokiosk.ui.journey.JourneyPresenter;
import org.physiokiosk.ui.journey.StillThereOverlay;
import org.physiokiosk.ui.staff.StaffMode;
import org.physiokiosk.ui.staff.StaffServices;
import org.physiokiosk.ui.Texts;
import org.physiokiosk.ui.Edt;

/**
 * The kiosk's one window: fullscreen and undecorated in the waiting room, or a normal
 * window with {@code --windowed}. It switches between the attract loop and a patient's
 * journey, asks "Still there?" when a patient walks away, and then starts again with a
 * brand-new journey, so nothing a patient picked survives.
 */
public final class KioskFrame extends JFrame {
    private static final long serialVersionUID = 1L;

    static final String ATTRACT = "attract";
    static final String JOURNEY = "journey";
    static final String STAFF = "staff";
    /** How long "Still there?" counts down before the session is wiped. */
    static final Duration WARNING = Duration.ofSeconds(10);

    private final CardLayout cards = new CardLayout();
    private final JPanel screens = new JPanel(cards);
    private final AttractLoopPanel attract;
    private final transient JourneyFactory journeys;
    private final transient IdleTimer idle;
    private final StillThereOverlay stillThere;
    private final Timer idleCheck;
    private final transient AWTEventListener activity;
    private JourneyPanel journey;
    private final JPanel staffScreen = new JPanel(new java.awt.BorderLayout());
    private final Texts texts;
    private final transient StaffMode staff;

    /**
     * @param journeys makes a new, empty journey for each patient
     */
    /**
     * @param loop  the loop's passes: one, or one per language when the loop alternates languages
     * @param clock the kiosk's clock: when slides and the closed screen show
     */
    public KioskFrame(KioskSettings settings, List<LoopLanguage> loop, Texts texts,
                      JourneyFactory journeys, UsageRecorder usage, StaffServices staffServices,
                      java.util.concurrent.Executor work, java.time.Clock clock) {
        super(settings.clinic().name());
        setName("kiosk-frame");
        this.texts = texts;
        this.journeys = journeys;
        AttractLoopPresenter presenter = AttractLoopPresenter.inTurn(loop.stream().map(LoopLanguage::slides).toList(),
                settings.slideInterval(), clock, settings.openingHours(),
                ClosedNotice.in(texts, settings.clinic().name(), settings.clinic().phone()))
                .withNotices(loop.stream().map(LoopLanguage::notices).toList(), settings.noticesEveryCategories());
        SlideViews views = loop.get(0).views();
        presenter.onSlideShown((slide, millis) -> usage.record(EventType.SLIDE_SHOWN, "", slide.id(),
                Long.toString(millis), settings.language()));
        attract = new AttractLoopPanel(presenter, loop.stream().map(LoopLanguage::views).toList(), texts,
                settings.transition(),
                () -> showJourney(journeys.defaultLanguage()), journeys.languages(), this::showJourney);
        screens.add(attract, ATTRACT);
        staffScreen.setName("staff-screen");
        screens.add(staffScreen, STAFF);
        setContentPane(screens);
        staff = new StaffMode(this, staffServices, texts, work, views, this::showStaff, saved -> {
            if (saved) {
                staffServices.restartKiosk();
            } else {
                showAttract();
            }
        });

        idle = new IdleTimer(settings.idleTimeout(), WARNING, System::currentTimeMillis);
        stillThere = new StillThereOverlay(texts, this::keepGoing);
        setGlassPane(stillThere);
        activity = event -> {
            if (event.getID() == java.awt.event.MouseEvent.MOUSE_PRESSED || event.getID() == KeyEvent.KEY_PRESSED
                    || event.getID() == java.awt.event.MouseEvent.MOUSE_DRAGGED) {
                idle.touched();
                staff.touched();
            }
        };
        Toolkit.getDefaultToolkit().addAWTEventListener(activity,
                AWTEvent.MOUSE_EVENT_MASK | AWTEvent.MOUSE_MOTION_EVENT_MASK | AWTEvent.KEY_EVENT_MASK);
        // Runs only while a patient's journey is on: the loop, and above all the closed screen, stay quiet.
        idleCheck = new Timer(250, e -> checkIdle());

        bindQuitKey();
        staff.install();
        if (settings.fullscreen()) {
            lockDown(settings.hideCursor());
            setUndecorated(true);
            setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
            GraphicsConfiguration gc = getGraphicsConfiguration();
            setBounds(gc.getBounds());
        } else {
            setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
            setSize(1280, 720);
            setLocationByPlatform(true);
        }
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                shutDown();
            }
        });
    }

    /**
     * Throws the window away (a restart replaces it, or the kiosk closes): the patient's journey
     * goes with it now, the same way as on going back to the slides, so a reading aloud stops as
     * the window goes, not only when its closing event comes round (after the new window shows).
     */
    @Override
    public void dispose() {
        if (journey != null) {
            journey.dispose();
            screens.remove(journey);
            journey = null;
        }
        super.dispose();
    }

    /** Shows the window and starts the loop. */
    public void open() {
        setVisible(true);
        showAttract();
    }

    public AttractLoopPanel attractLoop() {
        return attract;
    }

    /** The current patient's journey, or null while the loop runs. */
    public JourneyPanel journey() {
        return journey;
    }

    /** Back to the loop: the patient's journey is thrown away, not hidden. */
    public void showAttract() {
        stillThere.setVisible(false);
        if (journey != null) {
            journey.dispose();
            screens.remove(journey);
            journey = null;
        }
        cards.show(screens, ATTRACT);
        attract.start();
    }

    private void showStaff(JComponent screen) {
        attract.stop();
        stillThere.setVisible(false);
        if (journey != null) {
            journey.dispose();
            screens.remove(journey);
            journey = null;
        }
        staffScreen.removeAll();
        staffScreen.add(screen, java.awt.BorderLayout.CENTER);
        cards.show(screens, STAFF);
        staffScreen.revalidate();
        staffScreen.repaint();
    }

    /** True while only the slides are showing: a good moment to apply new content. */
    public boolean isIdle() {
        return journey == null && !staff.isOpen() && attract.isRunning();
    }

    /** Staff mode, for tests and the host. */
    public StaffMode staffMode() {
        return staff;
    }

    private void showJourney(Locale language) {
        if (staff.isOpen()) {
            return;
        }
        attract.stop();
        idle.touched();
        JourneyPresenter presenter = journeys.newPresenter(language);
        place(journeys.panel(presenter, language, this::switchLanguage));
        presenter.start();
    }

    /** The same visit in another language: the picks stay, the screens are rebuilt in the new words. */
    private void switchLanguage(Locale language) {
        if (journey == null) {
            return;
        }
        JourneyPresenter presenter = journey.presenter();
        journey.dispose();
        place(journeys.panel(presenter, language, this::switchLanguage));
        presenter.switchLanguage(journeys.language(language));
    }

    private void place(JourneyPanel next) {
        if (journey != null) {
            screens.remove(journey);
        }
        journey = next;
        journey.addPropertyChangeListener("finished", e -> showAttract());
        screens.add(journey, JOURNEY);
        cards.show(screens, JOURNEY);
        screens.revalidate();
        if (!idleCheck.isRunning()) {
            idleCheck.start();
        }
    }

    private void checkIdle() {
        if (journey == null) {
            idleCheck.stop();
            return;
        }
        if (journey.presenter().isBusy()) {
            idle.touched(); // printing or saving: the patient is waiting for it
        }
        switch (idle.phase()) {
            case ACTIVE -> stillThere.setVisible(false);
            case WARNING -> {
                stillThere.setSecondsLeft(idle.secondsToReset());
                stillThere.setVisible(true);
            }
            case EXPIRED -> {
                journey.presenter().timedOut();
                showAttract();
            }
        }
    }

    private void keepGoing() {
        idle.touched();
        stillThere.setVisible(false);
    }

    /**
     * Ctrl+Shift+Q leaves the kiosk, for staff at a keyboard (README): it asks for the staff PIN
     * first, like everything else in staff mode, since a keyboard may be within a patient's reach.
     */
    private void bindQuitKey() {
        KeyStroke quit = KeyStroke.getKeyStroke(KeyEvent.VK_Q, InputEvent.CTRL_DOWN_MASK | InputEvent.SHIFT_DOWN_MASK);
        getRootPane().getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(quit, "quit");
        getRootPane().getActionMap().put("quit", new AbstractAction() {
            private static final long serialVersionUID = 1L;

            @Override
            public void actionPerformed(ActionEvent e) {
                staff.requestLeave();
            }
        });
    }

    /**
     * What Java can do against a patient leaving the kiosk: Escape and Alt+F4 do nothing, the
     * close button does nothing, a minimised window comes straight back. Alt+Tab and the
     * system keys are the operating system's to block (see deploy/).
     */
    private void lockDown(boolean hideCursor) {
        JComponent root = getRootPane();
        for (KeyStroke ks : new KeyStroke[] {KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0),
            KeyStroke.getKeyStroke(KeyEvent.VK_F4, InputEvent.ALT_DOWN_MASK),
            KeyStroke.getKeyStroke(KeyEvent.VK_W, InputEvent.CTRL_DOWN_MASK)}) {
            root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(ks, "nothing");
        }
        root.getActionMap().put("nothing", new AbstractAction() {
            private static final long serialVersionUID = 1L;

            @Override
            public void actionPerformed(ActionEvent e) {
                // a patient cannot leave the kiosk from the keyboard
            }
        });
        addWindowStateListener(e -> {
            if ((e.getNewState() & java.awt.Frame.ICONIFIED) != 0) {
                setExtendedState(java.awt.Frame.NORMAL);
                toFront();
            }
        });
        if (hideCursor) {
            // No API hides the pointer: a fully transparent custom cursor does.
            java.awt.image.BufferedImage blank = new java.awt.image.BufferedImage(16, 16,
                    java.awt.image.BufferedImage.TYPE_INT_ARGB);
            setCursor(Toolkit.getDefaultToolkit().createCustomCursor(blank, new java.awt.Point(0, 0), "none"));
        }
    }

    /** A moment of "Sorry, something went wrong" after an unexpected error, then the slides again. */
    public void recoverFromError() {
        Edt.assertEdt();
        stillThere.setVisible(false);
        javax.swing.JPanel sorry = new javax.swing.JPanel(new net.miginfocom.swing.MigLayout("fill", "[center]",
                "[center]"));
        sorry.setName("sorry");
        javax.swing.JLabel text = new javax.swing.JLabel(texts.get("error.sorry"));
        text.putClientProperty(com.formdev.flatlaf.FlatClientProperties.STYLE,
                "font: bold +14; foreground: $Kiosk.heading");
        sorry.add(text);
        if (journey != null) {
            journey.dispose();
            screens.remove(journey);
            journey = null;
        }
        attract.stop();
        screens.add(sorry, "sorry");
        cards.show(screens, "sorry");
        Timer back = new Timer(4000, e -> {
            screens.remove(sorry);
            showAttract();
        });
        back.setRepeats(false);
        back.start();
    }

    private void shutDown() {
        staff.uninstall();
        attract.stop();
        idleCheck.stop();
        if (journey != null) {
            journey.dispose();
        }
        Toolkit.getDefaultToolkit().removeAWTEventListener(activity);
    }
}
