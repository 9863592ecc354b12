package org.physiokiosk.printing;

/**
 * Whether a printer's queue can print now. Java's print services report a stopped CUPS queue
 * as accepting jobs, so a patient would wait at a printer that never prints: CUPS is asked
 * over IPP ({@link CupsQueue}, with a time limit); a queue it does not know, or no CUPS at
 * all, counts as running.
 */
@FunctionalInterface
public interface QueueStatus {

    /** Stopped, refusing jobs, or reporting a fault a person must fix (out of paper, jammed, door open). */
    boolean isStopped(String printerName);

    /** Asks this computer's CUPS scheduler; without one no queue is known to be stopped. */
    static QueueStatus system() {
        return cups(CupsQueue.local());
    }

    /** Asks {@code cups} (tests pass one on a stand-in scheduler). */
    static QueueStatus cups(CupsQueue cups) {
        return name -> cups.printer(name).flatMap(CupsQueue.Printer::problem).isPresent();
    }
}
