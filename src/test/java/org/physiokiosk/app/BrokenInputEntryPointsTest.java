package org.physiokiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.testing.TestMedia;

/**
 * The cases a tester found, run as a clinic runs them: the real {@code main} in a child JVM
 * (so a {@code System.exit} or an uncaught exception is seen as it would be under systemd),
 * on a media copy and a settings file broken the way people break them. Each entry point
 * finishes with its normal exit code and says what was wrong; start-up problems reach logs/.
 */
class BrokenInputEntryPointsTest {

    private static final String PIN = "pbkdf2-sha256$600000$c2FsdHNhbHRzYWx0c2FsdA==$"
            + "aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g=";

    @TempDir
    Path dir;

    private Path settings;

    record Run(int exit, String out, String err) {
    }

    @BeforeEach
    void breakMediaAndSettings() throws IOException {
        Path media = TestMedia.copyInto(dir);
        // The slip from the issue: a cautions block copied, so "cautions:" is there twice.
        Path chinTuck = media.resolve("techniques/chin-tuck.txt");
        String text = Files.readString(chinTuck);
        Files.writeString(chinTuck, text + "\ncautions:\n- Stop if it hurts.\n");
        settings = dir.resolve("kiosk.properties");
        try (var out = Files.newOutputStream(settings)) {
            out.write(("clinic.name = Río Clinic\n"
                    + "clinic.address = C:\\users\\clinic\n"
                    + "media.dir = " + media + "\n"
                    + "stats.dir = " + dir.resolve("stats") + "\n"
                    + "exports.dir = " + dir.resolve("exports") + "\n").getBytes(StandardCharsets.UTF_8));
            out.write("clinic.phone = 0\u00e9\n".getBytes(StandardCharsets.ISO_8859_1)); // not UTF-8
            out.write(("staff.pin = " + PIN + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    private Run run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path"), KioskApp.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile())
                .start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finishes").isTrue();
        return new Run(p.exitValue(), Files.readString(dir.resolve("out.txt")), Files.readString(dir.resolve("err.txt")));
    }

    @Test
    void theHandoutCommandStillWritesAHandoutWithTheOtherTechniques() throws Exception {
        Path pdf = dir.resolve("plan.pdf");
        Run r = run("handout", "--symptoms", "stiffness", "--out", pdf.toString(), "--config", settings.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).doesNotContain("Exception").contains("clinic.phone")
                .contains("chin-tuck.txt:").contains("\"cautions:\" is given twice");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String handout = new PDFTextStripper().getText(doc);
            assertThat(handout).contains("Río Clinic", "C:\\users\\clinic").doesNotContain("Chin tuck");
        }
    }

    @Test
    void screenshotsAreMadeAndTheStartUpProblemsReachTheLog() throws Exception {
        Path shots = dir.resolve("shots");
        Run r = run("--screenshot", shots.toString(), "--size", "640x360", "--config", settings.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).doesNotContain("Exception");
        try (var files = Files.list(shots)) {
            assertThat(files.count()).isGreaterThan(20);
        }
        String log = Files.readString(dir.resolve("logs/kiosk-0.log"));
        assertThat(log).contains("Settings problem: kiosk.properties:6: clinic.phone: this line is not valid UTF-8")
                .contains("Content problem: techniques/chin-tuck.txt:")
                .contains("\"cautions:\" is given twice");
    }

    @Test
    void anUnknownScreenshotLanguageEndsTheProcessWithItsReasonAndNoStackTrace() throws Exception {
        Path shots = dir.resolve("shots-pt");
        Run r = run("--screenshot", shots.toString(), "--lang", "pt", "--config", settings.toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains("physio-kiosk: --lang \"pt\": expected one of de, en, es, fr, uk")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(shots).doesNotExist();
    }
}
