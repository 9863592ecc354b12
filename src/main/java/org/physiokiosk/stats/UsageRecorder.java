package org.physiokiosk.stats;

import java.util.Locale;

/** Where screens report what happens. Never blocks and never throws. */
@FunctionalInterface
public interface UsageRecorder {

    void record(EventType type, String session, String subject, String value, Locale language);

    /** Records nothing (tests, the command line). */
    UsageRecorder NONE = (type, session, subject, value, language) -> { };
}
