package org.physiokiosk.stats;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What happened, as written in the {@code event} column of the usage files. */
public enum EventType {
    KIOSK_STARTED,
    KIOSK_STOPPED,
    /** A slide left the screen; value: how long it was shown, in milliseconds (proof of play). */
    SLIDE_SHOWN,
    SESSION_STARTED,
    SYMPTOM_PICKED,
    SYMPTOM_UNPICKED,
    GENERAL_PLAN_CHOSEN,
    /** value: how many techniques the plan holds. */
    PLAN_PREVIEWED,
    /** One per technique of a previewed plan; subject: the technique. */
    TECHNIQUE_PLANNED,
    /** subject: the printer. */
    HANDOUT_PRINTED,
    /**
     * subject: why (no-printer, printer-stopped, print-failed); for a job that failed after
     * "printed" showed: paper-out, paper-jam, door-open, ink-out, printer-stopped-later, not-printed.
     */
    PRINT_FAILED,
    /** subject: where (usb or folder). */
    HANDOUT_SAVED,
    SAVE_FAILED,
    SESSION_FINISHED,
    SESSION_TIMED_OUT,
    STAFF_LOGIN_OK,
    STAFF_LOGIN_FAILED,
    CONTENT_CHANGED,
    /** Written at start when torn rows left by a crash were cut off; value: how many. */
    LOG_REPAIRED;

    /** The name in the file: lower case with underscores, e.g. {@code slide_shown}. */
    public String csvName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<EventType> fromCsv(String name) {
        return Arrays.stream(values()).filter(t -> t.csvName().equals(name)).findFirst();
    }
}
