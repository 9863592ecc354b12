package org.physiokiosk.ui.theme;

import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import com.formdev.flatlaf.fonts.inter.FlatInterFont;
import java.awt.Color;
import java.awt.Font;
import java.util.Map;
import javax.swing.UIDefaults;
import javax.swing.UIManager;

/**
 * The kiosk's look: FlatLaf with the Inter font and the colours of
 * {@code org/physiokiosk/ui/theme/FlatLightLaf.properties} (keys {@code Kiosk.*}).
 * Java code asks for colours by name here and never hard-codes them.
 */
public final class KioskTheme {

    private KioskTheme() {
    }

    /**
     * Colours of the high-contrast theme, over the normal ones: black text on white, darker
     * greens and reds, stronger borders (every pair is checked against WCAG 2.2 AA in a test).
     */
    static final Map<String, String> HIGH_CONTRAST = Map.ofEntries(
            Map.entry("Kiosk.background", "#FFFFFF"), Map.entry("Kiosk.surface", "#FFFFFF"),
            Map.entry("Kiosk.text", "#000000"), Map.entry("Kiosk.mutedText", "#1A1A1A"),
            Map.entry("Kiosk.heading", "#00332B"), Map.entry("Kiosk.accentText", "#7A1F00"),
            Map.entry("Kiosk.teal", "#00574B"), Map.entry("Kiosk.stepBadge", "#00574B"),
            Map.entry("Kiosk.doseBackground", "#E0F0EA"), Map.entry("Kiosk.doseText", "#002A22"),
            Map.entry("Kiosk.cautionBackground", "#FFF0EA"), Map.entry("Kiosk.cautionText", "#5C1600"),
            Map.entry("Kiosk.cautionIcon", "#A33A10"), Map.entry("Kiosk.hintBackground", "#00332B"),
            Map.entry("Kiosk.progressFill", "#00574B"), Map.entry("Kiosk.progressTrack", "#9A9A9A"),
            Map.entry("Kiosk.tileBorder", "#333333"), Map.entry("Kiosk.tileSelected", "#D5EDE5"),
            Map.entry("Kiosk.tilePressed", "#B5DCCF"), Map.entry("Kiosk.redFlagBackground", "#FFF0EA"),
            Map.entry("Kiosk.redFlagText", "#5C1600"),
            Map.entry("Kiosk.successText", "#0B4423"), Map.entry("Kiosk.closedBackground", "#000000"),
            Map.entry("Kiosk.closedText", "#FFFFFF"), Map.entry("Kiosk.closedMuted", "#FFFFFF"),
            Map.entry("Kiosk.noticeInformationBackground", "#E0F0EA"),
            Map.entry("Kiosk.noticeInformationAccent", "#00574B"), Map.entry("Kiosk.noticeInformationText", "#00332B"),
            Map.entry("Kiosk.noticeImportantBackground", "#FFF0EA"),
            Map.entry("Kiosk.noticeImportantAccent", "#A33A10"), Map.entry("Kiosk.noticeImportantText", "#5C1600"),
            Map.entry("Kiosk.noticeWelcomeBackground", "#FFF4DE"),
            Map.entry("Kiosk.noticeWelcomeAccent", "#8A5F00"), Map.entry("Kiosk.noticeWelcomeText", "#3D2A00"));

    /** Installs the look and feel; call once, on the event thread or before any window exists. */
    public static void install() {
        install(false);
    }

    /** Installs the look and feel, in the high-contrast colours when asked. */
    public static void install(boolean highContrast) {
        FlatInterFont.install();
        FlatLaf.setPreferredFontFamily(FlatInterFont.FAMILY);
        FlatLaf.registerCustomDefaultsSource("org.physiokiosk.ui.theme");
        FlatLaf.setGlobalExtraDefaults(highContrast ? HIGH_CONTRAST : Map.of());
        FlatLightLaf.setup();
        FONTS.clear(); // the default font may have changed
        // Enter presses a focused button as Space does: the journey works from a keyboard or switch.
        for (String key : new String[] {"Button.focusInputMap", "ToggleButton.focusInputMap"}) {
            UIManager.put(key, new UIDefaults.LazyInputMap(new Object[] {
                "SPACE", "pressed", "released SPACE", "released", "ENTER", "pressed", "released ENTER", "released"}));
        }
    }

    /**
     * The scale the kiosk chooses for a screen (FlatLaf's automatic choice has surprised others,
     * FlatLaf #1147): 1.0 at 1280x720, 1.5 at 1920x1080, 3.0 at 3840x2160, in quarter steps. It
     * follows the height, but no more than the screen's area allows: a 5:4 screen of 1280x1024
     * gets 1.25, not 1.5, so buttons made for a 16:9 screen still fit its narrower width.
     */
    public static float scaleFor(int width, int height) {
        double byHeight = height / 720.0;
        double byArea = Math.sqrt(width * (double) height / (1280.0 * 720.0));
        return Math.max(1f, Math.round(Math.min(byHeight, byArea) * 4) / 4f);
    }

    /** A theme colour such as {@code "Kiosk.accent"}; a missing key is a programming error. */
    public static Color color(String key) {
        Color c = UIManager.getColor(key);
        if (c == null) {
            throw new IllegalStateException("theme colour " + key + " is not defined");
        }
        return c;
    }

    /**
     * Fonts by half-pixel size and weight. Every derived font drags its own glyph caches along:
     * text that shrinks to fit asks for many sizes, so they are rounded and made once.
     */
    private static final Map<Integer, Font> FONTS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The kiosk's text font at a size in pixels (rounded to half a pixel), regular or bold. */
    public static Font font(float sizePx, boolean bold) {
        int halfPixels = Math.max(2, Math.min(4000, Math.round(sizePx * 2)));
        return FONTS.computeIfAbsent(halfPixels * 2 + (bold ? 1 : 0), k -> {
            Font base = UIManager.getFont("defaultFont");
            if (base == null) {
                base = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
            }
            return base.deriveFont(bold ? Font.BOLD : Font.PLAIN, halfPixels / 2f);
        });
    }
}
