package org.physiokiosk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.content.Slide;
import org.physiokiosk.staff.ReportsView;
import org.physiokiosk.stats.ReportCsv;
import org.physiokiosk.stats.UsageReader;
import org.physiokiosk.stats.UsageReport;
import org.physiokiosk.testing.TestMedia;

/**
 * Proof of play for notices, from usage files as the kiosk writes them: each notice shown is a
 * {@code slide_shown} row named {@code notice-<id>}; the report, its CSV export, its PDF and the
 * staff Reports tab count them per notice, apart from the slides.
 */
class NoticePlaysTest {

    private static final String HEADER = "timestamp,kiosk,session,event,subject,value,language\n";

    @TempDir
    Path dir;

    /*
     * Kiosk A, 2026-12-01: the closing notice twice (10 s each), pilates once (10 s), the intro once.
     * Kiosk B, 2026-12-02: the closing notice once (12 s). 2026-11-30 (before the range): pilates once.
     * Expected for 1–2 December: closed 3 plays, 32 s; pilates 1 play, 10 s; the slides: intro only.
     */
    private UsageReport report() throws IOException {
        Path a = Files.createDirectories(dir.resolve("a"));
        Path b = Files.createDirectories(dir.resolve("b"));
        Files.writeString(a.resolve("usage-2026-12-01-kiosk-a.csv"), HEADER
                + "2026-12-01T09:00:00Z,kiosk-a,,slide_shown,intro,10000,en\n"
                + "2026-12-01T09:00:10Z,kiosk-a,,slide_shown,notice-closed-christmas,10000,en\n"
                + "2026-12-01T09:03:00Z,kiosk-a,,slide_shown,notice-pilates-thursdays,10000,en\n"
                + "2026-12-01T09:06:00Z,kiosk-a,,slide_shown,notice-closed-christmas,10000,en\n", StandardCharsets.UTF_8);
        Files.writeString(b.resolve("usage-2026-12-02-kiosk-b.csv"), HEADER
                + "2026-12-02T10:00:00Z,kiosk-b,,slide_shown,notice-closed-christmas,12000,de\n", StandardCharsets.UTF_8);
        Files.writeString(b.resolve("usage-2026-11-30-kiosk-b.csv"), HEADER
                + "2026-11-30T10:00:00Z,kiosk-b,,slide_shown,notice-pilates-thursdays,10000,en\n",
                StandardCharsets.UTF_8);
        UsageReport r = new UsageReport(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 2));
        UsageReader reader = new UsageReader();
        reader.read(List.of(a, b), r.from(), r.to(), r::accept);
        assertThat(reader.problems()).isEmpty();
        return r;
    }

    @Test
    void theLoopNamesNoticesAsTheReportExpects() {
        assertThat(Slide.NoticeSlide.ID_PREFIX).isEqualTo(UsageReport.NOTICE_PREFIX);
    }

    @Test
    void playsAreCountedPerNoticeForTheRangeAndApartFromSlides() throws IOException {
        UsageReport r = report();
        assertThat(r.byNotice().keySet()).containsExactly("closed-christmas", "pilates-thursdays");
        assertThat(r.byNotice().get("closed-christmas").times()).isEqualTo(3);
        assertThat(r.byNotice().get("closed-christmas").seconds()).isEqualTo(32.0);
        assertThat(r.byNotice().get("pilates-thursdays").times()).isEqualTo(1);
        assertThat(r.bySlide().keySet()).containsExactly("intro");
    }

    @Test
    void theCsvExportHasATableOfNotices() throws IOException {
        List<Path> files = ReportCsv.write(report(), Files.createDirectories(dir.resolve("out")));
        Path notices = files.stream().filter(f -> f.getFileName().toString().startsWith("usage-notices-"))
                .findFirst().orElseThrow();
        String text = Files.readString(notices, StandardCharsets.UTF_8);
        assertThat(text).contains("notice,times shown,seconds shown").contains("closed-christmas,3,32.0")
                .contains("pilates-thursdays,1,10.0");
        Path proof = files.stream().filter(f -> f.getFileName().toString().startsWith("usage-proof-of-play-"))
                .findFirst().orElseThrow();
        assertThat(Files.readString(proof, StandardCharsets.UTF_8)).contains("intro").doesNotContain("notice-");
    }

    @Test
    void thePdfReportListsPlaysPerNotice() throws Exception {
        byte[] pdf = new UsageReportPdf(TestMedia.MEDIA, Locale.ENGLISH, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC))
                .render(report(), "Clinic", id -> id, id -> id.equals("closed-christmas") ? "Closed on 24–26 December" : id);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Notices shown");
            assertThat(text.lines().filter(l -> l.startsWith("Closed on 24–26 December")).findFirst().orElseThrow())
                    .contains("3").contains("32");
            assertThat(text.lines().filter(l -> l.startsWith("pilates-thursdays")).findFirst().orElseThrow())
                    .contains("1").contains("10");
        }
    }

    @Test
    void thePdfHasNoNoticeTableWhenNoneWasShown() throws Exception {
        UsageReport empty = new UsageReport(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 2));
        byte[] pdf = new UsageReportPdf(TestMedia.MEDIA, Locale.ENGLISH, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC))
                .render(empty, "Clinic", id -> id);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc)).doesNotContain("Notices shown");
        }
    }

    @Test
    void theStaffReportsTabShowsEachNoticeByItsTitleMostShownFirst() throws IOException {
        ReportsView view = new ReportsView(Locale.ENGLISH, k -> k);
        Map<String, String> titles = Map.of("closed-christmas", "Closed on 24–26 December");
        view.show(report(), s -> s, id -> titles.getOrDefault(id, id));
        List<String> rows = new ArrayList<>();
        view.notices().forEach(r -> rows.add(r.text() + "=" + r.count()));
        // A notice deleted since the plays is shown by its id.
        assertThat(rows).containsExactly("Closed on 24–26 December=3", "pilates-thursdays=1");
        assertThat(view.noticesTitle()).isEqualTo("staff.reports.noticesTitle");
    }
}
