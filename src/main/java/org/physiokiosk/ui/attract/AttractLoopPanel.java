package org.physiokiosk.ui.attract;

import java.awt.AWTEvent;
import java.awt.BorderLayout;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.awt.event.MouseEvent;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.List;
import javax.swing.AbstractAction;
import javax.swing.JComponent;
import javax.swing.JLayer;
import javax.swing.JPanel;
import javax.swing.KeyStroke;
import javax.swing.Timer;
import javax.swing.plaf.LayerUI;
import net.miginfocom.swing.MigLayout;
import org.physiokiosk.content.Slide;
import org.physiokiosk.ui.Fader;
import org.physiokiosk.ui.Texts;
import org.physiokiosk.ui.slides.SlideViews;
import org.physiokiosk.ui.slides.SlideView;

/**
 * The attract loop on screen: the current slide, a crossfade to the next, the progress
 * strip, and "touch anywhere to start". The rules live in {@link AttractLoopPresenter}.
 */
public final class AttractLoopPanel extends JPanel implements AttractLoopPresenter.View {
    private static final long serialVersionUID = 1L;

    /** How often the progress strip and the crossfade are redrawn. */
    private static final int FRAME_MILLIS = 40;
    private static final String LOOP = "loop";
    private static final String CLOSED = "closed";

    private final transient AttractLoopPresenter presenter;
    private final transient List<SlideViews> views;
    private final transient Runnable onTouch;
    private final long transitionMillis;
    private final JPanel stage = new JPanel(new BorderLayout());
    private final LoopProgress progress;
    private final Timer timer;
    /** While closed: one look at the clock at the next opening, or a minute later at the latest. */
    private final Timer closedCheck;
    private final java.awt.CardLayout cards = new java.awt.CardLayout();
    private final JPanel deck = new JPanel(cards);
    private final ClosedScreen closedScreen = new ClosedScreen();
    private final FadeAndTouchUI layerUi = new FadeAndTouchUI();
    private SlideView current;
    private transient Runnable firstPaint;

    /**
     * @param languages  offered in a corner of the loop, each named in itself
     * @param onLanguage a patient touched a language: start the visit in it
     */
    public AttractLoopPanel(AttractLoopPresenter presenter, List<SlideViews> views, Texts texts,
                            Duration transition, Runnable onTouch, java.util.List<java.util.Locale> languages,
                            java.util.function.Consumer<java.util.Locale> onLanguage) {
        super(new BorderLayout());
        this.presenter = presenter;
        this.views = views;
        this.onTouch = onTouch;
        this.transitionMillis = transition.toMillis();
        this.progress = new LoopProgress(texts.get("attract.touchHint"), texts.get("attract.slideOf"));
        setName("attract-loop");
        stage.setName("attract-stage");
        stage.setOpaque(false);
        JPanel screen = composeScreen(stage, progress);
        if (languages.size() > 1) {
            JPanel choice = new JPanel(new MigLayout("insets 0 0 0 4%, gap 6lp", "", "[center]"));
            choice.setOpaque(false);
            choice.setName("loop-languages");
            for (java.util.Locale l : languages) {
                String name = l.getDisplayLanguage(l);
                javax.swing.JButton b = new javax.swing.JButton(name.substring(0, 1).toUpperCase(l) + name.substring(1));
                b.setName("loop-language-" + l.getLanguage());
                b.setFocusable(false); // Enter or Space on the loop starts a visit; these are for touch
                b.putClientProperty(com.formdev.flatlaf.FlatClientProperties.STYLE_CLASS, "kioskSmall");
                b.addActionListener(e -> {
                    if (presenter.isRunning()) {
                        stop();
                        onLanguage.accept(l);
                    }
                });
                choice.add(b);
            }
            screen.add(choice, "newline, growx 0, alignx right, gapbottom 1%");
        }
        deck.add(new JLayer<>(screen, layerUi), LOOP);
        deck.add(closedScreen, CLOSED);
        add(deck, BorderLayout.CENTER);
        timer = new Timer(FRAME_MILLIS, e -> onFrame());
        timer.setCoalesce(true);
        closedCheck = new Timer(0, e -> {
            presenter.tick();
            if (presenter.isClosed()) {
                armClosedCheck();
            }
        });
        closedCheck.setRepeats(false);

        // A patient with a keyboard or switch device starts with Enter or Space.
        getInputMap(WHEN_IN_FOCUSED_WINDOW).put(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "start");
        getInputMap(WHEN_IN_FOCUSED_WINDOW).put(KeyStroke.getKeyStroke(KeyEvent.VK_SPACE, 0), "start");
        getActionMap().put("start", new AbstractAction() {
            private static final long serialVersionUID = 1L;

            @Override
            public void actionPerformed(ActionEvent e) {
                if (isShowing()) {
                    presenter.touched();
                }
            }
        });
        presenter.attach(this);
    }

    /** The same composition is used live and for screenshots: the slide above the progress strip. */
    static JPanel composeScreen(JComponent slideArea, LoopProgress progress) {
        JPanel screen = new JPanel(new MigLayout("fill, insets 0, gap 0", "[grow, fill]", "[grow, fill][]"));
        screen.add(slideArea, "wrap");
        screen.add(progress, "h 7.5%!");
        return screen;
    }

    /** Runs once, after the first slide has been painted on screen (start-up time is measured with it). */
    public void onFirstPaint(Runnable r) {
        this.firstPaint = r;
    }

    /** Starts the loop from the first slide. */
    public void start() {
        presenter.start();
        if (!presenter.isClosed() && !timer.isRunning()) {
            timer.start();
        }
    }

    public void stop() {
        timer.stop();
        closedCheck.stop();
        presenter.stop();
        layerUi.fadeFrom = null;
    }

    public boolean isRunning() {
        return presenter.isRunning();
    }

    /** The slide on screen now, for tests. */
    public Slide currentSlide() {
        return presenter.current();
    }

    /** True while the closed screen is on, for tests and the shell. */
    public boolean isClosed() {
        return presenter.isClosed();
    }

    @Override
    public void showClosed(ClosedNotice notice) {
        timer.stop();
        stage.removeAll(); // the last slide's drawings are not kept all night
        current = null;
        layerUi.fadeFrom = null;
        closedScreen.show(notice);
        cards.show(deck, CLOSED);
        armClosedCheck();
    }

    private void armClosedCheck() {
        closedCheck.stop();
        closedCheck.setInitialDelay((int) Math.min(Integer.MAX_VALUE, presenter.millisToNextCheck()));
        closedCheck.start();
    }

    @Override
    public void showSlide(Slide slide, int index, int count) {
        if (closedCheck.isRunning() || !timer.isRunning() && presenter.isRunning()) {
            // back from the closed screen (or starting): the slides, and their frame timer, again
            closedCheck.stop();
            cards.show(deck, LOOP);
            if (!timer.isRunning()) {
                timer.start();
            }
        }
        BufferedImage before = transitionMillis > 0 && current != null
                ? Fader.snapshot(stage, stage.getParent() != null ? stage.getParent().getBackground()
                        : stage.getBackground())
                : null;
        SlideView next = views.get(Math.min(presenter.pass(), views.size() - 1)).create(slide);
        stage.removeAll();
        stage.add(next, BorderLayout.CENTER);
        current = next;
        stage.revalidate();
        layerUi.fadeFrom = before;
        layerUi.fadeStarted = System.currentTimeMillis();
        progress.update(index, count, 0);
        repaint();
    }

    @Override
    public void openStartScreen() {
        stop();
        onTouch.run();
    }

    private void onFrame() {
        presenter.tick();
        progress.update(presenter.index(), presenter.count(), presenter.progress());
        if (layerUi.fadeFrom != null) {
            if (System.currentTimeMillis() - layerUi.fadeStarted >= transitionMillis) {
                layerUi.fadeFrom = null;
            }
            repaint(stage.getBounds());
        }
    }

    /** Paints the fading previous slide over the new one, and turns any press into "start". */
    private final class FadeAndTouchUI extends LayerUI<JPanel> {
        private static final long serialVersionUID = 1L;
        private transient BufferedImage fadeFrom;
        private long fadeStarted;

        @Override
        public void installUI(JComponent c) {
            super.installUI(c);
            ((JLayer<?>) c).setLayerEventMask(AWTEvent.MOUSE_EVENT_MASK);
        }

        @Override
        public void uninstallUI(JComponent c) {
            ((JLayer<?>) c).setLayerEventMask(0);
            super.uninstallUI(c);
        }

        @Override
        public void paint(Graphics g, JComponent c) {
            super.paint(g, c);
            Fader.paintFading(g, fadeFrom, fadeStarted, transitionMillis, stage.getX(), stage.getY());
            if (firstPaint != null && current != null) {
                Runnable r = firstPaint;
                firstPaint = null;
                r.run();
            }
        }

        @Override
        protected void processMouseEvent(MouseEvent e, JLayer<? extends JPanel> l) {
            java.awt.Point p = javax.swing.SwingUtilities.convertPoint(e.getComponent(), e.getPoint(), l);
            boolean staffCorner = p.x < l.getWidth() * 0.07 && p.y < l.getHeight() * 0.07;
            boolean languageButton = e.getComponent() instanceof javax.swing.AbstractButton;
            if (e.getID() == MouseEvent.MOUSE_PRESSED && !staffCorner && !languageButton) {
                e.consume();
                presenter.touched();
            }
        }
    }

    /** For screenshots and tests: the loop screen as patients see it, painted without a window. */
    static BufferedImage renderOffscreen(SlideView view, Texts texts, int index, int count, int width, int height) {
        LoopProgress strip = new LoopProgress(texts.get("attract.touchHint"), texts.get("attract.slideOf"));
        strip.update(index, count, 0.35);
        JPanel screen = composeScreen(view, strip);
        screen.setSize(width, height);
        SlideView.layoutTree(screen);
        view.layoutAt(view.getWidth(), view.getHeight());
        SlideView.layoutTree(screen);
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setColor(screen.getBackground());
            g.fillRect(0, 0, width, height);
            screen.paint(g);
        } finally {
            g.dispose();
        }
        return img;
    }
}
