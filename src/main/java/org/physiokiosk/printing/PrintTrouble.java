package org.physiokiosk.printing;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Why a handout already sent to the printer has not come out, as a patient is told it: the
 * printer's own fault when it names one (out of paper, jammed, a door open, out of ink), else
 * a stopped printer, else a job the print system gave up on.
 */
public enum PrintTrouble {
    /** media-empty, media-needed. */
    PAPER_OUT("paper-out"),
    /** media-jam. */
    PAPER_JAM("paper-jam"),
    /** door-open, cover-open, interlock-open. */
    DOOR_OPEN("door-open"),
    /** toner-empty, marker-supply-empty. */
    INK_OUT("ink-out"),
    /** The queue is stopped, or the printer reports another fault a person must fix. */
    PRINTER_STOPPED("printer-stopped-later"),
    /** The job was canceled or aborted: it will not print. */
    NOT_PRINTED("not-printed");

    private final String code;

    PrintTrouble(String code) {
        this.code = code;
    }

    /** A short name for the usage log and the log file ({@code paper-out}); never shown to a patient. */
    public String code() {
        return code;
    }

    /**
     * The trouble a job and its printer show now; empty while all is well (the job waits its turn,
     * prints or has printed). A fault the printer names comes first, even for a job it aborted: "the
     * paper is stuck" helps a patient more than "it did not print".
     */
    static Optional<PrintTrouble> of(CupsQueue.Job job, Optional<CupsQueue.Printer> printer) {
        if (job.completed()) {
            return Optional.empty();
        }
        if (printer.isPresent()) {
            List<String> faults = printer.get().reasons().stream().filter(CupsQueue::isFault)
                    .map(PrintTrouble::base).toList();
            for (PrintTrouble t : List.of(PAPER_JAM, PAPER_OUT, DOOR_OPEN, INK_OUT)) {
                if (faults.stream().anyMatch(t::names)) {
                    return Optional.of(t);
                }
            }
            if (!faults.isEmpty() || printer.get().state() == CupsQueue.PRINTER_STOPPED) {
                return Optional.of(PRINTER_STOPPED);
            }
        }
        if (job.state() == 6) { // processing-stopped: waits for a person, may still print
            return Optional.of(PRINTER_STOPPED);
        }
        return job.failed() ? Optional.of(NOT_PRINTED) : Optional.empty();
    }

    private boolean names(String fault) {
        return switch (this) {
            case PAPER_OUT -> fault.equals("media-empty") || fault.equals("media-needed");
            case PAPER_JAM -> fault.equals("media-jam");
            case DOOR_OPEN -> fault.equals("door-open") || fault.equals("cover-open") || fault.equals("interlock-open");
            case INK_OUT -> fault.equals("toner-empty") || fault.equals("marker-supply-empty");
            default -> false;
        };
    }

    /** A reason without its severity: {@code media-empty-error} is {@code media-empty}. */
    private static String base(String reason) {
        String r = reason.toLowerCase(Locale.ROOT);
        return r.endsWith("-error") ? r.substring(0, r.length() - "-error".length()) : r;
    }
}
