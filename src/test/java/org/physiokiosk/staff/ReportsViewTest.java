package org.physiokiosk.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.physiokiosk.stats.EventType;
import org.physiokiosk.stats.UsageEvent;
import org.physiokiosk.stats.UsageReport;
import org.physiokiosk.ui.Texts;

/** The staff Reports view's state, without a display: the period, the rows, dates in the staff language. */
class ReportsViewTest {

    private static UsageReport report(LocalDate from, LocalDate to) {
        UsageReport r = new UsageReport(from, to);
        for (String at : new String[] {"2026-11-02T09:00:00Z", "2026-11-02T10:00:00Z", "2026-11-04T10:00:00Z"}) {
            r.accept(new UsageEvent(OffsetDateTime.parse(at), "k", "s" + at, EventType.SESSION_STARTED, "", "",
                    "en"));
        }
        for (int i = 0; i < 3; i++) {
            r.accept(new UsageEvent(OffsetDateTime.parse("2026-11-02T09:01:00Z"), "k", "s", EventType.SYMPTOM_PICKED,
                    "neck", "", "en"));
        }
        r.accept(new UsageEvent(OffsetDateTime.parse("2026-11-02T09:01:00Z"), "k", "s", EventType.SYMPTOM_PICKED,
                "knee", "", "en"));
        return r;
    }

    @Test
    void aPeriodIsCheckedAndSaysWhatIsWrongInTheStaffLanguage() {
        Texts de = new Texts(Locale.GERMAN);
        ReportsView v = new ReportsView(de.locale(), de::get);
        v.lastDays(6, LocalDate.of(2026, 11, 30));
        assertThat(v.fromText()).isEqualTo("2026-11-24");
        assertThat(v.toText()).isEqualTo("2026-11-30");
        assertThat(v.range()).hasValueSatisfying(r -> assertThat(r).containsExactly(LocalDate.of(2026, 11, 24),
                LocalDate.of(2026, 11, 30)));
        v.period("2026-11-30", "2026-11-01");
        assertThat(v.range()).isEmpty();
        assertThat(v.problem()).isEqualTo("„Von“ liegt nach „Bis“.");
        v.period("30.11.2026", "2026-11-01");
        assertThat(v.range()).isEmpty();
        assertThat(v.problem()).startsWith("Datum bitte als JJJJ-MM-TT");
    }

    @Test
    void everyDayHasARowWithAWholeCountAndItsDateInTheStaffLanguage() {
        Texts uk = new Texts(Locale.forLanguageTag("uk"));
        ReportsView v = new ReportsView(uk.locale(), uk::get);
        v.show(report(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 5)), id -> id.toUpperCase(Locale.ROOT));
        assertThat(v.perDay()).extracting(ReportsView.Row::count).containsExactly(0L, 2L, 0L, 1L, 0L);
        assertThat(v.perDay()).extracting(ReportsView.Row::id).startsWith("2026-11-01");
        assertThat(v.perDay().get(1).label()).isEqualTo("2 лист.");
        assertThat(v.perDay().get(1).text()).contains("понеділок", "листопада", "2026");
        assertThat(v.visitsTitle()).isEqualTo("Відвідування за днями");
        assertThat(v.picked()).extracting(ReportsView.Row::text).containsExactly("NECK", "KNEE");
        assertThat(v.picked()).extracting(ReportsView.Row::count).containsExactly(3L, 1L);
        assertThat(v.summary()).hasValueSatisfying(s -> assertThat(s.visits()).isEqualTo(3));

        Texts en = new Texts(Locale.ENGLISH);
        ReportsView english = new ReportsView(en.locale(), en::get);
        english.show(report(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 5)), id -> id);
        assertThat(english.perDay().get(1).label()).isEqualTo("2 Nov");
        assertThat(english.perDay().get(1).text()).isEqualTo("Monday 2 November 2026");
        Texts es = new Texts(Locale.forLanguageTag("es"));
        ReportsView spanish = new ReportsView(es.locale(), es::get);
        spanish.show(report(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 5)), id -> id);
        assertThat(spanish.perDay().get(1).text()).isEqualTo("lunes, 2 de noviembre de 2026");
    }

    @Test
    void aPeriodOverTheYearsEndLabelsItsDaysWithTheYearAndALongOneOnlyItsVisits() {
        Texts en = new Texts(Locale.ENGLISH);
        ReportsView v = new ReportsView(en.locale(), en::get);
        v.show(report(LocalDate.of(2025, 12, 30), LocalDate.of(2026, 11, 30)), id -> id);
        assertThat(v.perDay()).extracting(ReportsView.Row::label).containsExactly("2 Nov 2026", "4 Nov 2026");
    }

    @Test
    void pickedRowsAreFewAndShort() {
        UsageReport r = new UsageReport(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31));
        for (int i = 0; i < 50; i++) {
            r.accept(new UsageEvent(OffsetDateTime.parse("2026-01-05T10:00:00Z"), "k", "s",
                    EventType.SYMPTOM_PICKED, i + "q".repeat(10_000), "", "en"));
        }
        ReportsView v = new ReportsView(Locale.ENGLISH, k -> k);
        v.show(r, id -> id);
        assertThat(v.picked()).hasSize(ReportsView.MAX_PICKED)
                .allSatisfy(row -> assertThat(row.text().length()).isLessThanOrEqualTo(ReportsView.MAX_TEXT + 1));
    }
}
