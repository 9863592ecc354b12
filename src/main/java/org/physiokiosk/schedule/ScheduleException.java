package org.physiokiosk.schedule;

/** A schedule text that cannot be read; the message says what is wrong in plain words. */
public final class ScheduleException extends Exception {
    private static final long serialVersionUID = 1L;

    public ScheduleException(String message) {
        super(message, null, false, false);
    }
}
