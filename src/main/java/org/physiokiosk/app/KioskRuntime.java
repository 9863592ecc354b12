package org.physiokiosk.app;

import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.time.Duration;
import javax.swing.SwingUtilities;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.content.SlideLibrary;
import org.physiokiosk.settings.KioskSettings;
import org.physiokiosk.settings.LoadedSettings;
import org.physiokiosk.settings.SettingsLoader;
import org.physiokiosk.stats.EventType;
import org.physiokiosk.stats.UsageLog;
import org.physiokiosk.threads.OffEdt;
import org.physiokiosk.ui.shell.KioskFrame;
import org.physiokiosk.ui.theme.KioskTheme;

/**
 * The running kiosk: reads settings and content, builds the window, and builds it again
 * when staff restart it (new settings and content, same process), or closes it. Restarts
 * run one at a time on their own thread ({@link Restarts}); files are read off the event thread.
 */
final class KioskRuntime {

    private static final System.Logger LOG = System.getLogger(KioskRuntime.class.getName());

    /** System property: leave as soon as the first slide is painted (class-data training runs, benchmarks). */
    static final String EXIT_AFTER_FIRST_SLIDE = "physiokiosk.exitAfterFirstSlide";

    private final Path settingsFile;
    private final boolean windowed;
    private final UsageLog usage;
    private final KioskThreads threads;
    private final Restarts restarts;
    private volatile KioskFrame frame;
    private boolean first = true;
    private volatile boolean reloadWanted;
    private volatile SlideLibrary lastGood;
    /** The computer's speech engine, looked for once (a walk along the PATH), off the event thread. */
    private volatile org.physiokiosk.speech.SpeechEngine speech;

    KioskRuntime(Path settingsFile, boolean windowed, UsageLog usage, KioskThreads threads) {
        this.settingsFile = settingsFile;
        this.windowed = windowed;
        this.usage = usage;
        this.threads = threads;
        this.restarts = new Restarts(threads.lane("kiosk-restart"), this::reload);
    }

    /**
     * Errors anywhere are logged with their stack trace and the patient sees a short "Sorry"
     * card before the slides return; a stalled event thread ends the process for the service
     * manager to start afresh; content edited outside staff mode is applied between slides.
     */
    void installSafetyNet(Path mediaDir) {
        installSafetyNet(mediaDir, new Watchdog(this::lastWords));
    }

    void installSafetyNet(Path mediaDir, Watchdog watchdog) {
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
        watchdog.start(threads);
        new ContentWatcher(mediaDir, settingsFile, () -> {
            LOG.log(System.Logger.Level.INFO, "Content or settings changed on disk; applying between slides");
            reloadWanted = true;
        }).start(threads);
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
                fresh.notices(), fresh.problems());
    }

    /** The watchdog's last act: the usage events so far reach the disk, waiting at most 2 seconds. */
    private void lastWords() {
        usage.record(EventType.KIOSK_STOPPED, "", "", "watchdog", java.util.Locale.ROOT);
        if (!usage.flush(Duration.ofSeconds(2))) {
            LOG.log(System.Logger.Level.WARNING, "The last usage events could not be saved in 2 s");
        }
    }

    /**
     * The first start: loads on the calling thread (not the event thread), then opens the
     * window. Restarts asked for meanwhile wait for it.
     */
    void start(KioskSettings settings, SlideLibrary library) {
        restarts.runFirst(() -> show(settings, library));
    }

    /** Builds everything that reads files here, off the event thread; returns when the window shows. */
    private void show(KioskSettings settings, SlideLibrary fresh) {
        OffEdt.check("Building the kiosk (it reads every picture)");
        SlideLibrary library = keepLastGood(fresh);
        lastGood = library;
        KioskAssembly kiosk = KioskAssembly.of(settings, library, usage, threads.work()).withSpeech(speech())
                .playOn(threads.frames())
                .watchPrintsOn(threads.printWatch());
        if (first) {
            StartupTimeline.mark("assembly");
        }
        boolean quick = first;
        if (quick) {
            // The first start paints the first slide as soon as its own picture is read; the other
            // pictures follow on the worker while it shows (a restart reads them all first).
            kiosk.preloadFirst(threads.work());
            StartupTimeline.mark("preload");
        } else {
            kiosk.preload();
        }
        onEdtAndWait(() -> {
            if (!KioskApp.themeInstalledEarly(settings.highContrast())) {
                KioskTheme.install(settings.highContrast());
            }
            if (first) {
                StartupTimeline.mark("theme");
            }
            KioskFrame next = kiosk.frame(this::restart, this::leave);
            if (first) {
                StartupTimeline.mark("frame");
                // The other pictures are read once the first slide shows: on two cores, reading them
                // alongside the first paint slowed it by the time the worker took. At the latest after
                // 3 s (a kiosk that opens on its closed screen paints no slide yet).
                java.util.concurrent.atomic.AtomicBoolean restStarted = new java.util.concurrent.atomic.AtomicBoolean();
                Runnable rest = () -> {
                    if (restStarted.compareAndSet(false, true)) {
                        threads.work().execute(kiosk::preloadRest);
                    }
                };
                javax.swing.Timer latest = new javax.swing.Timer(3000, e -> rest.run());
                latest.setRepeats(false);
                latest.start();
                next.attractLoop().onFirstPaint(() -> {
                    StartupTimeline.mark("painted");
                    rest.run();
                    LOG.log(System.Logger.Level.INFO, "First slide painted {0} ms after the JVM started",
                            System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime());
                    LOG.log(System.Logger.Level.INFO, "Start-up timeline, ms after the process started: "
                            + StartupTimeline.summary());
                    if (Boolean.getBoolean(EXIT_AFTER_FIRST_SLIDE)) {
                        // A class-data training run (the package's launcher) or a start-up benchmark.
                        leave();
                    }
                });
                first = false;
            }
            KioskFrame old = frame;
            frame = next;
            next.open();
            if (old == null) {
                StartupTimeline.mark("opened");
            }
            if (old != null) {
                old.dispose();
            }
        });
    }

    /** Finds the speech engine the first time (restarts keep it); its processes end when the kiosk closes. */
    private org.physiokiosk.speech.SpeechEngine speech() {
        if (speech == null) {
            org.physiokiosk.speech.SpeechEngine found = org.physiokiosk.speech.SpeechEngines.detect(threads.speech());
            threads.whenClosing(found::stopAll);
            String why = found.available().reason();
            LOG.log(System.Logger.Level.INFO, why.isEmpty() ? "Read aloud can speak here" : "Read aloud cannot speak: "
                    + why);
            speech = found;
        }
        return speech;
    }

    /** Waits for the event thread: the restart is over when its window shows. */
    private static void onEdtAndWait(Runnable r) {
        if (SwingUtilities.isEventDispatchThread()) {
            throw new IllegalStateException("the kiosk is built off the event thread");
        }
        try {
            SwingUtilities.invokeAndWait(r);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("Building the screens failed", e.getCause());
        }
    }

    /** The content on screen now (the last good load). */
    SlideLibrary content() {
        return lastGood;
    }

    /** The window now (it is replaced on a restart). */
    KioskFrame frame() {
        return frame;
    }

    /**
     * Reads settings and content again and replaces the window (staff's "Restart kiosk", the
     * file watcher, the safety net): one restart at a time, requests meanwhile coalesced.
     */
    void restart() {
        reloadWanted = false;
        restarts.request();
    }

    /** One restart, on the restart lane. */
    private void reload() {
        OffEdt.check("Reading the settings and content for a restart");
        LoadedSettings loaded = SettingsLoader.load(settingsFile);
        loaded.problems().forEach(p -> LOG.log(System.Logger.Level.WARNING, "Settings problem: {0}", p));
        KioskSettings settings = windowed ? loaded.settings().withFullscreen(false) : loaded.settings();
        SlideLibrary library = ContentLoader.load(settings.mediaDir());
        library.problems().forEach(p -> LOG.log(System.Logger.Level.WARNING, "Content problem: {0}", p));
        LOG.log(System.Logger.Level.INFO, "Restarting the screens with {0} techniques", library.techniques().size());
        show(settings, library);
    }

    /** Closes the kiosk: the shutdown hook writes the last usage events and stops the threads. */
    void leave() {
        SwingUtilities.invokeLater(() -> {
            if (frame != null) {
                frame.dispose();
            }
            System.exit(0);
        });
    }
}
