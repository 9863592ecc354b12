package org.physiokiosk.ui.journey;

import java.util.ArrayList;
import java.util.List;
import net.miginfocom.swing.MigLayout;
import org.physiokiosk.content.Dose;
import org.physiokiosk.content.Technique;
import org.physiokiosk.illustration.Illustration;
import org.physiokiosk.ui.RoundedPanel;
import org.physiokiosk.ui.TextBlock;
import org.physiokiosk.ui.Texts;
import org.physiokiosk.ui.illustration.IllustrationView;

/** One technique of the plan preview: its drawing beside its name and dose, as the handout will have it. */
final class PlanCard extends RoundedPanel {
    private static final long serialVersionUID = 1L;

    PlanCard(Technique technique, Illustration illustration, Texts texts) {
        super(new MigLayout("fill, insets 4% 3% 4% 4%, gap 4% 0", "[0:0:max, grow 36, fill][0:0:max, grow 64, fill]",
                "[grow, fill]"), "Kiosk.surface", 0.1f);
        setName("plan-card-" + technique.id());
        add(new IllustrationView(illustration, technique.title()));
        List<TextBlock.Para> paras = new ArrayList<>();
        paras.add(TextBlock.Para.of(TextBlock.Style.CAPTION, technique.title()));
        for (Dose.Line d : technique.dose().lines()) {
            paras.add(new TextBlock.Para(TextBlock.Style.DOSE, d.text(), texts.get("dose." + d.part().name()), ""));
        }
        add(new TextBlock(paras, false, true));
        getAccessibleContext().setAccessibleName(technique.title());
    }
}
