package org.physiokiosk.ui.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.content.SlideLibrary;
import org.physiokiosk.content.Symptom;
import org.physiokiosk.content.Technique;
import org.physiokiosk.plan.HandoutPlan;
import org.physiokiosk.plan.PlanBuilder;
import org.physiokiosk.printing.PrintFailedException;
import org.physiokiosk.printing.PrintTrouble;
import org.physiokiosk.stats.UsageRecorder;
import org.physiokiosk.testing.TestMedia;

/** The journey's rules, with fake services and both executors running at once (no threads, no display). */
class JourneyPresenterTest {

    private static final SlideLibrary LIBRARY = ContentLoader.load(TestMedia.MEDIA);

    private final List<String> events = new ArrayList<>();
    private final List<String> recorded = new ArrayList<>();
    private final FakeServices services = new FakeServices();
    private JourneyPresenter presenter;
    private HandoutPlan previewed;
    private JourneyPresenter.Page<Symptom> pickerPage;
    private JourneyPresenter.Page<JourneyPresenter.Card> previewPage;
    private JourneyPresenter.View view;

    @BeforeEach
    void setUp() {
        presenter = new JourneyPresenter(LIBRARY.symptoms(), new PlanBuilder(LIBRARY, 6), services, Runnable::run,
                Runnable::run, (type, session, subject, value, language) -> recorded.add(type + " " + subject),
                Locale.ENGLISH);
        presenter.attach(view = new JourneyPresenter.View() {
            @Override
            public void showPicker(JourneyPresenter.Page<Symptom> tiles, Set<String> selected) {
                pickerPage = tiles;
                events.add("picker " + tiles.items().size() + " " + selected);
            }

            @Override
            public void showPreview(HandoutPlan plan, JourneyPresenter.Page<JourneyPresenter.Card> cards,
                                    boolean usb) {
                previewed = plan;
                previewPage = cards;
                events.add("preview " + plan.techniques().size() + " usb=" + usb);
            }

            @Override
            public void showWorking(JourneyPresenter.Work work) {
                events.add("working " + work);
            }

            @Override
            public void showDone(JourneyPresenter.Outcome outcome, String detail) {
                events.add("done " + outcome + " " + detail);
            }

            @Override
            public void showFailed(JourneyPresenter.Failure failure, String detail, boolean usb) {
                events.add("failed " + failure + " usb=" + usb);
            }

            @Override
            public void showPrintTrouble(PrintTrouble trouble, boolean usb) {
                events.add("trouble " + trouble + " usb=" + usb);
            }

            @Override
            public void finished() {
                events.add("finished");
            }

            @Override
            public void preparePreview(HandoutPlan plan, JourneyPresenter.Page<JourneyPresenter.Card> cards) {
                prepared.add(plan);
                preparedPages.add(cards);
            }
        });
        presenter.start();
    }

    private final List<HandoutPlan> prepared = new ArrayList<>();
    private final List<JourneyPresenter.Page<JourneyPresenter.Card>> preparedPages = new ArrayList<>();

    /**
     * Touch latency (issue 17): while the patient picks, the view is told the plan "Next" would show,
     * its first page, so it can get the drawings ready off the event thread; nothing with no pick.
     */
    @Test
    void eachChangeOfThePicksAsksTheViewToPrepareThePlanNextWouldShow() {
        assertThat(prepared).as("no pick yet").isEmpty();
        String first = LIBRARY.symptoms().get(0).id();
        String second = LIBRARY.symptoms().get(1).id();
        presenter.toggle(first);
        assertThat(prepared).containsExactly(new PlanBuilder(LIBRARY, 6).build(List.of(first)));
        presenter.toggle(second);
        HandoutPlan both = new PlanBuilder(LIBRARY, 6).build(List.of(first, second));
        assertThat(prepared).hasSize(2).last().isEqualTo(both);
        JourneyPresenter.Page<JourneyPresenter.Card> page = preparedPages.get(1);
        assertThat(page.index()).isZero();
        assertThat(page.items()).isEqualTo(JourneyPresenter.cards(both).subList(0, page.items().size()));

        presenter.next();
        assertThat(previewPage.items()).as("the page prepared is the page shown").isEqualTo(page.items());
        assertThat(previewPage.grid()).isEqualTo(page.grid());

        presenter.back(); // the picker again, the picks kept: ready for Next again
        assertThat(prepared).hasSize(3).last().isEqualTo(both);
        presenter.toggle(first);
        presenter.toggle(second); // nothing picked: nothing to prepare
        assertThat(prepared).hasSize(4);
    }

    @Test
    void nextNeedsAPickAndShowsThePlanForThePicks() {
        assertThat(events).containsExactly("picker 8 []");
        assertThat(presenter.canGoNext()).isFalse();
        presenter.next();
        assertThat(events).hasSize(1);

        presenter.toggle("stress");
        presenter.toggle("stiffness");
        presenter.toggle("stiffness");
        assertThat(presenter.selected()).containsExactly("stress");
        presenter.next();
        assertThat(events).last().isEqualTo("preview 5 usb=false");
        assertThat(previewed.techniques()).extracting(Technique::id).contains("deep-breathing");
    }

    @Test
    void notSureGivesTheGeneralPlanAndBackKeepsThePicks() {
        presenter.toggle("stress");
        presenter.generalPlan();
        assertThat(previewed.isGeneral()).isTrue();
        presenter.back();
        assertThat(events).last().isEqualTo("picker 8 [stress]");
    }

    @Test
    void printingMakesThePdfOnceAndReportsThePrinter() {
        presenter.toggle("stress");
        presenter.next();
        presenter.print();
        assertThat(events).endsWith("working PRINTING", "done PRINTED KioskPDF");
        presenter.saveAsPdf();
        assertThat(events).endsWith("working SAVING", "done SAVED_PDF home-care-plan-2026-11-29-1015.pdf");
        assertThat(services.pdfsMade).isEqualTo(1);
        assertThat(presenter.isBusy()).isFalse();
    }

    @Test
    void aPrinterProblemIsReportedInItsOwnWordsWithSavingOffered() {
        services.usb = true;
        presenter.generalPlan();
        for (PrintFailedException.Reason reason : PrintFailedException.Reason.values()) {
            services.printFailure = new PrintFailedException(reason, "lpr said no", null);
            presenter.print();
        }
        assertThat(events).contains("failed NO_PRINTER usb=true", "failed PRINTER_STOPPED usb=true",
                "failed PRINT_FAILED usb=true");
        presenter.saveToUsb();
        assertThat(events).last().isEqualTo("done SAVED_USB home-care-plan-2026-11-29-1015.pdf");
    }

    @Test
    void aPrintThatFailsWhileThePatientIsStillOnPrintedIsToldInPlainWordsWithSavingOffered() {
        services.usb = true;
        presenter.generalPlan();
        presenter.print();
        assertThat(events).last().isEqualTo("done PRINTED KioskPDF");
        services.later.accept(PrintTrouble.PAPER_OUT);
        assertThat(events).last().isEqualTo("trouble PAPER_OUT usb=true");
        assertThat(recorded).last().isEqualTo("PRINT_FAILED paper-out");
        presenter.largerText();
        assertThat(events).as("A+ shows the same trouble larger").last().isEqualTo("trouble PAPER_OUT usb=true");
        presenter.saveToUsb();
        assertThat(events).endsWith("working SAVING", "done SAVED_USB home-care-plan-2026-11-29-1015.pdf");
        services.later.accept(PrintTrouble.PAPER_JAM);
        assertThat(events).as("an old print's news, once the patient moved on: not shown").last()
                .isEqualTo("done SAVED_USB home-care-plan-2026-11-29-1015.pdf");
    }

    @Test
    void withoutAUsbStickTheTroubleOffersSavingForTheReception() {
        presenter.generalPlan();
        presenter.print();
        services.later.accept(PrintTrouble.NOT_PRINTED);
        assertThat(events).last().isEqualTo("trouble NOT_PRINTED usb=false");
        presenter.saveAsPdf();
        assertThat(events).last().isEqualTo("done SAVED_PDF home-care-plan-2026-11-29-1015.pdf");
    }

    @Test
    void troubleAfterTheVisitEndedShowsNothingButIsCounted() {
        presenter.generalPlan();
        presenter.print();
        presenter.finish();
        services.later.accept(PrintTrouble.PAPER_JAM);
        assertThat(events).last().isEqualTo("finished");
        assertThat(recorded).endsWith("SESSION_FINISHED ", "PRINT_FAILED paper-jam");

        JourneyPresenter walkedAway = freshVisit();
        walkedAway.generalPlan();
        walkedAway.print();
        walkedAway.timedOut();
        int shown = events.size();
        services.later.accept(PrintTrouble.PAPER_OUT);
        assertThat(events).as("the patient walked away: the slides are not interrupted").hasSize(shown);

        JourneyPresenter leftForStaff = freshVisit();
        leftForStaff.generalPlan();
        leftForStaff.print();
        leftForStaff.detach(view); // staff mode opened, or an error took the screen
        services.later.accept(PrintTrouble.DOOR_OPEN);
        assertThat(events).as("the visit is off the screen").last().isEqualTo("done PRINTED KioskPDF");
        assertThat(recorded).endsWith("PRINT_FAILED door-open");
    }

    @Test
    void aPatientWhoLeavesWhileTheUsbStickIsLookedForIsNotCalledBack() {
        List<Runnable> queued = new ArrayList<>();
        JourneyPresenter slow = new JourneyPresenter(LIBRARY.symptoms(), new PlanBuilder(LIBRARY, 6), services,
                queued::add, Runnable::run, UsageRecorder.NONE, Locale.ENGLISH);
        slow.attach(view);
        slow.generalPlan();
        queued.remove(0).run(); // the USB look-up; the preview shows
        queued.remove(0).run(); // the PDF, made after the preview's first frame
        slow.print();
        queued.remove(0).run();
        assertThat(events).last().isEqualTo("done PRINTED KioskPDF");
        services.later.accept(PrintTrouble.PAPER_OUT);
        assertThat(queued).as("looking for a USB stick, off the screen's thread").hasSize(1);
        slow.finish();
        queued.remove(0).run();
        assertThat(events).last().isEqualTo("finished");
    }

    @Test
    void aPrintThatIsNotWatchedOrPrintsFineChangesNothing() {
        presenter.generalPlan();
        presenter.print();
        assertThat(events).last().isEqualTo("done PRINTED KioskPDF");
        assertThat(services.later).as("the job is handed to the watch").isNotNull();
        presenter.finish();
        assertThat(events).last().isEqualTo("finished");
        assertThat(recorded).noneMatch(r -> r.startsWith("PRINT_FAILED"));
    }

    /** Another patient's visit on the same view and services. */
    private JourneyPresenter freshVisit() {
        JourneyPresenter next = new JourneyPresenter(LIBRARY.symptoms(), new PlanBuilder(LIBRARY, 6), services,
                Runnable::run, Runnable::run, (type, session, subject, value, language) -> recorded.add(type + " "
                        + subject), Locale.ENGLISH);
        next.attach(view);
        next.start();
        return next;
    }

    @Test
    void aFailedSaveIsReportedAndTheKioskGoesOn() {
        presenter.generalPlan();
        services.saveFailure = new IOException("Cannot write /media/stick/x.pdf: the disk is full");
        presenter.saveAsPdf();
        assertThat(events).last().isEqualTo("failed SAVE_FAILED usb=false");
        presenter.backToPlan();
        assertThat(events.get(events.size() - 1)).startsWith("preview");
        presenter.finish();
        assertThat(events).last().isEqualTo("finished");
    }

    @Test
    void everyStepIsRecordedForTheUsageStatistics() {
        presenter.toggle("stress");
        presenter.toggle("stiffness");
        presenter.toggle("stiffness");
        presenter.next();
        presenter.print();
        presenter.finish();
        presenter.timedOut();
        assertThat(recorded).startsWith("SESSION_STARTED ", "SYMPTOM_PICKED stress", "SYMPTOM_PICKED stiffness",
                "SYMPTOM_UNPICKED stiffness", "PLAN_PREVIEWED ")
                .contains("TECHNIQUE_PLANNED deep-breathing", "HANDOUT_PRINTED KioskPDF")
                .endsWith("SESSION_FINISHED ");
    }

    @Test
    void largerTextPagesTheTilesAndNextAndPreviousTurnWithinThePages() {
        assertThat(pickerPage.count()).as("eight tiles at normal text: one page").isEqualTo(1);
        presenter.largerText();
        assertThat(presenter.textSize()).isEqualTo(JourneyPresenter.TextSize.LARGER);
        assertThat(pickerPage.grid()).isEqualTo(new JourneyPresenter.Grid(3, 2));
        assertThat(pickerPage.items()).extracting(Symptom::id).containsExactlyElementsOf(
                LIBRARY.symptoms().subList(0, 6).stream().map(Symptom::id).toList());
        assertThat(pickerPage.hasPrevious()).isFalse();
        assertThat(pickerPage.hasNext()).isTrue();

        presenter.previousPage();
        assertThat(pickerPage.index()).as("nothing before the first page").isZero();
        presenter.nextPage();
        assertThat(pickerPage.index()).isEqualTo(1);
        assertThat(pickerPage.items()).hasSize(2);
        assertThat(pickerPage.grid()).as("the last page keeps the grid").isEqualTo(new JourneyPresenter.Grid(3, 2));
        int shown = events.size();
        presenter.nextPage();
        assertThat(events).as("nothing after the last page").hasSize(shown);

        // A pick on the second page survives the turn back and is in the plan.
        presenter.toggle(pickerPage.items().get(0).id());
        presenter.previousPage();
        assertThat(pickerPage.index()).isZero();
        assertThat(presenter.selected()).containsExactly(LIBRARY.symptoms().get(6).id());
    }

    @Test
    void aPlusKeepsTheFirstTileOrCardReadOnThePageShownAndCyclesBackToNormal() {
        presenter.largerText();
        presenter.nextPage(); // tiles 7 and 8 of 8
        presenter.largerText(); // 1.6: two by two
        assertThat(presenter.textSize()).isEqualTo(JourneyPresenter.TextSize.LARGEST);
        assertThat(pickerPage.index()).as("tile 7 is on page 2 of 2 at four a page").isEqualTo(1);
        assertThat(pickerPage.items().get(2).id()).isEqualTo(LIBRARY.symptoms().get(6).id());
        presenter.largerText();
        assertThat(presenter.textSize()).isEqualTo(JourneyPresenter.TextSize.NORMAL);
        assertThat(pickerPage.count()).isEqualTo(1);

        LIBRARY.symptoms().forEach(s -> presenter.toggle(s.id()));
        presenter.next();
        List<JourneyPresenter.Card> all = JourneyPresenter.cards(previewed);
        assertThat(all).hasSize(6);
        assertThat(previewPage.count()).isEqualTo(1);
        presenter.largerText();
        assertThat(previewPage.grid()).isEqualTo(new JourneyPresenter.Grid(2, 2));
        presenter.nextPage();
        assertThat(previewPage.items()).containsExactlyElementsOf(all.subList(4, 6));
        presenter.largerText(); // card 5 of 6, two a page: page 3 of 3
        assertThat(previewPage.index()).isEqualTo(2);
        assertThat(previewPage.count()).isEqualTo(3);
        assertThat(previewPage.items()).containsExactlyElementsOf(all.subList(4, 6));
    }

    @Test
    void aNewPlanStartsAtItsFirstPageAndBackFromAFailureKeepsThePage() {
        presenter.largerText();
        presenter.generalPlan();
        presenter.back();
        LIBRARY.symptoms().forEach(s -> presenter.toggle(s.id()));
        presenter.next();
        presenter.nextPage();
        assertThat(previewPage.index()).isEqualTo(1);
        services.saveFailure = new IOException("Cannot write: the disk is full");
        presenter.saveAsPdf();
        presenter.nextPage(); // not on a list screen: nothing to turn
        assertThat(events).last().isEqualTo("failed SAVE_FAILED usb=false");
        presenter.backToPlan();
        assertThat(previewPage.index()).as("back to the page the patient was on").isEqualTo(1);
        presenter.back();
        presenter.toggle("stress");
        presenter.next();
        assertThat(previewPage.index()).as("another plan: from its first card").isZero();
    }

    @Test
    void theTextSizeLastsTheVisitAcrossALanguageSwitch() {
        presenter.largerText();
        presenter.switchLanguage(new JourneyPresenter.Language(Locale.GERMAN, LIBRARY.symptoms(),
                new PlanBuilder(LIBRARY, 6), services));
        assertThat(presenter.textSize()).isEqualTo(JourneyPresenter.TextSize.LARGER);
        assertThat(pickerPage.grid()).isEqualTo(new JourneyPresenter.Grid(3, 2));
    }

    @Test
    void theOptionsNoteGoesOnlyOnTheOptionsCards() {
        HandoutPlan plan = new PlanBuilder(LIBRARY, 6).build(List.of("recent-strain"));
        List<JourneyPresenter.Card> cards = JourneyPresenter.cards(plan);
        assertThat(cards).extracting(JourneyPresenter.Card::technique).containsExactlyElementsOf(plan.techniques());
        for (HandoutPlan.Group g : plan.groups()) {
            for (Technique t : g.techniques()) {
                String note = cards.stream().filter(c -> c.technique().equals(t)).findFirst().orElseThrow()
                        .optionalNote();
                assertThat(note).as(t.id()).isEqualTo(g.category().optional() ? g.category().optionalNote() : "");
            }
        }
        assertThat(plan.groups()).anySatisfy(g -> assertThat(g.category().optional()).isTrue());
    }

    @Test
    void gridsHoldEveryCountAtEverySize() {
        for (JourneyPresenter.TextSize size : JourneyPresenter.TextSize.values()) {
            for (int n = 1; n <= 12; n++) {
                JourneyPresenter.Grid cards = JourneyPresenter.cardGrid(n, size);
                List<Integer> items = java.util.stream.IntStream.range(0, n).boxed().toList();
                List<Integer> seen = new ArrayList<>();
                JourneyPresenter.Page<Integer> page = JourneyPresenter.Page.of(items, cards, 0);
                for (int i = 0; i < page.count(); i++) {
                    JourneyPresenter.Page<Integer> p = JourneyPresenter.Page.of(items, cards, i);
                    assertThat(p.items().size()).isBetween(1, cards.perPage());
                    seen.addAll(p.items());
                }
                assertThat(seen).as(size + " " + n).isEqualTo(items);
                assertThat(cards.perPage()).as("larger text, no more cards a page").isLessThanOrEqualTo(
                        size == JourneyPresenter.TextSize.NORMAL ? 6 : size == JourneyPresenter.TextSize.LARGER ? 4 : 2);
            }
        }
        assertThat(JourneyPresenter.Page.of(List.of(), new JourneyPresenter.Grid(2, 2), 5).count()).isEqualTo(1);
    }

    @Test
    void nothingHappensTwiceWhileBusy() {
        List<Runnable> queued = new ArrayList<>();
        JourneyPresenter slow = new JourneyPresenter(LIBRARY.symptoms(), new PlanBuilder(LIBRARY, 6), services,
                queued::add, Runnable::run, UsageRecorder.NONE, Locale.ENGLISH);
        slow.attach(new NoView());
        slow.generalPlan();
        queued.remove(0).run(); // the USB look-up; the preview shows
        queued.remove(0).run(); // the PDF, made after the preview's first frame
        slow.print();
        assertThat(slow.isBusy()).isTrue();
        slow.print();
        slow.finish();
        assertThat(queued).hasSize(1);
        queued.remove(0).run();
        assertThat(slow.isBusy()).isFalse();
        assertThat(services.printed).isEqualTo(1);
    }

    private static final class FakeServices implements JourneyPresenter.Services {
        int pdfsMade;
        int printed;
        boolean usb;
        PrintFailedException printFailure;
        IOException saveFailure;

        @Override
        public byte[] handout(HandoutPlan plan) {
            pdfsMade++;
            return new byte[] {'%', 'P', 'D', 'F'};
        }

        @Override
        public String print(byte[] pdf) throws PrintFailedException {
            if (printFailure != null) {
                throw printFailure;
            }
            printed++;
            return "KioskPDF";
        }

        /** Where the last print's later trouble goes: the test plays the print system. */
        java.util.function.Consumer<PrintTrouble> later;

        @Override
        public String print(byte[] pdf, java.util.function.Consumer<PrintTrouble> later) throws PrintFailedException {
            String printer = print(pdf);
            this.later = later;
            return printer;
        }

        @Override
        public Path saveToExports(byte[] pdf) throws IOException {
            if (saveFailure != null) {
                throw saveFailure;
            }
            return Path.of("/exports/home-care-plan-2026-11-29-1015.pdf");
        }

        @Override
        public Path saveToUsb(byte[] pdf) {
            return Path.of("/media/stick/home-care-plan-2026-11-29-1015.pdf");
        }

        @Override
        public boolean usbAvailable() {
            return usb;
        }
    }

    /** A view that shows nothing: for tests that only look at the presenter's effects. */
    static final class NoView implements JourneyPresenter.View {
        @Override
        public void showPicker(JourneyPresenter.Page<Symptom> tiles, Set<String> selected) {
        }

        @Override
        public void showPreview(HandoutPlan plan, JourneyPresenter.Page<JourneyPresenter.Card> cards, boolean usb) {
        }

        @Override
        public void showWorking(JourneyPresenter.Work work) {
        }

        @Override
        public void showDone(JourneyPresenter.Outcome outcome, String detail) {
        }

        @Override
        public void showFailed(JourneyPresenter.Failure failure, String detail, boolean usb) {
        }

        @Override
        public void showPrintTrouble(PrintTrouble trouble, boolean usb) {
        }

        @Override
        public void finished() {
        }
    }
}
