package org.physiokiosk.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.content.SlideLibrary;
import org.physiokiosk.illustration.IllustrationLoader;
import org.physiokiosk.plan.HandoutPlan;
import org.physiokiosk.plan.PlanBuilder;
import org.physiokiosk.qr.QrDecoding;
import org.physiokiosk.qr.WebLink;
import org.physiokiosk.settings.Clinic;
import org.physiokiosk.settings.KioskSettings;
import org.physiokiosk.settings.PaperSize;
import org.physiokiosk.settings.SettingsLoader;
import org.physiokiosk.testing.TestMedia;

/**
 * Issue 15, part 4: the handout ends with a QR code back to the clinic when it set a link, which
 * a phone reads from the printed page: checked by rendering the PDF page at 150 dpi, as a
 * printer would put it on paper, and decoding it.
 */
class HandoutQrTest {

    static final Path MEDIA = TestMedia.MEDIA;
    static final SlideLibrary LIBRARY = ContentLoader.load(MEDIA);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T10:15:00Z"), ZoneId.of("Europe/London"));
    static final String BOOKING = "https://riverside-physio.example.org/book?from=handout";
    static final String WEBSITE = "https://riverside-physio.example.org/";

    private static Clinic clinic(String website, String booking) {
        return new Clinic("Riverside Physiotherapy", "020 7946 0000", "12 Mill Lane", Optional.empty(), "112",
                Optional.ofNullable(website).map(WebLink::parse), Optional.ofNullable(booking).map(WebLink::parse));
    }

    private static byte[] render(Clinic clinic, Locale locale, List<String> symptoms) throws Exception {
        HandoutPlan plan = new PlanBuilder(LIBRARY, 6).build(symptoms);
        return new HandoutRenderer(clinic, PaperSize.A4, locale, MEDIA, new IllustrationLoader(), CLOCK).render(plan);
    }

    /** What a phone reads from each page, printed at 150 dpi. */
    private static List<Optional<String>> codesOnPages(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer r = new PDFRenderer(doc);
            List<Optional<String>> found = new java.util.ArrayList<>();
            for (int p = 0; p < doc.getNumberOfPages(); p++) {
                BufferedImage page = r.renderImageWithDPI(p, 150, ImageType.RGB);
                found.add(QrDecoding.read(page));
            }
            return found;
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "es", "fr", "de", "uk"})
    void theBookingPageIsOnTheLastPageAsACodeAPhoneReads(String language) throws Exception {
        byte[] pdf = render(clinic(WEBSITE, BOOKING), Locale.forLanguageTag(language),
                List.of("stiffness", "stress"));
        List<Optional<String>> codes = codesOnPages(pdf);
        assertThat(codes.get(codes.size() - 1)).as("the last page's code").contains(BOOKING);
        assertThat(codes.subList(0, codes.size() - 1)).as("earlier pages carry no code").allMatch(Optional::isEmpty);
    }

    @Test
    void theCodeIsCaptionedWithWhatItIsForAndTheAddressIsPrintedForThoseWhoType() throws Exception {
        String booking = text(render(clinic(WEBSITE, BOOKING), Locale.ENGLISH, List.of("stress")));
        assertThat(booking).contains("Book your next appointment", "riverside-physio.example.org/book?from=handout")
                .doesNotContain("More about us");
        String website = text(render(clinic(WEBSITE, null), Locale.ENGLISH, List.of("stress")));
        assertThat(website).contains("More about us", "riverside-physio.example.org")
                .doesNotContain("Book your next appointment");
        assertThat(text(render(clinic(WEBSITE, BOOKING), Locale.GERMAN, List.of("stress"))))
                .contains("Nächsten Termin buchen");
    }

    @Test
    void theWebsiteAloneGivesItsCodeAndNoLinkGivesNone() throws Exception {
        List<Optional<String>> website = codesOnPages(render(clinic(WEBSITE, null), Locale.ENGLISH, List.of()));
        assertThat(website.get(website.size() - 1)).contains(WEBSITE);
        assertThat(codesOnPages(render(clinic(null, null), Locale.ENGLISH, List.of()))).allMatch(Optional::isEmpty);
    }

    @Test
    void theCodeIsVectorNotAPicture() throws Exception {
        byte[] pdf = render(clinic(null, BOOKING), Locale.ENGLISH, List.of("stress"));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var last = doc.getPage(doc.getNumberOfPages() - 1);
            int images = 0;
            for (var name : last.getResources().getXObjectNames()) {
                if (last.getResources().getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) {
                    images++;
                }
            }
            assertThat(images).as("image XObjects on the last page").isZero();
        }
    }

    @Test
    void aLinkThatIsNotHttpsIsASettingsProblemAndPrintsNoCode() throws Exception {
        Path dir = Files.createTempDirectory("qr-settings");
        Path file = TestMedia.settingsIn(dir);
        Files.writeString(file, Files.readString(file) + "\nclinic.booking.url = http://riverside-physio.example.org/book\n"
                + "clinic.website = https://riverside-physio.example.org\n");
        var loaded = SettingsLoader.load(file);
        assertThat(loaded.problems().toString()).contains("clinic.booking.url", "https://");
        KioskSettings s = loaded.settings();
        assertThat(s.clinic().booking()).isEmpty();
        assertThat(s.clinic().handoutLink().map(l -> l.link().toString())).contains("https://riverside-physio.example.org");
        assertThat(s.clinic().handoutLink().map(Clinic.Link::kind)).contains(Clinic.Link.Kind.WEBSITE);
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }
}
