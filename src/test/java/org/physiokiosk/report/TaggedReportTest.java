package org.physiokiosk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.physiokiosk.stats.EventType;
import org.physiokiosk.stats.UsageEvent;
import org.physiokiosk.stats.UsageReport;
import org.physiokiosk.testing.PdfStandards;
import org.physiokiosk.testing.TestMedia;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** The usage report is a tagged PDF: PDF/UA-1 and PDF/A-2b by veraPDF, real tables, charts as figures with their numbers. */
class TaggedReportTest {

    private static final Path MEDIA = TestMedia.MEDIA;

    private static UsageEvent event(String time, String kiosk, EventType type, String subject, String value,
                                    String lang) {
        return new UsageEvent(OffsetDateTime.parse(time), kiosk, "s" + time, type, subject, value, lang);
    }

    /** Two days, two kiosks, slides, a print and a save, two languages. */
    static UsageReport report() {
        UsageReport r = new UsageReport(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 2));
        r.accept(event("2026-11-01T09:00:00Z", "front-desk", EventType.SESSION_STARTED, "", "", "en"));
        r.accept(event("2026-11-01T09:00:05Z", "front-desk", EventType.SYMPTOM_PICKED, "stress", "", "en"));
        r.accept(event("2026-11-01T09:01:00Z", "front-desk", EventType.HANDOUT_PRINTED, "KioskPDF", "", "en"));
        r.accept(event("2026-11-01T09:02:00Z", "front-desk", EventType.SESSION_FINISHED, "", "", "en"));
        r.accept(event("2026-11-02T14:00:00Z", "gym", EventType.SESSION_STARTED, "", "", "uk"));
        r.accept(event("2026-11-02T14:00:10Z", "gym", EventType.SYMPTOM_PICKED, "stiffness", "", "uk"));
        r.accept(event("2026-11-02T14:01:00Z", "gym", EventType.HANDOUT_SAVED, "usb", "", "uk"));
        r.accept(event("2026-11-02T14:03:00Z", "gym", EventType.SESSION_TIMED_OUT, "", "", "uk"));
        r.accept(event("2026-11-02T15:00:00Z", "gym", EventType.SLIDE_SHOWN, "chin-tuck", "12000", "en"));
        r.accept(event("2026-11-02T15:00:12Z", "gym", EventType.SLIDE_SHOWN, "deep-breathing", "9000", "en"));
        return r;
    }

    static byte[] render(String lang) throws Exception {
        return new UsageReportPdf(MEDIA, Locale.forLanguageTag(lang), Clock.fixed(Instant.parse(
                "2026-11-30T08:00:00Z"), ZoneOffset.UTC)).render(report(), "Riverside Physiotherapy", id -> id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es", "fr", "de", "uk"})
    void veraPdfFindsNoBrokenRuleOfPdfUa1OrPdfA2b(String lang) throws Exception {
        byte[] pdf = render(lang);
        List<String> failed = new ArrayList<>(PdfStandards.failures(pdf, PDFAFlavour.PDFUA_1));
        failed.addAll(PdfStandards.failures(pdf, PDFAFlavour.PDFA_2_B));
        if (!failed.isEmpty()) {
            Files.write(Files.createDirectories(Path.of("target", "tagged-pdf")).resolve("report-" + lang + ".pdf"),
                    pdf);
        }
        assertThat(failed).as("rules broken by the %s usage report", lang).isEmpty();
    }

    @Test
    void tablesHaveHeaderCellsAndChartsAreFiguresWithTheirNumbers() throws Exception {
        try (PDDocument doc = Loader.loadPDF(render("en"))) {
            assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            List<PDStructureElement> all = new ArrayList<>();
            walk(doc.getDocumentCatalog().getStructureTreeRoot(), all);
            List<String> roles = all.stream().map(PDStructureElement::getStructureType).toList();
            assertThat(roles).startsWith("Document", "P", "H1");
            assertThat(roles.stream().filter("Table"::equals).count()).as("slides, kiosks, languages").isEqualTo(3);
            List<String> alts = all.stream().filter(e -> e.getStructureType().equals("Figure"))
                    .map(PDStructureElement::getAlternateDescription).toList();
            assertThat(alts).hasSize(4);
            assertThat(alts.get(0)).as("visits per day, with its bars' numbers").contains("2026-11-01 1")
                    .contains("2026-11-02 1");
            long scoped = all.stream().filter(e -> e.getStructureType().equals("TH"))
                    .filter(e -> {
                        var attrs = e.getAttributes();
                        for (int i = 0; i < attrs.size(); i++) {
                            if (attrs.getObject(i) instanceof PDTableAttributeObject t && t.getScope() != null) {
                                return true;
                            }
                        }
                        return false;
                    })
                    .count();
            assertThat(scoped).as("every header cell says what it heads")
                    .isEqualTo(roles.stream().filter("TH"::equals).count()).isPositive();
        }
    }

    private static void walk(PDStructureNode node, List<PDStructureElement> out) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                out.add(e);
                walk(e, out);
            }
        }
    }
}
