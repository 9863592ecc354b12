package org.physiokiosk.settings;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.time.DayOfWeek;
import java.util.EnumMap;
import org.physiokiosk.schedule.OpeningHours;
import org.physiokiosk.schedule.TimeRange;

/**
 * Every setting of the kiosk, read once at start from {@code kiosk.properties} (see
 * {@link SettingsLoader}) and passed to whoever needs it. Immutable. A value is read with
 * {@link #get} or one of the named getters, and a changed copy made with {@link #with}; the
 * settings themselves are defined in {@link Settings}.
 */
public final class KioskSettings {

    /**
     * Staff mode settings.
     *
     * @param pin      the stored PIN: its PBKDF2 hash, none yet, or a value that could not be read
     * @param hold     how long the top-left corner is held to ask for the PIN
     * @param lockout  how long entry stays locked after five wrong PINs
     * @param autoLock staff mode locks itself after this long without a touch
     */
    public record Staff(StoredPin pin, Duration hold, Duration lockout, Duration autoLock) {
        public boolean hasPin() {
            return pin.isSet();
        }

        /** The stored hash; empty when none is set or it could not be read. */
        public String pinHash() {
            return pin.hash();
        }
    }

    private final Path source;
    private final Map<Setting<?>, Object> values;

    /** {@code values} holds every setting of {@link Settings#ALL}, each of its own type. */
    KioskSettings(Path source, Map<Setting<?>, Object> values) {
        this.source = Objects.requireNonNull(source);
        Map<Setting<?>, Object> copy = new LinkedHashMap<>();
        for (Setting<?> s : Settings.ALL) {
            copy.put(s, Objects.requireNonNull(values.get(s), s.key()));
        }
        this.values = java.util.Collections.unmodifiableMap(copy);
    }

    /** The file the settings came from (it may not exist: then all are defaults). */
    public Path source() {
        return source;
    }

    /** The value of {@code setting} as a person types it in the file (a path relative to its folder). */
    public String written(Setting<?> setting) {
        Path absolute = source.toAbsolutePath();
        Path folder = absolute.getParent() == null ? absolute : absolute.getParent();
        return setting.show(get(setting), new SettingType.Context(folder, () -> get(Settings.KIOSK_ID)));
    }

    /** The value of {@code setting}. */
    @SuppressWarnings("unchecked") // every value was stored under its own setting (constructor and with())
    public <T> T get(Setting<T> setting) {
        return (T) values.get(setting);
    }

    /** The same settings with {@code setting} changed to {@code value} (for --windowed, --lang and tests). */
    public <T> KioskSettings with(Setting<T> setting, T value) {
        Map<Setting<?>, Object> copy = new LinkedHashMap<>(values);
        copy.put(Objects.requireNonNull(setting), Objects.requireNonNull(value));
        return new KioskSettings(source, copy);
    }

    /** Same settings, in a window or fullscreen (for {@code --windowed}). */
    public KioskSettings withFullscreen(boolean fullscreen) {
        return with(Settings.FULLSCREEN, fullscreen);
    }

    /** Same settings in another language (the handout command's --lang). */
    public KioskSettings withLanguage(Locale language) {
        return with(Settings.LANGUAGE, language);
    }

    /** Same settings with other staff-mode settings (a new PIN). */
    public KioskSettings withStaff(Staff staff) {
        return with(Settings.STAFF_PIN, staff.pin()).with(Settings.STAFF_HOLD, staff.hold())
                .with(Settings.STAFF_LOCKOUT, staff.lockout()).with(Settings.STAFF_AUTOLOCK, staff.autoLock());
    }

    // ---- named getters, for callers ----

    /** How long each slide of the attract loop stays on screen. */
    public Duration slideInterval() {
        return get(Settings.SLIDE_INTERVAL);
    }

    /** After how many categories the loop shows a notice (0: never). */
    public int noticesEveryCategories() {
        return get(Settings.NOTICES_EVERY);
    }

    /** Length of the crossfade between slides (zero: a cut). */
    public Duration transition() {
        return get(Settings.TRANSITION);
    }

    /** How long without a touch before a patient's session is wiped. */
    public Duration idleTimeout() {
        return get(Settings.IDLE_TIMEOUT);
    }

    public Clinic clinic() {
        return new Clinic(get(Settings.CLINIC_NAME), get(Settings.CLINIC_PHONE), get(Settings.CLINIC_ADDRESS),
                get(Settings.CLINIC_LOGO), get(Settings.EMERGENCY_NUMBER), get(Settings.CLINIC_WEBSITE),
                get(Settings.CLINIC_BOOKING));
    }

    /** When the clinic is open (the kiosk shows its closed screen outside these hours). */
    public OpeningHours openingHours() {
        Map<DayOfWeek, List<TimeRange>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            week.put(d, get(Settings.WEEKDAY_HOURS.get(d.ordinal())));
        }
        return new OpeningHours(week, get(Settings.CLOSED_DATES));
    }

    public PaperSize paperSize() {
        return get(Settings.PAPER);
    }

    /** Handouts tagged for screen readers (PDF/UA-1); on unless a clinic turns it off. */
    public boolean handoutAccessible() {
        return get(Settings.HANDOUT_ACCESSIBLE);
    }

    /** The most techniques one handout holds, so it stays readable. */
    public int handoutMaxTechniques() {
        return get(Settings.MAX_TECHNIQUES);
    }

    /** The printer handouts go to; empty for the system's default printer. */
    public String printerName() {
        return get(Settings.PRINTER);
    }

    /** The language screens start in. */
    public Locale language() {
        return get(Settings.LANGUAGE);
    }

    public Path mediaDir() {
        return get(Settings.MEDIA_DIR);
    }

    public Path statsDir() {
        return get(Settings.STATS_DIR);
    }

    public Path exportsDir() {
        return get(Settings.EXPORTS_DIR);
    }

    /** Names this kiosk in usage statistics (several kiosks can share one folder). */
    public String kioskId() {
        return get(Settings.KIOSK_ID);
    }

    /** Usage files older than this many days are deleted at start; 0 keeps all. */
    public int statsRetentionDays() {
        return get(Settings.RETENTION);
    }

    /** Staff mode: the stored PIN (none yet, its hash, or unreadable) and its timings. */
    public Staff staff() {
        return new Staff(get(Settings.STAFF_PIN), get(Settings.STAFF_HOLD), get(Settings.STAFF_LOCKOUT),
                get(Settings.STAFF_AUTOLOCK));
    }

    /** The languages patients can choose, in the order offered. */
    public List<Locale> languages() {
        return get(Settings.LANGUAGES);
    }

    /** The loop shows its slides once in each offered language in turn. */
    public boolean alternateLanguages() {
        return get(Settings.ALTERNATE_LANGUAGES);
    }

    /** The high-contrast theme for patients with low vision. */
    public boolean highContrast() {
        return get(Settings.HIGH_CONTRAST);
    }

    /**
     * Reading aloud, as set: whether it is offered (a speech engine must also be present), how loud
     * (0 to 100) and how fast (words per minute).
     */
    public record Speech(boolean enabled, int volume, int rate) {
    }

    public Speech speech() {
        return new Speech(get(Settings.SPEECH_ENABLED), get(Settings.SPEECH_VOLUME), get(Settings.SPEECH_RATE));
    }

    /** How moving drawings play on screen: on, reduced (start and end positions only) or off (still). */
    public Motion motion() {
        return get(Settings.MOTION);
    }

    /** No mouse pointer on screen (touch screens). */
    public boolean hideCursor() {
        return get(Settings.HIDE_CURSOR);
    }

    /** True: undecorated window over the whole screen; false: a normal window. */
    public boolean fullscreen() {
        return get(Settings.FULLSCREEN);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KioskSettings k && k.source.equals(source) && k.values.equals(values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, values);
    }

    @Override
    public String toString() {
        StringJoiner out = new StringJoiner(", ", "KioskSettings[", "]");
        out.add("source=" + source);
        // A secret's value says itself what may be shown (StoredPin never shows its hash).
        values.forEach((s, v) -> out.add(s.key() + "=" + (s.type().secret() && !(v instanceof StoredPin)
                && !v.toString().isEmpty() ? "(hidden)" : v)));
        return out.toString();
    }
}
