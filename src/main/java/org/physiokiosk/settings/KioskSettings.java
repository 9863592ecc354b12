package org.physiokiosk.settings;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
 * @param kioskId       names this kiosk in usage statistics (several kiosks can share one folder)
 * @param statsRetentionDays usage files older than this many days are deleted at start; 0 keeps all
 * @param staff         staff mode: the PIN hash (empty: not set yet) and its timings
 * @param languages     the languages patients can choose, in the order offered
 * @param alternateLanguages the loop shows its slides once in each offered language in turn
 * @param highContrast  the high-contrast theme for patients with low vision
 * @param hideCursor    no mouse pointer on screen (touch screens)
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
        String kioskId,
        int statsRetentionDays,
        Staff staff,
        List<Locale> languages,
        boolean alternateLanguages,
        boolean highContrast,
        boolean hideCursor,
        boolean fullscreen) {

    /**
     * Staff mode settings.
     *
     * @param pinHash  the PIN's PBKDF2 hash, or empty when no PIN is set yet
     * @param hold     how long the top-left corner is held to ask for the PIN
     * @param lockout  how long entry stays locked after five wrong PINs
     * @param autoLock staff mode locks itself after this long without a touch
     */
    public record Staff(String pinHash, Duration hold, Duration lockout, Duration autoLock) {
        public boolean hasPin() {
            return !pinHash.isEmpty();
        }
    }

    /** Same settings, in a window or fullscreen (for {@code --windowed}). */
    public KioskSettings withFullscreen(boolean fullscreen) {
        return new KioskSettings(source, slideInterval, transition, idleTimeout, clinic, paperSize,
                handoutMaxTechniques, printerName, language, mediaDir, statsDir, exportsDir, kioskId, statsRetentionDays, staff, languages, alternateLanguages, highContrast, hideCursor, fullscreen);
    }

    /** Same settings with another slide interval and transition (used by tests and previews). */
    public KioskSettings withTiming(Duration slideInterval, Duration transition) {
        return new KioskSettings(source, slideInterval, transition, idleTimeout, clinic, paperSize,
                handoutMaxTechniques, printerName, language, mediaDir, statsDir, exportsDir, kioskId, statsRetentionDays, staff, languages, alternateLanguages, highContrast, hideCursor, fullscreen);
    }

    /** Same settings with another idle timeout (used by tests). */
    public KioskSettings withIdleTimeout(Duration idleTimeout) {
        return new KioskSettings(source, slideInterval, transition, idleTimeout, clinic, paperSize,
                handoutMaxTechniques, printerName, language, mediaDir, statsDir, exportsDir, kioskId, statsRetentionDays, staff, languages, alternateLanguages, highContrast, hideCursor, fullscreen);
    }

    /** Same settings with other staff-mode settings (used by tests). */
    public KioskSettings withStaff(Staff staff) {
        return new KioskSettings(source, slideInterval, transition, idleTimeout, clinic, paperSize,
                handoutMaxTechniques, printerName, language, mediaDir, statsDir, exportsDir, kioskId,
                statsRetentionDays, staff, languages, alternateLanguages, highContrast, hideCursor, fullscreen);
    }

    /** Same settings writing usage statistics elsewhere (used by tests). */
    public KioskSettings withStats(Path statsDir, Path exportsDir) {
        return new KioskSettings(source, slideInterval, transition, idleTimeout, clinic, paperSize,
                handoutMaxTechniques, printerName, language, mediaDir, statsDir, exportsDir, kioskId,
                statsRetentionDays, staff, languages, alternateLanguages, highContrast, hideCursor, fullscreen);
    }

    /** Same settings with another printer (used by tests). */
    public KioskSettings withPrinter(String printerName) {
        return new KioskSettings(source, slideInterval, transition, idleTimeout, clinic, paperSize,
                handoutMaxTechniques, printerName, language, mediaDir, statsDir, exportsDir, kioskId,
                statsRetentionDays, staff, languages, alternateLanguages, highContrast, hideCursor, fullscreen);
    }

    /** Same settings in another language and paper size (the handout command's --lang). */
    public KioskSettings withLanguage(Locale language) {
        return new KioskSettings(source, slideInterval, transition, idleTimeout, clinic, paperSize,
                handoutMaxTechniques, printerName, language, mediaDir, statsDir, exportsDir, kioskId, statsRetentionDays, staff, languages, alternateLanguages, highContrast, hideCursor, fullscreen);
    }
}
