package org.physiokiosk.printing;

/** A handout that could not be printed, with a reason the screen turns into plain words. */
public final class PrintFailedException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why printing failed. */
    public enum Reason {
        /** No printer is set up, or the one in the settings is not there. */
        NO_PRINTER,
        /** The printer's queue is stopped or refuses jobs. */
        STOPPED,
        /** The print system failed while printing. */
        FAILED
    }

    private final Reason reason;

    public PrintFailedException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
