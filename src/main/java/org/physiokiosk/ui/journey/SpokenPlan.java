package org.physiokiosk.ui.journey;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.physiokiosk.content.Dose;
import org.physiokiosk.content.Symptom;
import org.physiokiosk.content.Technique;
import org.physiokiosk.plan.HandoutPlan;
import org.physiokiosk.ui.Texts;

/**
 * What is read aloud: the words on the screen and the handout, in the patient's language, as
 * sentences a speech engine pauses after. Plain Java, no Swing.
 */
final class SpokenPlan {

    private SpokenPlan() {
    }

    /** The whole plan: its title, what the patient told us, then technique by technique in the handout's order. */
    static String plan(HandoutPlan plan, List<JourneyPresenter.Card> cards, Texts texts) {
        return spoken(written(plan, cards, texts), texts);
    }

    private static String written(HandoutPlan plan, List<JourneyPresenter.Card> cards, Texts texts) {
        List<String> parts = new ArrayList<>();
        parts.add(sentence(texts.get("preview.title")));
        parts.add(sentence(plan.isGeneral() ? texts.get("preview.general") : texts.get("preview.told",
                plan.picked().stream().map(Symptom::label).collect(Collectors.joining(", ")))));
        for (JourneyPresenter.Card c : cards) {
            parts.add(written(c, texts));
        }
        return String.join("\n\n", parts);
    }

    /** One technique: its title, the option's note, its steps, its dose (with the card's labels), its cautions. */
    static String card(JourneyPresenter.Card card, Texts texts) {
        return spoken(written(card, texts), texts);
    }

    private static String written(JourneyPresenter.Card card, Texts texts) {
        Technique t = card.technique();
        List<String> lines = new ArrayList<>();
        lines.add(sentence(t.title()));
        if (!card.optionalNote().isBlank()) {
            lines.add(sentence(card.optionalNote()));
        }
        t.steps().forEach(s -> lines.add(sentence(s)));
        for (Dose.Line d : t.dose().lines()) {
            lines.add(sentence(texts.get("dose." + d.part().name()) + " " + d.text()));
        }
        if (!t.cautions().isEmpty()) {
            lines.add(texts.get("speech.takeCare"));
            t.cautions().forEach(c -> lines.add(sentence(c)));
        }
        return String.join("\n", lines);
    }

    /** A symptom tile: its label and, when it has one, its hint. */
    static String tile(Symptom symptom) {
        return symptom.hint().isBlank() ? sentence(symptom.label())
                : sentence(symptom.label()) + "\n" + sentence(symptom.hint());
    }

    private static final java.util.regex.Pattern RANGE =
            java.util.regex.Pattern.compile("(\\d+)\\s*[–-]\\s*(\\d+)");

    /**
     * Written shorthand said the way a person says it: "10–15 times" is "10 to 15 times" (eSpeak
     * NG would say "ten fifteen"), in the language's own words ({@code speech.range}).
     */
    static String spoken(String text, Texts texts) {
        java.util.regex.Matcher m = RANGE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(
                    texts.get("speech.range", m.group(1), m.group(2))));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Ends with a full stop unless it ends with punctuation already, so the engine pauses there. */
    static String sentence(String text) {
        String s = text.strip();
        if (s.isEmpty()) {
            return s;
        }
        char last = s.charAt(s.length() - 1);
        return ".!?:;…»\")".indexOf(last) >= 0 ? s : s + ".";
    }
}
