package org.physiokiosk.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every figure of the report against a small fixture computed by hand. */
class UsageReportTest {

    @TempDir
    Path dir;

    private static final String HEADER = "timestamp,kiosk,session,event,subject,value,language\n";

    /*
     * Kiosk A, 2026-11-02: two visits.
     *   s1 09:00:00 – 09:01:30 (90 s), en: picks stress and stiffness, un-picks stiffness, plan of 2, printed.
     *   s2 14:10:00 – 14:12:00 (120 s, walked away), es: picks stress, plan of 1, print failed.
     *   Slides: intro 10 s twice, closing 8 s once.
     * Kiosk B, 2026-11-03: one visit.
     *   s3 09:30:00 – 09:30:40 (40 s), en: general plan, saved to usb.
     * Expected: 3 sessions, 2 finished, 1 timed out, 1 printed, 1 saved, 1 print failure,
     * conversion 2/3 = 66.7 %, median of 40, 90, 120 = 90 s, slides shown 3.
     */
    private void writeFixture() throws IOException {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        Files.createDirectories(a);
        Files.createDirectories(b);
        Files.writeString(a.resolve("usage-2026-11-02-kiosk-a.csv"), HEADER
                + "2026-11-02T08:59:50Z,kiosk-a,,slide_shown,intro,10000,en\n"
                + "2026-11-02T09:00:00Z,kiosk-a,s1,session_started,,,en\n"
                + "2026-11-02T09:00:05Z,kiosk-a,s1,symptom_picked,stress,,en\n"
                + "2026-11-02T09:00:07Z,kiosk-a,s1,symptom_picked,stiffness,,en\n"
                + "2026-11-02T09:00:09Z,kiosk-a,s1,symptom_unpicked,stiffness,,en\n"
                + "2026-11-02T09:00:20Z,kiosk-a,s1,plan_previewed,,2,en\n"
                + "2026-11-02T09:00:20Z,kiosk-a,s1,technique_planned,deep-breathing,,en\n"
                + "2026-11-02T09:00:20Z,kiosk-a,s1,technique_planned,self-massage,,en\n"
                + "2026-11-02T09:01:00Z,kiosk-a,s1,handout_printed,KioskPDF,,en\n"
                + "2026-11-02T09:01:30Z,kiosk-a,s1,session_finished,,,en\n"
                + "2026-11-02T14:09:50Z,kiosk-a,,slide_shown,intro,10000,en\n"
                + "2026-11-02T14:10:00Z,kiosk-a,s2,session_started,,,es\n"
                + "2026-11-02T14:10:04Z,kiosk-a,s2,symptom_picked,stress,,es\n"
                + "2026-11-02T14:10:10Z,kiosk-a,s2,plan_previewed,,1,es\n"
                + "2026-11-02T14:10:10Z,kiosk-a,s2,technique_planned,deep-breathing,,es\n"
                + "2026-11-02T14:10:30Z,kiosk-a,s2,print_failed,no-printer,,es\n"
                + "2026-11-02T14:12:00Z,kiosk-a,s2,session_timed_out,,,es\n");
        Files.writeString(b.resolve("usage-2026-11-03-kiosk-b.csv"), HEADER
                + "2026-11-03T09:29:52Z,kiosk-b,,slide_shown,closing,8000,en\n"
                + "2026-11-03T09:30:00Z,kiosk-b,s3,session_started,,,en\n"
                + "2026-11-03T09:30:05Z,kiosk-b,s3,general_plan_chosen,,,en\n"
                + "2026-11-03T09:30:30Z,kiosk-b,s3,handout_saved,usb,,en\n"
                + "2026-11-03T09:30:40Z,kiosk-b,s3,session_finished,,,en\n");
        // Outside the range: must not count.
        Files.writeString(b.resolve("usage-2026-10-31-kiosk-b.csv"), HEADER
                + "2026-10-31T09:30:00Z,kiosk-b,s0,session_started,,,en\n");
    }

    private UsageReport report(List<String> problems) throws IOException {
        UsageReport r = new UsageReport(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 3));
        UsageReader reader = new UsageReader();
        reader.read(List.of(dir.resolve("a"), dir.resolve("b")), r.from(), r.to(), r::accept);
        problems.addAll(reader.problems());
        return r;
    }

    @Test
    void everyFigureMatchesTheHandComputedFixture() throws IOException {
        writeFixture();
        List<String> problems = new java.util.ArrayList<>();
        UsageReport r = report(problems);

        assertThat(problems).isEmpty();
        assertThat(r.total().sessions()).isEqualTo(3);
        assertThat(r.total().finished()).isEqualTo(2);
        assertThat(r.total().timedOut()).isEqualTo(1);
        assertThat(r.total().printed()).isEqualTo(1);
        assertThat(r.total().saved()).isEqualTo(1);
        assertThat(r.total().printFailed()).isEqualTo(1);
        assertThat(r.conversionPercent()).isCloseTo(66.67, org.assertj.core.data.Offset.offset(0.01));
        assertThat(r.medianSessionSeconds()).isEqualTo(90);
        assertThat(r.total().slidesShown()).isEqualTo(3);

        assertThat(r.byDay().keySet()).containsExactly(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 2),
                LocalDate.of(2026, 11, 3));
        assertThat(r.byDay().get(LocalDate.of(2026, 11, 1)).sessions()).isZero();
        assertThat(r.byDay().get(LocalDate.of(2026, 11, 2)).sessions()).isEqualTo(2);
        assertThat(r.byDay().get(LocalDate.of(2026, 11, 2)).printed()).isEqualTo(1);
        assertThat(r.byDay().get(LocalDate.of(2026, 11, 3)).saved()).isEqualTo(1);

        long[] hours = r.byHour();
        assertThat(hours[9]).isEqualTo(2);
        assertThat(hours[14]).isEqualTo(1);
        assertThat(java.util.Arrays.stream(hours).sum()).isEqualTo(3);

        assertThat(r.bySymptom().get("stress")).containsExactly(2, 0);
        assertThat(r.bySymptom().get("stiffness")).containsExactly(1, 1);
        assertThat(r.byTechnique()).containsEntry("deep-breathing", 2L).containsEntry("self-massage", 1L);
        assertThat(r.byLanguage()).containsEntry("en", 2L).containsEntry("es", 1L);
        assertThat(r.bySlide().get("intro").times()).isEqualTo(2);
        assertThat(r.bySlide().get("intro").seconds()).isEqualTo(20.0);
        assertThat(r.bySlide().get("closing").seconds()).isEqualTo(8.0);

        assertThat(r.byKiosk().keySet()).containsExactly("kiosk-a", "kiosk-b");
        assertThat(r.byKiosk().get("kiosk-a").sessions()).isEqualTo(2);
        assertThat(r.byKiosk().get("kiosk-b").saved()).isEqualTo(1);
    }

    @Test
    void aMalformedRowIsReportedWithFileAndLineAndSkipped() throws IOException {
        writeFixture();
        Files.writeString(dir.resolve("a/usage-2026-11-01-kiosk-a.csv"), HEADER
                + "2026-11-01T10:00:00Z,kiosk-a,s9,session_started,,,en\n"
                + "yesterday,kiosk-a,s9,session_finished,,,en\n"
                + "2026-11-01T10:02:00Z,kiosk-a,s9,danced,,,en\n"
                + "2026-11-01T10:03:00Z,kiosk-a,s9\n");
        List<String> problems = new java.util.ArrayList<>();
        UsageReport r = report(problems);
        assertThat(problems).containsExactly(
                "usage-2026-11-01-kiosk-a.csv:3: \"yesterday\" is not a timestamp; row skipped",
                "usage-2026-11-01-kiosk-a.csv:4: unknown event \"danced\"; row skipped",
                "usage-2026-11-01-kiosk-a.csv:5: expected 7 columns, found 3; row skipped");
        assertThat(r.total().sessions()).isEqualTo(4);
    }

    @Test
    void aMissingFolderIsAClearError() {
        assertThatThrownBy(() -> new UsageReader().read(List.of(dir.resolve("nowhere")), LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 2), e -> { }))
                .isInstanceOf(IOException.class).hasMessageContaining("nowhere").hasMessageContaining("does not exist");
    }

    @Test
    void aMillionDifferentNamesOrOpenVisitsKeepMemoryFlat() {
        UsageReport r = new UsageReport(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 1));
        java.time.OffsetDateTime t = java.time.OffsetDateTime.parse("2026-11-01T10:00:00Z");
        for (int i = 0; i < 200_000; i++) {
            r.accept(new UsageEvent(t, "k" + i, "s" + i, EventType.SESSION_STARTED, "", "", "l" + i));
            r.accept(new UsageEvent(t, "k", "", EventType.SLIDE_SHOWN, "slide-" + i, "1000", "en"));
        }
        assertThat(r.bySlide()).hasSize(UsageReport.MAX_KEYS + 1).containsKey(UsageReport.OTHER);
        assertThat(r.bySlide().get(UsageReport.OTHER).times()).isEqualTo(200_000 - UsageReport.MAX_KEYS);
        assertThat(r.byKiosk()).hasSize(UsageReport.MAX_KEYS + 1);
        assertThat(r.byLanguage()).hasSize(UsageReport.MAX_KEYS + 1);
        assertThat(r.total().sessions()).isEqualTo(200_000);
    }

    @Test
    void noEventsGiveZerosNotErrors() {
        UsageReport r = new UsageReport(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 1));
        assertThat(r.conversionPercent()).isZero();
        assertThat(r.medianSessionSeconds()).isZero();
    }
}
