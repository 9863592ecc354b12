package org.physiokiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.settings.KioskSettings;
import org.physiokiosk.settings.SettingsLoader;
import org.physiokiosk.testing.TestMedia;

class HandoutCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) throws Exception {
        KioskSettings settings = SettingsLoader.load(TestMedia.SETTINGS).settings();
        return HandoutCommand.run(CommandLine.parse(args), settings,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void writesTheHandoutForTheSymptoms() throws Exception {
        Path pdf = dir.resolve("plan.pdf");
        assertThat(run("handout", "--symptoms", "stiffness,stress", "--out", pdf.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Wrote " + pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Stiff, or hard to turn", "Stress and tension",
                    "Shoulder blade squeeze")
                    // clinic.emergency.number of the tests' kiosk.properties, not the default 999
                    .contains("Call 112 now if you have:").doesNotContain("999");
        }
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(pdf); // no temporary file left behind
        }
    }

    @Test
    void noSymptomsWritesTheGeneralPlan() throws Exception {
        Path pdf = dir.resolve("general.pdf");
        assertThat(run("handout", "--out", pdf.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("general plan");
    }

    @Test
    void anUnknownSymptomIsAUsageErrorListingTheValidIds() throws Exception {
        assertThat(run("handout", "--symptoms", "stiffness,headache", "--out", dir.resolve("x.pdf").toString()))
                .isEqualTo(2);
        assertThat(errors()).contains("unknown symptom headache").contains("valid symptoms are: stiffness, muscle-knots");
        assertThat(dir.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void anUnwritableOutputIsAFailureWithAClearMessage() throws Exception {
        Path file = dir.resolve("not-a-folder");
        Files.writeString(file, "x");
        assertThat(run("handout", "--symptoms", "stress", "--out", file.resolve("plan.pdf").toString())).isEqualTo(1);
        assertThat(errors()).contains("Cannot write " + file.resolve("plan.pdf"));
        assertThat(run("handout", "--symptoms", "stress", "--out", dir.resolve("missing/plan.pdf").toString()))
                .isEqualTo(1);
        assertThat(errors()).contains("the folder does not exist");
    }

    @Test
    void anUnknownLanguageIsAUsageError() throws Exception {
        assertThat(run("handout", "--lang", "pt", "--out", dir.resolve("x.pdf").toString())).isEqualTo(2);
        assertThat(errors()).contains("--lang \"pt\": expected one of de, en, es, fr, uk");
    }

    @Test
    void theOutputFileIsReadableLikeAnyDocument() throws Exception, IOException {
        Path pdf = dir.resolve("plan.pdf");
        run("handout", "--symptoms", "stress", "--out", pdf.toString());
        if (pdf.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(pdf)))
                    .isEqualTo("rw-r--r--");
        }
    }

    @Test
    void langGivesTheWholeHandoutInThatLanguage() throws Exception {
        Path pdf = dir.resolve("es.pdf");
        assertThat(run("handout", "--lang", "es", "--symptoms", "stress", "--out", pdf.toString())).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Tu plan de cuidados en casa").contains("Estrés y tensión")
                    .doesNotContain("Stress and tension");
        }
    }

    /** Settings for a private copy of media/ with one technique's steps replaced, and this clinic address. */
    private KioskSettings withLongContent(int steps, String address) throws IOException {
        Path media = org.physiokiosk.testing.TestMedia.copyInto(dir.resolve("copy"));
        Path file = media.resolve("techniques/chin-tuck.txt");
        String text = Files.readString(file);
        StringBuilder many = new StringBuilder("steps:\n");
        for (int i = 1; i <= steps; i++) {
            many.append("- Step ").append(i).append(": breathe in slowly and keep your shoulders relaxed.\n");
        }
        Files.writeString(file, text.replaceAll("(?s)steps:\n.*?(?=cautions:)", java.util.regex.Matcher.quoteReplacement(
                many.toString())));
        Path config = dir.resolve("copy/kiosk.properties");
        Files.writeString(config, "media.dir = media\nclinic.logo =\nclinic.address = " + address + "\n");
        return SettingsLoader.load(config).settings();
    }

    private int run(KioskSettings settings, String... args) throws Exception {
        return HandoutCommand.run(CommandLine.parse(args), settings,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void aHandoutThatWouldBeLongerThanFiftyPagesIsRefusedWithExitCodeOne() throws Exception {
        Path pdf = dir.resolve("plan.pdf");
        assertThat(run(withLongContent(5000, "12 Mill Lane"), "handout", "--symptoms", "stiffness", "--out",
                pdf.toString())).isEqualTo(1);
        assertThat(errors()).contains("longer than 50 pages").contains("\"chin-tuck\" has 5000 steps");
        assertThat(pdf).doesNotExist();
    }

    @Test
    void aVeryLongAddressIsCutAndTheHandoutWritten() throws Exception {
        Path pdf = dir.resolve("plan.pdf");
        // As long as a settings line may be (4,000 characters; a longer line is refused when the file is read).
        String address = "x".repeat(3_900);
        assertThat(run(withLongContent(5, address), "handout", "--symptoms", "stiffness", "--out", pdf.toString()))
                .isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("xxxxx…").doesNotContain(address)
                    .contains("Step 5: breathe in slowly");
        }
    }

    @Test
    void theFontsAndThePlansDrawingsAreReadOnTheSecondThread() throws Exception {
        java.util.List<String> asideThreads = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        java.util.concurrent.atomic.AtomicInteger jobs = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.ExecutorService second = java.util.concurrent.Executors.newSingleThreadExecutor(
                r -> new Thread(r, "second"));
        try {
            java.util.concurrent.Executor aside = job -> {
                jobs.incrementAndGet();
                second.execute(() -> {
                    asideThreads.add(Thread.currentThread().getName());
                    job.run();
                });
            };
            Path pdf = dir.resolve("plan.pdf");
            KioskSettings settings = SettingsLoader.load(TestMedia.SETTINGS).settings();
            int code = HandoutCommand.run(CommandLine.parse("handout", "--symptoms", "stiffness,stress", "--out",
                    pdf.toString()), settings, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), aside);
            assertThat(code).as(errors()).isZero();
            // the fonts, then one job for each technique with a drawing in the plan
            org.physiokiosk.plan.HandoutPlan plan = new org.physiokiosk.plan.PlanBuilder(
                    org.physiokiosk.content.ContentLoader.load(settings.mediaDir()), settings.handoutMaxTechniques())
                    .build(java.util.List.of("stiffness", "stress"));
            long drawn = plan.techniques().stream().filter(t -> t.illustrationFile().isPresent()).count();
            assertThat(drawn).isPositive();
            assertThat(jobs.get()).isEqualTo(1 + drawn);
            assertThat(asideThreads).hasSize((int) (1 + drawn)).containsOnly("second");
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                assertThat(new PDFTextStripper().getText(doc)).contains("Shoulder blade squeeze");
                java.util.Set<String> fonts = new java.util.TreeSet<>();
                for (var page : doc.getPages()) {
                    for (var name : page.getResources().getFontNames()) {
                        fonts.add(page.getResources().getFont(name).getName());
                    }
                }
                assertThat(fonts).anyMatch(f -> f.endsWith("+NotoSans-Regular")).anyMatch(f -> f.endsWith("+NotoSans-Bold"));
            }
        } finally {
            second.shutdownNow();
        }
    }
}
