package org.physiokiosk.ui.illustration;

import java.awt.AlphaComposite;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.physiokiosk.illustration.Illustration;

/**
 * Drawings as pictures of the exact size they are shown at, drawn once off the event thread, so a
 * screen that shows them (the plan preview's cards, the symptom tiles, each frame of a crossfade)
 * copies an image instead of drawing the SVG again on the event thread. The picker asks for the
 * plan's drawings while the patient picks ({@link #prepare}), at the size the cards had last time
 * ({@link #remember}); a size never seen is drawn on the event thread once, as before, and kept.
 *
 * <p>Thread-safe. At most {@link #budgetPixels()} pixels are kept; the least recently used go
 * first. Images handed out are never drawn into again.
 */
public final class DrawingRasters {

    /** The time of a still picture (a drawing that does not move, or motion off). */
    public static final long STILL = Long.MIN_VALUE;

    /** One picture: the drawing, where it lies in its host (whole pixels and the fitted drawing), its moment. */
    record Key(Illustration illustration, MotionPlayer.Target target, long time) {
    }

    private final Executor executor;
    private final long budgetPixels;
    private final Map<Key, BufferedImage> images = new LinkedHashMap<>(64, 0.75f, true);
    private final Set<Key> pending = ConcurrentHashMap.newKeySet();
    private final Map<String, Dimension> sizes = new ConcurrentHashMap<>();
    private long pixels;

    /**
     * @param executor     where pictures are drawn ahead (the kiosk's frame thread); never the event thread
     * @param budgetPixels how many pixels may be kept in all (4 bytes each)
     */
    public DrawingRasters(Executor executor, long budgetPixels) {
        this.executor = executor;
        this.budgetPixels = budgetPixels;
    }

    public long budgetPixels() {
        return budgetPixels;
    }

    /** The picture of {@code illustration} at {@code time} for this target, if it was drawn. */
    Optional<BufferedImage> get(Illustration illustration, MotionPlayer.Target target, long time) {
        synchronized (images) {
            return Optional.ofNullable(images.get(new Key(illustration, target, time)));
        }
    }

    /**
     * The picture of {@code illustration} for a host of {@code width} x {@code height} (the drawing
     * fitted inside, keeping its proportions), if it was drawn.
     */
    public Optional<BufferedImage> get(Illustration illustration, int width, int height, long time) {
        return get(illustration, MotionPlayer.target(illustration, width, height), time);
    }

    /** Draws the picture on the executor, unless it is kept or on its way already. */
    public void prepare(Illustration illustration, int width, int height, long time) {
        prepare(illustration, MotionPlayer.target(illustration, width, height), time);
    }

    void prepare(Illustration illustration, MotionPlayer.Target target, long time) {
        if (target.width() <= 0 || target.height() <= 0) {
            return;
        }
        Key key = new Key(illustration, target, time);
        synchronized (images) {
            if (images.containsKey(key)) {
                return;
            }
        }
        if (!pending.add(key)) {
            return;
        }
        try {
            executor.execute(() -> {
                try {
                    put(key, draw(illustration, target, time));
                } finally {
                    pending.remove(key);
                }
            });
        } catch (RejectedExecutionException closing) {
            pending.remove(key); // the kiosk is closing
        }
    }

    /** Draws the picture here (any thread but the event thread's painting: that is what this class saves). */
    static BufferedImage draw(Illustration illustration, MotionPlayer.Target target, long time) {
        BufferedImage image = new BufferedImage(target.width(), target.height(), BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        try {
            g.setComposite(AlphaComposite.SrcOver);
            if (time == STILL) {
                illustration.paint(g, target.drawing());
            } else {
                illustration.paint(g, target.drawing(), time);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private void put(Key key, BufferedImage image) {
        long size = (long) image.getWidth() * image.getHeight();
        if (size > budgetPixels) {
            return;
        }
        synchronized (images) {
            BufferedImage old = images.put(key, image);
            pixels += size - (old == null ? 0 : (long) old.getWidth() * old.getHeight());
            Iterator<Map.Entry<Key, BufferedImage>> eldest = images.entrySet().iterator();
            while (pixels > budgetPixels && eldest.hasNext()) {
                BufferedImage gone = eldest.next().getValue();
                pixels -= (long) gone.getWidth() * gone.getHeight();
                eldest.remove();
            }
        }
    }

    /** Forgets every picture and size (the screen changed size: none of them fits any more). */
    public void clear() {
        synchronized (images) {
            images.clear();
            pixels = 0;
        }
        sizes.clear();
    }

    /** How many pictures are kept (tests). */
    public int size() {
        synchronized (images) {
            return images.size();
        }
    }

    /** Notes that drawings in {@code slot} (e.g. a plan card on a 2x3 grid) were {@code width} x {@code height}. */
    public void remember(String slot, int width, int height) {
        if (width > 0 && height > 0) {
            sizes.put(slot, new Dimension(width, height));
        }
    }

    /** The size drawings in {@code slot} had last time, if they were shown. */
    public Optional<Dimension> size(String slot) {
        return Optional.ofNullable(sizes.get(slot)).map(Dimension::new);
    }
}
