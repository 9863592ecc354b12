package org.physiokiosk.bench;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Component;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.content.Slide;
import org.physiokiosk.content.SlideLibrary;
import org.physiokiosk.illustration.Illustration;
import org.physiokiosk.illustration.IllustrationLoader;
import org.physiokiosk.ui.Texts;
import org.physiokiosk.ui.slides.SlideView;
import org.physiokiosk.ui.slides.SlideViews;
import org.physiokiosk.ui.theme.KioskTheme;

/**
 * The cost of one frame of a moving drawing on the technique slide (issue 16, part 5; targets:
 * p95 at most 16 ms at 1920x1080 and 33 ms at 3840x2160), for the chin tuck from the shipped
 * media, its card laid out as the loop lays it out at that screen size:
 * <ul>
 *   <li>{@code playerFrame}: what {@code ui.illustration.MotionPlayer} does per frame: draw the
 *       drawing at the next moment (33 ms on) into its cached image of the card's exact size
 *       (frame thread), then the event thread's part, the card's background in the drawing's box
 *       and the copy of the image onto a screen-sized back buffer.
 *   <li>{@code eventThreadCopy}: the event thread's part of it alone (what it costs the screen).
 *   <li>{@code directPaint}: for comparison, the same frame painted straight onto the back buffer
 *       (what painting on the event thread without a cache would cost it).
 * </ul>
 * Run with {@code mvn -B -Pbench -DskipTests test -Dbench.filter=MotionFrameBenchmark}; the
 * percentiles (p0.50, p0.95) are in the "Sample" lines.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MotionFrameBenchmark {

    @Param({"1920x1080", "3840x2160"})
    public String screen;

    private Illustration drawing;
    private BufferedImage backBuffer;
    private BufferedImage frame;
    private int x;
    private int y;
    private Rectangle2D inFrame;
    private Rectangle2D onScreen;
    private final Color surface = new Color(0xFFFFFF);
    private long time;

    @Setup(Level.Trial)
    public void setUp() {
        KioskTheme.install();
        int w = Integer.parseInt(screen.substring(0, screen.indexOf('x')));
        int h = Integer.parseInt(screen.substring(screen.indexOf('x') + 1));
        SlideLibrary library = ContentLoader.load(Path.of("media"));
        Slide chinTuck = library.loopSlides().stream().filter(s -> s.id().equals("technique-chin-tuck")).findFirst()
                .orElseThrow();
        IllustrationLoader loader = new IllustrationLoader();
        SlideView view = new SlideViews(library.illustrationsDir(), loader, new Texts(Locale.ENGLISH), "Clinic")
                .create(chinTuck);
        view.layoutAt(w, Math.round(h * 0.925f)); // the loop's progress strip takes the rest
        Component card = view.getComponent(0);
        double pad = Math.min(card.getWidth(), card.getHeight()) * 0.06;
        drawing = loader.load(library.illustrationsDir().resolve("chin-tuck.svg"));
        if (!drawing.moves()) {
            throw new IllegalStateException("chin-tuck.svg should move");
        }
        Rectangle2D fit = Illustration.fit(new Rectangle2D.Double(card.getX() + pad, card.getY() + pad,
                card.getWidth() - 2 * pad, card.getHeight() - 2 * pad), drawing.aspectRatio());
        x = (int) Math.floor(fit.getX());
        y = (int) Math.floor(fit.getY());
        int fw = (int) Math.ceil(fit.getMaxX()) - x;
        int fh = (int) Math.ceil(fit.getMaxY()) - y;
        frame = new BufferedImage(fw, fh, BufferedImage.TYPE_INT_ARGB_PRE);
        inFrame = new Rectangle2D.Double(fit.getX() - x, fit.getY() - y, fit.getWidth(), fit.getHeight());
        onScreen = fit;
        backBuffer = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        System.out.printf("%n%s: the drawing is %d x %d pixels on screen%n", screen, fw, fh);
        playerFrame(); // a frame in the cache for eventThreadCopy
    }

    @Benchmark
    public BufferedImage playerFrame() {
        time = (time + 33) % drawing.loopMillis();
        Graphics2D g = frame.createGraphics(); // frame thread: draw into the cached image
        try {
            g.setComposite(AlphaComposite.Clear);
            g.fillRect(0, 0, frame.getWidth(), frame.getHeight());
            g.setComposite(AlphaComposite.SrcOver);
            drawing.paint(g, inFrame, time);
        } finally {
            g.dispose();
        }
        Graphics2D s = backBuffer.createGraphics(); // event thread: background of the box, then the copy
        try {
            s.setClip(x, y, frame.getWidth(), frame.getHeight());
            s.setColor(surface);
            s.fillRect(x, y, frame.getWidth(), frame.getHeight());
            s.drawImage(frame, x, y, null);
        } finally {
            s.dispose();
        }
        return backBuffer;
    }

    /** The event thread's share of {@code playerFrame}: the box's background and the copy of a ready frame. */
    @Benchmark
    public BufferedImage eventThreadCopy() {
        Graphics2D s = backBuffer.createGraphics();
        try {
            s.setClip(x, y, frame.getWidth(), frame.getHeight());
            s.setColor(surface);
            s.fillRect(x, y, frame.getWidth(), frame.getHeight());
            s.drawImage(frame, x, y, null);
        } finally {
            s.dispose();
        }
        return backBuffer;
    }

    @Benchmark
    public BufferedImage directPaint() {
        time = (time + 33) % drawing.loopMillis();
        Graphics2D s = backBuffer.createGraphics();
        try {
            s.setClip(x, y, frame.getWidth(), frame.getHeight());
            s.setColor(surface);
            s.fillRect(x, y, frame.getWidth(), frame.getHeight());
            drawing.paint(s, onScreen, time);
        } finally {
            s.dispose();
        }
        return backBuffer;
    }
}
