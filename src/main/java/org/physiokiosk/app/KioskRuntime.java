package org.physiokiosk.app;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import javax.swing.SwingUtilities;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.content.SlideLibrary;
import org.physiokiosk.settings.KioskSettings;
import org.physiokiosk.settings.LoadedSettings;
import org.physiokiosk.settings.SettingsLoader;
import org.physiokiosk.stats.UsageLog;
import org.physiokiosk.ui.KioskFrame;
import org.physiokiosk.ui.theme.KioskTheme;

/**
 * The running kiosk: reads settings and content, builds the window, and builds it again
 * when staff restart it (new settings and content, same process), or closes it.
 */
final class KioskRuntime {

    private static final System.Logger LOG = System.getLogger(KioskRuntime.class.getName());

    private final Path settingsFile;
    private final boolean windowed;
    private final UsageLog usage;
    private KioskFrame frame;
    private boolean first = true;

    KioskRuntime(Path settingsFile, boolean windowed, UsageLog usage) {
        this.settingsFile = settingsFile;
        this.windowed = windowed;
        this.usage = usage;
    }

    /** Loads everything on the calling thread (not the event thread), then opens the window. */
    void start(KioskSettings settings, SlideLibrary library) {
        KioskAssembly kiosk = KioskAssembly.of(settings, library, usage);
        kiosk.preload();
        SwingUtilities.invokeLater(() -> {
            KioskTheme.install(settings.highContrast());
            KioskFrame next = kiosk.frame(this::restart, this::leave);
            if (first) {
                next.attractLoop().onFirstPaint(() -> LOG.log(System.Logger.Level.INFO,
                        "First slide painted {0} ms after the JVM started",
                        System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()));
                first = false;
            }
            KioskFrame old = frame;
            frame = next;
            next.open();
            if (old != null) {
                old.dispose();
            }
        });
    }

    /** Reads settings and content again and replaces the window (staff's "Restart kiosk"). */
    void restart() {
        Thread loader = new Thread(() -> {
            LoadedSettings loaded = SettingsLoader.load(settingsFile);
            loaded.problems().forEach(p -> LOG.log(System.Logger.Level.WARNING, "Settings problem: {0}", p));
            KioskSettings settings = windowed ? loaded.settings().withFullscreen(false) : loaded.settings();
            SlideLibrary library = ContentLoader.load(settings.mediaDir());
            library.problems().forEach(p -> LOG.log(System.Logger.Level.WARNING, "Content problem: {0}", p));
            start(settings, library);
        }, "kiosk-restart");
        loader.start();
    }

    /** Closes the kiosk: the shutdown hook writes the last usage events. */
    void leave() {
        SwingUtilities.invokeLater(() -> {
            if (frame != null) {
                frame.dispose();
            }
            System.exit(0);
        });
    }
}
