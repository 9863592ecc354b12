package org.physiokiosk.ui.staff;

import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.physiokiosk.settings.KioskSettings;
import org.physiokiosk.staff.ContentEditor;
import org.physiokiosk.stats.UsageReport;

/** The back office's services over a test's copy of the files: content and settings; the rest does nothing. */
final class StaffServicesOnFiles {

    private StaffServicesOnFiles() {
    }

    static StaffServices of(KioskSettings settings, ContentEditor content) {
        return (StaffServices) Proxy.newProxyInstance(StaffServicesOnFiles.class.getClassLoader(),
                new Class<?>[] {StaffServices.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "settings" -> settings;
                    case "content" -> content;
                    case "canUndo", "usbAvailable", "printerStopped" -> false;
                    case "warnings", "printers", "importableImages" -> List.of();
                    case "checkSettings" -> Map.of();
                    case "report" -> new UsageReport((LocalDate) args[0], (LocalDate) args[1]);
                    default -> null;
                });
    }
}
