package org.physiokiosk.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import javax.swing.SwingUtilities;
import org.physiokiosk.content.SlideLibrary;
import org.physiokiosk.content.Symptom;
import org.physiokiosk.handout.HandoutRenderer;
import org.physiokiosk.illustration.Illustration;
import org.physiokiosk.illustration.IllustrationLoader;
import org.physiokiosk.plan.PlanBuilder;
import org.physiokiosk.printing.HandoutPrinter;
import org.physiokiosk.printing.QueueStatus;
import org.physiokiosk.saving.RemovableDrives;
import org.physiokiosk.settings.KioskSettings;
import org.physiokiosk.stats.UsageRecorder;
import org.physiokiosk.ui.KioskFrame;
import org.physiokiosk.ui.Texts;
import org.physiokiosk.ui.attract.SlideViews;
import org.physiokiosk.ui.journey.JourneyPanel;
import org.physiokiosk.ui.journey.JourneyPresenter;

/**
 * Wires the kiosk together from settings and content: one place that knows every part,
 * used by {@link KioskApp} and by the GUI tests.
 */
public final class KioskAssembly {

    private final KioskSettings settings;
    private final SlideLibrary library;
    private final Texts texts;
    private final IllustrationLoader illustrations = new IllustrationLoader();
    private final SlideViews views;
    private final JourneyPresenter.Services services;
    private final UsageRecorder usage;
    private final RemovableDrives drives;
    /** One worker for slow jobs (PDF, printing, files), so the screen never waits. */
    private final ExecutorService work = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "kiosk-work");
        t.setDaemon(true);
        return t;
    });

    public KioskAssembly(KioskSettings settings, SlideLibrary library, RemovableDrives drives, UsageRecorder usage) {
        this.drives = drives;
        this.settings = settings;
        this.usage = usage;
        this.library = library;
        this.texts = new Texts(settings.language());
        this.views = new SlideViews(library.illustrationsDir(), illustrations, texts, settings.clinic().name());
        HandoutRenderer renderer = new HandoutRenderer(settings.clinic(), settings.paperSize(), settings.language(),
                settings.mediaDir(), illustrations, Clock.systemDefaultZone());
        this.services = new JourneyServices(renderer, new HandoutPrinter(settings.printerName(), QueueStatus.system()),
                drives, settings.exportsDir(), Clock.systemDefaultZone());
    }

    /** The real kiosk: USB sticks where this computer mounts them. */
    public static KioskAssembly of(KioskSettings settings, SlideLibrary library, UsageRecorder usage) {
        return new KioskAssembly(settings, library, RemovableDrives.system(), usage);
    }

    /** Reads every drawing the screens use, off the event thread, before the first window. */
    public void preload() {
        views.preload(library.loopSlides());
        for (Symptom s : library.symptoms()) {
            illustration(s.icon());
        }
    }

    /**
     * Builds the window; call on the event thread.
     *
     * @param restart what staff mode's "Restart kiosk" (and saving a change) does
     * @param leave   what "Leave kiosk mode" does
     */
    public KioskFrame frame(Runnable restart, Runnable leave) {
        BackOffice office = new BackOffice(settings, usage, drives, restart, leave);
        return new KioskFrame(settings, library, views, texts, journeys(), usage, office, work);
    }

    private Supplier<JourneyPanel> journeys() {
        PlanBuilder plans = new PlanBuilder(library, settings.handoutMaxTechniques());
        return () -> new JourneyPanel(
                new JourneyPresenter(library.symptoms(), plans, services, work, SwingUtilities::invokeLater, usage,
                        settings.language()),
                texts, this::illustration, library.general().welcome(), library.general().redFlag());
    }

    private Illustration illustration(String file) {
        if (file == null || file.isEmpty()) {
            return new Illustration.Placeholder("no illustration named");
        }
        Path path = library.illustrationsDir().resolve(file);
        return illustrations.load(path);
    }

    public Texts texts() {
        return texts;
    }
}
