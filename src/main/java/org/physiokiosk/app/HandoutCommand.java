package org.physiokiosk.app;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Locale;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.content.SlideLibrary;
import org.physiokiosk.handout.HandoutException;
import org.physiokiosk.handout.HandoutRenderer;
import org.physiokiosk.illustration.IllustrationLoader;
import org.physiokiosk.plan.HandoutPlan;
import org.physiokiosk.plan.PlanBuilder;
import org.physiokiosk.plan.UnknownSymptomException;
import org.physiokiosk.settings.KioskSettings;
import org.physiokiosk.settings.SettingsLoader;

/** {@code handout --symptoms … --out plan.pdf}: the same PDF the kiosk prints, from the command line. */
final class HandoutCommand {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private HandoutCommand() {
    }

    static int run(CommandLine cli, KioskSettings settings, PrintStream out, PrintStream err) {
        if (cli.language() != null) {
            String lang = cli.language().toLowerCase(Locale.ROOT);
            if (!SettingsLoader.LANGUAGES.contains(lang)) {
                err.println("physio-kiosk: --lang \"" + cli.language() + "\": expected one of "
                        + String.join(", ", new java.util.TreeSet<>(SettingsLoader.LANGUAGES)));
                return USAGE;
            }
            settings = settings.withLanguage(Locale.forLanguageTag(lang));
        }
        SlideLibrary library = ContentLoader.load(settings.mediaDir());
        HandoutPlan plan;
        try {
            plan = new PlanBuilder(library, settings.handoutMaxTechniques()).build(cli.symptoms());
        } catch (UnknownSymptomException e) {
            err.println("physio-kiosk: " + e.getMessage());
            return USAGE;
        }
        HandoutRenderer renderer = new HandoutRenderer(settings.clinic(), settings.paperSize(), settings.language(),
                settings.mediaDir(), new IllustrationLoader(), Clock.systemDefaultZone());
        Path target = cli.out().toAbsolutePath();
        try {
            writeAtomically(target, renderer, plan);
        } catch (HandoutException e) {
            err.println("physio-kiosk: " + e.getMessage());
            return FAILED;
        } catch (IOException e) {
            err.println("physio-kiosk: cannot write " + target + ": " + reason(e));
            return FAILED;
        }
        out.println("Wrote " + target + " (" + plan.techniques().size() + " techniques"
                + (plan.isGeneral() ? ", general plan" : "") + ")");
        return OK;
    }

    /** A temporary file beside the target, moved into place: no half-written PDF is ever left. */
    static void writeAtomically(Path target, HandoutRenderer renderer, HandoutPlan plan)
            throws IOException, HandoutException {
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new NoSuchFileException(String.valueOf(dir), null, "the folder does not exist");
        }
        Path tmp = Files.createTempFile(dir, ".handout-", ".pdf.part");
        try {
            try (OutputStream os = Files.newOutputStream(tmp)) {
                renderer.write(plan, os);
            }
            readableByAll(tmp);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Temporary files are private (rw-------); a handout is an ordinary document (rw-r--r--). */
    private static void readableByAll(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException n) {
            return n.getReason() != null ? n.getReason() : "no such file or folder";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
