package org.physiokiosk.printing;

import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.print.DocFlavor;
import javax.print.DocPrintJob;
import javax.print.PrintException;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.SimpleDoc;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.JobName;
import javax.print.attribute.standard.PrinterIsAcceptingJobs;
import javax.print.event.PrintJobAdapter;
import javax.print.event.PrintJobEvent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;

/**
 * Prints a handout PDF through the operating system's print system, to the printer named in
 * the settings or the system default. Where the printer takes PDF (every CUPS queue does), the
 * handout's own bytes are sent as they are ({@code javax.print}, {@link DocFlavor.BYTE_ARRAY#PDF}):
 * fast, small, and the text stays text. Elsewhere Java's {@link PrinterJob} draws the pages
 * ({@link PDFPageable}). Then the job is watched for a moment on CUPS ({@link CupsQueue}):
 * a job the scheduler gives up on, or a printer that reports a fault, is a failure the patient
 * is told about, with saving offered; what becomes of the job after that, {@link JobWatch}
 * sees. Slow and possibly blocking (a CUPS lookup has no time-out of its own): call it off the
 * event thread.
 */
public final class HandoutPrinter {

    private static final System.Logger LOG = System.getLogger(HandoutPrinter.class.getName());

    /** How a handout reached the printer. */
    public enum Route {
        /** The PDF's own bytes. */
        PDF,
        /** Pages drawn by Java's PrinterJob (PostScript on Linux): for printers that do not take PDF. */
        DRAWN
    }

    private final String printerName;
    private final QueueStatus queues;
    private final CupsQueue cups;
    private final Duration watch;
    private volatile Route lastRoute;
    private volatile long lastQueuedMillis = -1;

    /**
     * @param printerName the printer from the settings; empty for the system default
     */
    public HandoutPrinter(String printerName, QueueStatus queues) {
        this(printerName, queues, CupsQueue.local(), Duration.ofSeconds(4));
    }

    /**
     * @param cups  where the job is watched after it is sent
     * @param watch how long at most to wait for the printer to start on a job that is still waiting
     *              in a queue that reports no fault (then it is left to print)
     */
    public HandoutPrinter(String printerName, QueueStatus queues, CupsQueue cups, Duration watch) {
        this.printerName = printerName == null ? "" : printerName.strip();
        this.queues = queues;
        this.cups = cups;
        this.watch = watch;
    }

    /** The printers the system offers, by name (for staff mode's printer choice). */
    public static List<String> printerNames() {
        return Arrays.stream(PrintServiceLookup.lookupPrintServices(null, null)).map(PrintService::getName).toList();
    }

    /** The printer a handout would go to now. */
    public PrintService printer() throws PrintFailedException {
        PrintService[] all = PrintServiceLookup.lookupPrintServices(null, null);
        Optional<PrintService> chosen;
        if (!printerName.isEmpty()) {
            chosen = Arrays.stream(all).filter(s -> s.getName().equals(printerName)).findFirst();
            if (chosen.isEmpty()) {
                throw new PrintFailedException(PrintFailedException.Reason.NO_PRINTER, "the printer \"" + printerName
                        + "\" named in the settings is not there (printers: " + names(all) + ")", null);
            }
        } else {
            chosen = Optional.ofNullable(PrintServiceLookup.lookupDefaultPrintService());
            if (chosen.isEmpty() && all.length == 1) {
                chosen = Optional.of(all[0]);
            }
            if (chosen.isEmpty()) {
                throw new PrintFailedException(PrintFailedException.Reason.NO_PRINTER, all.length == 0
                        ? "no printer is set up" : "no default printer is set (printers: " + names(all) + ")", null);
            }
        }
        PrintService service = chosen.get();
        if (service.getAttribute(PrinterIsAcceptingJobs.class) == PrinterIsAcceptingJobs.NOT_ACCEPTING_JOBS
                || queues.isStopped(service.getName())) {
            throw new PrintFailedException(PrintFailedException.Reason.STOPPED, "the printer \"" + service.getName()
                    + "\" is stopped or not accepting jobs", null);
        }
        return service;
    }

    /**
     * Looks the printers up ahead (the first lookup asks CUPS and takes a few hundred
     * milliseconds), so a later {@link #print} is quick; a problem is only logged here.
     */
    public void warmUp() {
        try {
            printer();
        } catch (PrintFailedException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "Printer not ready yet: " + e.getMessage());
        }
    }

    /**
     * Prints {@code pdf} as one job called {@code jobName}; returns the printer's name.
     */
    public String print(byte[] pdf, String jobName) throws PrintFailedException {
        return send(pdf, jobName).printer();
    }

    /**
     * A handout in the printer's queue: the printer's name, and the job as CUPS last reported it
     * (empty without CUPS, or when the job could not be found), for watching it on ({@link JobWatch}).
     */
    public record Sent(String printer, Optional<CupsQueue.Job> job) {
    }

    /** As {@link #print(byte[], String)}, telling also which job CUPS made of it. */
    public Sent send(byte[] pdf, String jobName) throws PrintFailedException {
        return print(pdf, jobName, true);
    }

    /** As {@link #send(byte[], String)}; {@code pdfAllowed} false draws the pages even for a PDF printer (tests). */
    Sent print(byte[] pdf, String jobName, boolean pdfAllowed) throws PrintFailedException {
        long start = System.nanoTime();
        PrintService service = printer();
        Route route = pdfAllowed && service.isDocFlavorSupported(DocFlavor.BYTE_ARRAY.PDF) ? Route.PDF : Route.DRAWN;
        Optional<Integer> before = cups.lastJobId(service.getName());
        try {
            if (route == Route.PDF) {
                sendPdf(service, pdf, jobName);
            } else {
                draw(service, pdf, jobName);
            }
        } catch (PrinterException | PrintException | IOException | RuntimeException e) {
            throw new PrintFailedException(PrintFailedException.Reason.FAILED, "printing on \"" + service.getName()
                    + "\" failed: " + e.getMessage(), e);
        }
        lastRoute = route;
        long queued = System.nanoTime();
        lastQueuedMillis = (queued - start) / 1_000_000;
        LOG.log(System.Logger.Level.INFO, "Handout \"{0}\" in the queue of \"{1}\" ({2}, {3} bytes) {4} ms after "
                + "print was asked", jobName, service.getName(), route, pdf.length, (queued - start) / 1_000_000);
        Optional<CupsQueue.Job> job = before.isPresent() ? watch(service.getName(), jobName, before.get())
                : Optional.empty();
        return new Sent(service.getName(), job);
    }

    /**
     * How long the last {@link #print} took from being asked to the job being in the print system's
     * queue (before the watch); -1 before any. For the benchmark and the log.
     */
    public long lastQueuedMillis() {
        return lastQueuedMillis;
    }

    /** How the last successful {@link #print} reached the printer; null before any. */
    public Route lastRoute() {
        return lastRoute;
    }

    private static void sendPdf(PrintService service, byte[] pdf, String jobName) throws PrintException, IOException {
        if (pdf.length < 5 || !new String(pdf, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-")) {
            throw new IOException("not a PDF file");
        }
        DocPrintJob job = service.createPrintJob();
        JobEvents events = new JobEvents();
        job.addPrintJobListener(events);
        PrintRequestAttributeSet request = new HashPrintRequestAttributeSet();
        request.add(new JobName(jobName, Locale.ROOT));
        job.print(new SimpleDoc(pdf, DocFlavor.BYTE_ARRAY.PDF, null), request);
        if (events.failed) {
            throw new PrintException("the print service reported the job failed");
        }
    }

    /** What the print service said while the job was handed over (events may come on its own thread). */
    private static final class JobEvents extends PrintJobAdapter {
        volatile boolean failed;

        @Override
        public void printJobFailed(PrintJobEvent e) {
            failed = true;
        }
    }

    private static void draw(PrintService service, byte[] pdf, String jobName) throws PrinterException, IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setPrintService(service);
            job.setJobName(jobName);
            job.setPageable(new PDFPageable(doc));
            job.print();
        }
    }

    /**
     * Watches the job on CUPS until the printer has it: a job the scheduler stops, cancels or
     * aborts, or a queue that stops or reports a fault meanwhile, fails the print. A job still
     * waiting after {@code watch} in a queue with no fault is left to print. Without CUPS (or
     * when the job cannot be found) nothing more is known: the print stands. Returns the job as
     * last seen.
     */
    private Optional<CupsQueue.Job> watch(String queue, String jobName, int lastBefore) throws PrintFailedException {
        long end = System.nanoTime() + watch.toNanos();
        while (true) {
            Optional<CupsQueue.Job> job = cups.jobAfter(queue, lastBefore);
            if (job.isEmpty()) {
                LOG.log(System.Logger.Level.DEBUG, "No CUPS job \"" + jobName + "\" to watch on \"" + queue + "\"");
                return job;
            }
            if (job.get().failed()) {
                throw new PrintFailedException(PrintFailedException.Reason.FAILED, "the print system gave up on job "
                        + job.get().id() + " on \"" + queue + "\" (" + String.join(", ", job.get().reasons()) + ")",
                        null);
            }
            Optional<String> problem = cups.printer(queue).flatMap(CupsQueue.Printer::problem);
            if (problem.isPresent()) {
                throw new PrintFailedException(PrintFailedException.Reason.STOPPED, "the printer \"" + queue
                        + "\" cannot print job " + job.get().id() + ": " + problem.get(), null);
            }
            if (job.get().started() || System.nanoTime() > end) {
                return job;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return job;
            }
        }
    }

    private static String names(PrintService[] all) {
        return all.length == 0 ? "none" : String.join(", ", Arrays.stream(all).map(PrintService::getName).toList());
    }
}
