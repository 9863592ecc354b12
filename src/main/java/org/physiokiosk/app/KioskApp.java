package org.physiokiosk.app;

import java.awt.GraphicsEnvironment;
import org.physiokiosk.ui.theme.KioskTheme;
import java.io.PrintStream;
import java.time.Clock;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.content.ContentProblem;
import org.physiokiosk.content.SlideLibrary;
import org.physiokiosk.settings.KioskSettings;
import org.physiokiosk.settings.LoadedSettings;
import org.physiokiosk.settings.SettingsLoader;
import org.physiokiosk.settings.SettingsProblem;
import org.physiokiosk.stats.EventType;
import org.physiokiosk.stats.UsageLog;

/**
 * Starts the kiosk. {@code main} reads the command line, settings and content (file work,
 * off the event thread), sets system properties, then builds every window in one
 * {@code invokeLater}.
 */
public final class KioskApp {

    private static final System.Logger LOG = System.getLogger(KioskApp.class.getName());

    private KioskApp() {
    }

    public static void main(String[] args) {
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
        StartupTimeline.mark("main");
        KioskHome.prepareFromProperties();
        CommandLine cli;
        try {
            cli = CommandLine.parse(args);
        } catch (CommandLine.UsageException e) {
            System.err.println("physio-kiosk: " + e.getMessage());
            System.err.print(CommandLine.USAGE);
            System.exit(2);
            return;
        }
        if (cli.help()) {
            System.out.print(CommandLine.USAGE);
            return;
        }
        if (cli.version()) {
            System.out.println("Physio Kiosk " + version());
            return;
        }
        if (cli.setPin()) {
            // Before the settings are read: set-pin changes one line and reports nothing else.
            java.io.Console console = System.console();
            System.exit(SetPinCommand.run(cli.config(), console != null ? SetPinCommand.console(console)
                    : SetPinCommand.lines(System.in), console != null, System.out, System.err));
            return;
        }
        if (cli.screenshotDir() != null || cli.handout() || cli.report()) {
            System.setProperty("java.awt.headless", "true");
        }

        LoadedSettings loaded = SettingsLoader.load(cli.config());
        KioskSettings settings = cli.windowed() ? loaded.settings().withFullscreen(false) : loaded.settings();
        boolean command = cli.handout() || cli.report();
        if (!command) {
            // Before anything is checked, so that start-up problems reach logs/, where staff and IT look.
            KioskLogs.install(logsDir(settings));
        }
        report(loaded.problems(), System.err, !command);
        if (cli.handout()) {
            System.exit(HandoutCommand.run(cli, settings, System.out, System.err));
            return;
        }
        if (cli.report()) {
            System.exit(ReportCommand.run(cli, settings, System.out, System.err));
            return;
        }
        if (cli.screenshotDir() != null) {
            System.exit(ScreenshotMode.run(cli, settings, System.out, System.err));
            return;
        }
        StartupTimeline.mark("settings");
        if (!GraphicsEnvironment.isHeadless()) {
            // The event thread is idle until the window is built: let it start the toolkit and set up
            // the look and feel (fonts, theme) while this thread reads the content.
            setLookProperties(settings);
            boolean highContrast = settings.highContrast();
            javax.swing.SwingUtilities.invokeLater(() -> {
                KioskTheme.install(highContrast);
                earlyTheme = highContrast ? Boolean.TRUE : Boolean.FALSE;
                StartupTimeline.mark("early-theme");
            });
        }
        SlideLibrary library = ContentLoader.load(settings.mediaDir());
        StartupTimeline.mark("content");
        reportContent(library.problems(), System.err, true);
        LOG.log(System.Logger.Level.INFO, "Loaded {0} techniques in {1} categories from {2}",
                library.techniques().size(), library.categories().size(), settings.mediaDir());

        if (GraphicsEnvironment.isHeadless()) {
            System.err.println("physio-kiosk: no display is available. Run it on the kiosk's screen, "
                    + "or use --screenshot DIR to render the slides without one.");
            System.exit(1);
            return;
        }
        run(settings, library);
    }

    /** Held for the life of the process: one kiosk per computer. */
    private static java.nio.channels.FileLock instanceLock;

    static void run(KioskSettings settings, SlideLibrary library) {
        try {
            Optional<java.nio.channels.FileLock> lock = SingleInstance.acquire(
                    Path.of(System.getProperty("java.io.tmpdir"), "physio-kiosk.lock"));
            if (lock.isEmpty()) {
                System.err.println("physio-kiosk: Physio Kiosk is already running on this computer.");
                System.exit(1);
                return;
            }
            instanceLock = lock.get();
        } catch (java.io.IOException e) {
            System.err.println("physio-kiosk: cannot check for another running kiosk (" + e.getMessage()
                    + "); starting anyway");
        }
        setLookProperties(settings);
        UsageLog usage = UsageLog.open(settings.statsDir(), settings.kioskId(), Clock.systemDefaultZone(),
                settings.statsRetentionDays());
        usage.record(EventType.KIOSK_STARTED, "", version(), "", settings.language());
        KioskThreads threads = new KioskThreads();
        threads.onExit("kiosk-exit", () -> {
            usage.record(EventType.KIOSK_STOPPED, "", "", "", settings.language());
            usage.close();
            threads.close();
        });
        KioskRuntime runtime = new KioskRuntime(settings.source(), !settings.fullscreen(), usage, threads);
        runtime.installSafetyNet(settings.mediaDir());
        runtime.start(settings, library);
    }

    /** The high-contrast choice the theme was installed with on the event thread at start-up; null before. */
    private static volatile Boolean earlyTheme;

    /** True when the theme is already installed, on the event thread, as {@code highContrast} asks. */
    static boolean themeInstalledEarly(boolean highContrast) {
        Boolean early = earlyTheme;
        earlyTheme = null; // once: a restart installs the theme afresh (settings may have changed)
        return early != null && early == highContrast;
    }

    private static void setLookProperties(KioskSettings settings) {
        // Decorations off: FlatLaf's own title bar must not appear on a fullscreen kiosk (FlatLaf #212).
        System.setProperty("flatlaf.useWindowDecorations", "false");
        System.setProperty("flatlaf.uiScale", Float.toString(uiScale(settings)));
    }

    /** The kiosk chooses its own scale from the screen's size ({@link KioskTheme#scaleFor}); a window is 1280x720. */
    static float uiScale(KioskSettings settings) {
        java.awt.Rectangle screen = settings.fullscreen()
                ? GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice()
                        .getDefaultConfiguration().getBounds()
                : new java.awt.Rectangle(1280, 720);
        return KioskTheme.scaleFor(screen.width, screen.height);
    }

    /** {@code logs/} beside the settings file. */
    static Path logsDir(KioskSettings settings) {
        Path base = settings.source().toAbsolutePath().getParent();
        return (base == null ? Path.of("") : base).resolve("logs");
    }

    /** To the log (which also writes to the console) when it is installed; to {@code out} for the commands. */
    static void report(List<SettingsProblem> problems, PrintStream out, boolean toLog) {
        problems.forEach(p -> say("Settings problem: " + p, out, toLog));
    }

    static void reportContent(List<ContentProblem> problems, PrintStream out, boolean toLog) {
        problems.forEach(p -> say("Content problem: " + p, out, toLog));
    }

    private static void say(String problem, PrintStream out, boolean toLog) {
        if (toLog) {
            LOG.log(System.Logger.Level.WARNING, problem);
        } else {
            out.println(problem);
        }
    }

    static String version() {
        String v = KioskApp.class.getPackage().getImplementationVersion();
        return v == null ? "(development build)" : v;
    }

}
