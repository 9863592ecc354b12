package org.physiokiosk.settings;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.physiokiosk.qr.WebLink;
import org.physiokiosk.schedule.DateRange;
import org.physiokiosk.schedule.ScheduleException;
import org.physiokiosk.schedule.ScheduleText;
import org.physiokiosk.schedule.TimeRange;

/**
 * The kind of value a setting holds: how its text is read and checked, what is expected when it
 * is wrong (in the words the kiosk logs and the staff form shows), and how a value is written.
 */
public abstract class SettingType<T> {

    /** The languages the kiosk can show, in the order offered by default. */
    static final List<String> LANGUAGE_CODES = List.of("en", "es", "fr", "de", "uk");

    /** How the staff form offers a setting. */
    public enum Form {
        /** A line of text. */
        TEXT,
        /** A tick box. */
        YES_NO,
        /** One of {@link #choices()}. */
        CHOICE,
        /** One of the printers the system offers, or the default printer (the form looks them up). */
        PRINTER,
        /** A whole number, shown with its {@link #unit()} beside it. */
        NUMBER,
        /** One of {@link #choices()}, language codes, each shown by its own name. */
        LANGUAGE,
        /** Any of {@link #choices()}, language codes, each shown by its own name and ticked when offered. */
        LANGUAGES
    }

    /**
     * Where values are read: the folder relative paths start from, and the computer's name
     * (looked up only when a setting needs it, at most once).
     */
    public static final class Context {
        private final Path baseDir;
        private final Supplier<String> computerName;
        private String name;

        Context(Path baseDir, Supplier<String> computerName) {
            this.baseDir = baseDir;
            this.computerName = computerName;
        }

        Path baseDir() {
            return baseDir;
        }

        synchronized String computerName() {
            if (name == null) {
                name = computerName.get();
            }
            return name;
        }

        /** {@code p} as typed in the file: relative to its folder when it is inside it. */
        String relative(Path p) {
            return p.startsWith(baseDir) ? baseDir.relativize(p).toString() : p.toString();
        }
    }

    /** A value that cannot be used; {@code expected} says what would be ("a whole number of …"). */
    static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;

        Invalid(String expected) {
            super(expected, null, false, false);
        }
    }

    /** The value of {@code text} (stripped, never empty); {@link Invalid} when it cannot be used. */
    abstract T read(String text, Context c) throws Invalid;

    /** The value written as a person would type it (in the file or the staff form). */
    abstract String show(T value, Context c);

    /** What a value must be, for the README ("a whole number of seconds from 2 to 600"). */
    public abstract String expected();

    /** The value of an empty line, for settings whose default is empty. */
    T empty(Context c) {
        throw new IllegalStateException(getClass().getSimpleName() + " has no empty value; give a default");
    }

    /** The default written as {@code defaultText} (empty: {@link #empty}). */
    T byDefault(String defaultText, Context c) {
        if (defaultText.isEmpty()) {
            return empty(c);
        }
        try {
            return read(defaultText, c);
        } catch (Invalid e) {
            throw new IllegalStateException("The default \"" + defaultText + "\" is not " + e.getMessage(), e);
        }
    }

    /** What the kiosk does instead of a wrong value: "using the default 10 seconds", "left empty". */
    String instead(T fallback, Context c) {
        String s = show(fallback, c);
        return s.isEmpty() ? "left empty" : "using the default " + s;
    }

    /**
     * The value used when the one written could not be used ({@code why}: its file, line and
     * reason): the default for every setting but the PIN, which stays "unreadable" so that a
     * damaged file never looks like a kiosk with no PIN yet.
     */
    T unusable(T fallback, String why) {
        return fallback;
    }

    /** What the kiosk does when the line of {@code key} could not be read at all. */
    String insteadOfLostLine(String key) {
        return key + " uses its default";
    }

    /** Paths are read exactly as typed: no escapes, so {@code C:\kiosk} means what it says. */
    public boolean literal() {
        return false;
    }

    /** True when the value must never be repeated in a message (the PIN hash). */
    boolean secret() {
        return false;
    }

    public Form form() {
        return Form.TEXT;
    }

    /** The values a {@link Form#CHOICE}, {@link Form#LANGUAGE} or {@link Form#LANGUAGES} offers, as typed in the file. */
    public List<String> choices() {
        return List.of();
    }

    /** What a {@link Form#NUMBER} counts, in English ("seconds", "techniques"); empty for other forms. */
    public String unit() {
        return "";
    }

    // ---- the types ----

    /** A whole number from {@code min} to {@code max}, in {@code unit} ("techniques", "days"). */
    static SettingType<Integer> wholeNumber(int min, int max, String unit) {
        return new SettingType<>() {
            @Override
            Integer read(String text, Context c) throws Invalid {
                return parse(text, min, max, unit);
            }

            @Override
            String show(Integer value, Context c) {
                return value.toString();
            }

            @Override
            public String expected() {
                return wholeNumberOf(min, max, unit);
            }

            @Override
            String instead(Integer fallback, Context c) {
                return "using the default " + fallback + " " + unit;
            }

            @Override
            public Form form() {
                return Form.NUMBER;
            }

            @Override
            public String unit() {
                return unit;
            }
        };
    }

    /** A time written as a whole number of {@code unit} (seconds or milliseconds). */
    static SettingType<Duration> duration(int min, int max, ChronoUnit unit) {
        String word = unit == ChronoUnit.MILLIS ? "milliseconds" : unit.toString().toLowerCase(Locale.ROOT);
        return new SettingType<>() {
            @Override
            Duration read(String text, Context c) throws Invalid {
                return Duration.of(parse(text, min, max, word), unit);
            }

            @Override
            String show(Duration value, Context c) {
                return Long.toString(unit == ChronoUnit.MILLIS ? value.toMillis() : value.toSeconds());
            }

            @Override
            public String expected() {
                return wholeNumberOf(min, max, word);
            }

            @Override
            String instead(Duration fallback, Context c) {
                return "using the default " + show(fallback, c) + " " + word;
            }

            @Override
            public Form form() {
                return Form.NUMBER;
            }

            @Override
            public String unit() {
                return word;
            }
        };
    }

    private static String wholeNumberOf(int min, int max, String unit) {
        return "a whole number of " + unit + " from " + min + " to " + max;
    }

    private static int parse(String text, int min, int max, String unit) throws Invalid {
        try {
            int n = Integer.parseInt(text);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new Invalid(wholeNumberOf(min, max, unit));
    }

    /** true or false (yes/no and on/off are read too). */
    static SettingType<Boolean> yesNo() {
        return new SettingType<>() {
            @Override
            Boolean read(String text, Context c) throws Invalid {
                switch (text.toLowerCase(Locale.ROOT)) {
                    case "true", "yes", "on":
                        return true;
                    case "false", "no", "off":
                        return false;
                    default:
                        throw new Invalid(expected());
                }
            }

            @Override
            String show(Boolean value, Context c) {
                return value.toString();
            }

            @Override
            public String expected() {
                return "true or false";
            }

            @Override
            public Form form() {
                return Form.YES_NO;
            }
        };
    }

    /** Any text on one line; empty is allowed. */
    static SettingType<String> text() {
        return text(Form.TEXT);
    }

    /**
     * A telephone number as it is dialled and printed: 2 to 20 characters of digits, spaces, +, - and
     * ( ), at least two of them digits. Letters and other signs are refused, so a typing slip
     * never prints a number nobody can call.
     */
    static SettingType<String> phoneNumber() {
        return new SettingType<>() {
            @Override
            String read(String text, Context c) throws Invalid {
                if (!text.matches("[0-9 +()\\-]{2,20}") || text.replaceAll("[^0-9]", "").length() < 2) {
                    throw new Invalid(expected());
                }
                return text;
            }

            @Override
            String show(String value, Context c) {
                return value;
            }

            @Override
            public String expected() {
                return "a telephone number of 2 to 20 characters: digits, spaces, +, - and ( ), "
                        + "at least two digits (e.g. 999, 112 or 911)";
            }
        };
    }

    /** A web address patients may open from a QR code: https only (see {@link WebLink}); empty for none. */
    static SettingType<Optional<WebLink>> webLink() {
        return new SettingType<>() {
            @Override
            Optional<WebLink> read(String text, Context c) throws Invalid {
                String why = WebLink.problem(text);
                if (why != null) {
                    throw new Invalid(why);
                }
                return Optional.of(WebLink.parse(text));
            }

            @Override
            Optional<WebLink> empty(Context c) {
                return Optional.empty();
            }

            @Override
            String show(Optional<WebLink> value, Context c) {
                return value.map(WebLink::toString).orElse("");
            }

            @Override
            public String expected() {
                return "a web address starting with https://";
            }

            @Override
            public boolean literal() {
                return true;
            }
        };
    }

    /** The name of a printer as the operating system gives it; empty for the system's default. */
    static SettingType<String> printer() {
        return text(Form.PRINTER);
    }

    private static SettingType<String> text(Form form) {
        return new SettingType<>() {
            @Override
            String read(String text, Context c) {
                return text;
            }

            @Override
            String show(String value, Context c) {
                return value;
            }

            @Override
            public String expected() {
                return "text";
            }

            @Override
            String empty(Context c) {
                return "";
            }

            @Override
            public Form form() {
                return form;
            }
        };
    }

    /** A folder, absolute or relative to the settings file's folder; it need not exist yet. */
    static SettingType<Path> folder() {
        return new SettingType<>() {
            @Override
            Path read(String text, Context c) throws Invalid {
                try {
                    Path p = c.baseDir().resolve(text).normalize();
                    if (Files.exists(p) && !Files.isDirectory(p)) {
                        throw new Invalid("a folder, but this is a file");
                    }
                    return p;
                } catch (InvalidPathException e) {
                    throw new Invalid("a valid folder path");
                }
            }

            @Override
            Path byDefault(String defaultText, Context c) {
                return c.baseDir().resolve(defaultText).normalize();
            }

            @Override
            String show(Path value, Context c) {
                return c.relative(value);
            }

            @Override
            String instead(Path fallback, Context c) {
                return "using the default " + fallback;
            }

            @Override
            public String expected() {
                return "a folder";
            }

            @Override
            public boolean literal() {
                return true;
            }
        };
    }

    /** An existing image file of one of {@code types} (lower-case extensions); empty for none. */
    static SettingType<Optional<Path>> imageFile(Set<String> types, String names) {
        String expected = "an existing " + names + " image file";
        return new SettingType<>() {
            @Override
            Optional<Path> read(String text, Context c) throws Invalid {
                try {
                    Path p = c.baseDir().resolve(text).normalize();
                    String name = p.getFileName() == null ? "" : p.getFileName().toString();
                    String type = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1)
                            .toLowerCase(Locale.ROOT) : "";
                    if (!Files.isRegularFile(p)) {
                        throw new Invalid(expected + " (not found: " + p + ")");
                    }
                    if (!types.contains(type)) {
                        throw new Invalid(expected);
                    }
                    return Optional.of(p);
                } catch (InvalidPathException e) {
                    throw new Invalid(expected);
                }
            }

            @Override
            Optional<Path> empty(Context c) {
                return Optional.empty();
            }

            @Override
            String show(Optional<Path> value, Context c) {
                return value.map(c::relative).orElse("");
            }

            @Override
            public String expected() {
                return expected;
            }

            @Override
            public boolean literal() {
                return true;
            }
        };
    }

    /** One of the languages the kiosk can show, by its code. */
    static SettingType<Locale> language() {
        return new SettingType<>() {
            @Override
            Locale read(String text, Context c) throws Invalid {
                String code = text.toLowerCase(Locale.ROOT);
                if (!LANGUAGE_CODES.contains(code)) {
                    throw new Invalid(expected());
                }
                return Locale.forLanguageTag(code);
            }

            @Override
            String show(Locale value, Context c) {
                return value.getLanguage();
            }

            @Override
            public String expected() {
                return "one of " + String.join(", ", LANGUAGE_CODES.stream().sorted().toList())
                        + " (en English, es Español, fr Français, de Deutsch, uk Українська)";
            }

            @Override
            public Form form() {
                return Form.LANGUAGE;
            }

            @Override
            public List<String> choices() {
                return LANGUAGE_CODES;
            }
        };
    }

    /** Language codes separated by commas, in the order offered; a code given twice counts once. */
    static SettingType<List<Locale>> languages() {
        return new SettingType<>() {
            @Override
            List<Locale> read(String text, Context c) throws Invalid {
                List<Locale> out = new ArrayList<>();
                for (String part : text.split(",")) {
                    String code = part.strip().toLowerCase(Locale.ROOT);
                    if (!LANGUAGE_CODES.contains(code)) {
                        throw new Invalid(expected());
                    }
                    Locale l = Locale.forLanguageTag(code);
                    if (!out.contains(l)) {
                        out.add(l);
                    }
                }
                return List.copyOf(out);
            }

            @Override
            String show(List<Locale> value, Context c) {
                return String.join(", ", value.stream().map(Locale::getLanguage).toList());
            }

            @Override
            public String expected() {
                return "language codes from " + String.join(", ", LANGUAGE_CODES) + " separated by commas";
            }

            @Override
            public Form form() {
                return Form.LANGUAGES;
            }

            @Override
            public List<String> choices() {
                return LANGUAGE_CODES;
            }
        };
    }

    /** The words a day closed all day is written with; {@link #ALL_DAY} the words of a day open all day. */
    static final String CLOSED = "closed";
    static final String ALL_DAY = "all day";

    /**
     * The opening hours of one weekday: hour ranges ({@code 08:00-12:00, 14:00-18:00}), {@code closed}
     * or {@code all day}. An empty line is the default, like every setting's, so a blank never
     * closes the clinic by accident: closing a day takes the word.
     */
    static SettingType<List<TimeRange>> dayHours() {
        return new SettingType<>() {
            @Override
            List<TimeRange> read(String text, Context c) throws Invalid {
                String t = text.toLowerCase(Locale.ROOT);
                if (t.equals(CLOSED)) {
                    return List.of();
                }
                if (t.equals(ALL_DAY)) {
                    return List.of(TimeRange.ALL_DAY);
                }
                try {
                    return ScheduleText.hours(text);
                } catch (ScheduleException e) {
                    throw new Invalid(expected() + " (" + e.getMessage() + ")");
                }
            }

            @Override
            String show(List<TimeRange> value, Context c) {
                if (value.isEmpty()) {
                    return CLOSED;
                }
                return value.equals(List.of(TimeRange.ALL_DAY)) ? ALL_DAY : ScheduleText.hours(value);
            }

            @Override
            public String expected() {
                return "hour ranges such as 08:00-12:00, 14:00-18:00, or the word closed, or all day";
            }
        };
    }

    /** Dates and date ranges the clinic is closed: {@code 2026-12-24..2026-12-26, 2027-01-01}; empty for none. */
    static SettingType<List<DateRange>> closedDates() {
        return new SettingType<>() {
            @Override
            List<DateRange> read(String text, Context c) throws Invalid {
                try {
                    return ScheduleText.dateRanges(text);
                } catch (ScheduleException e) {
                    throw new Invalid(expected() + " (" + e.getMessage() + ")");
                }
            }

            @Override
            List<DateRange> empty(Context c) {
                return List.of();
            }

            @Override
            String show(List<DateRange> value, Context c) {
                return ScheduleText.dateRanges(value);
            }

            @Override
            public String expected() {
                return "dates written YYYY-MM-DD and ranges such as 2026-12-24..2026-12-26, separated by commas";
            }
        };
    }

    /** A4 or Letter. */
    /** How moving drawings play on screen: on, reduced or off. */
    static SettingType<Motion> motion() {
        return new SettingType<>() {
            @Override
            Motion read(String text, Context c) throws Invalid {
                return Motion.of(text).orElseThrow(() -> new Invalid(expected()));
            }

            @Override
            String show(Motion value, Context c) {
                return value.word();
            }

            @Override
            public String expected() {
                return "on, reduced or off";
            }

            @Override
            public Form form() {
                return Form.CHOICE;
            }

            @Override
            public List<String> choices() {
                return List.of("on", "reduced", "off");
            }
        };
    }

    static SettingType<PaperSize> paper() {
        return new SettingType<>() {
            @Override
            PaperSize read(String text, Context c) throws Invalid {
                try {
                    return PaperSize.valueOf(text.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new Invalid(expected());
                }
            }

            @Override
            String show(PaperSize value, Context c) {
                return value == PaperSize.A4 ? "A4" : "Letter";
            }

            @Override
            public String expected() {
                return "A4 or Letter";
            }

            @Override
            public Form form() {
                return Form.CHOICE;
            }

            @Override
            public List<String> choices() {
                return List.of("A4", "Letter");
            }
        };
    }

    /** A name that becomes part of file names; empty means the computer's name. */
    static SettingType<String> kioskId() {
        return new SettingType<>() {
            @Override
            String read(String text, Context c) throws Invalid {
                if (!text.matches("[A-Za-z0-9._-]{1,40}")) {
                    throw new Invalid(expected());
                }
                return text;
            }

            @Override
            String empty(Context c) {
                return c.computerName();
            }

            @Override
            String show(String value, Context c) {
                return value;
            }

            @Override
            public String expected() {
                return "1 to 40 letters, digits, dots, dashes or underscores";
            }
        };
    }

    /**
     * The staff PIN's hash as {@code set-pin} or staff mode writes it. Only a PIN typed in clear
     * (or any value that is not a tagged hash) is refused here; whether a hash is whole (its
     * method, rounds, salt and length) is {@code staff.PinHash}'s one rule. A value that cannot
     * be used is kept as "unreadable", never as "no PIN".
     */
    static SettingType<StoredPin> pinHash() {
        return new SettingType<>() {
            @Override
            StoredPin read(String text, Context c) throws Invalid {
                int dollar = text.indexOf('$');
                if (dollar <= 0 || text.chars().anyMatch(Character::isWhitespace)) {
                    throw new Invalid(expected());
                }
                return StoredPin.of(text);
            }

            @Override
            StoredPin empty(Context c) {
                return StoredPin.NONE;
            }

            @Override
            String show(StoredPin value, Context c) {
                return value.hash();
            }

            @Override
            String instead(StoredPin fallback, Context c) {
                return STAFF_CLOSED;
            }

            @Override
            StoredPin unusable(StoredPin fallback, String why) {
                return StoredPin.unreadable(why);
            }

            @Override
            String insteadOfLostLine(String key) {
                return STAFF_CLOSED;
            }

            @Override
            public String expected() {
                return "a PIN hash written by set-pin or staff mode (never the PIN itself)";
            }

            @Override
            boolean secret() {
                return true;
            }
        };
    }

    /** What a stored PIN that cannot be read means (never "choose a new one": anyone could). */
    static final String STAFF_CLOSED = "staff mode stays closed until the PIN is set again with set-pin (see the "
            + "README)";
}
