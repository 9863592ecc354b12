package org.physiokiosk.stats;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Cuts a usage file into rows, as bytes, before any decoding, so that one bad byte or one
 * endless line costs only its own row:
 * <ul>
 * <li>a row ends at a newline outside quotes; a quoted field may hold newlines, as Commons
 *     CSV writes them (the same rule as its lexer: a quote opens a field only as the
 *     field's first character, and {@code ""} inside is a quote);</li>
 * <li>a row is decoded on its own, strictly: invalid UTF-8 is a problem of that row only;</li>
 * <li>a row longer than {@link #MAX_ROW_BYTES} is never held: it is skipped up to its end,
 *     so memory stays flat even for a gigabyte without a newline;</li>
 * <li>a quote that is never closed would swallow the rest of the file: if no closing quote
 *     comes within the limit, only the row it starts on is given up and reading goes on at
 *     the next line ({@link #resync}).</li>
 * </ul>
 * Line numbers are real 1-based lines of the file (not CSV record numbers).
 */
final class UsageRows {

    static final int MAX_ROW_BYTES = 4096;
    private static final int CHUNK = 64 * 1024;

    /** One row: its text, or why it could not be read; {@code lines} is how many lines it spans. */
    record Row(long line, int lines, String text, Problems.Kind problem, String why) {
        boolean ok() {
            return text != null;
        }
    }

    private final InputStream in;
    private final byte[] buf = new byte[MAX_ROW_BYTES + 2 + CHUNK];
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final CharBuffer chars = CharBuffer.allocate(MAX_ROW_BYTES);
    private int start;
    private int end;
    private boolean eof;
    private long line = 1;
    private boolean first = true;
    /** Where the last row's first line ended, to go back to when that row is given up. */
    private int lastFirstNewline = -1;
    private long lastLine;
    private int shift;

    UsageRows(InputStream in) {
        this.in = in;
    }

    /** The next row, or null at the end of the file. */
    Row next() throws IOException {
        if (first) {
            first = false;
            skipByteOrderMark();
        }
        lastFirstNewline = -1;
        if (start == end && !refill()) {
            return null;
        }
        int i = start;
        int firstNewline = -1;
        int newlines = 0;
        boolean carriageReturn = false;
        boolean loneCarriageReturn = false;
        int state = 0; // 0: at a field's start, 1: in an unquoted field, 2: in quotes, 3: just after a quote in quotes
        while (true) {
            if (i - start > MAX_ROW_BYTES) {
                return tooLong(firstNewline);
            }
            if (i == end) {
                boolean more = refill();
                // refill() moves the row to the buffer's start even at the end of the file: positions move too.
                i -= shift;
                firstNewline = firstNewline < 0 ? -1 : firstNewline - shift;
                if (!more) {
                    return torn(firstNewline);
                }
            }
            byte b = buf[i];
            if (state != 2) {
                // Commons CSV ends a row at a carriage return alone: such a row would be cut differently.
                loneCarriageReturn |= carriageReturn && b != '\n';
                carriageReturn = b == '\r';
            }
            if (state == 2) {
                if (b == '"') {
                    state = 3;
                } else if (b == '\n') {
                    newlines++;
                    if (firstNewline < 0) {
                        firstNewline = i;
                    }
                }
                i++;
                continue;
            }
            if (state == 3 && b == '"') {
                state = 2;
                i++;
                continue;
            }
            if (b == '\n') {
                break;
            }
            if (b == '"' && state == 0) {
                state = 2;
            } else {
                state = b == ',' ? 0 : 1;
            }
            i++;
        }
        long rowLine = line;
        lastFirstNewline = firstNewline;
        lastLine = rowLine;
        Row row = loneCarriageReturn
                ? new Row(rowLine, newlines + 1, null, Problems.Kind.COLUMNS,
                        "a carriage return in the middle of the row; row skipped")
                : decode(rowLine, newlines + 1, start, i);
        start = Math.min(i + 1, end);
        line += newlines + 1;
        return row;
    }

    /**
     * Gives up the row just returned (it spanned lines but does not make sense): reading goes
     * on at its second line, so an unclosed quote costs one row, not all the rows after it.
     * Returns false when the row was one line only (nothing to go back to).
     */
    boolean resync() {
        if (lastFirstNewline < 0) {
            return false;
        }
        start = lastFirstNewline + 1;
        line = lastLine + 1;
        lastFirstNewline = -1;
        return true;
    }

    private Row tooLong(int firstNewline) throws IOException {
        long rowLine = line;
        line++;
        if (firstNewline >= 0) {
            // A quote opened on this line and not closed within the limit: give up this line only.
            start = firstNewline + 1;
            return new Row(rowLine, 1, null, Problems.Kind.TOO_LONG, "a quoted field is not closed within "
                    + MAX_ROW_BYTES + " bytes; row skipped");
        }
        // Skip to the end of this line without keeping any of it.
        start += MAX_ROW_BYTES;
        while (true) {
            int nl = indexOfNewline(start, end);
            if (nl >= 0) {
                start = nl + 1;
                break;
            }
            start = end;
            if (!refill()) {
                break;
            }
        }
        return new Row(rowLine, 1, null, Problems.Kind.TOO_LONG, "the row is longer than " + MAX_ROW_BYTES
                + " bytes; row skipped");
    }

    /**
     * The file ends inside a row: the writer ends every row with a newline, so this row was
     * cut off (a crash, a copy cut short, a file being written). It is reported and skipped;
     * if it spans lines (an unclosed quote), only its first line is, and reading goes on.
     */
    private Row torn(int firstNewline) {
        long rowLine = line;
        line++;
        if (firstNewline >= 0) {
            start = firstNewline + 1;
            return new Row(rowLine, 1, null, Problems.Kind.TOO_LONG,
                    "a quoted field is not closed by the end of the file; row skipped");
        }
        boolean blank = true;
        for (int j = start; j < end; j++) {
            blank &= buf[j] == '\r';
        }
        start = end;
        return blank ? null : new Row(rowLine, 1, null, Problems.Kind.TORN,
                "the last row is cut off (no line end); row skipped");
    }

    private int indexOfNewline(int from, int to) {
        for (int j = from; j < to; j++) {
            if (buf[j] == '\n') {
                return j;
            }
        }
        return -1;
    }

    private Row decode(long rowLine, int lines, int from, int to) {
        int stop = to > from && buf[to - 1] == '\r' ? to - 1 : to; // CRLF files: the CR is not data
        ByteBuffer bytes = ByteBuffer.wrap(buf, from, stop - from);
        decoder.reset();
        chars.clear();
        CoderResult r = decoder.decode(bytes, chars, true);
        if (!r.isError()) {
            r = decoder.flush(chars);
        }
        if (r.isError()) {
            int bad = bytes.position();
            long badLine = rowLine;
            for (int j = from; j < bad; j++) {
                if (buf[j] == '\n') {
                    badLine++;
                }
            }
            return new Row(badLine, lines, null, Problems.Kind.NOT_UTF8, "not valid UTF-8 text (byte "
                    + String.format("0x%02X", buf[bad] & 0xFF) + "); row skipped");
        }
        chars.flip();
        return new Row(rowLine, lines, chars.toString(), null, null);
    }

    private void skipByteOrderMark() throws IOException {
        while (end - start < 3 && refill()) {
            // a file may come in very small reads
        }
        if (end - start >= 3 && (buf[start] & 0xFF) == 0xEF && (buf[start + 1] & 0xFF) == 0xBB
                && (buf[start + 2] & 0xFF) == 0xBF) {
            start += 3;
        }
    }

    /**
     * Moves the current row to the buffer's start and reads more after it; {@link #shift}
     * says how far positions moved. There is always room: a row is never let grow past
     * {@link #MAX_ROW_BYTES}, and the buffer is that plus a chunk.
     */
    private boolean refill() throws IOException {
        shift = start;
        if (start > 0) {
            System.arraycopy(buf, start, buf, 0, end - start);
            end -= start;
            start = 0;
        }
        if (eof) {
            return false;
        }
        int n = in.read(buf, end, buf.length - end);
        if (n < 0) {
            eof = true;
            return false;
        }
        end += n;
        return true;
    }
}
