package org.physiokiosk.ui;

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
import javax.swing.AbstractAction;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.KeyStroke;
import javax.swing.Timer;
import javax.swing.WindowConstants;
import org.physiokiosk.content.SlideLibrary;
import org.physiokiosk.settings.KioskSettings;
import org.physiokiosk.ui.attract.AttractLoopPanel;
import org.physiokiosk.ui.attract.AttractLoopPresenter;
import org.physiokiosk.ui.attract.SlideViews;
import org.physiokiosk.ui.journey.IdleTimer;
import org.physiokiosk.ui.journey.StartScreenPanel;

/**
 * The kiosk's one window: fullscreen and undecorated in the waiting room, or a normal
 * window with {@code --windowed}. It switches between the attract loop and the patient's
 * screens, and goes back to the loop when a patient walks away.
 */
public final class KioskFrame extends JFrame {
    private static final long serialVersionUID = 1L;

    static final String ATTRACT = "attract";
    static final String START = "start";

    private final CardLayout cards = new CardLayout();
    private final JPanel screens = new JPanel(cards);
    private final AttractLoopPanel attract;
    private final transient IdleTimer idle;
    private final Timer idleCheck;
    private final transient AWTEventListener activity;
    private String showing = ATTRACT;

    public KioskFrame(KioskSettings settings, SlideLibrary library, SlideViews views, Texts texts) {
        super(settings.clinic().name());
        setName("kiosk-frame");
        AttractLoopPresenter presenter = new AttractLoopPresenter(library.loopSlides(), settings.slideInterval(),
                System::currentTimeMillis);
        attract = new AttractLoopPanel(presenter, views, texts, settings.transition(),
                this::showStart);
        StartScreenPanel start = new StartScreenPanel(texts, settings.clinic().name(), e -> showAttract());
        screens.add(attract, ATTRACT);
        screens.add(start, START);
        setContentPane(screens);

        idle = new IdleTimer(settings.idleTimeout(), System::currentTimeMillis);
        activity = event -> idle.touched();
        Toolkit.getDefaultToolkit().addAWTEventListener(activity,
                AWTEvent.MOUSE_EVENT_MASK | AWTEvent.MOUSE_MOTION_EVENT_MASK | AWTEvent.KEY_EVENT_MASK);
        idleCheck = new Timer(1000, e -> {
            if (!ATTRACT.equals(showing) && idle.expired()) {
                showAttract();
            }
        });
        idleCheck.start();

        bindQuitKey();
        if (settings.fullscreen()) {
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

    /** Shows the window and starts the loop. */
    public void open() {
        setVisible(true);
        showAttract();
    }

    public AttractLoopPanel attractLoop() {
        return attract;
    }

    /** Back to the loop: the patient's session (choices, screens) is wiped. */
    public void showAttract() {
        showing = ATTRACT;
        cards.show(screens, ATTRACT);
        attract.start();
    }

    private void showStart() {
        idle.touched();
        showing = START;
        cards.show(screens, START);
    }

    /** Ctrl+Shift+Q leaves the kiosk: staff only, documented in the README; patients have no keyboard. */
    private void bindQuitKey() {
        KeyStroke quit = KeyStroke.getKeyStroke(KeyEvent.VK_Q, InputEvent.CTRL_DOWN_MASK | InputEvent.SHIFT_DOWN_MASK);
        getRootPane().getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(quit, "quit");
        getRootPane().getActionMap().put("quit", new AbstractAction() {
            private static final long serialVersionUID = 1L;

            @Override
            public void actionPerformed(ActionEvent e) {
                dispose();
            }
        });
    }

    private void shutDown() {
        attract.stop();
        idleCheck.stop();
        Toolkit.getDefaultToolkit().removeAWTEventListener(activity);
    }
}
