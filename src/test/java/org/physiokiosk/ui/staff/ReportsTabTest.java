package org.physiokiosk.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;
import org.physiokiosk.report.ChartData;
import org.physiokiosk.stats.EventType;
import org.physiokiosk.stats.UsageEvent;
import org.physiokiosk.stats.UsageReport;

/** The staff charts' data, headless: no Swing component is made. */
class ReportsTabTest {

    @Test
    void perDayBarsKeepTheYearAndSymptomBarsAreCappedAndFew() {
        UsageReport r = new UsageReport(LocalDate.of(2025, 12, 1), LocalDate.of(2027, 1, 31));
        r.accept(new UsageEvent(OffsetDateTime.parse("2026-01-05T10:00:00Z"), "k", "s", EventType.SESSION_STARTED,
                "", "", "en"));
        r.accept(new UsageEvent(OffsetDateTime.parse("2027-01-05T10:00:00Z"), "k", "s", EventType.SESSION_STARTED,
                "", "", "en"));
        for (int i = 0; i < 50; i++) {
            r.accept(new UsageEvent(OffsetDateTime.parse("2026-01-05T10:00:00Z"), "k", "s",
                    EventType.SYMPTOM_PICKED, i + "q".repeat(100_000), "", "en"));
        }
        DefaultCategoryDataset perDay = ChartData.perDay(r, "visits");
        assertThat(perDay.getValue("visits", LocalDate.of(2026, 1, 5)).intValue()).isEqualTo(1);
        assertThat(perDay.getValue("visits", LocalDate.of(2027, 1, 5)).intValue()).isEqualTo(1);
        DefaultCategoryDataset picked = ReportsTab.picked(r, id -> id);
        assertThat(picked.getColumnCount()).isEqualTo(ReportsTab.MAX_BARS);
        assertThat(picked.getColumnKeys()).allSatisfy(k -> assertThat(k.toString().length())
                .isLessThanOrEqualTo(ChartData.MAX_LABEL_CHARS + 1));
    }
}
