package org.physiokiosk.ui.theme;

import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import com.formdev.flatlaf.fonts.inter.FlatInterFont;
import java.awt.Color;
import java.awt.Font;
import javax.swing.UIManager;

/**
 * The kiosk's look: FlatLaf with the Inter font and the colours of
 * {@code org/physiokiosk/ui/theme/FlatLightLaf.properties} (keys {@code Kiosk.*}).
 * Java code asks for colours by name here and never hard-codes them.
 */
public final class KioskTheme {

    private KioskTheme() {
    }

    /** Installs the look and feel; call once, on the event thread or before any window exists. */
    public static void install() {
        FlatInterFont.install();
        FlatLaf.setPreferredFontFamily(FlatInterFont.FAMILY);
        FlatLaf.registerCustomDefaultsSource("org.physiokiosk.ui.theme");
        FlatLightLaf.setup();
    }

    /** A theme colour such as {@code "Kiosk.accent"}; a missing key is a programming error. */
    public static Color color(String key) {
        Color c = UIManager.getColor(key);
        if (c == null) {
            throw new IllegalStateException("theme colour " + key + " is not defined");
        }
        return c;
    }

    /** The kiosk's text font at a size in pixels, regular or bold. */
    public static Font font(float sizePx, boolean bold) {
        Font base = UIManager.getFont("defaultFont");
        if (base == null) {
            base = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        }
        return base.deriveFont(bold ? Font.BOLD : Font.PLAIN, sizePx);
    }
}
