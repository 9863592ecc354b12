package org.physiokiosk.stats;

import java.time.OffsetDateTime;

/**
 * One anonymous usage event: no name, no free text, nothing that points at a person. The
 * session id is random per patient visit and lives only in these files.
 *
 * @param session a random id for one patient's visit, or empty for kiosk events
 * @param subject the slide, symptom, technique, printer … the event is about, or empty
 * @param value   a number such as milliseconds shown, or empty
 */
public record UsageEvent(OffsetDateTime time, String kiosk, String session, EventType type, String subject,
                         String value, String language) {

    static final String[] HEADER = {"timestamp", "kiosk", "session", "event", "subject", "value", "language"};
}
