package org.physiokiosk.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the kiosk was asked to do on the command line.
 *
 * @param screenshotDir where {@code --screenshot} writes PNGs, or null to run the kiosk
 * @param sizes         screen sizes for screenshots, e.g. 1920x1080
 */
record CommandLine(Path config, boolean windowed, Path screenshotDir, List<int[]> sizes, boolean help,
                   boolean version) {

    static final String USAGE = """
            Usage:
              java -jar physio-kiosk.jar [--config FILE] [--windowed]
                  Runs the kiosk (fullscreen unless --windowed or kiosk.fullscreen=false).
              java -jar physio-kiosk.jar --screenshot DIR [--size 1920x1080[,1280x720...]] [--config FILE]
                  Renders every slide of the loop to PNG files in DIR, without a display.
              java -jar physio-kiosk.jar --help | --version

            Options:
              --config FILE   settings file to use (default: kiosk.properties in the current folder)
              --windowed      run in a normal window, to try the kiosk on a desktop
              --screenshot    write one PNG per slide to DIR and exit
              --size          screen sizes for --screenshot, comma-separated (default 1920x1080)
            """;

    /** Thrown for arguments that make no sense; the message says which. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    static CommandLine parse(String... args) throws UsageException {
        Path config = Path.of("kiosk.properties");
        boolean windowed = false;
        Path screenshotDir = null;
        List<int[]> sizes = new ArrayList<>();
        boolean help = false;
        boolean version = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--config" -> config = Path.of(value(args, ++i, a));
                case "--windowed" -> windowed = true;
                case "--screenshot" -> screenshotDir = Path.of(value(args, ++i, a));
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
        if (!sizes.isEmpty() && screenshotDir == null) {
            throw new UsageException("--size goes with --screenshot DIR");
        }
        if (sizes.isEmpty()) {
            sizes.add(new int[] {1920, 1080});
        }
        return new CommandLine(config, windowed, screenshotDir, List.copyOf(sizes), help, version);
    }

    private static String value(String[] args, int i, String option) throws UsageException {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new UsageException(option + " needs a value");
        }
        return args[i];
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
