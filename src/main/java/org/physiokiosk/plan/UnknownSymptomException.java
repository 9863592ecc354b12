package org.physiokiosk.plan;

import java.util.List;

/** A symptom id that the content does not define; the message lists the valid ids. */
public final class UnknownSymptomException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    UnknownSymptomException(List<String> unknown, List<String> valid) {
        super("unknown symptom" + (unknown.size() > 1 ? "s " : " ") + String.join(", ", unknown)
                + "; valid symptoms are: " + String.join(", ", valid));
    }
}
