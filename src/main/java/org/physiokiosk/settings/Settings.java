package org.physiokiosk.settings;

import static org.physiokiosk.settings.Setting.Group.ATTRACT_LOOP;
import static org.physiokiosk.settings.Setting.Group.CLINIC;
import static org.physiokiosk.settings.Setting.Group.FOLDERS;
import static org.physiokiosk.settings.Setting.Group.HANDOUT;
import static org.physiokiosk.settings.Setting.Group.KIOSK;
import static org.physiokiosk.settings.Setting.Group.OPENING_HOURS;
import static org.physiokiosk.settings.Setting.Group.PATIENTS;
import static org.physiokiosk.settings.Setting.Group.STAFF;
import static org.physiokiosk.settings.SettingType.duration;
import static org.physiokiosk.settings.SettingType.wholeNumber;
import static org.physiokiosk.settings.SettingType.yesNo;

import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.physiokiosk.qr.WebLink;
import org.physiokiosk.schedule.DateRange;
import org.physiokiosk.schedule.TimeRange;

/**
 * Every setting of the kiosk, defined once: loading and checking ({@link SettingsLoader}), the
 * values ({@link KioskSettings}), the staff Settings tab, the comments in {@code kiosk.properties}
 * and the README's table are all made from this list ({@link SettingsDocs} writes the last two).
 * A new setting is one entry here, then {@code SettingsDocs} run once to write the docs.
 */
public final class Settings {

    /** Filled by {@link #define} as the class initialises, in the order written; read only through {@link #ALL}. */
    private static final List<Setting<?>> DEFINED = new ArrayList<>();
    private static final boolean STAFF_TAB = true;
    private static final boolean FILE_ONLY = false;

    // --- Attract loop ---
    public static final Setting<Duration> SLIDE_INTERVAL = define("slide.interval.seconds",
            duration(2, 600, ChronoUnit.SECONDS), "10", ATTRACT_LOOP, STAFF_TAB, "Seconds per slide",
            "How long each slide stays on screen, in seconds. Whole number, 2 to 600. Default: 10");
    public static final Setting<Duration> TRANSITION = define("slide.transition.millis",
            duration(0, 5000, ChronoUnit.MILLIS), "800", ATTRACT_LOOP, STAFF_TAB, "Crossfade (milliseconds)",
            "Length of the crossfade between two slides, in milliseconds. 0 (a plain cut) to 5000. Default: 800");
    public static final Setting<Integer> NOTICES_EVERY = define("notices.every.categories",
            wholeNumber(0, 50, "categories"), "2", ATTRACT_LOOP, STAFF_TAB, "Notice after every N categories",
            "The loop shows one of the clinic's notices (media/notices/) after every this many categories; "
                    + "several notices take turns. 0: never. Whole number, 0 to 50. Default: 2");

    // --- Patients ---
    public static final Setting<Duration> IDLE_TIMEOUT = define("idle.timeout.seconds",
            duration(15, 3600, ChronoUnit.SECONDS), "60", PATIENTS, STAFF_TAB, "Seconds before \"Still there?\"",
            "Seconds without a touch before the kiosk asks \"Still there?\"; 10 seconds later the patient's "
                    + "choices are wiped and the loop returns. Whole number, 15 to 3600. Default: 60");
    public static final Setting<Locale> LANGUAGE = define("language",
            SettingType.language(), "en", PATIENTS, STAFF_TAB, "Start language",
            "Language the screens start in: en (English), es (Español), fr (Français), de (Deutsch) or "
                    + "uk (Українська). Default: en");
    public static final Setting<List<Locale>> LANGUAGES = define("languages",
            SettingType.languages(), "en, es, fr, de, uk", PATIENTS, STAFF_TAB, "Languages offered",
            "The languages patients can choose, in the order offered: en, es, fr, de, uk, separated by commas. "
                    + "Default: en, es, fr, de, uk");
    public static final Setting<Boolean> ALTERNATE_LANGUAGES = define("loop.alternate.languages",
            yesNo(), "false", PATIENTS, FILE_ONLY, "Loop in every language",
            "true: the loop shows its slides once in each offered language in turn.\n"
                    + "false: only in the start language. Default: false");
    public static final Setting<Boolean> HIGH_CONTRAST = define("kiosk.highContrast",
            yesNo(), "false", PATIENTS, STAFF_TAB, "High-contrast colours",
            "true: the high-contrast theme (black on white, darker colours) for low vision. Default: false");
    public static final Setting<Boolean> SPEECH_ENABLED = define("speech.enabled",
            yesNo(), "false", PATIENTS, STAFF_TAB, "Read aloud",
            "true: a \"Read aloud\" button on the plan and on each of its cards, and a long press on a symptom "
                    + "reads its words; for a kiosk with a handset or headphones. Needs a speech engine: espeak-ng "
                    + "on Linux (apt-get install espeak-ng), PowerShell on Windows. Default: false (waiting rooms "
                    + "are quiet)");
    public static final Setting<Integer> SPEECH_VOLUME = define("speech.volume",
            wholeNumber(0, 100, "%"), "100", PATIENTS, STAFF_TAB, "Read-aloud volume",
            "Loudness of reading aloud: 100 is the speech engine's full volume; the computer's own volume "
                    + "control applies on top. Whole number, 0 to 100. Default: 100");
    public static final Setting<Integer> SPEECH_RATE = define("speech.rate",
            wholeNumber(80, 260, "words/min"), "150", PATIENTS, STAFF_TAB, "Read-aloud speed",
            "Speed of reading aloud, in words per minute; slower suits older listeners. Whole number, 80 to 260. "
                    + "Default: 150");
    public static final Setting<Motion> MOTION = define("motion",
            SettingType.motion(), "on", PATIENTS, STAFF_TAB, "Moving drawings",
            "How exercise drawings move on screen. on: they show the whole movement. reduced: only the start "
                    + "and end positions, changing slowly, for people bothered by motion. off: still drawings. "
                    + "Handouts are not affected. Default: on");

    // --- Clinic ---
    public static final Setting<String> CLINIC_NAME = define("clinic.name",
            SettingType.text(), "Your physiotherapy clinic", CLINIC, STAFF_TAB, "Clinic name",
            "The clinic's name. Default: Your physiotherapy clinic");
    public static final Setting<String> CLINIC_PHONE = define("clinic.phone",
            SettingType.text(), "", CLINIC, STAFF_TAB, "Phone",
            "Telephone number, as it should be printed. Default: empty (not printed)");
    public static final Setting<String> EMERGENCY_NUMBER = define("clinic.emergency.number",
            SettingType.phoneNumber(), "999", CLINIC, STAFF_TAB, "Emergency number",
            "The local emergency telephone number, printed on every handout in the warning-signs box (\"Call 999 "
                    + "now if you have: …\"). Set it to the emergency number where the kiosk stands: 999 in the UK, "
                    + "112 in the EU, 911 in the US and Canada. Digits, spaces, +, - and ( ), 2 to 20 "
                    + "characters. Default: 999");
    public static final Setting<String> CLINIC_ADDRESS = define("clinic.address",
            SettingType.text(), "", CLINIC, STAFF_TAB, "Address",
            "Address on one line. Default: empty (not printed)");
    public static final Setting<Optional<WebLink>> CLINIC_WEBSITE = define("clinic.website",
            SettingType.webLink(), "", CLINIC, STAFF_TAB, "Website",
            "The clinic's website, starting with https://. Printed on every handout as a QR code, \"More about "
                    + "us\", unless a booking page is set. Default: empty (no code)");
    public static final Setting<Optional<WebLink>> CLINIC_BOOKING = define("clinic.booking.url",
            SettingType.webLink(), "", CLINIC, STAFF_TAB, "Booking page",
            "The page where patients book their next appointment, starting with https://. Printed on every "
                    + "handout as a QR code, \"Book your next appointment\". Default: empty (the website, if set)");
    public static final Setting<Optional<Path>> CLINIC_LOGO = define("clinic.logo",
            SettingType.imageFile(Set.of("png", "jpg", "jpeg", "svg"), "PNG, JPEG or SVG"), "", CLINIC, STAFF_TAB,
            "Logo file", "The clinic's logo: a PNG, JPEG or SVG file. Default: empty (no logo)");

    // --- Opening hours ---
    public static final Setting<List<TimeRange>> HOURS_MONDAY = define("clinic.hours.monday",
            SettingType.dayHours(), "all day", OPENING_HOURS, STAFF_TAB, "Monday",
            "Opening hours on Mondays: hour ranges such as 08:00-12:00, 14:00-18:00; closed; or all day. "
                    + "Default: all day");
    public static final Setting<List<TimeRange>> HOURS_TUESDAY = define("clinic.hours.tuesday",
            SettingType.dayHours(), "all day", OPENING_HOURS, STAFF_TAB, "Tuesday",
            "Opening hours on Tuesdays: hour ranges such as 08:00-12:00, 14:00-18:00; closed; or all day. "
                    + "Default: all day");
    public static final Setting<List<TimeRange>> HOURS_WEDNESDAY = define("clinic.hours.wednesday",
            SettingType.dayHours(), "all day", OPENING_HOURS, STAFF_TAB, "Wednesday",
            "Opening hours on Wednesdays: hour ranges such as 08:00-12:00, 14:00-18:00; closed; or all day. "
                    + "Default: all day");
    public static final Setting<List<TimeRange>> HOURS_THURSDAY = define("clinic.hours.thursday",
            SettingType.dayHours(), "all day", OPENING_HOURS, STAFF_TAB, "Thursday",
            "Opening hours on Thursdays: hour ranges such as 08:00-12:00, 14:00-18:00; closed; or all day. "
                    + "Default: all day");
    public static final Setting<List<TimeRange>> HOURS_FRIDAY = define("clinic.hours.friday",
            SettingType.dayHours(), "all day", OPENING_HOURS, STAFF_TAB, "Friday",
            "Opening hours on Fridays: hour ranges such as 08:00-12:00, 14:00-18:00; closed; or all day. "
                    + "Default: all day");
    public static final Setting<List<TimeRange>> HOURS_SATURDAY = define("clinic.hours.saturday",
            SettingType.dayHours(), "all day", OPENING_HOURS, STAFF_TAB, "Saturday",
            "Opening hours on Saturdays: hour ranges such as 08:00-12:00, 14:00-18:00; closed; or all day. "
                    + "Default: all day");
    public static final Setting<List<TimeRange>> HOURS_SUNDAY = define("clinic.hours.sunday",
            SettingType.dayHours(), "all day", OPENING_HOURS, STAFF_TAB, "Sunday",
            "Opening hours on Sundays: hour ranges such as 08:00-12:00, 14:00-18:00; closed; or all day. "
                    + "Default: all day");
    public static final Setting<List<DateRange>> CLOSED_DATES = define("clinic.closed.dates",
            SettingType.closedDates(), "", OPENING_HOURS, STAFF_TAB, "Closed dates",
            "Days the clinic is closed whatever the weekday (holidays): dates written YYYY-MM-DD and ranges such as "
                    + "2026-12-24..2026-12-26, separated by commas. Outside the opening hours and on these days the "
                    + "kiosk shows a calm closed screen with the next opening and the clinic's phone, instead of "
                    + "the slides. Default: empty (no closed dates)");

    // --- Handout ---
    public static final Setting<PaperSize> PAPER = define("handout.paper",
            SettingType.paper(), "A4", HANDOUT, STAFF_TAB, "Paper",
            "Paper size of the printed handout: A4 or Letter. Default: A4");
    public static final Setting<Integer> MAX_TECHNIQUES = define("handout.max.techniques",
            wholeNumber(1, 12, "techniques"), "6", HANDOUT, FILE_ONLY, "Most techniques per handout",
            "The most techniques one handout holds, so it stays short enough to follow. Whole number, 1 to 12. "
                    + "Default: 6");
    public static final Setting<Boolean> HANDOUT_ACCESSIBLE = define("handout.accessible",
            yesNo(), "true", HANDOUT, STAFF_TAB, "Handouts for screen readers",
            "Make handouts that a screen reader can read: tagged PDF with reading order and alternative text "
                    + "for drawings. Default: true");
    public static final Setting<String> PRINTER = define("printer.name",
            SettingType.printer(), "", HANDOUT, STAFF_TAB, "Printer",
            "The printer handouts are printed on, by the name the operating system gives it (Linux: \"lpstat -p\" "
                    + "lists them; Windows: Settings > Printers). Default: empty, meaning the system's default "
                    + "printer (or the only printer, when there is just one).");

    // --- Folders ---
    public static final Setting<Path> MEDIA_DIR = define("media.dir",
            SettingType.folder(), "media", FOLDERS, FILE_ONLY, "Media folder",
            "Slides, texts, illustrations and fonts. Default: media");
    public static final Setting<Path> STATS_DIR = define("stats.dir",
            SettingType.folder(), "stats", FOLDERS, FILE_ONLY, "Statistics folder",
            "Where anonymous usage statistics are written (one CSV file per day). Several kiosks may share one "
                    + "folder (e.g. on a network share): each writes its own files. Default: stats");
    public static final Setting<Integer> RETENTION = define("stats.retention.days",
            wholeNumber(0, 36500, "days"), "400", FOLDERS, FILE_ONLY, "Days usage files are kept",
            "Usage files older than this many days are deleted when the kiosk starts. Whole number of days, "
                    + "0 (keep everything) to 36500. Default: 400");
    public static final Setting<Path> EXPORTS_DIR = define("exports.dir",
            SettingType.folder(), "exports", FOLDERS, STAFF_TAB, "Exports folder",
            "Where \"Save as PDF\" and report exports are written. Default: exports");

    // --- Staff mode ---
    public static final Setting<Duration> STAFF_HOLD = define("staff.hold.seconds",
            duration(1, 30, ChronoUnit.SECONDS), "3", STAFF, FILE_ONLY, "Seconds to hold the corner",
            "Staff mode opens after the top-left corner is held down this long (or with Ctrl+Alt+S). "
                    + "Whole number of seconds, 1 to 30. Default: 3");
    public static final Setting<Duration> STAFF_LOCKOUT = define("staff.lockout.seconds",
            duration(5, 3600, ChronoUnit.SECONDS), "300", STAFF, FILE_ONLY, "Seconds locked after wrong PINs",
            "After five wrong PINs, entry stays locked this long. Seconds, 5 to 3600. Default: 300");
    public static final Setting<Duration> STAFF_AUTOLOCK = define("staff.autolock.seconds",
            duration(15, 3600, ChronoUnit.SECONDS), "120", STAFF, FILE_ONLY, "Seconds before staff mode locks",
            "Staff mode locks itself and returns to the slides after this long without a touch. "
                    + "Seconds, 15 to 3600. Default: 120");
    public static final Setting<StoredPin> STAFF_PIN = define("staff.pin",
            SettingType.pinHash(), "", STAFF, FILE_ONLY, "Staff PIN",
            "The staff PIN, stored only as a salted hash (never the PIN), written by "
                    + "\"java -jar physio-kiosk.jar set-pin\" or staff mode. Empty: staff mode stays closed until "
                    + "a PIN is set, with set-pin or the one-time setup code (see the README). Keep this file "
                    + "readable only by the kiosk's user account.");

    // --- Kiosk ---
    public static final Setting<String> KIOSK_ID = define("kiosk.id",
            SettingType.kioskId(), "", KIOSK, STAFF_TAB, "Kiosk id",
            "This kiosk's name in the usage statistics: letters, digits, dots, dashes, underscores. "
                    + "Default: the computer's name");
    public static final Setting<Boolean> HIDE_CURSOR = define("kiosk.hideCursor",
            yesNo(), "false", KIOSK, FILE_ONLY, "Hide the mouse pointer",
            "true: no mouse pointer on screen (for touch screens). Default: false");
    public static final Setting<Boolean> FULLSCREEN = define("kiosk.fullscreen",
            yesNo(), "true", KIOSK, FILE_ONLY, "Fullscreen",
            "true: the kiosk covers the whole screen with no window frame (for the waiting room).\n"
                    + "false: a normal window, for trying the kiosk on a desktop (same as --windowed). Default: true");

    /** The opening-hours setting of each weekday, Monday first. */
    public static final List<Setting<List<TimeRange>>> WEEKDAY_HOURS = List.of(HOURS_MONDAY, HOURS_TUESDAY,
            HOURS_WEDNESDAY, HOURS_THURSDAY, HOURS_FRIDAY, HOURS_SATURDAY, HOURS_SUNDAY);

    /** Every setting, in the order written above: the order of the file and the staff form. */
    public static final List<Setting<?>> ALL = List.copyOf(DEFINED);

    private static final Map<String, Setting<?>> BY_KEY = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(Setting::key, Function.identity()));

    private Settings() {
    }

    private static <T> Setting<T> define(String key, SettingType<T> type, String defaultText, Setting.Group group,
                                         boolean staffEdits, String label, String help) {
        Setting<T> s = new Setting<>(key, type, defaultText, group, staffEdits, label, help);
        DEFINED.add(s);
        return s;
    }

    /** The setting with {@code key}, if there is one. */
    public static Optional<Setting<?>> byKey(String key) {
        return Optional.ofNullable(BY_KEY.get(key));
    }
}
