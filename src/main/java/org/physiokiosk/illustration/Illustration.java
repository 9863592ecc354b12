package org.physiokiosk.illustration;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.renderer.NullPlatformSupport;
import com.github.weisj.jsvg.renderer.animation.AnimationState;
import com.github.weisj.jsvg.renderer.output.Output;
import com.github.weisj.jsvg.view.ViewBox;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * A drawing ready to paint at any size on any {@link Graphics2D}: the screen, or a PDF page
 * through a Graphics2D that writes PDF, where an SVG stays vector. A vector SVG, a photo,
 * or a neutral placeholder.
 */
public sealed interface Illustration {

    /** Paints centred in {@code box}, keeping the aspect ratio. */
    void paint(Graphics2D g, Rectangle2D box);

    /** Width over height, for layouts that want to keep it. */
    double aspectRatio();

    /** Whether the drawing moves (an SVG with SMIL animation); a still drawing does not. */
    default boolean moves() {
        return false;
    }

    /** One loop of the movement in milliseconds; 0 for a still drawing. */
    default long loopMillis() {
        return 0;
    }

    /**
     * The moments of the loop worth printing, in milliseconds: the start position first, then the
     * end position (and any other held position). A still drawing has one, at 0.
     */
    default List<Long> keyPoses() {
        return List.of(0L);
    }

    /**
     * Paints the drawing as it is {@code millis} into its loop (any value: it is taken modulo the
     * loop, so the loop's end is its start). A still drawing is the same at every time.
     */
    default void paint(Graphics2D g, Rectangle2D box, long millis) {
        paint(g, box);
    }


    /**
     * Paints the still picture for a PDF page (for a moving SVG its end position, as on screen); a
     * handout shows a moving drawing's key poses with {@link #paint(Graphics2D, Rectangle2D, long)}.
     */
    default void paintForPrint(Graphics2D g, Rectangle2D box) {
        paint(g, box);
    }

    /**
     * An SVG drawn as vectors, so it is crisp on any screen; it may move ({@link SvgMotion}). Its
     * still picture ({@link #paint(Graphics2D, Rectangle2D)}) is the end position of the movement.
     */
    record Svg(SVGDocument document, SvgMotion motion) implements Illustration {

        /** A drawing that does not move. */
        public Svg(SVGDocument document) {
            this(document, SvgMotion.STILL);
        }

        public Svg {
            if (motion.moves() && !document.isAnimated()) {
                motion = SvgMotion.STILL;
            }
        }

        @Override
        public void paint(Graphics2D g, Rectangle2D box) {
            if (moves()) {
                paint(g, box, motion.stillPose());
            } else {
                draw(g, box, null);
            }
        }

        @Override
        public void paint(Graphics2D g, Rectangle2D box, long millis) {
            draw(g, box, moves() ? new AnimationState(0, Math.floorMod(millis, motion.loopMillis())) : null);
        }

        private void draw(Graphics2D g, Rectangle2D box, AnimationState at) {
            Graphics2D g2 = (Graphics2D) g.create();
            try {
                g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
                Rectangle2D fit = fit(box, aspectRatio());
                ViewBox view = new ViewBox((float) fit.getX(), (float) fit.getY(),
                        (float) fit.getWidth(), (float) fit.getHeight());
                if (at == null) {
                    document.render(null, g2, view);
                } else {
                    // Output.createForGraphics makes its own copy of g2, and the render that takes an Output
                    // leaves disposing it to us. Left undisposed, its "q" is never closed, and once the copy
                    // is garbage-collected Graphics.finalize() disposes it: on a PDF graphics that writes "Q"
                    // after the drawing's stream was closed, damaging the file (HandoutPdfSyntaxTest).
                    Output out = Output.createForGraphics(g2);
                    try {
                        document.renderWithPlatform(NullPlatformSupport.INSTANCE, out, view, at);
                    } finally {
                        out.dispose();
                    }
                }
            } finally {
                g2.dispose();
            }
        }

        @Override
        public boolean moves() {
            return motion.moves();
        }

        @Override
        public long loopMillis() {
            return motion.loopMillis();
        }

        @Override
        public List<Long> keyPoses() {
            return motion.keyPoses();
        }

        @Override
        public double aspectRatio() {
            var size = document.size();
            return size.height > 0 ? size.width / size.height : 4.0 / 3.0;
        }
    }

    /** A PNG or JPEG, already scaled down to a sensible size when it was loaded. */
    record Raster(BufferedImage image) implements Illustration {

        /** The same photo at most {@code maxSide} pixels on its long side (e.g. print resolution). */
        public Raster scaledTo(int maxSide) {
            int w = image.getWidth();
            int h = image.getHeight();
            if (Math.max(w, h) <= maxSide) {
                return this;
            }
            double f = maxSide / (double) Math.max(w, h);
            int nw = Math.max(1, (int) Math.round(w * f));
            int nh = Math.max(1, (int) Math.round(h * f));
            BufferedImage scaled = new BufferedImage(nw, nh,
                    image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
            Graphics2D g = scaled.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
                g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
                g.drawImage(image, 0, 0, nw, nh, null);
            } finally {
                g.dispose();
            }
            return new Raster(scaled);
        }
        @Override
        public void paint(Graphics2D g, Rectangle2D box) {
            Graphics2D g2 = (Graphics2D) g.create();
            try {
                g2.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
                g2.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
                Rectangle2D fit = fit(box, aspectRatio());
                g2.drawImage(image, (int) Math.round(fit.getX()), (int) Math.round(fit.getY()),
                        (int) Math.round(fit.getWidth()), (int) Math.round(fit.getHeight()), null);
            } finally {
                g2.dispose();
            }
        }

        @Override
        public double aspectRatio() {
            return (double) image.getWidth() / Math.max(1, image.getHeight());
        }
    }

    /**
     * Shown when a drawing is missing or cannot be read: a calm picture frame, never an error.
     *
     * @param reason why, for logs and staff (never painted for patients)
     */
    record Placeholder(String reason) implements Illustration {
        /** The light neutral of the palette, a little darker so the frame reads on white. */
        static final Color INK = new Color(0xD9D3C7);

        @Override
        public void paint(Graphics2D g, Rectangle2D box) {
            Graphics2D g2 = (Graphics2D) g.create();
            try {
                g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                Rectangle2D r = fit(box, aspectRatio());
                double s = Math.min(r.getWidth(), r.getHeight());
                g2.setColor(INK);
                g2.setStroke(new BasicStroke((float) (s * 0.03), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                double w = s * 0.7;
                double h = s * 0.52;
                double x = r.getCenterX() - w / 2;
                double y = r.getCenterY() - h / 2;
                g2.draw(new RoundRectangle2D.Double(x, y, w, h, s * 0.08, s * 0.08));
                g2.fill(new Ellipse2D.Double(x + w * 0.66, y + h * 0.16, s * 0.11, s * 0.11));
                Path2D hills = new Path2D.Double();
                hills.moveTo(x + w * 0.08, y + h * 0.86);
                hills.lineTo(x + w * 0.36, y + h * 0.44);
                hills.lineTo(x + w * 0.56, y + h * 0.70);
                hills.lineTo(x + w * 0.70, y + h * 0.54);
                hills.lineTo(x + w * 0.92, y + h * 0.86);
                hills.closePath();
                g2.fill(hills);
            } finally {
                g2.dispose();
            }
        }

        @Override
        public double aspectRatio() {
            return 4.0 / 3.0;
        }
    }

    /** The largest rectangle of the given aspect ratio centred in {@code box}. */
    static Rectangle2D fit(Rectangle2D box, double aspect) {
        double w = box.getWidth();
        double h = w / aspect;
        if (h > box.getHeight()) {
            h = box.getHeight();
            w = h * aspect;
        }
        return new Rectangle2D.Double(box.getCenterX() - w / 2, box.getCenterY() - h / 2, w, h);
    }
}
