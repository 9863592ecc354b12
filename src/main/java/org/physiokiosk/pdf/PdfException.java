package org.physiokiosk.pdf;

/** A PDF (handout or report) could not be made; the message says why in words staff can act on. */
public final class PdfException extends Exception {
    private static final long serialVersionUID = 1L;

    public PdfException(String message, Throwable cause) {
        super(message, cause);
    }
}
