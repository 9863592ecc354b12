package org.physiokiosk.content;

/** A content file that cannot be used; carries the line the problem was found on. */
final class ContentFormatException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int line;

    ContentFormatException(int line, String message) {
        super(message);
        this.line = line;
    }

    int line() {
        return line;
    }
}
