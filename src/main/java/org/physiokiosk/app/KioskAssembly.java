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
import org.physiokiosk.printing.JobWatch;
import org.physiokiosk.printing.QueueStatus;
import org.physiokiosk.saving.RemovableDrives;
import org.physiokiosk.settings.KioskSettings;
import org.physiokiosk.speech.MissingEngine;
import org.physiokiosk.speech.SpeechEngine;
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
import org.physiokiosk.ui.journey.ReadAloud;

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
    private JourneyPresenter.Services services;
    /** Watches printed jobs after "printed" shows; none until {@link #watchPrintsOn} gives a lane. */
    private JobWatch jobs;

    /**
     * The kiosk's one clock, in the computer's time zone: handout dates, and when slides and the
     * closed screen show (schedules and opening hours are wall-clock times). Tests give their own.
     */
    private final Clock clock;

    private JourneyPresenter.Services services(Locale language) {
        HandoutRenderer renderer = new HandoutRenderer(settings.clinic(), settings.paperSize(), language,
                settings.mediaDir(), illustrations, clock).tagged(settings.handoutAccessible());
        return new JourneyServices(renderer, printer, drives, settings.exportsDir(), clock, jobs);
    }
    private final UsageRecorder usage;
    private final RemovableDrives drives;
    /** The application's worker for slow jobs (PDF, printing, files), so the screen never waits. */
    private final Executor work;
    /** How moving drawings play: still until {@link #playOn} gives the frame thread. */
    private org.physiokiosk.ui.illustration.MotionPlayback playback =
            org.physiokiosk.ui.illustration.MotionPlayback.STILL;
    /** Staff mode's view of the files, read by {@link #preload()}. */
    private volatile ContentEditor content;
    /** How staff get in, decided by {@link #preload()} (it may write the one-time setup code). */
    private volatile StaffAccess staffAccess;
    /** The computer's speech engine (issue 18), found once by the runtime; none until given. */
    private volatile SpeechEngine speech = new MissingEngine("no speech engine was looked for");
    /** Reading aloud for this window's journeys, made by {@link #frame}. */
    private ReadAloud reader = ReadAloud.off();

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
     * Printed jobs are watched on {@code lane} ({@link KioskThreads#printWatch()}) on this computer's
     * CUPS: a patient still on "printed" hears when the printer runs out of paper, jams or stops.
     * Without it a print is not watched after it is sent. Call before {@link #frame}.
     */
    public KioskAssembly watchPrintsOn(java.util.concurrent.ScheduledExecutorService lane) {
        return watchPrintsWith(JobWatch.local(lane));
    }

    /** As {@link #watchPrintsOn}, with a watch of the caller's (the GUI tests' stand-in scheduler). */
    public KioskAssembly watchPrintsWith(JobWatch watch) {
        this.jobs = watch;
        this.services = services(settings.language());
        return this;
    }

    /** Reads aloud with {@code engine} when the settings switch it on ({@code speech.enabled}). */
    public KioskAssembly withSpeech(SpeechEngine engine) {
        this.speech = engine;
        return this;
    }

    /**
     * The patient's screens keep their drawings (symptom icons, plan cards) as pictures drawn on
     * {@code frames} ahead of use, so a touch is answered without drawing SVGs on the event thread.
     */
    private org.physiokiosk.ui.illustration.MotionPlayback journeyPlayback = playback;
    /** At most this many pixels of them (4 bytes each: 24 MB; a plan card's drawing at 1920x1080 is about 0.2 M). */
    static final long JOURNEY_RASTER_PIXELS = 6_000_000;

    /**
     * Moving drawings play as the {@code motion} setting says, their frames drawn on {@code frames}
     * ({@link KioskThreads#frames()}): on the technique slides, staff's preview and the plan
     * preview. Without it every drawing is still. Call before {@link #frame}.
     */
    public KioskAssembly playOn(java.util.concurrent.ScheduledExecutorService frames) {
        this.playback = org.physiokiosk.ui.illustration.MotionPlayback.of(settings.motion(), frames);
        this.journeyPlayback = playback.withRasters(
                new org.physiokiosk.ui.illustration.DrawingRasters(frames, JOURNEY_RASTER_PIXELS));
        return this;
    }

    /**
     * Reads every file the window needs (drawings, and the content as staff mode edits it),
     * off the event thread, before {@link #frame}; decides how staff get in, writing the
     * one-time setup code beside the settings file when no PIN is set.
     */
    public void preload() {
        OffEdt.check("Reading the pictures and content for the kiosk");
        preloadStaff();
        preloadRest();
    }

    /**
     * The quick start: only what {@link #frame} and the first slide need, read here (staff
     * mode's view of the files on {@code aside}, meanwhile); {@link #preloadRest()} reads the
     * other pictures later, off the event thread, while the first slide shows.
     */
    public void preloadFirst(Executor aside) {
        OffEdt.check("Reading the first slide's picture and the content for the kiosk");
        java.util.concurrent.CompletableFuture<Void> staff = java.util.concurrent.CompletableFuture.runAsync(
                this::preloadStaff, aside);
        List<org.physiokiosk.content.Slide> slides = loopLibrary().loopSlides();
        if (!slides.isEmpty()) {
            views.preload(slides.subList(0, 1));
        }
        staff.join();
    }

    private void preloadStaff() {
        content = new ContentEditor(settings.mediaDir(), clock);
        staffAccess = StaffAccess.prepare(settings.source(), settings.staff().pin());
    }

    /** Every other picture the loop and the journey show (already loaded ones are kept). */
    public void preloadRest() {
        OffEdt.check("Reading the pictures for the kiosk");
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
        KioskSettings.Speech voice = settings.speech();
        reader = voice.enabled() ? new ReadAloud(speech, voice.volume(), voice.rate(),
                l -> textsByLanguage.getOrDefault(l, texts), SwingUtilities::invokeLater) : ReadAloud.off();
        office.warnAlso(() -> speechWarnings(office.settings(), speech, texts));
        List<LoopLanguage> loop = new ArrayList<>();
        String hold = System.getProperty(HOLD_SLIDE, "");
        if (!hold.isBlank()) {
            loop.add(held(hold, loopLibrary().loopSlides(), views.playing(playback)));
            return new KioskFrame(settings, loop, texts, journeys(), usage, office, work, clock);
        }
        loop.add(new LoopLanguage(settings.language(), loopLibrary().loopSlides(), loopLibrary().noticeSlides(),
                views.playing(playback)));
        if (settings.alternateLanguages()) {
            for (Map.Entry<Locale, SlideLibrary> e : libraries.entrySet()) {
                if (!e.getKey().equals(settings.language())) {
                    loop.add(new LoopLanguage(e.getKey(), e.getValue().loopSlides(), e.getValue().noticeSlides(),
                            new SlideViews(
                            library.illustrationsDir(), illustrations, textsByLanguage.get(e.getKey()),
                            settings.clinic().name()).playing(playback)));
                }
            }
        }
        return new KioskFrame(settings, loop, texts, journeys(), usage, office, work, clock);
    }

    /**
     * What staff read when read aloud is switched on (as saved, also before a restart) but the
     * computer cannot speak: the reason and what to install. Nothing when it is off or can speak.
     */
    static List<String> speechWarnings(KioskSettings saved, SpeechEngine engine, Texts texts) {
        SpeechEngine.Availability a = engine.available();
        return saved.speech().enabled() && !a.present()
                ? List.of(texts.get("staff.speech.unavailable", a.reason())) : List.of();
    }

    /**
     * For benchmarks and looking at one slide: {@code -Dphysiokiosk.holdSlide=technique-chin-tuck}
     * makes the loop a single slide (shown again after each interval; with a long
     * {@code slide.interval.seconds} it stays). Not a setting: a kiosk in a waiting room never
     * uses it.
     */
    static final String HOLD_SLIDE = "physiokiosk.holdSlide";

    private LoopLanguage held(String id, List<org.physiokiosk.content.Slide> slides, SlideViews playing) {
        List<org.physiokiosk.content.Slide> one = slides.stream().filter(s -> s.id().equals(id)).toList();
        if (one.isEmpty()) {
            throw new IllegalArgumentException(HOLD_SLIDE + "=" + id + ": no such slide on the loop; the loop has "
                    + slides.stream().map(org.physiokiosk.content.Slide::id).toList());
        }
        return new LoopLanguage(settings.language(), one, playing);
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
                JourneyPresenter journey = new JourneyPresenter(language(language), work, SwingUtilities::invokeLater,
                        usage);
                journey.readAloudWith(reader);
                return journey;
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
                        languages(), language, switchLanguage).playing(journeyPlayback);
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
