package org.physiokiosk.illustration;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** For any time, painting a moving drawing never throws and stays inside the box it is given. */
class MovingIllustrationPropertiesTest {

    private static final IllustrationLoader LOADER = new IllustrationLoader();
    private static final Map<String, Illustration> DRAWINGS = new HashMap<>();

    @Provide
    Arbitrary<String> drawings() {
        return Arbitraries.of(MovingIllustrationTest.MOVING);
    }

    @Property(tries = 60)
    void paintingAtAnyTimeStaysInsideTheDrawingsBox(@ForAll("drawings") String name,
            @ForAll long millis) {
        Illustration drawing = DRAWINGS.computeIfAbsent(name,
                n -> LOADER.load(MovingIllustrationTest.fixture(n)));
        // A 240 x 180 box in the middle of a larger canvas painted in a sentinel colour.
        BufferedImage canvas = new BufferedImage(400, 300, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = canvas.createGraphics();
        g.setColor(Color.MAGENTA);
        g.fillRect(0, 0, 400, 300);
        g.setColor(Color.WHITE);
        g.fillRect(80, 60, 240, 180);
        drawing.paint(g, new Rectangle2D.Double(80, 60, 240, 180), millis);
        g.dispose();
        int inside = 0;
        for (int y = 0; y < 300; y++) {
            for (int x = 0; x < 400; x++) {
                boolean in = x >= 80 && x < 320 && y >= 60 && y < 240;
                if (!in) {
                    assertThat(canvas.getRGB(x, y)).as("(%d, %d) at t=%d", x, y, millis).isEqualTo(Color.MAGENTA.getRGB());
                } else if (canvas.getRGB(x, y) != Color.WHITE.getRGB()) {
                    inside++;
                }
            }
        }
        assertThat(inside).as("something is drawn").isGreaterThan(500);
    }
}
