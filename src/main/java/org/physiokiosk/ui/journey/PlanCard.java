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
import org.physiokiosk.ui.illustration.MotionPlayback;

/**
 * One technique of the plan preview: its drawing beside its name and dose, as the handout will have
 * it; an option (a medicine) has its category's note under the name, as on the handout.
 */
final class PlanCard extends RoundedPanel {
    private static final long serialVersionUID = 1L;

    /**
     * @param optionalNote the note of an optional category ("Only if you need it, …"); empty for self-care
     * @param zoom         the patient's text size: above 1 the words get more of the card and the drawing less
     */
    PlanCard(Technique technique, String optionalNote, Illustration illustration, Texts texts, float zoom) {
        this(technique, optionalNote, illustration, texts, zoom, null, MotionPlayback.STILL, null);
    }

    /**
     * @param readAloud the card's "Read aloud" button, under the drawing; null for none
     * @param playback  how its drawing plays, when it moves
     * @param slot      the name its drawing's size is remembered by, for drawing the next plan's ahead; null: none
     */
    PlanCard(Technique technique, String optionalNote, Illustration illustration, Texts texts, float zoom,
             javax.swing.JComponent readAloud, MotionPlayback playback, String slot) {
        super(new MigLayout("fill, insets 4% 3% 4% 4%, gap 4% 0", zoom > 1.1f
                ? "[0:0:max, grow 18, fill][0:0:max, grow 82, fill]" : "[0:0:max, grow 36, fill][0:0:max, grow 64, fill]",
                readAloud == null ? "[grow, fill]" : "[grow, fill]2%[pref!]"), "Kiosk.surface", 0.1f);
        setName("plan-card-" + technique.id());
        // Under the drawing, so the words keep all their height (with larger text the button shows only its picture).
        IllustrationView drawing = new IllustrationView(illustration, technique.title(), playback);
        if (slot != null) {
            drawing.player().rememberSizeAs(slot);
        }
        add(drawing, readAloud == null ? "" : "cell 0 0");
        if (readAloud != null) {
            add(readAloud, "cell 0 1, alignx center, growx 0");
        }
        List<TextBlock.Para> paras = new ArrayList<>();
        paras.add(TextBlock.Para.of(TextBlock.Style.CAPTION, technique.title()));
        if (!optionalNote.isBlank()) {
            paras.add(TextBlock.Para.of(TextBlock.Style.NOTE, optionalNote));
        }
        for (Dose.Line d : technique.dose().lines()) {
            paras.add(new TextBlock.Para(TextBlock.Style.DOSE, d.text(), texts.get("dose." + d.part().name()), ""));
        }
        add(new TextBlock(paras, false, true), readAloud == null ? "" : "cell 1 0 1 2");
        getAccessibleContext().setAccessibleName(optionalNote.isBlank() ? technique.title()
                : technique.title() + ". " + optionalNote);
    }
}
