package org.physiokiosk.staff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.physiokiosk.settings.KioskSettings;
import org.physiokiosk.settings.Setting;
import org.physiokiosk.settings.SettingType;
import org.physiokiosk.settings.Settings;

/**
 * The staff Settings form without its Swing: every setting staff edit (from {@link Settings#ALL}),
 * its value as the file writes it, what is wrong with it, whether it changed since the last save,
 * and the status line. The panel shows this state and passes each touch back; checking and saving
 * themselves are the panel's slow work, reported here with {@link #checked} and {@link #saved}.
 */
public final class SettingsForm {

    /** How the status line reads: plain news, a finished save, or something to put right. */
    public enum Tone { NONE, BUSY, SUCCESS, PROBLEM }

    /** What the status line says. */
    public record Status(Tone tone, String text) {
    }

    /** A printer's state, as staff choose one. */
    public enum PrinterState { READY, STOPPED, NOT_FOUND, NOT_CHECKED }

    /** One printer of the list: its name and state; the empty name is the system's default printer. */
    public record Printer(String name, PrinterState state) {
        public boolean isDefault() {
            return name.isEmpty();
        }
    }

    private final List<Setting<?>> settings;
    private final Function<String, String> words;
    private final Map<String, String> values = new LinkedHashMap<>();
    private Map<String, String> lastSaved;
    /** Problems from the kiosk's own check (the words it logs at start-up), by key. */
    private Map<String, String> found = Map.of();
    private List<Printer> printers = List.of();
    private boolean lookingUpPrinters;
    private Status status = new Status(Tone.NONE, "");
    private int checksAsked;

    /**
     * @param settings the settings as loaded: the form starts with their values
     * @param words    the staff language's text for a message key ({@code staff.settings.oneLanguage})
     */
    public SettingsForm(KioskSettings settings, Function<String, String> words) {
        this.settings = Settings.ALL.stream().filter(Setting::staffEdits).toList();
        this.words = words;
        for (Setting<?> s : this.settings) {
            values.put(s.key(), settings.written(s));
        }
        lastSaved = Map.copyOf(values);
        printers = withConfigured(List.of(), false);
    }

    /** The settings of the form, in the table's order. */
    public List<Setting<?>> settings() {
        return settings;
    }

    public SettingType.Form form(String key) {
        return setting(key).type().form();
    }

    /** The value of {@code key} as it would be written in the file. */
    public String value(String key) {
        return values.get(known(key));
    }

    /** Every value as it would be written in the file, by key. */
    public Map<String, String> values() {
        return Map.copyOf(values);
    }

    /** Staff changed {@code key} to {@code value} (typed text, a choice: as written in the file). */
    public void set(String key, String value) {
        values.put(known(key), value.strip());
        if (status.tone() == Tone.SUCCESS) {
            status = new Status(Tone.NONE, "");
        }
    }

    // ---- yes / no ----

    public boolean isOn(String key) {
        String v = value(key).toLowerCase(Locale.ROOT);
        return v.equals("true") || v.equals("yes") || v.equals("on");
    }

    public void setOn(String key, boolean on) {
        set(key, Boolean.toString(on));
    }

    // ---- languages ----

    /** The language codes offered by a {@link SettingType.Form#LANGUAGES} setting, in the order offered. */
    public List<String> offered(String key) {
        return Arrays.stream(value(key).split(",")).map(c -> c.strip().toLowerCase(Locale.ROOT))
                .filter(c -> !c.isEmpty()).distinct().toList();
    }

    public boolean isOffered(String key, String code) {
        return offered(key).contains(code);
    }

    /**
     * Offers {@code code} or stops offering it; a language newly offered comes last. The start
     * language follows: one no longer offered gives way to the first language still offered.
     * The last language offered cannot be taken away (patients need one): it stays, with a message.
     */
    public void setOffered(String key, String code, boolean offer) {
        List<String> now = new ArrayList<>(offered(key));
        if (offer && !now.contains(code)) {
            now.add(code);
        } else if (!offer) {
            if (now.size() == 1 && now.contains(code)) {
                status = new Status(Tone.PROBLEM, words.apply("staff.settings.oneLanguage"));
                return;
            }
            now.remove(code);
        }
        set(key, String.join(", ", now));
        for (Setting<?> start : settings) {
            if (start.type().form() == SettingType.Form.LANGUAGE && !now.contains(value(start.key()))) {
                set(start.key(), now.get(0));
            }
        }
    }

    /**
     * The codes a {@link SettingType.Form#LANGUAGE} setting may be set to: those offered, when
     * the form has a list of offered languages; else every language the kiosk can show.
     */
    public List<String> startChoices(String key) {
        return settings.stream().filter(s -> s.type().form() == SettingType.Form.LANGUAGES)
                .findFirst().map(s -> offered(s.key())).orElse(setting(key).type().choices());
    }

    /** A language's name in itself, as patients see it: "English", "Español", "Українська". */
    public static String languageName(String code) {
        Locale l = Locale.forLanguageTag(code);
        String name = l.getDisplayLanguage(l);
        return name.isEmpty() ? code : name.substring(0, 1).toUpperCase(l) + name.substring(1);
    }

    // ---- numbers ----

    /** The unit's message key beside a number ({@code staff.unit.seconds}), English unit as the fall-back. */
    public String unitKey(String key) {
        return "staff.unit." + setting(key).type().unit();
    }

    public String unit(String key) {
        return setting(key).type().unit();
    }

    // ---- printers ----

    /**
     * The printers to offer, from the names the system gives ({@code found}) and whether each
     * queue is {@code stopped}; a printer named in the settings but not found is listed as such,
     * so staff see why nothing prints. Slow when {@code stopped} asks CUPS: call it off the event thread.
     */
    public static List<Printer> lookUp(List<String> found, Predicate<String> stopped) {
        return found.stream().map(n -> new Printer(n, stopped.test(n) ? PrinterState.STOPPED : PrinterState.READY))
                .toList();
    }

    public void lookingUpPrinters() {
        lookingUpPrinters = true;
    }

    public boolean isLookingUpPrinters() {
        return lookingUpPrinters;
    }

    /** The lookup's answer: the list becomes the default printer, what was found, and a missing configured one. */
    public void printersFound(List<Printer> found) {
        lookingUpPrinters = false;
        printers = withConfigured(found, true);
    }

    /** The lookup failed ({@code why} in plain words): only the default and the configured printer are listed. */
    public void printersNotFound(String why) {
        lookingUpPrinters = false;
        status = new Status(Tone.PROBLEM, why);
    }

    public List<Printer> printers() {
        return printers;
    }

    /** The printer setting's key, if the form has one. */
    public Optional<String> printerKey() {
        return settings.stream().filter(s -> s.type().form() == SettingType.Form.PRINTER).map(Setting::key)
                .findFirst();
    }

    /** The default printer first, then those found, then the configured one when it was not found. */
    private List<Printer> withConfigured(List<Printer> found, boolean lookedUp) {
        List<Printer> out = new ArrayList<>();
        out.add(new Printer("", !lookedUp ? PrinterState.NOT_CHECKED
                : found.isEmpty() ? PrinterState.NOT_FOUND : PrinterState.READY));
        out.addAll(found);
        printerKey().map(this::value).filter(n -> !n.isEmpty())
                .filter(n -> found.stream().noneMatch(p -> p.name().equals(n)))
                .ifPresent(n -> out.add(new Printer(n, lookedUp ? PrinterState.NOT_FOUND : PrinterState.NOT_CHECKED)));
        return List.copyOf(out);
    }

    // ---- checking and saving ----

    /** A new check is asked for; its number tells its answer from an older one arriving late. */
    public int checking() {
        return ++checksAsked;
    }

    /** The answer of check {@code asked}: the problem of each value by key; an older answer is ignored. */
    public void checked(int asked, Map<String, String> problems) {
        if (asked == checksAsked) {
            found = Map.copyOf(problems);
        }
    }

    /** What is wrong with {@code key}'s value, or empty. */
    public String problem(String key) {
        return found.getOrDefault(key, "");
    }

    public boolean hasProblems() {
        return settings.stream().anyMatch(s -> !problem(s.key()).isEmpty());
    }

    /** True when a value differs from what was last saved (or loaded). */
    public boolean isDirty() {
        return !values.equals(lastSaved);
    }

    public boolean isDirty(String key) {
        return !Objects.equals(values.get(key), lastSaved.get(key));
    }

    /** Save was pressed: the values to check and write. */
    public Map<String, String> saving() {
        status = new Status(Tone.BUSY, words.apply("staff.busy"));
        return values();
    }

    /**
     * The save of {@code written} ended: with the problems found (nothing written), or none
     * (written; those values are now the saved ones).
     */
    public void saved(int asked, Map<String, String> written, Map<String, String> problems) {
        checked(asked, problems);
        boolean refused = problems.keySet().stream().anyMatch(values::containsKey);
        if (refused) {
            status = new Status(Tone.PROBLEM, words.apply("staff.settings.fix"));
        } else {
            lastSaved = Map.copyOf(written);
            status = new Status(Tone.SUCCESS, words.apply("staff.settings.savedNote"));
        }
    }

    /** Writing failed ({@code why} in plain words). */
    public void notSaved(String why) {
        status = new Status(Tone.PROBLEM, why);
    }

    public void tell(Tone tone, String text) {
        status = new Status(tone, text);
    }

    public Status status() {
        return status;
    }

    private Setting<?> setting(String key) {
        return Settings.byKey(known(key)).orElseThrow();
    }

    private String known(String key) {
        if (!values.containsKey(key)) {
            throw new IllegalArgumentException("Not a setting of the staff form: " + key);
        }
        return key;
    }
}
