package org.physiokiosk.ui.illustration;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.event.ComponentAdapter;
import java.awt.geom.AffineTransform;
import java.awt.event.ComponentEvent;
import java.awt.event.HierarchyEvent;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JComponent;
import org.physiokiosk.illustration.Illustration;
import org.physiokiosk.ui.Edt;

/**
 * Plays a moving drawing in a component without ever drawing it on the event thread: frames are
 * drawn on the kiosk's frame thread ({@link MotionPlayback#frames()}) into an image of exactly
 * the drawing's size on screen (drawn again when the component is resized), and the event thread
 * only copies the newest ready frame, repainting just the drawing's box. Which moment each frame
 * shows, and when the next is due, is {@link MotionPresenter}'s: the movement starts at 0 when
 * the component appears (the start of the slide's crossfade), and its clock runs from the moment
 * that first frame is on screen, so there is no jump however long the first paint takes.
 *
 * <p>A frame the screen has not painted yet is never followed by another (frames are dropped,
 * not queued), and nothing is drawn while the component is not on screen: the timer stops when
 * the slide is replaced, the window is hidden or closed, or the closed screen takes over. With
 * motion off, or a drawing that does not move, no timer ever runs: the still picture is painted
 * as before.
 */
public final class MotionPlayer {

    /** Where the drawing goes in a host {@code width} x {@code height} (it is fitted inside, keeping its proportions). */
    @FunctionalInterface
    public interface Box {
        Rectangle2D in(double width, double height);
    }

    /** The drawing's pixels in the host, and where the fitted drawing lies inside that image. */
    record Target(int x, int y, int width, int height, Rectangle2D drawing) {
    }

    /**
     * A frame drawn and ready to copy: the moment it shows and the size it was drawn for;
     * {@code kept}: the picture belongs to {@link DrawingRasters} and is never drawn into again.
     */
    record Frame(BufferedImage image, Target target, long time, boolean kept) {
        Frame(BufferedImage image, Target target, long time) {
            this(image, target, time, false);
        }
    }

    private final JComponent host;
    private final Illustration illustration;
    private final MotionPresenter presenter;
    private final MotionPlayback playback;
    private final Box box;
    /** Pictures of the drawing drawn ahead, off the event thread; null: none. */
    private final DrawingRasters rasters;
    /** Event thread only: the slot whose size {@link DrawingRasters#remember} is told; null: none. */
    private String slot;

    /** The newest frame drawn and not yet painted (taken by the event thread). */
    private final AtomicReference<Frame> ready = new AtomicReference<>();
    /** Images the screen no longer shows, drawn into again (at most three exist at a time). */
    private final ConcurrentLinkedQueue<BufferedImage> spare = new ConcurrentLinkedQueue<>();
    /** Event thread only: the frame on screen. */
    private Frame shown;
    /** Event thread only. */
    private boolean playing;
    /** Bumped at each start and stop: a frame task of an older run does nothing. */
    private volatile int run;
    private volatile long startedAt;
    /**
     * False until the screen has taken the first frame: until then the movement stays at its
     * start (moment 0), so a slow first paint (a busy start, the crossfade's first picture) never
     * makes the drawing appear mid-movement; the clock starts with the first frame on screen.
     */
    private volatile boolean clockRunning;
    private volatile Target target;
    /** Frame thread only: what the last frame drawn showed, so a frame equal to it is not drawn again. */
    private long lastTime = -1;
    private Target lastTarget;
    private int lastRun;
    private ScheduledFuture<?> next;

    // For tests and benchmarks: how many frames were drawn and painted, and on which thread.
    private final AtomicInteger drawn = new AtomicInteger();
    private final AtomicInteger painted = new AtomicInteger();
    /** Paints that put the drawing on screen (a still picture, or a frame of a moving one); not the empty ones. */
    private final AtomicInteger pictures = new AtomicInteger();
    private volatile String drawnOn = "";
    /** The moment the first frame of this run showed (-1: none yet). */
    private volatile long firstShown = -1;

    /**
     * Starts playing when {@code host} shows and stops when it no longer does; {@code host}'s
     * paintComponent calls {@link #paint(Graphics2D)}.
     */
    public MotionPlayer(JComponent host, Illustration illustration, MotionPlayback playback, Box box) {
        this.host = host;
        this.illustration = illustration;
        this.playback = playback;
        this.presenter = playback.presenterFor(illustration);
        this.box = box;
        this.rasters = playback.rasters();
        if (presenter.plays()) {
            host.addHierarchyListener(e -> {
                if ((e.getChangeFlags() & HierarchyEvent.SHOWING_CHANGED) != 0) {
                    follow();
                }
            });
            host.addComponentListener(new ComponentAdapter() {
                @Override
                public void componentResized(ComponentEvent e) {
                    if (playing) {
                        retarget();
                    }
                }
            });
        }
    }

    /** The timing rules this player follows. */
    public MotionPresenter presenter() {
        return presenter;
    }

    /** True while frames are being drawn (the drawing moves and is on screen). */
    public boolean isPlaying() {
        return playing;
    }

    /** Starts or stops after the host appeared or went (event thread); the host calls it from removeNotify too. */
    public void follow() {
        if (host.isShowing()) {
            start();
        } else {
            stop();
        }
    }

    /** Starts at the movement's beginning (event thread). Does nothing for a drawing that does not play. */
    void start() {
        Edt.assertEdt();
        if (playing || !presenter.plays()) {
            return;
        }
        playing = true;
        firstShown = -1;
        clockRunning = false;
        startedAt = playback.clock().getAsLong();
        int r = ++run;
        target = targetFor(host.getWidth(), host.getHeight());
        schedule(r, 0);
    }

    /** Stops drawing and lets the frames go (event thread). */
    public void stop() {
        Edt.assertEdt();
        if (!playing) {
            return;
        }
        playing = false;
        run++;
        synchronized (this) {
            if (next != null) {
                next.cancel(false);
                next = null;
            }
        }
        ready.set(null);
        shown = null;
        spare.clear();
    }

    /** The host was resized: frames are drawn at the new size from now on, the next one at once. */
    private void retarget() {
        Target t = targetFor(host.getWidth(), host.getHeight());
        if (!t.equals(target)) {
            target = t;
            int r = run;
            synchronized (this) {
                if (next != null) {
                    next.cancel(false);
                }
            }
            schedule(r, 0);
        }
    }

    private void schedule(int r, long delay) {
        synchronized (this) {
            if (r != run) {
                return;
            }
            try {
                next = playback.frames().schedule(() -> frame(r), delay, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException closing) {
                next = null; // the kiosk is closing: no more frames
            }
        }
    }

    /**
     * On the frame thread: draws the frame due now, unless it shows what the last one showed, or
     * the screen has not painted the last one yet (then this one is dropped, not queued, and the
     * next look is one frame later); then waits for the next.
     */
    private void frame(int r) {
        if (r != run) {
            return;
        }
        if (r != lastRun) {
            lastRun = r;
            lastTime = -1;
            lastTarget = null;
        }
        Target t = target;
        OptionalLong time = presenter.timeAt(elapsed());
        boolean dropped = false;
        if (time.isPresent() && t != null && t.width() > 0 && t.height() > 0
                && (time.getAsLong() != lastTime || !t.equals(lastTarget))) {
            Frame waiting = ready.get();
            if (waiting != null && waiting.target().equals(t)) {
                dropped = true;
            } else {
                draw(t, time.getAsLong());
            }
        }
        long delay = presenter.delayToNextFrame(elapsed());
        schedule(r, dropped ? Math.min(delay, MotionPresenter.FRAME_MILLIS) : delay);
    }

    /** Milliseconds since the first frame reached the screen (0 before it did). */
    private long elapsed() {
        return clockRunning ? playback.clock().getAsLong() - startedAt : 0;
    }

    /** Draws the drawing at {@code time} into an image of the target's size and offers it to the screen. */
    Frame draw(Target t, long time) {
        java.util.Optional<BufferedImage> kept = rasters == null ? java.util.Optional.empty()
                : rasters.get(illustration, t, time);
        if (kept.isPresent()) { // drawn ahead (the movement's start): offered as it is, never drawn into
            return offer(new Frame(kept.get(), t, time, true));
        }
        BufferedImage image = spareImage(t.width(), t.height());
        Graphics2D g = image.createGraphics();
        try {
            g.setComposite(AlphaComposite.Clear);
            g.fillRect(0, 0, t.width(), t.height());
            g.setComposite(AlphaComposite.SrcOver);
            illustration.paint(g, t.drawing(), time);
        } finally {
            g.dispose();
        }
        return offer(new Frame(image, t, time));
    }

    private Frame offer(Frame f) {
        Target t = f.target();
        lastTime = f.time();
        lastTarget = t;
        drawn.incrementAndGet();
        drawnOn = Thread.currentThread().getName();
        Frame dropped = ready.getAndSet(f);
        if (dropped != null && !dropped.kept()) {
            spare.offer(dropped.image());
        }
        host.repaint(t.x(), t.y(), t.width(), t.height()); // thread-safe: it only asks the event thread
        return f;
    }

    private BufferedImage spareImage(int w, int h) {
        BufferedImage img;
        while ((img = spare.poll()) != null) {
            if (img.getWidth() == w && img.getHeight() == h) {
                return img;
            }
        }
        return new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
    }

    /**
     * Paints the drawing for the host's paintComponent (event thread): the newest frame while it
     * plays (nothing until the first frame is ready, a few milliseconds, hidden by the crossfade);
     * the still picture, painted directly as always, when it does not play or the host is off screen
     * (screenshots, crossfade snapshots made without a window).
     */
    public void paint(Graphics2D g) {
        if (slot != null && rasters != null) {
            rasters.remember(slot, host.getWidth(), host.getHeight());
        }
        if (!playing) {
            paintStill(g);
            pictures.incrementAndGet();
            return;
        }
        Frame f = ready.getAndSet(null);
        if (f == null && shown == null) {
            f = keptStart();
        }
        if (f != null) {
            if (shown != null) {
                if (!shown.kept()) {
                    spare.offer(shown.image());
                }
            } else {
                firstShown = f.time();
                if (!clockRunning) {
                    startedAt = playback.clock().getAsLong();
                    clockRunning = true;
                }
            }
            shown = f;
            painted.incrementAndGet();
        }
        if (shown == null) {
            return;
        }
        pictures.incrementAndGet();
        Target now = target;
        Target t = shown.target();
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            if (t.equals(now)) {
                g2.drawImage(shown.image(), t.x(), t.y(), null);
            } else { // resized: the last frame stretched for a moment, until one at the new size is ready
                g2.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g2.drawImage(shown.image(), now.x(), now.y(), now.width(), now.height(), null);
            }
        } finally {
            g2.dispose();
        }
    }

    /**
     * The still picture: copied from its picture drawn ahead when there is one of this size (and
     * the graphics only moves, as on screen), else drawn here, and its picture asked for next time.
     */
    private void paintStill(Graphics2D g) {
        if (rasters != null && (g.getTransform().getType() & ~AffineTransform.TYPE_TRANSLATION) == 0) {
            Target t = targetFor(host.getWidth(), host.getHeight());
            java.util.Optional<BufferedImage> kept = rasters.get(illustration, t, DrawingRasters.STILL);
            if (kept.isPresent()) {
                g.drawImage(kept.get(), t.x(), t.y(), null);
                return;
            }
            rasters.prepare(illustration, t, DrawingRasters.STILL);
        }
        illustration.paint(g, box.in(host.getWidth(), host.getHeight()));
    }

    /** The movement's first frame at the size on screen, if it was drawn ahead: shown at once, no blank first paint. */
    private Frame keptStart() {
        if (rasters == null) {
            return null;
        }
        if (!targetFor(host.getWidth(), host.getHeight()).equals(target)) {
            retarget(); // laid out, but the resize event is still on its way: this paint is at the new size
        }
        Target t = target;
        long time = presenter.timeAt(0).orElse(0);
        return rasters.get(illustration, t, time).map(img -> new Frame(img, t, time, true)).orElse(null);
    }

    /**
     * Tells {@link DrawingRasters} the host's size under {@code slot} at each paint, so the drawings
     * of the next screen like this one can be drawn ahead at the right size (event thread).
     */
    public void rememberSizeAs(String slot) {
        this.slot = slot;
    }

    /** The whole pixels the drawing covers in a host of this size, and the fitted drawing inside them. */
    Target targetFor(int width, int height) {
        return target(illustration, box.in(width, height));
    }

    /** Where the drawing goes in a host of {@code width} x {@code height} that it fills (no insets). */
    static Target target(Illustration illustration, int width, int height) {
        return target(illustration, new Rectangle2D.Double(0, 0, width, height));
    }

    static Target target(Illustration illustration, Rectangle2D box) {
        Rectangle2D fit = Illustration.fit(box, illustration.aspectRatio());
        int x0 = (int) Math.floor(fit.getX());
        int y0 = (int) Math.floor(fit.getY());
        int x1 = (int) Math.ceil(fit.getMaxX());
        int y1 = (int) Math.ceil(fit.getMaxY());
        return new Target(x0, y0, Math.max(0, x1 - x0), Math.max(0, y1 - y0),
                new Rectangle2D.Double(fit.getX() - x0, fit.getY() - y0, fit.getWidth(), fit.getHeight()));
    }

    /** Frames drawn so far (tests, benchmarks). */
    public int framesDrawn() {
        return drawn.get();
    }

    /** Frames the screen took so far (tests, benchmarks). */
    public int framesPainted() {
        return painted.get();
    }

    /**
     * Paints so far that showed the drawing (tests, benchmarks): a moving drawing's paints before its
     * first frame is ready show nothing and do not count.
     */
    public int picturesPainted() {
        return pictures.get();
    }

    /** The thread the last frame was drawn on (tests: never the event thread). */
    public String drawnOn() {
        return drawnOn;
    }

    /** The moment the first frame painted since the drawing appeared showed, if one was (tests: 0, no jump). */
    public OptionalLong firstTimeShown() {
        long t = firstShown;
        return t < 0 ? OptionalLong.empty() : OptionalLong.of(t);
    }

    /** The moment of the movement on screen now, if a frame is (tests). */
    public OptionalLong timeShown() {
        Frame f = shown;
        return f == null ? OptionalLong.empty() : OptionalLong.of(f.time());
    }
}
