package org.physiokiosk.ui.slides;

import org.physiokiosk.ui.RoundedPanel;
import org.physiokiosk.ui.TextBlock;
import java.util.List;
import net.miginfocom.swing.MigLayout;
import org.physiokiosk.illustration.Illustration;
import org.physiokiosk.ui.illustration.IllustrationView;

/** A card on a category slide: a technique's drawing with its name beside it. */
final class ThumbnailCard extends RoundedPanel {
    private static final long serialVersionUID = 1L;

    ThumbnailCard(Illustration illustration, String title) {
        super(new MigLayout("fill, insets 3% 3% 3% 5%, gap 6%", "[0:0:max, grow 45, fill][0:0:max, grow 55, fill]",
                "[grow, fill]"), "Kiosk.surface", 0.12f);
        add(new IllustrationView(illustration, title));
        add(new TextBlock(List.of(TextBlock.Para.of(TextBlock.Style.CAPTION, title)), false, true));
        getAccessibleContext().setAccessibleName(title);
    }
}
