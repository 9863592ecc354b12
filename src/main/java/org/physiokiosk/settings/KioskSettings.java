package org.physiokiosk.settings;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * Every setting of the kiosk, read once at start from {@code kiosk.properties}
 * (see {@link SettingsLoader}) and passed to whoever needs it. Immutable.
 *
 * @param source        the file the settings came from (it may not exist: then all are defaults)
 * @param slideInterval how long each slide of the attract loop stays on screen
 * @param transition    length of the crossfade between slides (zero: a cut)
 * @param idleTimeout   how long without a touch before a patient's session is wiped
 * @param handoutMaxTechniques the most techniques one handout holds, so it stays readable
 * @param printerName   the printer handouts go to; empty for the system's default printer
 * @param language      the language screens start in
 * @param fullscreen    true: undecorated window over the whole screen; false: a normal window
 */
public record KioskSettings(
        Path source,
        Duration slideInterval,
        Duration transition,
        Duration idleTimeout,
        Clinic clinic,
        PaperSize paperSize,
        int handoutMaxTechniques,
        String printerName,
        Locale language,
        Path mediaDir,
        Path statsDir,
        Path exportsDir,
        boolean fullscreen) {

    /** Same settings, in a window or fullscreen (for {@code --windowed}). */
    public KioskSettings withFullscreen(boolean fullscreen) {
        return new KioskSettings(source, slideInterval, transition, idleTimeout, clinic, paperSize,
                handoutMaxTechniques, printerName, language, mediaDir, statsDir, exportsDir, fullscreen);
    }

    /** Same settings with another slide interval and transition (used by tests and previews). */
    public KioskSettings withTiming(Duration slideInterval, Duration transition) {
        return new KioskSettings(source, slideInterval, transition, idleTimeout, clinic, paperSize,
                handoutMaxTechniques, printerName, language, mediaDir, statsDir, exportsDir, fullscreen);
    }

    /** Same settings with another idle timeout (used by tests). */
    public KioskSettings withIdleTimeout(Duration idleTimeout) {
        return new KioskSettings(source, slideInterval, transition, idleTimeout, clinic, paperSize,
                handoutMaxTechniques, printerName, language, mediaDir, statsDir, exportsDir, fullscreen);
    }

    /** Same settings in another language and paper size (the handout command's --lang). */
    public KioskSettings withLanguage(Locale language) {
        return new KioskSettings(source, slideInterval, transition, idleTimeout, clinic, paperSize,
                handoutMaxTechniques, printerName, language, mediaDir, statsDir, exportsDir, fullscreen);
    }
}
