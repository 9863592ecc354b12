package org.physiokiosk.handout;

/** The handout could not be made; the message says why in words staff can act on. */
public final class HandoutException extends Exception {
    private static final long serialVersionUID = 1L;

    public HandoutException(String message, Throwable cause) {
        super(message, cause);
    }
}
