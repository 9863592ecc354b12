package org.physiokiosk.illustration;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.parser.resources.ResourcePolicy;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.MalformedURLException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.physiokiosk.threads.OffEdt;

/**
 * Loads and caches illustrations. Never throws: a missing, empty or broken file becomes a
 * {@link Illustration.Placeholder} and is logged once. Thread-safe (JSVG's loader is not,
 * so each load uses its own), so slides can be preloaded off the event thread.
 */
public final class IllustrationLoader {

    private static final System.Logger LOG = System.getLogger(IllustrationLoader.class.getName());

    /** Photos are scaled down to this many pixels on the long side: plenty for a 4K screen. */
    static final int MAX_RASTER_SIDE = 2400;

    private final Map<Path, Illustration> cache = new ConcurrentHashMap<>();

    static final long MAX_SVG_BYTES = 5L * 1024 * 1024;
    static final long MAX_PHOTO_BYTES = 64L * 1024 * 1024;

    public Illustration load(Path file) {
        return cache.computeIfAbsent(file.toAbsolutePath().normalize(), IllustrationLoader::read);
    }

    private static Illustration read(Path file) {
        OffEdt.check("Reading the picture " + file + "");
        if (!Files.isRegularFile(file)) {
            return placeholder(file, "file not found");
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            long size = Files.size(file);
            if (size == 0) {
                return placeholder(file, "file is empty");
            }
            boolean svg = name.endsWith(".svg");
            // Far above any real drawing or photo; past it, parsing alone could take the kiosk's memory.
            long limit = svg ? MAX_SVG_BYTES : MAX_PHOTO_BYTES;
            if (size > limit) {
                return placeholder(file, "file is larger than " + limit / (1024 * 1024) + " MB");
            }
            return svg ? readSvg(file) : readRaster(file);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            // A neutral placeholder on screen and in the handout; the stack trace goes to the log only.
            LOG.log(Level.WARNING, "Illustration " + file + " cannot be read; showing a placeholder", e);
            return new Illustration.Placeholder("it cannot be read");
        }
    }

    private static Illustration readSvg(Path file) throws MalformedURLException {
        // No external resources at all: a drawing never makes the kiosk read another file or the network.
        SVGDocument doc = new SVGLoader().load(file.toUri().toURL(), LoaderContext.builder()
                .externalResourcePolicy(ResourcePolicy.DENY_ALL).build());
        if (doc == null) {
            return placeholder(file, "not a valid SVG drawing");
        }
        return new Illustration.Svg(doc, motion(file));
    }

    /** The drawing's movement; a file JSVG reads but whose movement cannot be read is shown still. */
    private static SvgMotion motion(Path file) {
        try {
            return SvgMotion.read(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Illustration {0}: its movement cannot be read ({1}); showing it still",
                    file, e.getMessage());
            return SvgMotion.STILL;
        }
    }

    /** Reads with subsampling so a huge photo never needs its full size in memory. */
    private static Illustration readRaster(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                return placeholder(file, "cannot be opened");
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return placeholder(file, "not a PNG or JPEG image");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int w = reader.getWidth(0);
                int h = reader.getHeight(0);
                int step = Math.max(1, (int) Math.ceil(Math.max(w, h) / (double) MAX_RASTER_SIDE));
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(step, step, 0, 0);
                BufferedImage image = reader.read(0, param);
                return new Illustration.Raster(image);
            } finally {
                reader.dispose();
            }
        }
    }

    private static Illustration placeholder(Path file, String reason) {
        LOG.log(Level.WARNING, "Illustration {0}: {1}; showing a placeholder", file, reason);
        return new Illustration.Placeholder(reason);
    }
}
