package org.physiokiosk.ui.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every text colour on its background meets WCAG 2.2 AA, in the normal and the high-contrast theme. */
class ContrastTest {

    /** text key, background key, true when the text is large (≥ 24 px, or bold ≥ 18.7 px). */
    private record Pair(String text, String background, boolean large) {
    }

    private static final List<Pair> PAIRS = List.of(
            new Pair("Kiosk.text", "Kiosk.background", false),
            new Pair("Kiosk.text", "Kiosk.surface", false),
            new Pair("Kiosk.mutedText", "Kiosk.background", false),
            new Pair("Kiosk.mutedText", "Kiosk.surface", false),
            new Pair("Kiosk.heading", "Kiosk.background", false),
            new Pair("Kiosk.accentText", "Kiosk.background", false),
            new Pair("Kiosk.doseText", "Kiosk.doseBackground", false),
            new Pair("Kiosk.cautionText", "Kiosk.background", false),
            new Pair("Kiosk.successText", "Kiosk.background", false),
            new Pair("Kiosk.cautionText", "Kiosk.cautionBackground", false),
            new Pair("Kiosk.redFlagText", "Kiosk.redFlagBackground", false),
            new Pair("Kiosk.stepBadgeText", "Kiosk.stepBadge", true),
            new Pair("Kiosk.hintText", "Kiosk.hintBackground", true),
            new Pair("Kiosk.text", "Kiosk.tileSelected", false),
            new Pair("Kiosk.text", "Kiosk.tilePressed", false),
            new Pair("Button.default.foreground", "Kiosk.teal", true),
            new Pair("Kiosk.text", "Kiosk.noticeInformationBackground", false),
            new Pair("Kiosk.noticeInformationText", "Kiosk.noticeInformationBackground", false),
            new Pair("Kiosk.text", "Kiosk.noticeImportantBackground", false),
            new Pair("Kiosk.noticeImportantText", "Kiosk.noticeImportantBackground", false),
            new Pair("Kiosk.text", "Kiosk.noticeWelcomeBackground", false),
            new Pair("Kiosk.noticeWelcomeText", "Kiosk.noticeWelcomeBackground", false));

    @ParameterizedTest(name = "high contrast: {0}")
    @ValueSource(booleans = {false, true})
    void everyTextColourMeetsWcagAa(boolean highContrast) {
        KioskTheme.install(highContrast);
        for (Pair p : PAIRS) {
            double ratio = ratio(KioskTheme.color(p.text()), KioskTheme.color(p.background()));
            assertThat(ratio).as("%s on %s", p.text(), p.background()).isGreaterThanOrEqualTo(p.large() ? 3.0 : 4.5);
        }
        if (highContrast) {
            assertThat(ratio(KioskTheme.color("Kiosk.text"), KioskTheme.color("Kiosk.background"))).isEqualTo(21.0);
        }
    }

    @AfterAll
    static void normalTheme() {
        KioskTheme.install(false);
    }

    static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(int v) {
        double s = v / 255.0;
        return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }
}
