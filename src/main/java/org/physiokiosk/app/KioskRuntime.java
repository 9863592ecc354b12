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
    private volatile KioskFrame frame;
    private boolean first = true;
    private volatile boolean reloadWanted;
    private SlideLibrary lastGood;

    KioskRuntime(Path settingsFile, boolean windowed, UsageLog usage) {
        this.settingsFile = settingsFile;
        this.windowed = windowed;
        this.usage = usage;
    }

    /**
     * Errors anywhere are logged with their stack trace and the patient sees a short "Sorry"
     * card before the slides return; a stalled event thread is noticed and the screens rebuilt;
     * content edited outside staff mode is applied between slides.
     */
    void installSafetyNet(Path mediaDir) {
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            LOG.log(System.Logger.Level.ERROR, "Unexpected error in " + thread.getName(), error);
            KioskFrame f = frame;
            if (f != null) {
                SwingUtilities.invokeLater(() -> {
                    try {
                        f.recoverFromError();
                    } catch (RuntimeException again) {
                        LOG.log(System.Logger.Level.ERROR, "Could not recover; rebuilding the screens", again);
                        restart();
                    }
                });
            }
        });
        new Watchdog(java.time.Duration.ofSeconds(10), this::restart).start();
        new ContentWatcher(mediaDir, settingsFile, () -> {
            LOG.log(System.Logger.Level.INFO, "Content or settings changed on disk; applying between slides");
            reloadWanted = true;
        }).start();
        javax.swing.Timer apply = new javax.swing.Timer(1000, e -> {
            KioskFrame f = frame;
            if (reloadWanted && f != null && f.isIdle()) {
                reloadWanted = false;
                restart();
            }
        });
        apply.start();
    }

    /**
     * A technique file that broke since the last good load keeps its last good version on
     * screen; the problem is still listed for staff.
     */
    private SlideLibrary keepLastGood(SlideLibrary fresh) {
        SlideLibrary previous = lastGood;
        if (previous == null) {
            return fresh;
        }
        java.util.Set<Path> broken = new java.util.HashSet<>();
        fresh.problems().forEach(p -> broken.add(p.file()));
        java.util.List<org.physiokiosk.content.Technique> techniques = new java.util.ArrayList<>(fresh.techniques());
        for (org.physiokiosk.content.Technique old : previous.techniques()) {
            if (fresh.technique(old.id()).isEmpty() && broken.contains(old.source())) {
                techniques.add(old);
                LOG.log(System.Logger.Level.WARNING, "{0} is broken; the last good version stays on screen",
                        old.source());
            }
        }
        java.util.Map<String, Integer> categoryOrder = new java.util.HashMap<>();
        fresh.categories().forEach(c -> categoryOrder.put(c.id(), c.order()));
        techniques.removeIf(t -> !categoryOrder.containsKey(t.categoryId()));
        techniques.sort(java.util.Comparator.<org.physiokiosk.content.Technique>comparingInt(
                t -> categoryOrder.get(t.categoryId())).thenComparingInt(org.physiokiosk.content.Technique::order)
                .thenComparing(org.physiokiosk.content.Technique::id));
        return new SlideLibrary(fresh.mediaDir(), fresh.general(), fresh.categories(), fresh.symptoms(), techniques,
                fresh.problems());
    }

    /** Loads everything on the calling thread (not the event thread), then opens the window. */
    void start(KioskSettings settings, SlideLibrary library) {
        library = keepLastGood(library);
        lastGood = library;
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

    /** The content on screen now (the last good load). */
    SlideLibrary content() {
        return lastGood;
    }

    /** The window now (it is replaced on a restart). */
    KioskFrame frame() {
        return frame;
    }

    /** Reads settings and content again and replaces the window (staff's "Restart kiosk"). */
    void restart() {
        reloadWanted = false;
        Thread loader = new Thread(() -> {
            LoadedSettings loaded = SettingsLoader.load(settingsFile);
            loaded.problems().forEach(p -> LOG.log(System.Logger.Level.WARNING, "Settings problem: {0}", p));
            KioskSettings settings = windowed ? loaded.settings().withFullscreen(false) : loaded.settings();
            SlideLibrary library = ContentLoader.load(settings.mediaDir());
            library.problems().forEach(p -> LOG.log(System.Logger.Level.WARNING, "Content problem: {0}", p));
            LOG.log(System.Logger.Level.INFO, "Restarting the screens with {0} techniques", library.techniques().size());
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
