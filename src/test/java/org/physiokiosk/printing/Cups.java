package org.physiokiosk.printing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The CUPS virtual printer the print tests use: {@code KioskPDF}, a cups-pdf queue that
 * writes every job as a PDF file ({@code .ci/run} sets it up). Without it the tests are
 * skipped on a developer's machine, but fail in CI, where it must be there.
 */
public final class Cups {

    public static final String PRINTER = "KioskPDF";

    private Cups() {
    }

    /** Skips the calling test when CUPS with KioskPDF is not running, unless this is CI. */
    public static void requireVirtualPrinter() {
        // Not just "contains KioskPDF": lpstat names an unknown printer in its error message too.
        boolean there = run("lpstat", "-p", PRINTER).lines().anyMatch(l -> l.startsWith("printer " + PRINTER + " "));
        if (System.getenv("CI") != null && !there) {
            throw new AssertionError("CI must provide the CUPS queue " + PRINTER + " (see .ci/run)");
        }
        Assumptions.assumeTrue(there, "CUPS with the " + PRINTER + " queue is not running here");
    }

    public static void disable() {
        run("cupsdisable", PRINTER);
    }

    public static void enable() {
        run("cupsenable", PRINTER);
    }

    /** How many jobs (pending or done) CUPS has had for the queue: one line each, "KioskPDF-12 root …". */
    public static long jobCount() {
        return run("lpstat", "-W", "all", "-o", PRINTER).lines().filter(l -> l.startsWith(PRINTER + "-")).count();
    }

    /** Waits for the PDF cups-pdf writes for a job whose name starts with {@code prefix}. */
    public static Optional<Path> awaitOutput(String prefix, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        List<Path> dirs = List.of(Path.of(System.getProperty("user.home"), "PDF"),
                Path.of("/var/spool/cups-pdf", System.getProperty("user.name")), Path.of("/root/PDF"));
        while (System.nanoTime() < end) {
            for (Path dir : dirs) {
                if (Files.isDirectory(dir)) {
                    try (Stream<Path> files = Files.list(dir)) {
                        Optional<Path> found = files.filter(p -> p.getFileName().toString().startsWith(prefix))
                                .filter(p -> p.toString().endsWith(".pdf")).findFirst();
                        if (found.isPresent() && stable(found.get())) {
                            return found;
                        }
                    } catch (IOException e) {
                        // keep polling
                    }
                }
            }
            Thread.sleep(200);
        }
        return Optional.empty();
    }

    private static boolean stable(Path p) throws IOException, InterruptedException {
        long size = Files.size(p);
        Thread.sleep(300);
        return size > 0 && size == Files.size(p);
    }

    /** Skips the calling test when tesseract (with its English data) is not installed, unless this is CI. */
    public static void requireTesseract() {
        boolean there = run("tesseract", "--list-langs").lines().anyMatch(l -> l.strip().equals("eng"));
        if (System.getenv("CI") != null && !there) {
            throw new AssertionError("CI must provide tesseract-ocr with English (see .ci/run)");
        }
        Assumptions.assumeTrue(there, "tesseract with English is not installed here: the printed page cannot be read");
    }

    /** Skips the calling test when poppler's pdftotext is not installed, unless this is CI. */
    public static void requirePdftotext() {
        boolean there = run("pdftotext", "-v").contains("pdftotext");
        if (System.getenv("CI") != null && !there) {
            throw new AssertionError("CI must provide poppler-utils (pdftotext, see .ci/run)");
        }
        Assumptions.assumeTrue(there, "pdftotext is not installed here: the printed text cannot be read");
    }

    /** The text layer of a PDF file, as poppler's pdftotext reads it. */
    public static String pdftotext(Path pdf) {
        return run("pdftotext", "-layout", pdf.toString(), "-");
    }

    /** Text that tesseract reads off an image file, or empty when tesseract is not installed. */
    public static String ocr(Path png) {
        return run("tesseract", png.toString(), "stdout");
    }

    static String run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            byte[] out = p.getInputStream().readAllBytes();
            p.waitFor(60, TimeUnit.SECONDS);
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
