package org.physiokiosk.ui.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.app.KioskAssembly;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.content.SlideLibrary;
import org.physiokiosk.content.Technique;
import org.physiokiosk.plan.HandoutPlan;
import org.physiokiosk.plan.PlanBuilder;
import org.physiokiosk.printing.Cups;
import org.physiokiosk.printing.CupsQueue;
import org.physiokiosk.printing.FakeCups;
import org.physiokiosk.printing.JobWatch;
import org.physiokiosk.saving.RemovableDrives;
import org.physiokiosk.settings.KioskSettings;
import org.physiokiosk.settings.Settings;
import org.physiokiosk.settings.SettingsLoader;
import org.physiokiosk.stats.UsageLog;
import org.physiokiosk.stats.UsageReader;
import org.physiokiosk.testing.TestMedia;
import org.physiokiosk.ui.GuiTestBase;
import org.physiokiosk.ui.shell.KioskFrame;

/** A patient's whole visit in a real window, as a patient would do it: by touching. */
class JourneyGuiIT extends GuiTestBase {

    /** The kiosk writes beside its settings (the staff setup code): a copy, never the fixtures. */
    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path settingsDir;

    private java.nio.file.Path settingsCopy() {
        try {
            return TestMedia.settingsIn(settingsDir);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @TempDir
    Path exports;

    private FrameFixture window;
    private KioskFrame frame;
    private SlideLibrary library;
    private UsageLog usage;

    private void open(Duration idleTimeout, String printer) {
        open(idleTimeout, printer, kiosk -> kiosk);
    }

    /** As above; {@code more} finishes the assembly (how printed jobs are watched). */
    private void open(Duration idleTimeout, String printer,
                      java.util.function.UnaryOperator<KioskAssembly> more) {
        KioskSettings base = SettingsLoader.load(settingsCopy()).settings();
        KioskSettings settings = base.withFullscreen(false).with(Settings.SLIDE_INTERVAL, Duration.ofSeconds(30))
                .with(Settings.TRANSITION, Duration.ofMillis(300)).with(Settings.IDLE_TIMEOUT, idleTimeout)
                .with(Settings.PRINTER, printer).with(Settings.STATS_DIR, exports.resolve("stats"))
                .with(Settings.EXPORTS_DIR, exports);
        library = ContentLoader.load(settings.mediaDir());
        usage = UsageLog.open(settings.statsDir(), "test-kiosk", java.time.Clock.systemDefaultZone(), 0);
        KioskAssembly kiosk = more.apply(new KioskAssembly(settings, library, new RemovableDrives(List.of(),
                p -> false), usage, threads.work()));
        frame = openKiosk(kiosk, () -> { });
        window = new FrameFixture(robot, frame);
    }

    @AfterEach
    void close() {
        if (window != null) {
            window.cleanUp();
        }
        if (usage != null) {
            usage.close();
        }
    }

    /** The events of today's usage file, as "event subject". */
    private List<String> events() throws Exception {
        usage.flush(Duration.ofSeconds(5));
        List<String> out = new java.util.ArrayList<>();
        new UsageReader().read(List.of(exports.resolve("stats")), java.time.LocalDate.now().minusDays(1),
                java.time.LocalDate.now().plusDays(1), e -> out.add(e.type().csvName() + " " + e.subject()));
        return out;
    }


    private boolean showing(String name) {
        return robot.finder().findAll(frame, c -> name.equals(c.getName()) && c.isShowing()).size() == 1;
    }

    private void touchPickTwoAndGoNext() {
        window.panel("attract-stage").click();
        window.panel("picker").requireVisible();
        window.button("pick-next").requireDisabled();
        window.toggleButton("symptom-stress").click();
        window.toggleButton("symptom-after-sitting").click();
        window.toggleButton("symptom-stress").requireSelected();
        window.button("pick-next").requireEnabled().click();
        waitFor("the plan preview", 5_000, () -> showing("preview"));
    }

    @Test
    void aMedicineCardCarriesItsOptionalNoteAsTheHandoutDoes() throws Exception {
        open(Duration.ofSeconds(90), "");
        window.panel("attract-stage").click();
        window.panel("picker").requireVisible();
        window.toggleButton("symptom-recent-strain").click();
        window.button("pick-next").requireEnabled().click();
        waitFor("the plan preview", 5_000, () -> showing("preview"));

        HandoutPlan plan = new PlanBuilder(library, 6).build(List.of("recent-strain"));
        assertThat(plan.groups()).anySatisfy(g -> assertThat(g.category().optional()).isTrue());
        for (HandoutPlan.Group g : plan.groups()) {
            for (Technique t : g.techniques()) {
                javax.swing.JPanel card = window.panel("plan-card-" + t.id()).requireVisible().target();
                org.physiokiosk.ui.TextBlock text = (org.physiokiosk.ui.TextBlock) robot.finder()
                        .find(card, c -> c instanceof org.physiokiosk.ui.TextBlock);
                List<org.physiokiosk.ui.TextBlock.Para> paras = GuiActionRunner.execute(text::paras);
                String name = GuiActionRunner.execute(() -> card.getAccessibleContext().getAccessibleName());
                if (g.category().optional()) {
                    assertThat(paras).as(t.id()).contains(org.physiokiosk.ui.TextBlock.Para.of(
                            org.physiokiosk.ui.TextBlock.Style.NOTE, g.category().optionalNote()));
                    assertThat(name).isEqualTo(t.title() + ". " + g.category().optionalNote());
                } else {
                    assertThat(paras).as(t.id()).noneMatch(p -> p.style() == org.physiokiosk.ui.TextBlock.Style.NOTE);
                    assertThat(name).isEqualTo(t.title());
                }
            }
        }
    }

    @Test
    void touchPickTwoSeeThePlanSaveItAsPdfAndReturnToTheLoop() throws Exception {
        open(Duration.ofSeconds(90), "");
        touchPickTwoAndGoNext();

        HandoutPlan expected = new PlanBuilder(library, 6).build(List.of("stress", "after-sitting"));
        for (Technique t : expected.techniques()) {
            window.panel("plan-card-" + t.id()).requireVisible();
        }
        assertThat(robot.finder().findAll(frame, c -> c.getName() != null && c.getName().startsWith("plan-card-")
                && c.isShowing())).hasSize(expected.techniques().size());

        window.button("preview-save-pdf").click();
        waitFor("the plan is saved", 15_000, () -> showing("status-done"));
        Path saved;
        try (Stream<Path> files = Files.list(exports)) {
            saved = files.filter(p -> p.getFileName().toString().matches("home-care-plan-\\d{4}-\\d{2}-\\d{2}-\\d{4}\\.pdf"))
                    .findFirst().orElseThrow();
        }
        try (PDDocument doc = Loader.loadPDF(saved.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Stress and tension", "Pain after sitting at a desk or screen");
            expected.techniques().forEach(t -> assertThat(text).contains(t.title()));
        }

        window.button("status-done").click();
        waitFor("the attract loop", 5_000, () -> frame.attractLoop().isRunning() && frame.journey() == null);

        assertThat(events()).contains("session_started ", "symptom_picked stress", "symptom_picked after-sitting",
                "plan_previewed ", "handout_saved folder", "session_finished ")
                .anySatisfy(e -> assertThat(e).startsWith("slide_shown intro"));
    }

    @Test
    void aPatientWhoWalksAwayIsAskedThenWipedAndTheNextOneStartsClean() throws Exception {
        open(Duration.ofSeconds(2), "");
        window.panel("attract-stage").click();
        window.toggleButton("symptom-stress").click();
        waitFor("Still there?", 6_000, () -> frame.getGlassPane().isVisible());
        waitFor("back to the loop after the countdown", 14_000,
                () -> frame.attractLoop().isRunning() && frame.journey() == null);

        window.panel("attract-stage").click();
        window.panel("picker").requireVisible();
        window.toggleButton("symptom-stress").requireNotSelected();
        window.button("pick-next").requireDisabled();
        assertThat(events()).contains("session_timed_out ");
    }

    @Test
    void stillThereAnsweredKeepsThePicks() {
        open(Duration.ofSeconds(2), "");
        window.panel("attract-stage").click();
        window.toggleButton("symptom-stress").click();
        waitFor("Still there?", 6_000, () -> frame.getGlassPane().isVisible());
        window.button("still-there-keep").click();
        waitFor("the overlay goes", 2_000, () -> !frame.getGlassPane().isVisible());
        window.toggleButton("symptom-stress").requireSelected();
    }

    @Test
    void printMyPlanReachesTheVirtualPrinter() {
        Cups.requireVirtualPrinter();
        open(Duration.ofSeconds(90), Cups.PRINTER, kiosk -> kiosk.watchPrintsWith(new JobWatch(CupsQueue.local(),
                threads.printWatch(), Duration.ofMillis(200), Duration.ofSeconds(20))));
        touchPickTwoAndGoNext();
        long jobs = Cups.jobCount();
        long before = System.nanoTime();
        window.button("preview-print").click();
        Pause.pause(new Condition("the job reaches CUPS") {
            @Override
            public boolean test() {
                return Cups.jobCount() > jobs;
            }
        }, Timeout.timeout(20_000));
        long millis = (System.nanoTime() - before) / 1_000_000;
        System.out.println("Touch on 'Print my plan' to the job in the CUPS queue: " + millis + " ms");
        waitFor("the printed message", 20_000, () -> showing("status-done"));
        // The job is watched on the real queue; it prints, so "printed" stays until the patient is done.
        Pause.pause(1_500);
        assertThat(GuiActionRunner.execute(() -> showing("status-done") && !showing("print-trouble")))
                .as("a job that prints changes nothing").isTrue();
    }

    /** The watch asks a stand-in scheduler (the real queue prints on cups-pdf, which never runs out of paper). */
    private UnaryOperator<KioskAssembly> watchedOn(FakeCups cups) {
        return kiosk -> kiosk.watchPrintsWith(new JobWatch(cups.queue(), threads.printWatch(),
                Duration.ofMillis(100), Duration.ofSeconds(20)));
    }

    /** A plan printed on the real queue, its job watched on {@code cups}, still printing: "printed" shows. */
    private void printedWhileWatchedOn(FakeCups cups) throws Exception {
        cups.jobs = n -> List.of(new CupsQueue.Job(n, "", 5, List.of("job-printing")));
        open(Duration.ofSeconds(90), Cups.PRINTER, watchedOn(cups));
        touchPickTwoAndGoNext();
        window.button("preview-print").click();
        waitFor("the printed message", 20_000, () -> showing("status-done"));
    }

    @Test
    void aPrinterThatRunsOutOfPaperAfterPrintedTellsThePatientAndOffersSaving() throws Exception {
        Cups.requireVirtualPrinter();
        try (FakeCups cups = new FakeCups()) {
            printedWhileWatchedOn(cups);
            cups.printerState = 4;
            cups.printerReasons = List.of("media-empty-error");
            waitFor("the printer problem", 10_000, () -> showing("print-trouble"));
            org.physiokiosk.ui.TextBlock message = (org.physiokiosk.ui.TextBlock) robot.finder().find(frame,
                    c -> "status-message".equals(c.getName()) && c.isShowing());
            assertThat(GuiActionRunner.execute(message::paras)).extracting(org.physiokiosk.ui.TextBlock.Para::text)
                    .containsExactly("The printer has run out of paper.",
                            "Please tell the reception, or save your plan and they can print it for you.");
            assertThat(showing("trouble-save-usb")).as("no USB stick in").isFalse();
            window.button("trouble-save-pdf").click();
            waitFor("saved instead", 15_000, () -> showing("status-done"));
            try (Stream<Path> files = Files.list(exports)) {
                assertThat(files.filter(p -> p.toString().endsWith(".pdf"))).hasSize(1);
            }
            assertThat(events()).contains("handout_printed " + Cups.PRINTER, "print_failed paper-out",
                    "handout_saved folder");
        }
    }

    @Test
    void aPrinterThatJamsAfterThePatientLeftDoesNotInterruptTheSlides() throws Exception {
        Cups.requireVirtualPrinter();
        try (FakeCups cups = new FakeCups()) {
            printedWhileWatchedOn(cups);
            window.button("status-done").click();
            waitFor("the slides", 5_000, () -> frame.journey() == null && showing("attract-stage"));
            cups.printerReasons = List.of("media-jam-error");
            waitForFiles("the jam counted", 10_000, () -> {
                try {
                    return events().contains("print_failed paper-jam");
                } catch (Exception e) {
                    return false;
                }
            });
            Pause.pause(500);
            assertThat(GuiActionRunner.execute(() -> frame.journey() == null && showing("attract-stage")
                    && !showing("print-trouble"))).as("the slides go on").isTrue();
        }
    }

    @Test
    void aStoppedPrinterOffersSavingInstead() {
        Cups.requireVirtualPrinter();
        open(Duration.ofSeconds(90), Cups.PRINTER);
        touchPickTwoAndGoNext();
        Cups.disable();
        try {
            window.button("preview-print").click();
            waitFor("the printer problem", 20_000, () -> showing("status-save-pdf"));
            window.button("status-save-pdf").click();
            waitFor("saved instead", 15_000, () -> showing("status-done"));
        } finally {
            Cups.enable();
        }
    }

    @Test
    void aPatientSwitchesToUkrainianPicksASymptomAndGetsAUkrainianHandout() throws Exception {
        open(Duration.ofSeconds(90), "");
        window.panel("attract-stage").click();
        window.toggleButton("symptom-stress").click();
        window.button("language-uk").click();
        waitFor("the picker in Ukrainian", 5_000, () -> window.button("pick-next").target().getText().equals("Далі"));
        window.toggleButton("symptom-stress").requireSelected(); // the pick survived the switch
        window.toggleButton("symptom-after-sitting").click();
        window.button("pick-next").click();
        waitFor("the plan preview", 5_000, () -> showing("preview"));
        window.button("preview-save-pdf").click();
        waitFor("saved", 15_000, () -> showing("status-done"));
        Path saved;
        try (Stream<Path> files = Files.list(exports)) {
            saved = files.filter(p -> p.toString().endsWith(".pdf")).findFirst().orElseThrow();
        }
        SlideLibrary ukrainian = org.physiokiosk.content.Translations.apply(library, java.util.Locale.forLanguageTag("uk"));
        HandoutPlan expected = new PlanBuilder(ukrainian, 6).build(List.of("stress", "after-sitting"));
        try (PDDocument doc = Loader.loadPDF(saved.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Ваш план догляду вдома");
            expected.techniques().forEach(t -> assertThat(text).contains(t.title()));
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("uk");
        }
        window.button("status-done").click();
        waitFor("the loop", 5_000, () -> frame.attractLoop().isRunning());
        window.panel("attract-stage").click();
        assertThat(window.button("pick-next").target().getText()).as("the next visit starts in English").isEqualTo("Next");
    }

    @Test
    void aPatientWithLargerTextPagesThroughTilesAndPlanByTouch() {
        open(Duration.ofSeconds(90), "");
        window.panel("attract-stage").click();
        window.button("text-larger").click();
        waitFor("the tiles in larger text", 5_000, () -> showing("page-next"));
        window.label("page-label").requireText("Page 1 of 2");
        window.button("page-previous").requireDisabled();
        window.toggleButton("symptom-stress").click();
        window.button("page-next").click();
        waitFor("the second page of tiles", 5_000, () -> showing("symptom-recent-strain"));
        window.label("page-label").requireText("Page 2 of 2");
        window.button("page-next").requireDisabled();
        window.toggleButton("symptom-keeps-coming-back").click();
        window.button("page-previous").click();
        waitFor("the first page again", 5_000, () -> showing("symptom-stress"));
        window.toggleButton("symptom-stress").requireSelected();
        window.button("pick-next").click();
        waitFor("the plan preview", 5_000, () -> showing("preview"));

        HandoutPlan plan = new PlanBuilder(library, 6).build(List.of("stress", "keeps-coming-back"));
        assertThat(plan.techniques()).as("more cards than one page holds at A+ 1.3").hasSizeGreaterThan(4);
        List<String> seen = new java.util.ArrayList<>();
        for (int page = 1; ; page++) {
            List<String> cards = GuiActionRunner.execute(() -> robot.finder().findAll(frame, c -> c.isShowing()
                    && c.getName() != null && c.getName().startsWith("plan-card-")).stream()
                    .map(c -> c.getName().substring("plan-card-".length())).sorted().toList());
            assertThat(cards.size()).as("page " + page).isBetween(1, 4);
            seen.addAll(cards);
            if (!showing("page-next") || !window.button("page-next").target().isEnabled()) {
                break;
            }
            String first = cards.get(0);
            window.button("page-next").click();
            waitFor("the next page of the plan", 5_000, () -> !showing("plan-card-" + first));
        }
        assertThat(seen).as("every card of the plan, each once").containsExactlyInAnyOrderElementsOf(
                plan.techniques().stream().map(Technique::id).toList());
        window.button("preview-save-pdf").requireEnabled();
    }

    @Test
    void everyControlAPatientSeesHasAnAccessibleName() {
        open(Duration.ofSeconds(90), "");
        assertNamed("the loop");
        window.panel("attract-stage").click();
        assertNamed("the picker");
        window.toggleButton("symptom-stress").click();
        window.button("pick-next").click();
        waitFor("the plan preview", 5_000, () -> showing("preview"));
        assertNamed("the preview");
    }

    private void assertNamed(String where) {
        List<String> unnamed = GuiActionRunner.execute(() -> {
            List<String> out = new java.util.ArrayList<>();
            for (java.awt.Component c : robot.finder().findAll(frame, c -> c.isShowing()
                    && (c instanceof javax.swing.AbstractButton || c instanceof javax.swing.JLabel
                    || c instanceof org.physiokiosk.ui.PaintedComponent))) {
                String name = c.getAccessibleContext().getAccessibleName();
                if (name == null || name.isBlank()) {
                    out.add(c.getClass().getSimpleName() + " " + c.getName());
                }
            }
            return out;
        });
        assertThat(unnamed).as(where).isEmpty();
    }
}
