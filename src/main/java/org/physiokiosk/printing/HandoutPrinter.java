package org.physiokiosk.printing;

import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.attribute.standard.PrinterIsAcceptingJobs;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;

/**
 * Prints a handout PDF through the operating system's print system: Java's
 * {@link PrinterJob} with PDFBox's {@link PDFPageable}, to the printer named in the
 * settings or the system default. Slow and possibly blocking (a CUPS lookup has no
 * time-out of its own): call it off the event thread.
 */
public final class HandoutPrinter {

    private final String printerName;
    private final QueueStatus queues;

    /**
     * @param printerName the printer from the settings; empty for the system default
     */
    public HandoutPrinter(String printerName, QueueStatus queues) {
        this.printerName = printerName == null ? "" : printerName.strip();
        this.queues = queues;
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
     * Prints {@code pdf} as one job called {@code jobName}; returns the printer's name.
     */
    public String print(byte[] pdf, String jobName) throws PrintFailedException {
        PrintService service = printer();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setPrintService(service);
            job.setJobName(jobName);
            job.setPageable(new PDFPageable(doc));
            job.print();
            return service.getName();
        } catch (PrinterException | IOException | RuntimeException e) {
            throw new PrintFailedException(PrintFailedException.Reason.FAILED, "printing on \"" + service.getName()
                    + "\" failed: " + e.getMessage(), e);
        }
    }

    private static String names(PrintService[] all) {
        return all.length == 0 ? "none" : String.join(", ", Arrays.stream(all).map(PrintService::getName).toList());
    }
}
