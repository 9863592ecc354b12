package org.physiokiosk.bench;

import java.awt.AWTEvent;
import java.awt.Component;
import java.awt.Container;
import java.awt.Frame;
import java.awt.Point;
import java.awt.Robot;
import java.awt.Toolkit;
import java.awt.event.InputEvent;
import java.awt.event.MouseEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javax.swing.AbstractButton;
import javax.swing.JLayer;
import javax.swing.RepaintManager;
import javax.swing.SwingUtilities;
import org.physiokiosk.ui.illustration.IllustrationView;

/**
 * Touch latency of the real kiosk (issue 17, part 5): the kiosk's own {@code KioskApp.main} runs in
 * this process on a real display (Xvfb), and for each interaction a real mouse press and release is
 * posted with {@link Robot} at the middle of the component a patient would touch.
 * <p>
 * Start: {@link System#nanoTime()} when the MOUSE_RELEASED event is dispatched (an AWTEventListener,
 * called before the component handles it; buttons act on release).
 * <br>First frame: the end of the first Swing paint pass ({@link RepaintManager#paintDirtyRegions()},
 * followed by {@link Toolkit#sync()}) after which the answer is on screen: a new "picker" panel, the
 * touched tile in its new state, a new "preview" panel with its cards and drawings, a new picker in the
 * other language, a new picker with the larger text.
 * <br>Settled: the end of the first paint pass after that at which no crossfade ({@code ui.Fader}) still
 * lays the old picture over the answer (the screen change fades for 180 ms by design).
 * <p>
 * Usage (see bench/touch-latency.sh): {@code java ... TouchLatency CONFIG [N] [WARMUP]}.
 */
public final class TouchLatency {

    private static final long TIMEOUT_MS = 10_000;

    /** The paint probe: notes every paint pass and checks the awaited answer after it. */
    static final class Probe extends RepaintManager {
        volatile long releasedAt;
        BooleanSupplier answer;        // EDT only
        BooleanSupplier settled;       // EDT only
        long firstAt;
        CompletableFuture<long[]> done;

        @Override
        public void paintDirtyRegions() {
            long start = System.nanoTime();
            super.paintDirtyRegions();
            if (done == null || releasedAt == 0) {
                return;
            }
            trace.note(start, System.nanoTime(), "paint");
            if (firstAt == 0 && answer.getAsBoolean()) {
                Toolkit.getDefaultToolkit().sync();
                firstAt = System.nanoTime();
            }
            if (firstAt != 0 && settled.getAsBoolean()) {
                Toolkit.getDefaultToolkit().sync();
                long now = System.nanoTime();
                CompletableFuture<long[]> d = done;
                done = null;
                d.complete(new long[] {firstAt - releasedAt, now - releasedAt});
            }
        }
    }

    private final Probe probe = new Probe();
    /** With -Dtouch.trace=FILE: what the event thread did between each release and its answer. */
    static final Trace trace = new Trace(System.getProperty("touch.trace", ""));

    /** Notes each event the event thread dispatched while an answer is awaited (start and length). */
    static final class Trace extends java.awt.EventQueue {
        private final String file;
        private final StringBuilder lines = new StringBuilder();
        private final StringBuilder current = new StringBuilder();
        volatile long since;

        Trace(String file) {
            this.file = file;
        }

        boolean on() {
            return !file.isEmpty();
        }

        @Override
        protected void dispatchEvent(AWTEvent event) {
            long start = System.nanoTime();
            super.dispatchEvent(event);
            if (since != 0) {
                String what = event.getClass().getSimpleName() + (event instanceof java.awt.event.InvocationEvent ie
                        ? "" : ":" + event.getID());
                note(start, System.nanoTime(), what);
            }
        }

        synchronized void note(long start, long end, String what) {
            if (since != 0 && on()) {
                current.append(String.format(" %s@%.1f+%.1f", what, (start - since) / 1e6, (end - start) / 1e6));
            }
        }

        synchronized void end(String label, long[] t) {
            if (on()) {
                lines.append(String.format("%-24s first %6.1f settled %6.1f |%s%n", label, t[0] / 1e6, t[1] / 1e6,
                        current));
            }
            current.setLength(0);
            since = 0;
        }

        synchronized void write() throws java.io.IOException {
            if (on()) {
                java.nio.file.Files.writeString(java.nio.file.Path.of(file), lines);
            }
        }
    }
    private final Robot robot;
    private Frame frame;

    private TouchLatency() throws Exception {
        robot = new Robot();
        robot.setAutoDelay(0);
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: TouchLatency CONFIG [N] [WARMUP]");
            System.exit(2);
        }
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        try {
            new TouchLatency().run(args[0], n, warmup);
        } catch (Exception | Error e) {
            e.printStackTrace(); // the window's threads would keep the process alive: end it
            System.exit(1);
        }
        System.exit(0);
    }

    private void run(String config, int n, int warmup) throws Exception {
        SwingUtilities.invokeAndWait(() -> RepaintManager.setCurrentManager(probe));
        if (trace.on()) {
            Toolkit.getDefaultToolkit().getSystemEventQueue().push(trace);
        }
        Toolkit.getDefaultToolkit().addAWTEventListener(e -> {
            if (e.getID() == MouseEvent.MOUSE_RELEASED && probe.releasedAt == 0) {
                probe.releasedAt = System.nanoTime();
                trace.since = probe.releasedAt;
            }
        }, AWTEvent.MOUSE_EVENT_MASK);
        org.physiokiosk.app.KioskApp.main(new String[] {"--config", config});
        frame = waitFrame();
        waitFor("the attract loop", () -> showing("attract-stage") != null, 60_000);
        Thread.sleep(2000);

        Map<String, List<long[]>> results = new LinkedHashMap<>();
        for (String name : List.of("loop -> picker", "tile toggle", "A+ (larger text)", "language switch",
                "Next -> preview")) {
            results.put(name, new ArrayList<>());
        }
        for (int i = 0; i < warmup + n; i++) {
            boolean keep = i >= warmup;
            // loop -> picker
            record(results, "loop -> picker", keep, touch("attract-stage", newInstance("picker")));
            // tile toggle, twice (on, off), then on for Next
            for (int t = 0; t < 3; t++) {
                boolean was = selected("symptom-stress");
                record(results, "tile toggle", keep && t < 2,
                        touch("symptom-stress", () -> isSelected("symptom-stress") == !was));
            }
            // A+ three times: 1 -> 1.3 -> 1.6 -> 1
            for (int z = 0; z < 3; z++) {
                record(results, "A+ (larger text)", keep, touch("text-larger", newInstance("picker")));
            }
            // language switch there and back
            record(results, "language switch", keep, touch("language-es", newInstance("picker")));
            record(results, "language switch", keep, touch("language-en", newInstance("picker")));
            if (!isSelected("symptom-stress")) {
                touch("symptom-stress", () -> isSelected("symptom-stress"));
            }
            record(results, "Next -> preview", keep, touch("pick-next", () -> {
                Component p = find("preview");
                return p != null && p != before && p.isShowing() && hasCardsWithDrawings(p);
            }));
            String shots = System.getProperty("touch.shots", "");
            if (!shots.isEmpty() && i == warmup + n - 1) { // to look at: the preview as the last round left it
                Thread.sleep(600);
                java.awt.Rectangle screen = new java.awt.Rectangle(Toolkit.getDefaultToolkit().getScreenSize());
                javax.imageio.ImageIO.write(robot.createScreenCapture(screen), "png", new java.io.File(shots,
                        "preview-" + screen.width + "x" + screen.height + ".png"));
            }
            touch("preview-back", newInstance("picker"));
            touch("pick-cancel", () -> showing("attract-stage") != null);
            Thread.sleep(1200); // the loop's own fade back in
            if (i == warmup - 1) {
                System.err.println("warm-up done");
            }
        }
        print(results, n);
        trace.write();
    }

    private static boolean hasCardsWithDrawings(Component preview) {
        boolean[] cards = {false};
        boolean[] drawings = {false};
        int[] blank = {0}; // drawings not painted yet (a moving one waits for its first frame)
        walk(preview, c -> {
            if (c.getName() != null && c.getName().startsWith("plan-card-") && c.isShowing()) {
                cards[0] = true;
            }
            if (c instanceof IllustrationView v && c.isShowing() && c.getWidth() > 0) {
                drawings[0] = true;
                if (v.player().picturesPainted() == 0) {
                    blank[0]++;
                    trace.note(System.nanoTime(), System.nanoTime(), "blank:" + v.getWidth() + "x" + v.getHeight()
                            + ":" + v.player().isPlaying() + ":" + v.player().framesDrawn());
                }
            }
        });
        return cards[0] && drawings[0] && blank[0] == 0;
    }

    private Component before;

    /** Each drawing on screen: its size, whether it plays, frames drawn and painted, paints with a picture. */
    private String drawingStates() {
        StringBuilder out = new StringBuilder();
        walk(frame, c -> {
            if (c instanceof IllustrationView v && c.isShowing()) {
                out.append(String.format("%n  %s %dx%d playing=%s drawn=%d painted=%d pictures=%d",
                        v.getAccessibleContext().getAccessibleName(), c.getWidth(), c.getHeight(),
                        v.player().isPlaying(), v.player().framesDrawn(), v.player().framesPainted(),
                        v.player().picturesPainted()));
            }
        });
        return out.toString();
    }

    private BooleanSupplier newInstance(String name) {
        return () -> {
            Component c = showing(name);
            return c != null && c != before;
        };
    }

    private static void record(Map<String, List<long[]>> results, String name, boolean keep, long[] t) {
        if (keep) {
            results.get(name).add(t);
        }
    }

    /** Touches the component named {@code target}; returns {first frame, settled} in ns after the release. */
    private long[] touch(String target, BooleanSupplier answer) throws Exception {
        Point at = onEdt(() -> {
            Component c = showing(target);
            if (c == null) {
                throw new IllegalStateException("not on screen: " + target);
            }
            Point p = c.getLocationOnScreen();
            return new Point(p.x + c.getWidth() / 2, p.y + c.getHeight() / 2);
        });
        robot.mouseMove(at.x, at.y);
        settle();
        Thread.sleep(150);
        CompletableFuture<long[]> done = new CompletableFuture<>();
        SwingUtilities.invokeAndWait(() -> {
            before = answerNameInstance(target);
            probe.answer = answer;
            probe.settled = this::noFadeOver;
            probe.firstAt = 0;
            probe.releasedAt = 0;
            probe.done = done;
        });
        robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
        robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
        try {
            long[] t = done.get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
            trace.end(target, t);
            Thread.sleep(250);
            settle();
            return t;
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("no answer painted within " + TIMEOUT_MS + " ms after touching " + target
                    + "; drawings on screen: " + onEdt(this::drawingStates));
        }
    }

    /**
     * Lets the screen catch up: the event queue has run what was queued before (twice, for what
     * that queued) and X has drawn it. Not {@code Robot.waitForIdle()}: it waits for a queue with
     * nothing in it, which a moving drawing never leaves, and runs were seen stuck in
     * {@code SunToolkit.realSync} for minutes.
     */
    private static void settle() throws Exception {
        for (int i = 0; i < 2; i++) {
            SwingUtilities.invokeAndWait(() -> java.awt.Toolkit.getDefaultToolkit().sync());
        }
    }

    /** The instance of the screen that is on now (so that "a new one" can be told apart). */
    private Component answerNameInstance(String target) {
        Component c = showing("picker");
        return c != null ? c : showing("preview");
    }

    private boolean selected(String name) throws Exception {
        return onEdt(() -> isSelected(name));
    }

    private boolean isSelected(String name) {
        Component c = showing(name);
        return c instanceof AbstractButton b && b.isSelected();
    }

    /** No crossfade still lays an old picture over the screen (ui.Fader keeps it in its field "from"). */
    private boolean noFadeOver() {
        boolean[] fading = {false};
        walk(frame, c -> {
            if (c instanceof JLayer<?> l && l.getUI() != null
                    && l.getUI().getClass().getName().equals("org.physiokiosk.ui.Fader")) {
                try {
                    java.lang.reflect.Field from = l.getUI().getClass().getDeclaredField("from");
                    from.setAccessible(true);
                    if (from.get(l.getUI()) != null) {
                        fading[0] = true;
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        return !fading[0];
    }

    private Component showing(String name) {
        Component[] found = {null};
        walk(frame, c -> {
            if (found[0] == null && name.equals(c.getName()) && c.isShowing()) {
                found[0] = c;
            }
        });
        return found[0];
    }

    private Component find(String name) {
        return showing(name);
    }

    private static void walk(Component c, java.util.function.Consumer<Component> visit) {
        visit.accept(c);
        if (c instanceof Container k) {
            for (Component child : k.getComponents()) {
                walk(child, visit);
            }
        }
    }

    private Frame waitFrame() throws Exception {
        long end = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < end) {
            for (Frame f : Frame.getFrames()) {
                if ("kiosk-frame".equals(f.getName()) && f.isShowing()) {
                    return f;
                }
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the kiosk window did not open within 60 s");
    }

    private void waitFor(String what, BooleanSupplier condition, long millis) throws Exception {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            if (onEdt(condition::getAsBoolean)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("timed out waiting for " + what);
    }

    private static <T> T onEdt(java.util.concurrent.Callable<T> call) throws Exception {
        Object[] out = {null};
        Exception[] err = {null};
        SwingUtilities.invokeAndWait(() -> {
            try {
                out[0] = call.call();
            } catch (Exception e) {
                err[0] = e;
            }
        });
        if (err[0] != null) {
            throw err[0];
        }
        @SuppressWarnings("unchecked")
        T t = (T) out[0];
        return t;
    }

    private static double pct(List<Long> sorted, double p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i))) / 1e6;
    }

    private static void print(Map<String, List<long[]>> results, int n) {
        System.out.printf("Touch -> painted answer, ms (N per row below; target p95 <= 100 ms on the first frame)%n");
        System.out.printf("%-18s %4s | %7s %7s %7s | %9s %9s %9s | %s%n", "interaction", "N", "p50", "p95", "max",
                "settl p50", "settl p95", "settl max", "p95<=100");
        boolean all = true;
        for (Map.Entry<String, List<long[]>> e : results.entrySet()) {
            List<Long> first = e.getValue().stream().map(t -> t[0]).sorted().toList();
            List<Long> settled = e.getValue().stream().map(t -> t[1]).sorted().toList();
            boolean ok = pct(first, 95) <= 100;
            all &= ok;
            System.out.printf("%-18s %4d | %7.1f %7.1f %7.1f | %9.1f %9.1f %9.1f | %s%n", e.getKey(), first.size(),
                    pct(first, 50), pct(first, 95), pct(first, 100), pct(settled, 50), pct(settled, 95),
                    pct(settled, 100), ok ? "yes" : "NO");
        }
        System.out.println(all ? "All interactions: p95 <= 100 ms" : "Target missed: p95 > 100 ms somewhere");
    }
}
