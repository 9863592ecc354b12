package org.physiokiosk.text;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The lines of a text file people edit (content, settings), read so that whatever the file
 * holds costs bounded memory and linear time, and each line stands alone: bytes that are not
 * UTF-8, an invisible control character or a line far too long make a problem on that line,
 * never on the next. A byte-order mark at the start and CR LF line ends are harmless.
 */
public final class TextLines implements AutoCloseable {

    /** One line: its 1-based number and its text, or what is wrong with it. */
    public record Line(int number, String text, String problem, String start) {

        public boolean ok() {
            return problem == null;
        }

        /** The first characters as far as they could be read, to name the key of a broken line. */
        @Override
        public String start() {
            return start;
        }
    }

    private final InputStream in;
    private final int maxLineChars;
    private final long maxBytes;
    private long bytesRead;
    private int number;
    private boolean ended;
    private boolean cut;

    /**
     * @param maxLineChars longest line read; a longer one is skipped (it is still read through, not kept)
     * @param maxBytes     no more than this is read from {@code in}; {@link #cut()} then says so
     */
    public TextLines(InputStream in, int maxLineChars, long maxBytes) {
        this.in = new BufferedInputStream(in, 16 * 1024);
        this.maxLineChars = maxLineChars;
        this.maxBytes = maxBytes;
    }

    /** True when the input had more than {@code maxBytes}: the lines after that were not read. */
    public boolean cut() {
        return cut;
    }

    /** The next line, or empty at the end. */
    public Optional<Line> next() throws IOException {
        if (ended) {
            return Optional.empty();
        }
        // A UTF-8 character is at most 4 bytes: more bytes than this cannot fit in maxLineChars.
        int maxLineBytes = maxLineChars * 4;
        ByteArrayOutputStream line = new ByteArrayOutputStream(128);
        long length = 0;
        while (true) {
            int b;
            if (bytesRead >= maxBytes) {
                b = in.read();
                if (b >= 0) {
                    cut = true;
                }
                ended = true;
                break;
            }
            b = in.read();
            if (b < 0) {
                ended = true;
                break;
            }
            bytesRead++;
            if (b == '\n') {
                break;
            }
            length++;
            if (length <= maxLineBytes) {
                line.write(b);
            }
        }
        if (ended && (length == 0 || (cut && length <= maxLineBytes))) {
            return Optional.empty(); // nothing after the last line break, or a line cut off by maxBytes
        }
        number++;
        byte[] bytes = line.toByteArray();
        int from = number == 1 && startsWithBom(bytes) ? 3 : 0;
        int to = bytes.length;
        if (length <= maxLineBytes && to > from && bytes[to - 1] == '\r') {
            to--;
        }
        String start = new String(bytes, from, Math.min(to - from, 400), StandardCharsets.UTF_8);
        if (length > maxLineBytes) {
            return Optional.of(new Line(number, null, "this line is too long (" + length + (cut ? "+" : "")
                    + " bytes); a line may have at most " + maxLineChars
                    + " characters (was text pasted twice, or is this the right file?)", start));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, from, to - from)).toString();
        } catch (CharacterCodingException e) {
            return Optional.of(new Line(number, null, "this line is not valid UTF-8 text (save the file as UTF-8)",
                    start));
        }
        if (text.length() > maxLineChars) {
            return Optional.of(new Line(number, null, "this line has " + text.length()
                    + " characters; a line may have at most " + maxLineChars
                    + " (was text pasted twice, or is this the right file?)", start));
        }
        Optional<String> invisible = invisibleCharacter(text);
        if (invisible.isPresent()) {
            return Optional.of(new Line(number, null, invisible.get(), start));
        }
        return Optional.of(new Line(number, text, null, start));
    }

    private static boolean startsWithBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    /**
     * A character nobody types on purpose: a control character other than tab (a NUL from a damaged
     * disk), a byte-order mark in the middle of a file, the replacement character left where bytes
     * were lost, a non-character, or a Unicode line separator that would break the line when shown.
     */
    public static boolean invisible(char c) {
        return (c < 0x20 && c != '\t') || (c >= 0x7F && c <= 0x9F) || c == '\uFEFF' || c == '\uFFFD'
                || c == '\uFFFE' || c == '\uFFFF' || c == '\u2028' || c == '\u2029';
    }

    private static Optional<String> invisibleCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (invisible(c)) {
                return Optional.of(String.format(Locale.ROOT,
                        "invisible or unreadable character U+%04X at column %d; delete it", (int) c, i + 1));
            }
        }
        return Optional.empty();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
