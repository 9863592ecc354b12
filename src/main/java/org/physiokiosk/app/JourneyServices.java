package org.physiokiosk.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;
import org.physiokiosk.pdf.PdfException;
import org.physiokiosk.handout.HandoutRenderer;
import org.physiokiosk.plan.HandoutPlan;
import org.physiokiosk.printing.HandoutPrinter;
import org.physiokiosk.printing.JobWatch;
import org.physiokiosk.printing.PrintFailedException;
import org.physiokiosk.printing.PrintTrouble;
import org.physiokiosk.saving.PlanFiles;
import org.physiokiosk.saving.RemovableDrives;
import org.physiokiosk.ui.journey.JourneyPresenter;
import org.physiokiosk.threads.OffEdt;

/** The journey's slow work, done for real: the PDF, the printer, the exports folder and USB sticks. */
final class JourneyServices implements JourneyPresenter.Services {

    private final HandoutRenderer renderer;
    private final HandoutPrinter printer;
    private final RemovableDrives drives;
    private final Path exportsDir;
    private final Clock clock;
    /** Watches a printed job for trouble after "printed" shows; null: not watched. */
    private final JobWatch jobs;

    JourneyServices(HandoutRenderer renderer, HandoutPrinter printer, RemovableDrives drives, Path exportsDir,
                    Clock clock) {
        this(renderer, printer, drives, exportsDir, clock, null);
    }

    /** @param jobs where printed jobs are watched; null for none */
    JourneyServices(HandoutRenderer renderer, HandoutPrinter printer, RemovableDrives drives, Path exportsDir,
                    Clock clock, JobWatch jobs) {
        this.jobs = jobs;
        this.renderer = renderer;
        this.printer = printer;
        this.drives = drives;
        this.exportsDir = exportsDir;
        this.clock = clock;
    }

    @Override
    public byte[] handout(HandoutPlan plan) throws PdfException {
        OffEdt.check("Making a handout");
        byte[] pdf = renderer.render(plan);
        // Made ahead while the patient reads the plan: look the printer up now too, so that
        // "Print my plan" only hands the bytes over.
        printer.warmUp();
        return pdf;
    }

    @Override
    public String print(byte[] pdf) throws PrintFailedException {
        return print(pdf, trouble -> { });
    }

    @Override
    public String print(byte[] pdf, Consumer<PrintTrouble> later) throws PrintFailedException {
        OffEdt.check("Printing a handout");
        HandoutPrinter.Sent sent = printer.send(pdf, PlanFiles.fileName(LocalDateTime.now(clock)).replace(".pdf", ""));
        if (jobs != null && sent.job().isPresent()) { // one that has printed already ends the watch at its first look
            jobs.watch(sent.printer(), sent.job().orElseThrow().id(), later);
        }
        return sent.printer();
    }

    @Override
    public Path saveToExports(byte[] pdf) throws IOException {
        OffEdt.check("Saving a handout");
        Files.createDirectories(exportsDir);
        return PlanFiles.saveNew(exportsDir, LocalDateTime.now(clock), pdf);
    }

    @Override
    public Path saveToUsb(byte[] pdf) throws IOException {
        OffEdt.check("Saving a handout to a USB stick");
        List<RemovableDrives.Drive> found = drives.find();
        if (found.isEmpty()) {
            throw new IOException("No USB stick is plugged in any more");
        }
        return PlanFiles.saveNew(found.get(0).root(), LocalDateTime.now(clock), pdf);
    }

    @Override
    public boolean usbAvailable() {
        OffEdt.check("Looking for USB sticks");
        return !drives.find().isEmpty();
    }
}
