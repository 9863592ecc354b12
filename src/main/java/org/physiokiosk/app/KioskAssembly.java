package org.physiokiosk.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Executor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javax.swing.SwingUtilities;
import org.physiokiosk.content.SlideLibrary;
import org.physiokiosk.content.Symptom;
import org.physiokiosk.content.Translations;
import org.physiokiosk.handout.HandoutRenderer;
import org.physiokiosk.illustration.Illustration;
import org.physiokiosk.illustration.IllustrationLoader;
import org.physiokiosk.plan.PlanBuilder;
import org.physiokiosk.printing.HandoutPrinter;
import org.physiokiosk.printing.QueueStatus;
import org.physiokiosk.saving.RemovableDrives;
import org.physiokiosk.settings.KioskSettings;
import org.physiokiosk.staff.ContentEditor;
import org.physiokiosk.staff.StaffAccess;
import org.physiokiosk.stats.UsageRecorder;
import org.physiokiosk.threads.OffEdt;
import org.physiokiosk.ui.shell.KioskFrame;
import org.physiokiosk.ui.Texts;
import org.physiokiosk.ui.attract.LoopLanguage;
import org.physiokiosk.ui.slides.SlideViews;
import org.physiokiosk.ui.journey.JourneyFactory;
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
    private final Map<Locale, SlideLibrary> libraries = new LinkedHashMap<>();
    private final Map<Locale, Texts> textsByLanguage = new LinkedHashMap<>();
    private final HandoutPrinter printer;
    private final IllustrationLoader illustrations = new IllustrationLoader();
    private final SlideViews views;
    private final JourneyPresenter.Services services;

    /**
     * The kiosk's one clock, in the computer's time zone: handout dates, and when slides and the
     * closed screen show (schedules and opening hours are wall-clock times). Tests give their own.
     */
    private final Clock clock;

    private JourneyPresenter.Services services(Locale language) {
        HandoutRenderer renderer = new HandoutRenderer(settings.clinic(), settings.paperSize(), language,
                settings.mediaDir(), illustrations, clock);
        return new JourneyServices(renderer, printer, drives, settings.exportsDir(), clock);
    }
    private final UsageRecorder usage;
    private final RemovableDrives drives;
    /** The application's worker for slow jobs (PDF, printing, files), so the screen never waits. */
    private final Executor work;
    /** Staff mode's view of the files, read by {@link #preload()}. */
    private volatile ContentEditor content;
    /** How staff get in, decided by {@link #preload()} (it may write the one-time setup code). */
    private volatile StaffAccess staffAccess;

    /**
     * @param work where slow jobs run: the application's worker ({@link KioskThreads#work()})
     */
    public KioskAssembly(KioskSettings settings, SlideLibrary library, RemovableDrives drives, UsageRecorder usage,
                         Executor work) {
        this(settings, library, drives, usage, work, Clock.systemDefaultZone());
    }

    /** @param clock the kiosk's clock (a test's fake one) */
    public KioskAssembly(KioskSettings settings, SlideLibrary library, RemovableDrives drives, UsageRecorder usage,
                         Executor work, Clock clock) {
        this.clock = clock;
        this.work = work;
        this.drives = drives;
        this.settings = settings;
        this.usage = usage;
        this.library = library;
        List<Locale> offered = new ArrayList<>(settings.languages());
        if (!offered.contains(settings.language())) {
            offered.add(0, settings.language());
        }
        for (Locale l : offered) {
            libraries.put(l, Translations.apply(library, l));
            textsByLanguage.put(l, new Texts(l));
        }
        this.texts = textsByLanguage.get(settings.language());
        this.views = new SlideViews(library.illustrationsDir(), illustrations, texts, settings.clinic().name());
        this.printer = new HandoutPrinter(settings.printerName(), QueueStatus.system());
        this.services = services(settings.language());
    }

    /** The real kiosk: USB sticks where this computer mounts them. */
    public static KioskAssembly of(KioskSettings settings, SlideLibrary library, UsageRecorder usage,
                                   Executor work) {
        return new KioskAssembly(settings, library, RemovableDrives.system(), usage, work);
    }

    /**
     * Reads every file the window needs (drawings, and the content as staff mode edits it),
     * off the event thread, before {@link #frame}; decides how staff get in, writing the
     * one-time setup code beside the settings file when no PIN is set.
     */
    public void preload() {
        OffEdt.check("Reading the pictures and content for the kiosk");
        content = new ContentEditor(settings.mediaDir(), clock);
        staffAccess = StaffAccess.prepare(settings.source(), settings.staff().pin());
        views.preload(loopLibrary().loopSlides());
        views.preload(List.copyOf(loopLibrary().noticeSlides()));
        for (Symptom s : library.symptoms()) {
            illustration(s.icon());
        }
    }

    /**
     * Builds the window; call on the event thread, after {@link #preload()} (off it): this
     * reads no files.
     *
     * @param restart what staff mode's "Restart kiosk" (and saving a change) does
     * @param leave   what "Leave kiosk mode" does
     */
    public KioskFrame frame(Runnable restart, Runnable leave) {
        if (content == null) {
            throw new IllegalStateException("preload() first, off the event thread: it reads the files");
        }
        BackOffice office = new BackOffice(settings, staffAccess, content, usage, drives, restart, leave);
        List<LoopLanguage> loop = new ArrayList<>();
        loop.add(new LoopLanguage(settings.language(), loopLibrary().loopSlides(), loopLibrary().noticeSlides(),
                views));
        if (settings.alternateLanguages()) {
            for (Map.Entry<Locale, SlideLibrary> e : libraries.entrySet()) {
                if (!e.getKey().equals(settings.language())) {
                    loop.add(new LoopLanguage(e.getKey(), e.getValue().loopSlides(), e.getValue().noticeSlides(),
                            new SlideViews(
                            library.illustrationsDir(), illustrations, textsByLanguage.get(e.getKey()),
                            settings.clinic().name())));
                }
            }
        }
        return new KioskFrame(settings, loop, texts, journeys(), usage, office, work, clock);
    }

    /** The loop speaks the start language. */
    private SlideLibrary loopLibrary() {
        return libraries.get(settings.language());
    }

    private JourneyFactory journeys() {
        return new JourneyFactory() {
            @Override
            public List<Locale> languages() {
                return List.copyOf(libraries.keySet());
            }

            @Override
            public Locale defaultLanguage() {
                return settings.language();
            }

            @Override
            public JourneyPresenter newPresenter(Locale language) {
                return new JourneyPresenter(language(language), work, SwingUtilities::invokeLater, usage);
            }

            @Override
            public JourneyPresenter.Language language(Locale language) {
                SlideLibrary lib = libraries.getOrDefault(language, loopLibrary());
                return new JourneyPresenter.Language(language, lib.symptoms(),
                        new PlanBuilder(lib, settings.handoutMaxTechniques()),
                        language.equals(settings.language()) ? services : services(language));
            }

            @Override
            public JourneyPanel panel(JourneyPresenter presenter, Locale language, Consumer<Locale> switchLanguage) {
                SlideLibrary lib = libraries.getOrDefault(language, loopLibrary());
                return new JourneyPanel(presenter, textsByLanguage.getOrDefault(language, texts),
                        KioskAssembly.this::illustration, lib.general().welcome(), lib.general().redFlag(),
                        languages(), language, switchLanguage);
            }
        };
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
