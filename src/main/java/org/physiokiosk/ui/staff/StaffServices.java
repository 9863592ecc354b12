package org.physiokiosk.ui.staff;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.physiokiosk.settings.KioskSettings;
import org.physiokiosk.staff.ContentEditor;
import org.physiokiosk.staff.StaffAccess;
import org.physiokiosk.stats.EventType;
import org.physiokiosk.stats.UsageReport;

/**
 * What the back office can do, provided by the application: files, printers, reports and
 * the kiosk itself. Methods marked slow are called off the event thread.
 */
public interface StaffServices {

    KioskSettings settings();

    ContentEditor content();

    /** Problems staff should know about: broken content files, bad settings, statistics not written. */
    List<String> warnings();

    /** The problem each value would have, by key (empty when all are fine). */
    Map<String, String> checkSettings(Map<String, String> values);

    /** Saves settings (slow); the kiosk uses them after "Back to the kiosk". */
    void saveSettings(Map<String, String> values) throws IOException;

    /** How staff get in: the PIN, the one-time setup code, or not at all (decided at start; a saved PIN changes it). */
    StaffAccess access();

    /** Stores a new PIN as its hash, and removes a used setup code (slow). */
    void savePin(char[] pin) throws IOException;

    boolean canUndo();

    /** Undoes the last saved change, content or settings (slow). */
    void undo() throws IOException;

    /** The printers the system offers (slow; may wait on CUPS). */
    List<String> printers();

    /** True when the printer's queue is stopped (slow; may wait on CUPS's lpstat). */
    default boolean printerStopped(String printer) {
        return false;
    }

    /** Prints a one-page test handout on {@code printer} (slow). */
    void printTestPage(String printer) throws Exception;

    /** The usage figures of a period (slow). */
    UsageReport report(LocalDate from, LocalDate to) throws IOException;

    /** Writes the CSV tables and the PDF report to a USB stick or the exports folder; returns the folder (slow). */
    Path exportReport(LocalDate from, LocalDate to, boolean toUsb) throws Exception;

    boolean usbAvailable();

    /** Pictures on USB sticks that could become illustrations (slow). */
    List<Path> importableImages();

    void record(EventType type);

    /** Reads content and settings again and starts the loop with them. */
    void restartKiosk();

    /** Closes the kiosk program. */
    void leaveKiosk();
}
