package org.physiokiosk.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.physiokiosk.illustration.IllustrationLoader;
import org.physiokiosk.testing.TestMedia;

/**
 * Drawings as PDF forms: a moving drawing at each of its key poses is a form of its own whose
 * graphics states all close (a copy left open by the SVG renderer once damaged the handout; see
 * HandoutPdfSyntaxTest), made once per pose however often it is placed.
 */
class PdfIllustrationsTest {

    private static Path drawing(String name) {
        return TestMedia.MEDIA.resolve("illustrations").resolve(name + ".svg");
    }

    @ParameterizedTest
    @ValueSource(strings = {"shoulder-blade-squeeze", "chin-tuck", "seated-spinal-twist", "self-massage",
            "foam-rolling", "deep-breathing", "breathing-meditation", "posture-sitting", "posture-standing",
            "posture-sleeping"})
    void eachKeyPoseIsAFormOfItsOwnThatClosesEveryStateItOpens(String name) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PdfIllustrations drawings = new PdfIllustrations(doc, new IllustrationLoader());
            List<Long> poses = drawings.keyPoses(drawing(name));
            assertThat(poses).as(name + " key poses").hasSizeGreaterThanOrEqualTo(2);
            PDFormXObject start = drawings.form(drawing(name), poses.get(0));
            PDFormXObject end = drawings.form(drawing(name), poses.get(1));
            assertThat(openStates(start)).as(name + " at its start: graphics states left open").isZero();
            assertThat(openStates(end)).as(name + " at its end: graphics states left open").isZero();
            assertThat(content(end)).as(name + ": the end position is drawn differently").isNotEqualTo(content(start));
            assertThat(drawings.form(drawing(name), poses.get(1))).as("made once per pose").isSameAs(end);
        }
    }

    @Test
    void aStillDrawingHasOnePoseAndTheSameFormAtEveryTime() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PdfIllustrations drawings = new PdfIllustrations(doc, new IllustrationLoader());
            assertThat(drawings.keyPoses(drawing("heat-therapy"))).containsExactly(0L);
            assertThat(drawings.keyPoses(null)).containsExactly(0L);
            PDFormXObject still = drawings.form(drawing("heat-therapy"));
            assertThat(drawings.form(drawing("heat-therapy"), 2_500)).isSameAs(still);
            assertThat(openStates(still)).isZero();
        }
    }

    /** Saved graphics states ("q") not restored ("Q") by the end of the form; -1 if one is restored too many. */
    private static int openStates(PDFormXObject form) throws IOException {
        int depth = 0;
        for (Object token : new PDFStreamParser(form).parse()) {
            if (token instanceof Operator op && op.getName().equals("q")) {
                depth++;
            } else if (token instanceof Operator op && op.getName().equals("Q")) {
                if (--depth < 0) {
                    return -1;
                }
            }
        }
        return depth;
    }

    private static String content(PDFormXObject form) throws IOException {
        try (var in = form.getContents()) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
        }
    }
}
