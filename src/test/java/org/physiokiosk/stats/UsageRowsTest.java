package org.physiokiosk.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How a usage file is cut into rows, each case read whole and one byte at a time (as a slow
 * share or a file still being copied delivers it): the rows and line numbers must not differ.
 */
class UsageRowsTest {

    private static InputStream stream(byte[] data, boolean trickle) {
        return trickle ? new ByteArrayInputStream(data) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 1));
            }
        } : new ByteArrayInputStream(data);
    }

    /** Each row as "line+lines text" or "line+lines KIND: why". */
    private static List<String> rows(byte[] data, boolean trickle) throws IOException {
        UsageRows rows = new UsageRows(stream(data, trickle));
        List<String> out = new ArrayList<>();
        for (UsageRows.Row r = rows.next(); r != null; r = rows.next()) {
            out.add(r.line() + "+" + r.lines() + " " + (r.ok() ? r.text() : r.problem() + ": " + r.why()));
        }
        return out;
    }

    private static List<String> rows(String text, boolean trickle) throws IOException {
        return rows(text.getBytes(StandardCharsets.UTF_8), trickle);
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void rowsEndAtNewlinesOutsideQuotesAndKeepTheirRealLineNumbers(boolean trickle) throws IOException {
        assertThat(rows("a,b\r\n\"x\ny\",\"say \"\"hi\"\"\"\nc,\"\"\n", trickle)).containsExactly(
                "1+1 a,b", "2+2 \"x\ny\",\"say \"\"hi\"\"\"", "4+1 c,\"\"");
        assertThat(rows("a\"b\nc\n", trickle)).as("a quote inside a field opens nothing")
                .containsExactly("1+1 a\"b", "2+1 c");
        assertThat(rows("", trickle)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aByteOrderMarkIsSkippedOnlyWhenItIsWhole(boolean trickle) throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        assertThat(rows(concat(bom, "a,b\n".getBytes(StandardCharsets.UTF_8)), trickle)).containsExactly("1+1 a,b");
        assertThat(rows(concat(bom, "\n".getBytes(StandardCharsets.UTF_8)), trickle)).containsExactly("1+1 ");
        assertThat(rows(new byte[] {(byte) 0xEF, (byte) 0xBB, 'a', '\n'}, trickle)).singleElement().asString()
                .startsWith("1+1 NOT_UTF8: not valid UTF-8 text (byte 0xEF); row skipped");
        assertThat(rows("ab\n", trickle)).containsExactly("1+1 ab");
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void badBytesCostTheirRowOnlyAndNameTheLineTheyAreOn(boolean trickle) throws IOException {
        byte[] data = concat("ok\n\"first\n".getBytes(StandardCharsets.UTF_8), new byte[] {'x', (byte) 0xC3, 0x28},
                "\"\nafter\n".getBytes(StandardCharsets.UTF_8));
        assertThat(rows(data, trickle)).containsExactly("1+1 ok",
                "3+2 NOT_UTF8: not valid UTF-8 text (byte 0xC3); row skipped", "4+1 after");
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aCarriageReturnInsideARowSkipsIt(boolean trickle) throws IOException {
        assertThat(rows("a\rb\nc\n\"q\rq\"\n", trickle)).containsExactly(
                "1+1 COLUMNS: a carriage return in the middle of the row; row skipped", "2+1 c", "3+1 \"q\rq\"");
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aRowPastTheLimitIsSkippedToItsEnd(boolean trickle) throws IOException {
        String limit = "x".repeat(UsageRows.MAX_ROW_BYTES);
        assertThat(rows(limit + "\nnext\n", trickle)).containsExactly("1+1 " + limit, "2+1 next");
        assertThat(rows(limit + "y\nnext\n", trickle)).containsExactly(
                "1+1 TOO_LONG: the row is longer than 4096 bytes; row skipped", "2+1 next");
        assertThat(rows("x".repeat(3 * 64 * 1024) + "\nnext\n", trickle)).containsExactly(
                "1+1 TOO_LONG: the row is longer than 4096 bytes; row skipped", "2+1 next");
        assertThat(rows("x".repeat(5000), trickle)).containsExactly(
                "1+1 TOO_LONG: the row is longer than 4096 bytes; row skipped");
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aQuoteNeverClosedCostsOneLineNotTheRestOfTheFile(boolean trickle) throws IOException {
        assertThat(rows("a,\"open\nb,c\n" + "y".repeat(5000) + "\nd\n", trickle)).containsExactly(
                "1+1 TOO_LONG: a quoted field is not closed within 4096 bytes; row skipped", "2+1 b,c",
                "3+1 TOO_LONG: the row is longer than 4096 bytes; row skipped", "4+1 d");
        assertThat(rows("a,\"open\nb,c\nd\n", trickle)).containsExactly(
                "1+1 TOO_LONG: a quoted field is not closed by the end of the file; row skipped", "2+1 b,c", "3+1 d");
        // Not the first row: the rows before it have moved out of the buffer when the end of the file is found.
        assertThat(rows("ok\na,\"open\nb,c\nd\n", trickle)).containsExactly("1+1 ok",
                "2+1 TOO_LONG: a quoted field is not closed by the end of the file; row skipped", "3+1 b,c", "4+1 d");
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aLastRowWithoutItsLineEndIsTornUnlessItIsBlank(boolean trickle) throws IOException {
        assertThat(rows("a\nb", trickle)).containsExactly("1+1 a",
                "2+1 TORN: the last row is cut off (no line end); row skipped");
        assertThat(rows("a\n\r", trickle)).containsExactly("1+1 a");
        assertThat(rows("a\n\rb", trickle)).hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aRowGivenUpGoesBackToItsSecondLine(boolean trickle) throws IOException {
        UsageRows rows = new UsageRows(stream("one\n\"two\nthree\",x\nfour\n".getBytes(StandardCharsets.UTF_8),
                trickle));
        assertThat(rows.next().text()).isEqualTo("one");
        assertThat(rows.resync()).as("a one-line row has nothing to go back to").isFalse();
        UsageRows.Row two = rows.next();
        assertThat(two.lines()).isEqualTo(2);
        assertThat(rows.resync()).isTrue();
        assertThat(rows.resync()).isFalse();
        UsageRows.Row three = rows.next();
        assertThat(three.line()).isEqualTo(3);
        assertThat(three.text()).as("a quote inside a field opens nothing").isEqualTo("three\",x");
        assertThat(rows.next().line()).isEqualTo(4);
        assertThat(rows.next()).isNull();
    }
}
