package org.physiokiosk.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the kiosk was asked to do on the command line.
 *
 * @param handout       true for the {@code handout} command
 * @param screenshotDir where {@code --screenshot} writes PNGs, or null to run the kiosk
 * @param sizes         screen sizes for screenshots, e.g. 1920x1080
 * @param symptoms      symptom ids for {@code handout --symptoms} (empty: the general plan)
 * @param out           the PDF {@code handout --out} writes
 * @param language      {@code --lang} for handout or {@code --screenshot}, or null for the settings' language
 * @param report        true for the {@code report} command, with its date range and stats folders
 *                      (empty: the settings' folder)
 * @param setPin        true for the {@code set-pin} command (the PIN is read from the console, never
 *                      from the command line, where other users and the shell's history would see it)
 */
record CommandLine(boolean handout, Path config, boolean windowed, Path screenshotDir, List<int[]> sizes,
                   List<String> symptoms, Path out, String language, boolean help, boolean version,
                   boolean report, LocalDate from, LocalDate to, List<Path> statsDirs, boolean setPin) {

    static final String USAGE = """
            Usage:
              java -jar physio-kiosk.jar [--config FILE] [--windowed]
                  Runs the kiosk (fullscreen unless --windowed or kiosk.fullscreen=false).
              java -jar physio-kiosk.jar --screenshot DIR [--lang LANG] [--size WxH[,WxH...]] [--config FILE]
                  Renders every slide of the loop to PNG files in DIR, without a display, as patients
                  of that language see it (content and screen words; default: the start language).
              java -jar physio-kiosk.jar handout --symptoms ID[,ID...] --out FILE.pdf [--config FILE] [--lang LANG]
                  Writes the home-care handout the kiosk would print for these symptoms.
                  Without --symptoms (or with --symptoms none) it writes the general plan.
              java -jar physio-kiosk.jar report --from YYYY-MM-DD --to YYYY-MM-DD --out DIR [--stats DIR ...]
                  Writes the usage report (CSV tables and a PDF with charts) for those days.
                  Several --stats folders (one per kiosk) merge into one report.
              java -jar physio-kiosk.jar set-pin [--config FILE]
                  Sets the staff PIN: asks for it twice without showing it and stores only its hash in
                  the settings file (staff.pin); removes an unused setup code. With no console (an
                  installer script), it reads the PIN from the first two lines of standard input:
                  printf '%s\\n%s\\n' "$PIN" "$PIN" | java -jar physio-kiosk.jar set-pin
              java -jar physio-kiosk.jar --help | --version

            Options:
              --config FILE   settings file to use (default: kiosk.properties in the current folder)
              --windowed      run in a normal window, to try the kiosk on a desktop
              --screenshot    write one PNG per slide to DIR and exit
              --size          screen sizes for --screenshot, comma-separated (default 1920x1080)
              --symptoms      symptom ids for handout, comma-separated (the ids are the file names
                              in media/symptoms/, e.g. stiffness,stress)
              --out           the PDF file handout writes
              --lang          language of the handout or the screenshots: en, es, fr, de or uk
                              (default: the settings' start language)
              --from, --to    first and last day of a report, e.g. 2026-11-01 (both included)
              --stats         a statistics folder for report (repeatable; default: stats.dir of the settings)

            Exit codes: 0 done, 1 failed (e.g. the file cannot be written; for set-pin also two PINs that
            differ or a PIN that is not 4 to 8 digits: nothing is written), 2 wrong arguments.
            """;

    /** Thrown for arguments that make no sense; the message says which. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    static CommandLine parse(String... args) throws UsageException {
        boolean handout = args.length > 0 && args[0].equals("handout");
        boolean report = args.length > 0 && args[0].equals("report");
        boolean setPin = args.length > 0 && args[0].equals("set-pin");
        LocalDate from = null;
        LocalDate to = null;
        List<Path> statsDirs = new ArrayList<>();
        Path config = KioskHome.defaultConfig();
        List<String> symptoms = new ArrayList<>();
        Path out = null;
        String language = null;
        boolean windowed = false;
        Path screenshotDir = null;
        List<int[]> sizes = new ArrayList<>();
        boolean help = false;
        boolean version = false;
        for (int i = handout || report || setPin ? 1 : 0; i < args.length; i++) {
            String a = args[i];
            if (setPin) {
                switch (a) {
                    case "--config" -> config = Path.of(value(args, ++i, a));
                    case "--help", "-h" -> help = true;
                    default -> throw new UsageException("unknown option \"" + a + "\" for set-pin (the PIN is"
                            + " never given on the command line: set-pin asks for it)");
                }
                continue;
            }
            if (report) {
                switch (a) {
                    case "--from" -> from = date(value(args, ++i, a), a);
                    case "--to" -> to = date(value(args, ++i, a), a);
                    case "--out" -> out = Path.of(value(args, ++i, a));
                    case "--stats" -> statsDirs.add(Path.of(value(args, ++i, a)));
                    case "--config" -> config = Path.of(value(args, ++i, a));
                    case "--help", "-h" -> help = true;
                    default -> throw new UsageException("unknown option \"" + a + "\" for report");
                }
                continue;
            }
            if (handout) {
                switch (a) {
                    case "--symptoms" -> {
                        for (String s : value(args, ++i, a).split(",")) {
                            String id = s.strip();
                            if (!id.isEmpty() && !id.equals("none") && !symptoms.contains(id)) {
                                symptoms.add(id);
                            }
                        }
                    }
                    case "--out" -> out = Path.of(value(args, ++i, a));
                    case "--lang" -> language = value(args, ++i, a);
                    case "--config" -> config = Path.of(value(args, ++i, a));
                    case "--help", "-h" -> help = true;
                    default -> throw new UsageException("unknown option \"" + a + "\" for handout");
                }
                continue;
            }
            switch (a) {
                case "--config" -> config = Path.of(value(args, ++i, a));
                case "--windowed" -> windowed = true;
                case "--screenshot" -> screenshotDir = Path.of(value(args, ++i, a));
                case "--lang" -> language = value(args, ++i, a);
                case "--size" -> {
                    for (String s : value(args, ++i, a).split(",")) {
                        sizes.add(size(s.strip()));
                    }
                }
                case "--help", "-h" -> help = true;
                case "--version" -> version = true;
                default -> throw new UsageException("unknown option \"" + a + "\"");
            }
        }
        if (report && !help) {
            if (from == null || to == null || out == null) {
                throw new UsageException("report needs --from YYYY-MM-DD --to YYYY-MM-DD --out DIR");
            }
            if (from.isAfter(to)) {
                throw new UsageException("--from " + from + " is after --to " + to);
            }
        }
        if (handout && out == null && !help) {
            throw new UsageException("handout needs --out FILE.pdf");
        }
        if (!sizes.isEmpty() && screenshotDir == null) {
            throw new UsageException("--size goes with --screenshot DIR");
        }
        if (language != null && !handout && screenshotDir == null) {
            throw new UsageException("--lang goes with --screenshot DIR or handout");
        }
        if (sizes.isEmpty()) {
            sizes.add(new int[] {1920, 1080});
        }
        return new CommandLine(handout, config, windowed, screenshotDir, List.copyOf(sizes), List.copyOf(symptoms),
                out, language, help, version, report, from, to, List.copyOf(statsDirs), setPin);
    }

    private static String value(String[] args, int i, String option) throws UsageException {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new UsageException(option + " needs a value");
        }
        return args[i];
    }

    private static LocalDate date(String s, String option) throws UsageException {
        try {
            return LocalDate.parse(s);
        } catch (java.time.format.DateTimeParseException e) {
            // A usage error: the message below says all a user needs (exit code 2), no stack trace.
            throw new UsageException(option + " \"" + s + "\": expected a date as YYYY-MM-DD, e.g. 2026-11-01");
        }
    }

    private static int[] size(String s) throws UsageException {
        String[] parts = s.toLowerCase(java.util.Locale.ROOT).split("x");
        try {
            if (parts.length == 2) {
                int w = Integer.parseInt(parts[0]);
                int h = Integer.parseInt(parts[1]);
                if (w >= 320 && h >= 240 && w <= 7680 && h <= 4320) {
                    return new int[] {w, h};
                }
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--size \"" + s + "\": expected WIDTHxHEIGHT between 320x240 and 7680x4320");
    }
}
