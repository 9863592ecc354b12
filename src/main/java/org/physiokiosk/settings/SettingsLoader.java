package org.physiokiosk.settings;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code kiosk.properties} once into {@link KioskSettings}. A missing file gives the
 * defaults; a bad value is reported (file, key, value, what is expected) and that one key
 * falls back to its default, so the kiosk always starts. Relative paths are resolved
 * against the folder of the settings file.
 */
public final class SettingsLoader {

    private static final System.Logger LOG = System.getLogger(SettingsLoader.class.getName());

    /** Languages the kiosk can show (content falls back to English where a translation is missing). */
    public static final Set<String> LANGUAGES = Set.copyOf(SettingType.LANGUAGE_CODES);

    private final Path file;
    private final Path baseDir;
    private final Map<String, PropertiesFile.Line> values;
    private final List<SettingsProblem> problems = new ArrayList<>();
    private final SettingType.Context context;
    /** Keys whose line was there but could not be read, with where and why. */
    private final Map<String, String> lostLines = new LinkedHashMap<>();
    /** Why the file could not be read in whole (every key not found may be in the part not read), or null. */
    private String notWhollyRead;

    private SettingsLoader(Path file, PropertiesFile.Parsed parsed) {
        this.file = file;
        Path absolute = file.toAbsolutePath();
        Path parent = absolute.getParent();
        this.baseDir = parent == null ? absolute : parent;
        this.values = parsed.lines();
        this.context = new SettingType.Context(baseDir, SettingsLoader::defaultKioskId);
        for (PropertiesFile.Problem p : parsed.problems()) {
            SettingsProblem problem = new SettingsProblem(file, p.line(), p.key(), "", p.message()
                    + (p.key().isEmpty() ? "" : "; " + Settings.byKey(p.key())
                            .map(s -> s.type().insteadOfLostLine(p.key())).orElse(p.key() + " uses its default")));
            problems.add(problem);
            if (p.line() == 0 && notWhollyRead == null) {
                notWhollyRead = problem.toString();
            } else if (!p.key().isEmpty()) {
                lostLines.putIfAbsent(p.key(), problem.toString());
            }
        }
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
            SettingsProblem problem = new SettingsProblem(file, 0, "", "", "could not be read because of an "
                    + "unexpected error (" + e.getClass().getSimpleName() + ", details in the log); every setting "
                    + "uses its default");
            loader.problems.add(problem);
            loader.notWhollyRead = problem.toString();
            return loader.build();
        }
    }

    private LoadedSettings build() {
        for (PropertiesFile.Line line : values.values()) {
            if (Settings.byKey(line.key()).isEmpty()) {
                problems.add(new SettingsProblem(file, line.number(), line.key(), line.raw(),
                        "unknown setting, ignored (check the spelling; see the comments in the file)"));
            }
        }
        Map<Setting<?>, Object> read = new LinkedHashMap<>();
        for (Setting<?> s : Settings.ALL) {
            read.put(s, value(s));
        }
        return new LoadedSettings(new KioskSettings(file, read), problems);
    }

    /** The value of {@code setting}: as written, or its default (and a problem saying why). */
    private <T> T value(Setting<T> setting) {
        PropertiesFile.Line line = values.get(setting.key());
        if (line == null) {
            // Not found: either not in the file (its default), or on a line or in a part of the file
            // that could not be read; the type decides what that means (the PIN: unreadable, not "none").
            String lost = lostLines.getOrDefault(setting.key(), notWhollyRead);
            T fallback = setting.defaultValue(context);
            return lost == null ? fallback : setting.type().unusable(fallback, lost);
        }
        String text = (setting.type().literal() ? line.raw() : PropertiesFile.unescape(line.raw())).strip();
        if (text.isEmpty()) {
            return setting.defaultValue(context);
        }
        try {
            return setting.type().read(text, context);
        } catch (SettingType.Invalid e) {
            T fallback = setting.defaultValue(context);
            SettingsProblem problem = new SettingsProblem(file, line.number(), setting.key(),
                    setting.type().secret() ? "(hidden)" : text,
                    "expected " + e.getMessage() + "; " + setting.type().instead(fallback, context));
            problems.add(problem);
            return setting.type().unusable(fallback, problem.toString());
        }
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
        return PropertiesFile.lineFor(key, value, Settings.byKey(key).map(s -> s.type().literal()).orElse(false));
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
}
