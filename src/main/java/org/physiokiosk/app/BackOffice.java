package org.physiokiosk.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.physiokiosk.content.Symptom;
import org.physiokiosk.handout.HandoutRenderer;
import org.physiokiosk.illustration.IllustrationLoader;
import org.physiokiosk.plan.PlanBuilder;
import org.physiokiosk.printing.HandoutPrinter;
import org.physiokiosk.printing.QueueStatus;
import org.physiokiosk.report.UsageReportPdf;
import org.physiokiosk.saving.PlanFiles;
import org.physiokiosk.saving.RemovableDrives;
import org.physiokiosk.saving.SafeFiles;
import org.physiokiosk.settings.KioskSettings;
import org.physiokiosk.settings.Settings;
import org.physiokiosk.settings.SettingsLoader;
import org.physiokiosk.settings.SettingsWriter;
import org.physiokiosk.staff.ContentEditor;
import org.physiokiosk.settings.StoredPin;
import org.physiokiosk.staff.PinHash;
import org.physiokiosk.staff.StaffAccess;
import org.physiokiosk.stats.EventType;
import org.physiokiosk.stats.ReportCsv;
import org.physiokiosk.stats.UsageLog;
import org.physiokiosk.stats.UsageReader;
import org.physiokiosk.stats.UsageRecorder;
import org.physiokiosk.stats.UsageReport;
import org.physiokiosk.threads.OffEdt;
import org.physiokiosk.ui.staff.StaffServices;

/** Staff mode's work on real files, printers and folders. */
final class BackOffice implements StaffServices {

    private static final System.Logger LOG = System.getLogger(BackOffice.class.getName());

    private final Path settingsFile;
    private final ContentEditor content;
    private final UsageRecorder usage;
    private final RemovableDrives drives;
    private final Runnable restart;
    private final Runnable leave;
    private volatile KioskSettings settings;
    private volatile StaffAccess access;
    private SafeFiles.Change settingsChange;
    private boolean lastWasSettings;
    /** More problems for the warnings line, from parts of the kiosk staff mode does not know (speech). */
    private final List<java.util.function.Supplier<List<String>>> moreWarnings =
            new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Reads no files: {@code content} and {@code access} were made off the event thread. */
    BackOffice(KioskSettings settings, StaffAccess access, ContentEditor content, UsageRecorder usage,
               RemovableDrives drives, Runnable restart, Runnable leave) {
        this.settings = settings;
        this.access = access;
        this.settingsFile = settings.source();
        this.content = content;
        this.usage = usage;
        this.drives = drives;
        this.restart = restart;
        this.leave = leave;
    }

    @Override
    public KioskSettings settings() {
        return settings;
    }

    @Override
    public ContentEditor content() {
        return content;
    }

    @Override
    public List<String> warnings() {
        OffEdt.check("Reading the settings and translations for the warnings");
        List<String> out = new ArrayList<>();
        SettingsLoader.load(settingsFile).problems().forEach(p -> out.add("Settings: " + p));
        content.library().problems().forEach(p -> out.add("Content: " + p));
        for (java.util.Locale l : settings.languages()) {
            if (!l.getLanguage().equals("en")) {
                org.physiokiosk.content.Translations.missing(content.library(), l)
                        .forEach(m -> out.add("Translation (" + l.getLanguage() + "): " + m));
            }
        }
        moreWarnings.forEach(w -> out.addAll(w.get()));
        if (usage instanceof UsageLog log && !log.health().ok()) {
            out.add("Statistics: " + log.health().problem() + " (" + log.health().waiting() + " events waiting)");
        }
        return out;
    }

    /** Adds {@code more} problems to {@link #warnings()}, asked for each time it is read. */
    void warnAlso(java.util.function.Supplier<List<String>> more) {
        moreWarnings.add(more);
    }

    @Override
    public Map<String, String> checkSettings(Map<String, String> values) {
        return SettingsLoader.check(settingsFile, values);
    }

    @Override
    public synchronized void saveSettings(Map<String, String> values) throws IOException {
        OffEdt.check("Saving the settings");
        Map<String, String> problems = checkSettings(values);
        if (!problems.isEmpty()) {
            throw new IOException(problems.entrySet().iterator().next().getValue());
        }
        settingsChange = SafeFiles.writePrivate(settingsFile, SettingsWriter.update(settingsFile, values));
        lastWasSettings = true;
        settings = SettingsLoader.load(settingsFile).settings().withFullscreen(settings.fullscreen());
        usage.record(EventType.CONTENT_CHANGED, "", "settings", "", settings.language());
    }

    @Override
    public StaffAccess access() {
        return access;
    }

    @Override
    public synchronized void savePin(char[] pin) throws IOException {
        OffEdt.check("Saving the PIN");
        if (access.way() == StaffAccess.Way.NOT_SET_UP) {
            throw new IOException("staff mode is not set up (" + access.reason() + ")");
        }
        String hash = PinHash.hash(pin);
        settingsChange = SafeFiles.writePrivate(settingsFile,
                SettingsWriter.update(settingsFile, Map.of(Settings.STAFF_PIN.key(), hash)));
        lastWasSettings = true;
        settings = settings.withStaff(new KioskSettings.Staff(StoredPin.of(hash), settings.staff().hold(),
                settings.staff().lockout(), settings.staff().autoLock()));
        access = access.pinSaved(hash); // a setup code works once: its file goes now
    }

    @Override
    public boolean canUndo() {
        return lastWasSettings ? settingsChange != null : content.canUndo();
    }

    @Override
    public synchronized void undo() throws IOException {
        OffEdt.check("Undoing the last change");
        if (lastWasSettings && settingsChange != null) {
            SafeFiles.undo(settingsChange);
            settingsChange = null;
            settings = SettingsLoader.load(settingsFile).settings().withFullscreen(settings.fullscreen());
        } else {
            content.undo();
        }
        lastWasSettings = false;
    }

    @Override
    public List<String> printers() {
        OffEdt.check("Looking up the printers");
        return HandoutPrinter.printerNames();
    }

    @Override
    public boolean printerStopped(String printer) {
        OffEdt.check("Asking whether a printer is stopped");
        return QueueStatus.system().isStopped(printer);
    }

    @Override
    public void printTestPage(String printer) throws Exception {
        OffEdt.check("Printing a test page");
        KioskSettings s = settings;
        var plan = new PlanBuilder(content.library(), 1).build(List.of());
        byte[] pdf = new HandoutRenderer(s.clinic(), s.paperSize(), s.language(), s.mediaDir(),
                new IllustrationLoader(), Clock.systemDefaultZone()).tagged(s.handoutAccessible()).render(plan);
        new HandoutPrinter(printer, QueueStatus.system()).print(pdf, "physio-kiosk-test-page");
    }

    @Override
    public UsageReport report(LocalDate from, LocalDate to) throws IOException {
        OffEdt.check("Reading the usage files");
        UsageReport report = new UsageReport(from, to);
        if (Files.isDirectory(settings.statsDir())) {
            new UsageReader().read(List.of(settings.statsDir()), from, to, report::accept);
        }
        return report;
    }

    @Override
    public Path exportReport(LocalDate from, LocalDate to, boolean toUsb) throws Exception {
        OffEdt.check("Exporting the report");
        Path base;
        if (toUsb) {
            List<RemovableDrives.Drive> found = drives.find();
            if (found.isEmpty()) {
                throw new IOException("No USB stick is plugged in.");
            }
            base = found.get(0).root();
        } else {
            base = settings.exportsDir();
        }
        Path dir = base.resolve("kiosk-report-" + from + "_" + to);
        UsageReport report = report(from, to);
        ReportCsv.write(report, dir);
        byte[] pdf = new UsageReportPdf(settings.mediaDir(), settings.language(), Clock.systemDefaultZone())
                .render(report, settings.clinic().name(),
                        id -> content.library().symptom(id).map(Symptom::label).orElse(id),
                        id -> content.library().notice(id).map(org.physiokiosk.content.Notice::title).orElse(id));
        PlanFiles.writeAtomically(dir.resolve("usage-report-" + from + "_" + to + ".pdf"), pdf);
        return dir;
    }

    @Override
    public boolean usbAvailable() {
        OffEdt.check("Looking for USB sticks");
        return !drives.find().isEmpty();
    }

    @Override
    public List<Path> importableImages() {
        OffEdt.check("Looking for pictures on USB sticks");
        List<Path> images = new ArrayList<>();
        for (RemovableDrives.Drive d : drives.find()) {
            try (Stream<Path> files = Files.walk(d.root(), 3)) {
                files.filter(Files::isRegularFile)
                        .filter(p -> p.getFileName().toString().matches("(?i)[^.].*\\.(svg|png|jpe?g)"))
                        .limit(200).forEach(images::add);
            } catch (IOException | java.io.UncheckedIOException e) {
                // The pictures found so far are offered; staff would otherwise read "no pictures" with no reason.
                LOG.log(System.Logger.Level.WARNING, "Cannot read all of the USB stick " + d.root(), e);
            }
        }
        return images;
    }

    @Override
    public void record(EventType type) {
        usage.record(type, "", "", "", settings.language());
    }

    @Override
    public void restartKiosk() {
        restart.run();
    }

    @Override
    public void leaveKiosk() {
        leave.run();
    }
}
