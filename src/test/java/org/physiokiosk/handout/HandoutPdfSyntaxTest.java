package org.physiokiosk.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.content.SlideLibrary;
import org.physiokiosk.illustration.IllustrationLoader;
import org.physiokiosk.plan.PlanBuilder;
import org.physiokiosk.settings.Clinic;
import org.physiokiosk.settings.PaperSize;
import org.physiokiosk.testing.TestMedia;

/**
 * Every stream of a handout ends exactly where its /Length says, and every drawing restores each
 * graphics state it saves. PDFBox reads a damaged file leniently, printers and other readers do
 * not: drawing a moving SVG once left a graphics copy undisposed (the one
 * {@code Output.createForGraphics} makes), whose "q" was never closed; when the garbage collector
 * finalized the copy, its dispose wrote "Q" after the drawing's compressed stream (poppler:
 * "Missing 'endstream' or incorrect stream length"). The collector does not always run in time,
 * so the balance of q and Q is what catches that leak every time.
 */
class HandoutPdfSyntaxTest {

    static final SlideLibrary LIBRARY = ContentLoader.load(TestMedia.MEDIA);
    private static final Pattern STREAM = Pattern.compile("/Length (\\d+)(?: |\\n|/|>)(?:(?!endobj).)*?stream\\r?\\n",
            Pattern.DOTALL);

    private static byte[] handout(String symptoms) throws Exception {
        return new HandoutRenderer(new Clinic("Clinic", "", "", Optional.empty(), "112"), PaperSize.A4,
                Locale.ENGLISH, TestMedia.MEDIA, new IllustrationLoader(),
                Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC))
                .render(new PlanBuilder(LIBRARY, 6).build(List.of(symptoms.split(","))));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"stiffness,stress,after-sitting", "muscle-knots,after-sleeping,recent-strain"})
    void everyDrawingRestoresEveryGraphicsStateItSaves(String symptoms) throws Exception {
        try (PDDocument doc = Loader.loadPDF(handout(symptoms))) {
            List<String> unbalanced = new ArrayList<>();
            int forms = 0;
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDFormXObject form) {
                        forms++;
                        int depth = 0;
                        int lowest = 0;
                        for (Object token : new PDFStreamParser(form).parse()) {
                            if (token instanceof Operator op && op.getName().equals("q")) {
                                depth++;
                            } else if (token instanceof Operator op && op.getName().equals("Q")) {
                                depth--;
                                lowest = Math.min(lowest, depth);
                            }
                        }
                        if (depth != 0 || lowest < 0) {
                            unbalanced.add(name.getName() + ": " + depth + " saved states not restored");
                        }
                    }
                }
            }
            assertThat(forms).as("drawings in the handout").isGreaterThan(5);
            assertThat(unbalanced).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"stiffness,stress,after-sitting", "muscle-knots,after-sleeping,recent-strain"})
    void everyStreamEndsWhereItsLengthSays(String symptoms) throws Exception {
        byte[] pdf = handout(symptoms);
        String bytes = new String(pdf, StandardCharsets.ISO_8859_1);
        Matcher m = STREAM.matcher(bytes);
        List<String> wrong = new ArrayList<>();
        int streams = 0;
        while (m.find()) {
            streams++;
            int end = m.end() + Integer.parseInt(m.group(1));
            String after = bytes.substring(end, Math.min(bytes.length(), end + 12));
            if (!after.matches("(?s)\\r?\\n?endstream.*")) {
                wrong.add("stream at byte " + m.end() + " with /Length " + m.group(1) + " is followed by "
                        + after.replaceAll("[^ -~]", "?"));
            }
        }
        assertThat(streams).as("streams with a direct length").isGreaterThan(10);
        assertThat(wrong).isEmpty();
    }
}
