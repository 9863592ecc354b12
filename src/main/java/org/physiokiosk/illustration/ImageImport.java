package org.physiokiosk.illustration;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * Brings a picture into {@code media/illustrations/}: an SVG is copied as it is (after a check
 * that it is a drawing that runs no script, refers to nothing outside itself and moves only as
 * {@link SvgMotion#problem} allows), a photo larger than the screens need is scaled down first, so a
 * 50-megapixel camera file never slows the kiosk.
 */
public final class ImageImport {

    private ImageImport() {
    }

    /** Copies {@code from} to {@code to}, scaling a large photo down to {@link IllustrationLoader#MAX_RASTER_SIDE}. */
    public static void copy(Path from, Path to) throws IOException {
        String name = from.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".svg")) {
            if (new IllustrationLoader().load(from) instanceof Illustration.Placeholder p) {
                throw new IOException("This SVG file cannot be read as a drawing (" + p.reason() + ").");
            }
            // Checked like anything from a USB stick: no scripts, no links out, a gentle loop.
            var problem = SvgMotion.problem(from);
            if (problem.isPresent()) {
                throw new IOException(problem.get());
            }
            Files.copy(from, to);
            return;
        }
        Illustration loaded = new IllustrationLoader().load(from); // reads with subsampling: never the full size
        if (!(loaded instanceof Illustration.Raster raster)) {
            throw new IOException("This file cannot be read as a PNG or JPEG picture.");
        }
        BufferedImage image = raster.scaledTo(IllustrationLoader.MAX_RASTER_SIDE).image();
        String format = name.endsWith(".png") ? "png" : "jpg";
        if (format.equals("jpg") && image.getColorModel().hasAlpha()) {
            BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = rgb.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, java.awt.Color.WHITE, null);
            g.dispose();
            image = rgb;
        }
        if (!ImageIO.write(image, format, to.toFile())) {
            throw new IOException("No writer for " + format + " pictures.");
        }
    }
}
