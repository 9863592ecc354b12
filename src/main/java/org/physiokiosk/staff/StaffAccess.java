package org.physiokiosk.staff;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.physiokiosk.settings.StoredPin;
import org.physiokiosk.threads.OffEdt;

/**
 * How staff get in, decided once when the kiosk starts: with the PIN; with the one-time setup
 * code when no PIN is set (a clinic without an IT person chooses it on the screen); or not at
 * all, when the PIN cannot be read or no setup code can be made: then the screen says "not set
 * up: see the README" and why. Never "choose a PIN" for whoever touches the screen first.
 */
public final class StaffAccess {

    private static final System.Logger LOG = System.getLogger(StaffAccess.class.getName());

    /** The ways in. */
    public enum Way {
        /** No way in from the screen; {@link #reason()} says why. */
        NOT_SET_UP,
        /** No PIN yet: the setup code from the file, then a new PIN. */
        SETUP_CODE,
        /** The staff PIN. */
        PIN
    }

    private final Way way;
    private final String reason;
    private final String detail;
    private final String pinHash;
    private final SetupCode setupCode;
    private final String settingsName;

    private StaffAccess(Way way, String reason, String detail, String pinHash, SetupCode setupCode,
                        String settingsName) {
        this.way = way;
        this.settingsName = settingsName;
        this.reason = reason;
        this.detail = detail;
        this.pinHash = pinHash;
        this.setupCode = Objects.requireNonNull(setupCode);
    }

    /**
     * Decides the way in for the kiosk whose settings file is {@code settingsFile} and stored PIN
     * is {@code pin}: writes the setup code file when no PIN is set, removes a used one when a PIN
     * is. Logs what it decided (a kiosk that cannot be entered at WARNING). Slow: reads and writes
     * files, so call it off the event thread.
     */
    public static StaffAccess prepare(Path settingsFile, StoredPin pin) {
        OffEdt.check("Deciding how staff get in");
        String settingsName = name(settingsFile);
        SetupCode code = SetupCode.besideSettings(settingsFile);
        StaffAccess access;
        if (pin.isUnreadable()) {
            access = notSetUp("the stored PIN in " + settingsName + " cannot be read", pin.unreadable(), code,
                    settingsName);
        } else if (pin.isSet()) {
            Optional<String> damage = PinHash.problem(pin.hash());
            access = damage.isPresent()
                    ? notSetUp("the stored PIN in " + settingsName + " is damaged", "staff.pin in "
                            + settingsFile.toAbsolutePath() + ": " + damage.get(), code, settingsName)
                    : new StaffAccess(Way.PIN, "", "", pin.hash(), code, settingsName);
            if (damage.isEmpty()) {
                removeUsedCode(code);
            }
        } else {
            access = withSetupCode(code, settingsName);
        }
        if (access.way == Way.NOT_SET_UP) {
            LOG.log(System.Logger.Level.WARNING, "Staff mode is not set up: " + access.reason + " (" + access.detail
                    + "). Set the PIN with \"java -jar physio-kiosk.jar set-pin\" (see the README).");
        }
        return access;
    }

    private static StaffAccess withSetupCode(SetupCode code, String settingsName) {
        try {
            code.prepare();
            LOG.log(System.Logger.Level.INFO, "No staff PIN is set yet: staff mode asks for the one-time setup code"
                    + " in " + code.file() + " (readable by the kiosk's user only), then for a new PIN");
            return new StaffAccess(Way.SETUP_CODE, "", "", "", code, settingsName);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Cannot write the staff setup code " + code.file(), e);
            return notSetUp("the setup code file " + SetupCode.FILE_NAME + " cannot be written beside "
                    + settingsName, String.valueOf(e.getMessage()), code, settingsName);
        }
    }

    private static void removeUsedCode(SetupCode code) {
        try {
            if (code.remove()) {
                LOG.log(System.Logger.Level.INFO, "A staff PIN is set: removed the setup code " + code.file());
            }
        } catch (IOException e) {
            // The PIN is the way in now: the code is never asked for again. The file is only clutter.
            LOG.log(System.Logger.Level.WARNING, "Cannot remove the used setup code " + code.file(), e);
        }
    }

    private static StaffAccess notSetUp(String reason, String detail, SetupCode code, String settingsName) {
        return new StaffAccess(Way.NOT_SET_UP, reason, detail, "", code, settingsName);
    }

    /** Staff mode is not set up, for the reason given (e.g. the setup code file could not be read just now). */
    public StaffAccess notSetUp(String why, String details) {
        return notSetUp(why, details, setupCode, settingsName);
    }

    /**
     * After a new PIN was saved: the PIN is the way in, and a setup code, if there was one, is
     * removed (it works once). Slow: removes a file.
     */
    public StaffAccess pinSaved(String hash) {
        OffEdt.check("Removing the used setup code");
        removeUsedCode(setupCode);
        return new StaffAccess(Way.PIN, "", "", hash, setupCode, settingsName);
    }

    public Way way() {
        return way;
    }

    /** Why staff mode is not set up, in words for the screen ("the stored PIN in kiosk.properties is damaged"). */
    public String reason() {
        return reason;
    }

    /** The same with its details (file, line, what is wrong), for the log; never the hash. */
    public String detail() {
        return detail;
    }

    /** The stored hash, for {@link Way#PIN}. */
    public String pinHash() {
        return pinHash;
    }

    /** The setup code file (for {@link Way#SETUP_CODE}, and for where staff are told to look). */
    public SetupCode setupCode() {
        return setupCode;
    }

    /** The settings file's name ("kiosk.properties"), for where staff are told to look. */
    public String settingsName() {
        return settingsName;
    }

    private static String name(Path settingsFile) {
        Path name = settingsFile.getFileName();
        return name == null ? settingsFile.toString() : name.toString();
    }

    @Override
    public String toString() {
        return way + (reason.isEmpty() ? "" : " (" + reason + ")");
    }
}
