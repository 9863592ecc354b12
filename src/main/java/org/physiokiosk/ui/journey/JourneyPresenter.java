package org.physiokiosk.ui.journey;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import org.physiokiosk.content.Symptom;
import org.physiokiosk.plan.HandoutPlan;
import org.physiokiosk.plan.PlanBuilder;
import org.physiokiosk.printing.PrintFailedException;
import org.physiokiosk.stats.EventType;
import org.physiokiosk.stats.UsageRecorder;

/**
 * One patient's journey, without Swing: pick symptoms, see the plan, print or save it.
 * Slow work (making the PDF, printing, writing files) runs on {@code background}; its
 * outcome returns to the screen through {@code ui}. One presenter per patient: a new
 * session gets a new one, so nothing a patient picked can leak into the next session.
 */
public final class JourneyPresenter {

    /** What the journey asks of its screens. */
    public interface View {
        void showPicker(List<Symptom> symptoms, Set<String> selected);

        void showPreview(HandoutPlan plan, boolean usbAvailable);

        void showWorking(Work work);

        void showDone(Outcome outcome, String detail);

        void showFailed(Failure failure, String detail, boolean usbAvailable);

        /** The patient is finished: back to the attract loop. */
        void finished();
    }

    /** The slow, failing parts, behind an interface so the journey is tested without printers. */
    public interface Services {
        byte[] handout(HandoutPlan plan) throws Exception;

        /** Prints; returns the printer's name. */
        String print(byte[] pdf) throws PrintFailedException;

        Path saveToExports(byte[] pdf) throws Exception;

        Path saveToUsb(byte[] pdf) throws Exception;

        boolean usbAvailable();
    }

    /** Work in progress. */
    public enum Work { PRINTING, SAVING }

    /** What went well. */
    public enum Outcome { PRINTED, SAVED_USB, SAVED_PDF }

    /** What went wrong, in the words the screen will use. */
    public enum Failure { NO_PRINTER, PRINTER_STOPPED, PRINT_FAILED, SAVE_FAILED }

    /** Everything that depends on the patient's language: the words, the plans and the handout. */
    public record Language(Locale locale, List<Symptom> symptoms, PlanBuilder plans, Services services) {
    }

    private static final System.Logger LOG = System.getLogger(JourneyPresenter.class.getName());

    private List<Symptom> symptoms;
    private PlanBuilder plans;
    private Services services;
    private final Executor background;
    private final Executor ui;
    private final Set<String> selected = new LinkedHashSet<>();
    private final UsageRecorder usage;
    private Locale language;
    /** Random per visit, never linked to a person, only written to the usage files. */
    private final String session = UUID.randomUUID().toString().substring(0, 13);
    private boolean ended;
    private View view;
    private HandoutPlan plan;
    private boolean busy;
    /** The PDF of the plan on screen, made in the background while the patient looks at it. */
    private final AtomicReference<Prepared> prepared = new AtomicReference<>();

    private record Prepared(HandoutPlan plan, byte[] pdf) {
    }

    public JourneyPresenter(List<Symptom> symptoms, PlanBuilder plans, Services services, Executor background,
                            Executor ui, UsageRecorder usage, Locale language) {
        this(new Language(language, symptoms, plans, services), background, ui, usage);
    }

    public JourneyPresenter(Language language, Executor background, Executor ui, UsageRecorder usage) {
        this.usage = usage;
        this.language = language.locale();
        this.symptoms = List.copyOf(language.symptoms());
        this.plans = language.plans();
        this.services = language.services();
        this.background = background;
        this.ui = ui;
    }

    /** The same visit in another language (picks kept); the newly attached view shows the picker. */
    public void switchLanguage(Language other) {
        if (busy) {
            return;
        }
        language = other.locale();
        symptoms = List.copyOf(other.symptoms());
        plans = other.plans();
        services = other.services();
        plan = null;
        prepared.set(null);
        view.showPicker(symptoms, Collections.unmodifiableSet(selected));
    }

    public Locale language() {
        return language;
    }

    public void attach(View view) {
        this.view = view;
    }

    public void start() {
        record(EventType.SESSION_STARTED, "", "");
        view.showPicker(symptoms, Collections.unmodifiableSet(selected));
    }

    public void toggle(String symptomId) {
        if (selected.remove(symptomId)) {
            record(EventType.SYMPTOM_UNPICKED, symptomId, "");
        } else {
            selected.add(symptomId);
            record(EventType.SYMPTOM_PICKED, symptomId, "");
        }
    }

    private void record(EventType type, String subject, String value) {
        usage.record(type, session, subject, value, language);
    }

    public Set<String> selected() {
        return Collections.unmodifiableSet(selected);
    }

    public boolean canGoNext() {
        return !selected.isEmpty();
    }

    /** The plan for the picked symptoms. */
    public void next() {
        if (canGoNext()) {
            preview(plans.build(selected));
        }
    }

    /** "Not sure": the general plan, whatever was picked. */
    public void generalPlan() {
        record(EventType.GENERAL_PLAN_CHOSEN, "", "");
        preview(plans.build(List.of()));
    }

    private void preview(HandoutPlan newPlan) {
        if (!newPlan.equals(plan)) {
            record(EventType.PLAN_PREVIEWED, "", Integer.toString(newPlan.techniques().size()));
            newPlan.techniques().forEach(t -> record(EventType.TECHNIQUE_PLANNED, t.id(), ""));
        }
        plan = newPlan;
        busy = true; // only while we look for a USB stick
        background.execute(() -> {
            boolean usb = services.usbAvailable();
            ui.execute(() -> {
                busy = false;
                view.showPreview(newPlan, usb);
            });
            prepare(newPlan);
        });
    }

    /** Makes the PDF ahead, so "Print my plan" only has to print. Runs on the background worker. */
    private byte[] prepare(HandoutPlan forPlan) {
        Prepared ready = prepared.get();
        if (ready != null && ready.plan().equals(forPlan)) {
            return ready.pdf();
        }
        try {
            byte[] bytes = services.handout(forPlan);
            prepared.set(new Prepared(forPlan, bytes));
            return bytes;
        } catch (Exception e) {
            LOG.log(System.Logger.Level.WARNING, "Could not make the handout", e);
            return null;
        }
    }

    /** Back from the plan to the picker; the picks stay. */
    public void back() {
        if (!busy) {
            plan = null;
            view.showPicker(symptoms, Collections.unmodifiableSet(selected));
        }
    }

    /** Back from a failure to the plan. */
    public void backToPlan() {
        if (!busy && plan != null) {
            preview(plan);
        }
    }

    public HandoutPlan plan() {
        return plan;
    }

    /** True while printing or saving: the idle reset waits for it. */
    public boolean isBusy() {
        return busy;
    }

    public void print() {
        run(Work.PRINTING, bytes -> {
            String printer = services.print(bytes);
            record(EventType.HANDOUT_PRINTED, printer, "");
            return () -> view.showDone(Outcome.PRINTED, printer);
        });
    }

    public void saveToUsb() {
        run(Work.SAVING, bytes -> {
            Path file = services.saveToUsb(bytes);
            record(EventType.HANDOUT_SAVED, "usb", "");
            return () -> view.showDone(Outcome.SAVED_USB, file.getFileName().toString());
        });
    }

    public void saveAsPdf() {
        run(Work.SAVING, bytes -> {
            Path file = services.saveToExports(bytes);
            record(EventType.HANDOUT_SAVED, "folder", "");
            return () -> view.showDone(Outcome.SAVED_PDF, file.getFileName().toString());
        });
    }

    /** The patient is done (or went back to the slides). */
    public void finish() {
        if (!busy) {
            end(EventType.SESSION_FINISHED);
            view.finished();
        }
    }

    /** The patient walked away: the host wipes this journey next. */
    public void timedOut() {
        end(EventType.SESSION_TIMED_OUT);
    }

    private void end(EventType how) {
        if (!ended) {
            ended = true;
            record(how, "", "");
        }
    }

    private interface Step {
        Runnable perform(byte[] pdf) throws Exception;
    }

    private void run(Work work, Step step) {
        if (busy || plan == null) {
            return;
        }
        busy = true;
        view.showWorking(work);
        HandoutPlan forPlan = plan;
        background.execute(() -> {
            Runnable outcome;
            try {
                byte[] bytes = prepare(forPlan);
                if (bytes == null) {
                    bytes = services.handout(forPlan); // fails again, now with the reason shown
                }
                outcome = step.perform(bytes);
            } catch (PrintFailedException e) {
                LOG.log(System.Logger.Level.WARNING, "Printing failed: " + e.getMessage(), e);
                Failure f = switch (e.reason()) {
                    case NO_PRINTER -> Failure.NO_PRINTER;
                    case STOPPED -> Failure.PRINTER_STOPPED;
                    case FAILED -> Failure.PRINT_FAILED;
                };
                record(EventType.PRINT_FAILED, f.name().toLowerCase(Locale.ROOT).replace('_', '-'), "");
                boolean usb = services.usbAvailable();
                outcome = () -> view.showFailed(f, e.getMessage(), usb);
            } catch (Exception e) {
                LOG.log(System.Logger.Level.WARNING, "Could not make or save the handout", e);
                boolean usb = services.usbAvailable();
                // A patient reads plain words only: our own IOException messages ("Cannot write …: the disk
                // is full"), never a class name or a stack trace; those stay in the log.
                String detail = e instanceof java.io.IOException && e.getMessage() != null
                        && e.getMessage().startsWith("Cannot ") ? e.getMessage() : "";
                record(work == Work.PRINTING ? EventType.PRINT_FAILED : EventType.SAVE_FAILED,
                        work == Work.PRINTING ? "print-failed" : "", "");
                outcome = () -> view.showFailed(work == Work.PRINTING ? Failure.PRINT_FAILED : Failure.SAVE_FAILED,
                        detail, usb);
            }
            Runnable show = outcome;
            ui.execute(() -> {
                busy = false;
                show.run();
            });
        });
    }
}
