package org.physiokiosk.qr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Links the clinic may print, and their codes read back as a phone reads them. */
class QrCodeTest {

    @Test
    void aBookingLinkDrawnAsItsRunsReadsBackAsTheSameLink() {
        WebLink link = WebLink.parse("https://riverside-physio.example.org/book?from=kiosk");
        QrCode code = QrCode.of(link);
        assertThat(code.size()).as("modules on a side").isBetween(21, 41);
        assertThat(QrDecoding.read(QrDecoding.draw(code, 4))).contains(link.toString());
    }

    @Test
    void runsCoverExactlyTheDarkModulesRowByRow() {
        QrCode code = QrCode.of(WebLink.parse("https://example.org"));
        boolean[][] fromRuns = new boolean[code.size()][code.size()];
        int previousRow = -1;
        int previousEnd = -1;
        for (QrCode.Run r : code.runs()) {
            assertThat(r.length()).isPositive();
            if (r.row() == previousRow) {
                assertThat(r.from()).as("runs of a row are apart and in order").isGreaterThan(previousEnd);
            }
            for (int x = r.from(); x < r.from() + r.length(); x++) {
                fromRuns[r.row()][x] = true;
            }
            previousRow = r.row();
            previousEnd = r.from() + r.length();
        }
        for (int y = 0; y < code.size(); y++) {
            for (int x = 0; x < code.size(); x++) {
                assertThat(fromRuns[y][x]).as("module %d,%d", x, y).isEqualTo(code.dark(x, y));
            }
        }
        // The finder pattern's top-left corner is dark, the module inside its white ring is light.
        assertThat(code.dark(0, 0)).isTrue();
        assertThat(code.dark(1, 1)).isFalse();
    }

    @Property(tries = 60)
    void everyAcceptedLinkReadsBack(@ForAll("links") String text) {
        WebLink link = WebLink.parse(text);
        assertThat(QrDecoding.read(QrDecoding.draw(QrCode.of(link), 3))).contains(text);
    }

    @Test
    void aCodeThatZxingsFinderMissesStillReadsBackAsAPictureOfOnlyTheCode() {
        // Found by the property above: ZXing's finder does not find this version-3 code at 3 to 6 px a module.
        String text = "https://amaadbbfana.example.org/sv";
        for (int px = 2; px <= 6; px++) {
            assertThat(QrDecoding.read(QrDecoding.draw(QrCode.of(WebLink.parse(text)), px))).as(px + " px")
                    .contains(text);
        }
    }

    @Provide
    Arbitrary<String> links() {
        Arbitrary<String> host = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(20);
        Arbitrary<String> path = Arbitraries.strings().withCharRange('a', 'z').withChars('/', '-', '_', '0', '9')
                .ofMaxLength(200);
        return net.jqwik.api.Combinators.combine(host, path).as((h, p) -> "https://" + h + ".example.org/" + p);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://example.org", "example.org", "ftp://example.org", "https://", "https://localhost/x",
            "https://exa mple.org", "javascript:alert(1)", ""})
    void onlyHttpsLinksToANamedSiteAreAccepted(String text) {
        String why = WebLink.problem(text);
        assertThat(why).as("what is wrong, in words").startsWith("a web address");
        assertThatThrownBy(() -> WebLink.parse(text)).isInstanceOf(IllegalArgumentException.class).hasMessage(why);
    }

    @Test
    void aLinkLongerThanAPrintableCodeIsRefusedWithItsLength() {
        String text = "https://example.org/" + "a".repeat(300);
        assertThat(WebLink.problem(text)).contains("at most 300", "has " + text.length());
        assertThat(WebLink.problem("https://example.org/" + "a".repeat(280))).isNull();
    }

    @Test
    void theAddressPrintedUnderACodeLeavesOutTheSchemeAndALoneSlash() {
        assertThat(WebLink.parse("https://example.org/").shown()).isEqualTo("example.org");
        assertThat(WebLink.parse("https://example.org/book/").shown()).isEqualTo("example.org/book/");
        assertThat(WebLink.parse("  HTTPS://Example.org/a ").toString()).isEqualTo("HTTPS://Example.org/a");
        assertThat(List.of(WebLink.parse("https://a.org").uri().getHost())).containsExactly("a.org");
    }
}
