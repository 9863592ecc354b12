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

    @BeforeEach
    void setUp() {
        presenter = new JourneyPresenter(LIBRARY.symptoms(), new PlanBuilder(LIBRARY, 6), services, Runnable::run,
                Runnable::run, (type, session, subject, value, language) -> recorded.add(type + " " + subject),
                Locale.ENGLISH);
        presenter.attach(new JourneyPresenter.View() {
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
            public void finished() {
                events.add("finished");
            }
        });
        presenter.start();
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
    void nothingHappensTwiceWhileBusy() {
        List<Runnable> queued = new ArrayList<>();
        JourneyPresenter slow = new JourneyPresenter(LIBRARY.symptoms(), new PlanBuilder(LIBRARY, 6), services,
                queued::add, Runnable::run, UsageRecorder.NONE, Locale.ENGLISH);
        slow.attach(new NoView());
        slow.generalPlan();
        queued.remove(0).run();
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

    private static final class NoView implements JourneyPresenter.View {
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
        public void finished() {
        }
    }
}
