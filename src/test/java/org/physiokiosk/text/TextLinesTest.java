package org.physiokiosk.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextLinesTest {

    private static List<TextLines.Line> all(TextLines lines) throws IOException {
        List<TextLines.Line> out = new ArrayList<>();
        for (Optional<TextLines.Line> l = lines.next(); l.isPresent(); l = lines.next()) {
            out.add(l.get());
        }
        return out;
    }

    private static TextLines of(String text) {
        return new TextLines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), 10, 1000);
    }

    /** A stream that never ends, like a device or a pipe someone named as a file. */
    private static final class Endless extends InputStream {
        long served;

        @Override
        public int read() {
            served++;
            return served % 50 == 0 ? '\n' : 'a';
        }
    }

    @Test
    void anEndlessInputIsReadOnlyUpToTheLimitAndSaysSo() throws IOException {
        Endless endless = new Endless();
        TextLines lines = new TextLines(endless, 100, 10_000);
        List<TextLines.Line> read = all(lines);
        assertThat(lines.cut()).isTrue();
        assertThat(read).hasSize(200).allMatch(TextLines.Line::ok);
        assertThat(endless.served).isLessThanOrEqualTo(10_000 + 1 + 16 * 1024); // the limit plus one buffer
    }

    @Test
    void aLineTooLongIsSkippedAloneAndTheNextLineIsRead() throws IOException {
        List<TextLines.Line> read = all(new TextLines(new ByteArrayInputStream(("ok\n" + "x".repeat(5000)
                + "\nnext\n").getBytes(StandardCharsets.UTF_8)), 10, 100_000));
        assertThat(read).hasSize(3);
        assertThat(read.get(1).ok()).isFalse();
        assertThat(read.get(1).problem()).contains("too long (5000 bytes)");
        assertThat(read.get(2).text()).isEqualTo("next");
    }

    @Test
    void lineEndsByteOrderMarkAndTheLastLineWithoutABreak() throws IOException {
        List<TextLines.Line> read = all(of("\uFEFFa\r\nb\n\nc"));
        assertThat(read).extracting(TextLines.Line::text).containsExactly("a", "b", "", "c");
        assertThat(read).extracting(TextLines.Line::number).containsExactly(1, 2, 3, 4);
        assertThat(all(of(""))).isEmpty();
        assertThat(all(of("a\n"))).hasSize(1);
    }

    @Test
    void badBytesAndInvisibleCharactersAreProblemsOnTheirLine() throws IOException {
        byte[] bytes = {'a', '\n', 'b', (byte) 0xFF, '\n', 'c', 0, '\n', 'd', '\n'};
        List<TextLines.Line> read = all(new TextLines(new ByteArrayInputStream(bytes), 10, 1000));
        assertThat(read).extracting(TextLines.Line::ok).containsExactly(true, false, false, true);
        assertThat(read.get(1).problem()).contains("not valid UTF-8");
        assertThat(read.get(2).problem()).contains("U+0000 at column 2");
        assertThat(all(of("x\u2028y"))).singleElement().extracting(TextLines.Line::problem).asString()
                .contains("U+2028");
    }
}
