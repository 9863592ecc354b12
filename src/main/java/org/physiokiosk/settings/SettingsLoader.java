package org.physiokiosk.settings;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads {@code kiosk.properties} once into {@link KioskSettings}. A missing file gives the
 * defaults; a bad value is reported (file, key, value, what is expected) and that one key
 * falls back to its default, so the kiosk always starts. Relative paths are resolved
 * against the folder of the settings file.
 */
public final class SettingsLoader {

    private static final System.Logger LOG = System.getLogger(SettingsLoader.class.getName());

    public static final String SLIDE_INTERVAL = "slide.interval.seconds";
    public static final String TRANSITION = "slide.transition.millis";
    public static final String IDLE_TIMEOUT = "idle.timeout.seconds";
    public static final String CLINIC_NAME = "clinic.name";
    public static final String CLINIC_PHONE = "clinic.phone";
    public static final String CLINIC_ADDRESS = "clinic.address";
    public static final String CLINIC_LOGO = "clinic.logo";
    public static final String PAPER = "handout.paper";
    public static final String MAX_TECHNIQUES = "handout.max.techniques";
    public static final String PRINTER = "printer.name";
    public static final String LANGUAGE = "language";
    public static final String MEDIA_DIR = "media.dir";
    public static final String STATS_DIR = "stats.dir";
    public static final String EXPORTS_DIR = "exports.dir";
    public static final String FULLSCREEN = "kiosk.fullscreen";
    public static final String KIOSK_ID = "kiosk.id";
    public static final String RETENTION = "stats.retention.days";
    public static final String STAFF_PIN = "staff.pin";
    public static final String LANGUAGES_OFFERED = "languages";
    public static final String HIGH_CONTRAST = "kiosk.highContrast";
    public static final String ALTERNATE = "loop.alternate.languages";
    public static final String HIDE_CURSOR = "kiosk.hideCursor";
    public static final String STAFF_HOLD = "staff.hold.seconds";
    public static final String STAFF_LOCKOUT = "staff.lockout.seconds";
    public static final String STAFF_AUTOLOCK = "staff.autolock.seconds";

    /** Languages the kiosk can show (content falls back to English where a translation is missing). */
    public static final Set<String> LANGUAGES = Set.of("en", "es", "fr", "de", "uk");

    static final int DEFAULT_SLIDE_INTERVAL = 10;
    static final int DEFAULT_TRANSITION = 800;
    static final int DEFAULT_IDLE_TIMEOUT = 60;
    static final int DEFAULT_MAX_TECHNIQUES = 6;
    static final int DEFAULT_RETENTION_DAYS = 400;

    private static final Set<String> KNOWN_KEYS = Set.of(SLIDE_INTERVAL, TRANSITION, IDLE_TIMEOUT, CLINIC_NAME,
            CLINIC_PHONE, CLINIC_ADDRESS, CLINIC_LOGO, PAPER, MAX_TECHNIQUES, PRINTER, LANGUAGE, MEDIA_DIR, STATS_DIR, EXPORTS_DIR,
            FULLSCREEN, KIOSK_ID, RETENTION, STAFF_PIN, STAFF_HOLD, STAFF_LOCKOUT, STAFF_AUTOLOCK, LANGUAGES_OFFERED,
            HIGH_CONTRAST, ALTERNATE, HIDE_CURSOR);
    /** Settings that hold a path: read exactly as typed, so {@code C:\\kiosk\\media} means what it says. */
    static final Set<String> PATH_KEYS = Set.of(MEDIA_DIR, STATS_DIR, EXPORTS_DIR, CLINIC_LOGO);
    private static final Set<String> LOGO_TYPES = Set.of("png", "jpg", "jpeg", "svg");

    private final Path file;
    private final Path baseDir;
    private final Map<String, PropertiesFile.Line> values;
    private final List<SettingsProblem> problems = new ArrayList<>();

    private SettingsLoader(Path file, PropertiesFile.Parsed parsed) {
        this.file = file;
        Path absolute = file.toAbsolutePath();
        Path parent = absolute.getParent();
        this.baseDir = parent == null ? absolute : parent;
        this.values = parsed.lines();
        parsed.problems().forEach(p -> problems.add(new SettingsProblem(file, p.line(), p.key(), "", p.message()
                + (p.key().isEmpty() ? "" : "; " + p.key() + " uses its default"))));
    }

    /**
     * Reads {@code file}; never throws, whatever the file holds. Each line stands alone: a broken
     * line is reported with its number and only the setting on it falls back to its default.
     */
    public static LoadedSettings load(Path file) {
        try {
            if (!Files.exists(file)) {
                SettingsLoader loader = new SettingsLoader(file, new PropertiesFile.Parsed(Map.of(), List.of()));
                loader.problems.add(new SettingsProblem(file, 0, "", "", "file not found (" + file.toAbsolutePath()
                        + "); every setting uses its default"));
                return loader.build();
            }
            return new SettingsLoader(file, PropertiesFile.read(file)).build();
        } catch (RuntimeException e) {
            // Nothing in a file should get here; if something does, the kiosk still starts, and the log says why.
            LOG.log(System.Logger.Level.ERROR, "Unexpected failure while reading the settings " + file, e);
            SettingsLoader loader = new SettingsLoader(file, new PropertiesFile.Parsed(Map.of(), List.of()));
            loader.problems.add(new SettingsProblem(file, 0, "", "", "could not be read because of an unexpected "
                    + "error (" + e.getClass().getSimpleName() + ", details in the log); every setting uses its "
                    + "default"));
            return loader.build();
        }
    }

    private LoadedSettings build() {
        for (PropertiesFile.Line line : values.values()) {
            if (!KNOWN_KEYS.contains(line.key())) {
                problems.add(new SettingsProblem(file, line.number(), line.key(), line.raw(),
                        "unknown setting, ignored (check the spelling; see the comments in the file)"));
            }
        }
        KioskSettings settings = new KioskSettings(
                file,
                Duration.ofSeconds(integer(SLIDE_INTERVAL, 2, 600, DEFAULT_SLIDE_INTERVAL, "seconds")),
                Duration.ofMillis(integer(TRANSITION, 0, 5000, DEFAULT_TRANSITION, "milliseconds")),
                Duration.ofSeconds(integer(IDLE_TIMEOUT, 15, 3600, DEFAULT_IDLE_TIMEOUT, "seconds")),
                new Clinic(text(CLINIC_NAME, "Your physiotherapy clinic"), text(CLINIC_PHONE, ""),
                        text(CLINIC_ADDRESS, ""), logo()),
                paper(),
                integer(MAX_TECHNIQUES, 1, 12, DEFAULT_MAX_TECHNIQUES, "techniques"),
                text(PRINTER, ""),
                language(),
                directory(MEDIA_DIR, "media"),
                directory(STATS_DIR, "stats"),
                directory(EXPORTS_DIR, "exports"),
                kioskId(),
                integer(RETENTION, 0, 36500, DEFAULT_RETENTION_DAYS, "days"),
                new KioskSettings.Staff(pin(),
                        Duration.ofSeconds(integer(STAFF_HOLD, 1, 30, 3, "seconds")),
                        Duration.ofSeconds(integer(STAFF_LOCKOUT, 5, 3600, 300, "seconds")),
                        Duration.ofSeconds(integer(STAFF_AUTOLOCK, 15, 3600, 120, "seconds"))),
                languages(),
                bool(ALTERNATE, false),
                bool(HIGH_CONTRAST, false),
                bool(HIDE_CURSOR, false),
                bool(FULLSCREEN, true));
        return new LoadedSettings(settings, problems);
    }

    /** The value of {@code key} as the kiosk reads it: escapes decoded, except in paths. */
    private Optional<String> raw(String key) {
        PropertiesFile.Line line = values.get(key);
        if (line == null) {
            return Optional.empty();
        }
        String v = (PATH_KEYS.contains(key) ? line.raw() : PropertiesFile.unescape(line.raw())).strip();
        return v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

    private int lineOf(String key) {
        PropertiesFile.Line line = values.get(key);
        return line == null ? 0 : line.number();
    }

    private void bad(String key, String value, String expected, Object fallback) {
        String using = fallback == null || fallback.toString().isEmpty()
                ? "left empty" : "using the default " + fallback;
        problems.add(new SettingsProblem(file, lineOf(key), key, value, "expected " + expected + "; " + using));
    }

    private int integer(String key, int min, int max, int fallback, String unit) {
        Optional<String> v = raw(key);
        if (v.isEmpty()) {
            return fallback;
        }
        String expected = "a whole number of " + unit + " from " + min + " to " + max;
        try {
            int n = Integer.parseInt(v.get());
            if (n < min || n > max) {
                bad(key, v.get(), expected, fallback + " " + unit);
                return fallback;
            }
            return n;
        } catch (NumberFormatException e) {
            bad(key, v.get(), expected, fallback + " " + unit);
            return fallback;
        }
    }

    private String text(String key, String fallback) {
        return raw(key).orElse(fallback);
    }

    /** The languages offered, e.g. "en, es, uk"; the start language is always among them. */
    private List<Locale> languages() {
        List<Locale> all = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"), Locale.forLanguageTag("fr"),
                Locale.GERMAN, Locale.forLanguageTag("uk"));
        Optional<String> v = raw(LANGUAGES_OFFERED);
        if (v.isEmpty()) {
            return all;
        }
        List<Locale> out = new ArrayList<>();
        for (String part : v.get().split(",")) {
            String code = part.strip().toLowerCase(Locale.ROOT);
            if (!LANGUAGES.contains(code)) {
                bad(LANGUAGES_OFFERED, v.get(), "language codes from en, es, fr, de, uk separated by commas",
                        "en, es, fr, de, uk");
                return all;
            }
            Locale l = Locale.forLanguageTag(code);
            if (!out.contains(l)) {
                out.add(l);
            }
        }
        return List.copyOf(out);
    }

    /** Only a hash made by staff mode is accepted; a PIN typed here in clear is refused. */
    private String pin() {
        Optional<String> v = raw(STAFF_PIN);
        if (v.isEmpty()) {
            return "";
        }
        String[] parts = v.get().split("\\$");
        if (parts.length != 4 || !parts[0].equals("pbkdf2-sha256") || !parts[1].matches("\\d{5,8}")) {
            problems.add(new SettingsProblem(file, lineOf(STAFF_PIN), STAFF_PIN, "(hidden)", "expected a PIN hash written by staff mode "
                    + "(never the PIN itself); staff mode will ask for a new PIN"));
            return "";
        }
        return v.get();
    }

    /**
     * Checks values as staff type them: the problems these values would give, by key, with the
     * same words as at start-up. Nothing is written.
     */
    public static Map<String, String> check(Path file, Map<String, String> values) {
        StringBuilder text = new StringBuilder();
        values.forEach((k, v) -> text.append(lineFor(k, v)).append('\n'));
        SettingsLoader loader = new SettingsLoader(file,
                PropertiesFile.parse(text.toString().getBytes(StandardCharsets.UTF_8)));
        loader.build();
        Map<String, String> out = new java.util.LinkedHashMap<>();
        loader.problems.forEach(p -> out.putIfAbsent(p.key(), p.message()));
        return out;
    }

    /** The line that sets {@code key} to {@code value} in the file, as the writer writes it. */
    static String lineFor(String key, String value) {
        return PropertiesFile.lineFor(key, value, PATH_KEYS.contains(key));
    }

    /** Letters, digits, dots, dashes and underscores: it becomes part of file names. */
    private String kioskId() {
        String fallback = defaultKioskId();
        Optional<String> v = raw(KIOSK_ID);
        if (v.isEmpty()) {
            return fallback;
        }
        if (!v.get().matches("[A-Za-z0-9._-]{1,40}")) {
            bad(KIOSK_ID, v.get(), "1 to 40 letters, digits, dots, dashes or underscores", fallback);
            return fallback;
        }
        return v.get();
    }

    /** The computer's name, so two kiosks sharing a stats folder differ even when nobody set an id. */
    static String defaultKioskId() {
        String host = System.getenv("HOSTNAME");
        if (host == null || host.isBlank()) {
            host = System.getenv("COMPUTERNAME");
        }
        if (host == null || host.isBlank()) {
            try {
                host = java.net.InetAddress.getLocalHost().getHostName();
            } catch (java.io.IOException e) {
                host = "kiosk";
            }
        }
        String id = host.replaceAll("[^A-Za-z0-9._-]", "-");
        return id.isEmpty() ? "kiosk" : id.substring(0, Math.min(40, id.length()));
    }

    private boolean bool(String key, boolean fallback) {
        Optional<String> v = raw(key);
        if (v.isEmpty()) {
            return fallback;
        }
        switch (v.get().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on":
                return true;
            case "false", "no", "off":
                return false;
            default:
                bad(key, v.get(), "true or false", fallback);
                return fallback;
        }
    }

    private PaperSize paper() {
        Optional<String> v = raw(PAPER);
        if (v.isEmpty()) {
            return PaperSize.A4;
        }
        try {
            return PaperSize.valueOf(v.get().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            bad(PAPER, v.get(), "A4 or Letter", "A4");
            return PaperSize.A4;
        }
    }

    private Locale language() {
        Optional<String> v = raw(LANGUAGE);
        if (v.isEmpty()) {
            return Locale.ENGLISH;
        }
        String code = v.get().toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(code)) {
            bad(LANGUAGE, v.get(), "one of " + String.join(", ", new TreeSet<>(LANGUAGES))
                    + " (en English, es Español, fr Français, de Deutsch, uk Українська)", "en");
            return Locale.ENGLISH;
        }
        return Locale.forLanguageTag(code);
    }

    private Path directory(String key, String fallback) {
        Optional<String> v = raw(key);
        Path dflt = baseDir.resolve(fallback).normalize();
        if (v.isEmpty()) {
            return dflt;
        }
        try {
            Path p = baseDir.resolve(v.get()).normalize();
            if (Files.exists(p) && !Files.isDirectory(p)) {
                bad(key, v.get(), "a folder, but this is a file", dflt);
                return dflt;
            }
            return p;
        } catch (java.nio.file.InvalidPathException e) {
            bad(key, v.get(), "a valid folder path", dflt);
            return dflt;
        }
    }

    private Optional<Path> logo() {
        Optional<String> v = raw(CLINIC_LOGO);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        String expected = "an existing PNG, JPEG or SVG image file";
        try {
            Path p = baseDir.resolve(v.get()).normalize();
            String name = p.getFileName() == null ? "" : p.getFileName().toString();
            String type = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1)
                    .toLowerCase(Locale.ROOT) : "";
            if (!Files.isRegularFile(p)) {
                bad(CLINIC_LOGO, v.get(), expected + " (not found: " + p + ")", "");
                return Optional.empty();
            }
            if (!LOGO_TYPES.contains(type)) {
                bad(CLINIC_LOGO, v.get(), expected, "");
                return Optional.empty();
            }
            return Optional.of(p);
        } catch (java.nio.file.InvalidPathException e) {
            bad(CLINIC_LOGO, v.get(), expected, "");
            return Optional.empty();
        }
    }
}
