package org.physiokiosk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;
import org.physiokiosk.stats.EventType;
import org.physiokiosk.stats.UsageEvent;
import org.physiokiosk.stats.UsageReport;
import org.physiokiosk.testing.TestMedia;

class UsageReportPdfTest {

    /** Read only: the fonts that ship with the kiosk. */
    private static final Path MEDIA = TestMedia.MEDIA;

    private static UsageEvent event(String time, EventType type, String subject, String value) {
        return new UsageEvent(OffsetDateTime.parse(time), "k", "s", type, subject, value, "en");
    }

    @Test
    void aHundredThousandCharacterValueIsCutInItsTableCell() throws Exception {
        UsageReport r = new UsageReport(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 2));
        r.accept(event("2026-11-01T10:00:00Z", EventType.SLIDE_SHOWN, "x".repeat(100_000), "1000"));
        r.accept(event("2026-11-01T10:00:01Z", EventType.SYMPTOM_PICKED, "y".repeat(100_000), ""));
        byte[] pdf = new UsageReportPdf(MEDIA, Locale.ENGLISH, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC))
                .render(r, "Clinic", id -> id);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            String cell = text.lines().filter(l -> l.startsWith("xxx")).findFirst().orElseThrow();
            assertThat(cell).contains("…");
            assertThat(cell.length()).isLessThan(UsageReportPdf.MAX_CELL_CHARS);
        }
    }

    @Test
    void anEnglishReportOnAGermanComputerIsInEnglish() throws Exception {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMAN);
        try {
            UsageReport r = new UsageReport(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 2));
            byte[] pdf = new UsageReportPdf(MEDIA, Locale.ENGLISH, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC))
                    .render(r, "Clinic", id -> id);
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                assertThat(new PDFTextStripper().getText(doc)).contains("Kiosk usage report", "Visits");
            }
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void chartLabelsAreCappedAndLongNamesStayApart() {
        ChartData.Label a = ChartData.Label.of("a", "z".repeat(100_000) + "a");
        ChartData.Label b = ChartData.Label.of("b", "z".repeat(100_000) + "b");
        assertThat(a.toString()).hasSize(ChartData.MAX_LABEL_CHARS + 1).endsWith("…");
        assertThat(a).isNotEqualTo(b);
        assertThat(ChartData.cap("😀".repeat(40), 61)).isEqualTo("😀".repeat(30) + "…");
    }

    @Test
    void daysOverAYearsEndAreBarsOfTheirOwnLabelledWithTheYear() {
        LocalDate from = LocalDate.of(2025, 12, 20);
        LocalDate to = LocalDate.of(2027, 1, 10);
        UsageReport r = new UsageReport(from, to);
        r.accept(event("2025-12-31T10:00:00Z", EventType.SESSION_STARTED, "", ""));
        r.accept(event("2026-12-31T10:00:00Z", EventType.SESSION_STARTED, "", ""));
        r.accept(event("2026-12-31T11:00:00Z", EventType.SESSION_STARTED, "", ""));
        DefaultCategoryDataset data = ChartData.perDay(r, "visits");
        assertThat(data.getColumnCount()).isEqualTo(r.byDay().size());
        assertThat(data.getValue("visits", LocalDate.of(2025, 12, 31)).intValue()).isEqualTo(1);
        assertThat(data.getValue("visits", LocalDate.of(2026, 12, 31)).intValue()).isEqualTo(2);
        assertThat(data.getColumnKey(11).toString()).isEqualTo("2025-12-31");
    }
}
