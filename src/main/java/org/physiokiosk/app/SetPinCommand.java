package org.physiokiosk.app;

import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.physiokiosk.saving.SafeFiles;
import org.physiokiosk.settings.Settings;
import org.physiokiosk.settings.SettingsWriter;
import org.physiokiosk.staff.PinHash;
import org.physiokiosk.staff.PinRule;
import org.physiokiosk.staff.SetupCode;

/**
 * {@code set-pin}: the staff PIN set by whoever installs the kiosk, never on its touch screen.
 * The PIN is typed twice without being shown (or read from the first two lines of standard
 * input, for an installer script), checked with the keypad's rule, and only its hash is stored
 * in the settings file, through the same writer staff mode uses (every other line kept byte
 * for byte, written whole or not at all, owner-only when new). Nothing is written unless both
 * entries agree and make a valid PIN.
 */
final class SetPinCommand {

    static final int OK = 0;
    static final int FAILED = 1;

    /** Where the PIN is typed. */
    interface PinInput {
        /** The next PIN typed, or null when the input has ended. */
        char[] read(String prompt) throws IOException;
    }

    private SetPinCommand() {
    }

    /** The console: the PIN is not echoed. */
    static PinInput console(Console console) {
        return prompt -> console.readPassword("%s", prompt);
    }

    /** Standard input, one PIN a line (an installer's pipe); no prompts, nothing echoed. */
    static PinInput lines(InputStream in) {
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
        return prompt -> readLine(reader);
    }

    /** A line as characters (no String of the PIN is ever made); null at the end of the input. */
    private static char[] readLine(Reader reader) throws IOException {
        char[] line = new char[64];
        int length = 0;
        int c = reader.read();
        if (c < 0) {
            return null;
        }
        while (c >= 0 && c != '\n') {
            if (length == line.length) {
                char[] longer = Arrays.copyOf(line, line.length * 2);
                Arrays.fill(line, '\0');
                line = longer;
            }
            line[length++] = (char) c;
            c = reader.read();
        }
        if (length > 0 && line[length - 1] == '\r') {
            length--;
        }
        char[] pin = Arrays.copyOf(line, length);
        Arrays.fill(line, '\0');
        return pin;
    }

    /**
     * Sets the PIN in {@code settingsFile}.
     *
     * @param interactive true when a person types (prompts are shown); false for a pipe
     * @return {@link #OK}, or {@link #FAILED} with the reason on {@code err} and nothing written
     */
    static int run(Path settingsFile, PinInput input, boolean interactive, PrintStream out, PrintStream err) {
        Path file = settingsFile.toAbsolutePath();
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            err.println("physio-kiosk: set-pin: there is no settings file " + file + " (give its path with --config"
                    + " FILE); nothing was written");
            return FAILED;
        }
        if (!interactive) {
            err.println("physio-kiosk: set-pin: no console; reading the PIN from the first two lines of standard"
                    + " input");
        }
        char[] first = null;
        char[] second = null;
        try {
            first = input.read("New staff PIN (" + PinRule.MIN_DIGITS + " to " + PinRule.MAX_DIGITS + " digits): ");
            if (first == null) {
                return fail(err, "no PIN was given");
            }
            Optional<String> problem = PinRule.problem(first);
            if (problem.isPresent()) {
                return fail(err, "that is not a valid PIN: " + problem.get());
            }
            second = input.read("The same PIN again: ");
            if (second == null) {
                return fail(err, "the PIN was given only once (it is asked for twice, so a slip cannot lock staff out)");
            }
            if (!Arrays.equals(first, second)) {
                return fail(err, "the two PINs are not the same");
            }
            String hash = PinHash.hash(second);
            SafeFiles.writePrivate(file, SettingsWriter.update(file, Map.of(Settings.STAFF_PIN.key(), hash)));
        } catch (IOException e) {
            // The writer's own words: which file, and why ("Cannot write …: permission denied …").
            err.println("physio-kiosk: set-pin: the PIN was not set: " + e.getMessage());
            return FAILED;
        } finally {
            wipe(first);
            wipe(second);
        }
        out.println("Set the staff PIN: its hash is stored in " + file + " (" + Settings.STAFF_PIN.key()
                + "); the PIN itself is stored nowhere.");
        SetupCode code = SetupCode.besideSettings(file);
        try {
            if (code.remove()) {
                out.println("Removed the setup code file " + code.file() + ": it is not needed any more.");
            }
        } catch (IOException e) {
            // The PIN is set, so the code is never asked for again; the kiosk removes it at its next start.
            err.println("physio-kiosk: set-pin: could not remove " + code.file() + " (" + e.getMessage()
                    + "); delete it by hand");
        }
        othersMayRead(file).ifPresent(err::println);
        out.println("A running kiosk uses the new PIN within seconds (it notices the changed settings between"
                + " slides).");
        return OK;
    }

    private static int fail(PrintStream err, String why) {
        err.println("physio-kiosk: set-pin: " + why + "; nothing was written");
        return FAILED;
    }

    private static void wipe(char[] pin) {
        if (pin != null) {
            Arrays.fill(pin, '\0');
        }
    }

    /** A note when other users may read the file that holds the PIN's hash. */
    private static Optional<String> othersMayRead(Path file) {
        try {
            if (!file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                return Optional.empty();
            }
            Set<PosixFilePermission> p = Files.getPosixFilePermissions(file);
            if (p.contains(PosixFilePermission.GROUP_READ) || p.contains(PosixFilePermission.OTHERS_READ)) {
                return Optional.of("Note: other users of this computer can read " + file + ", and with it the PIN's"
                        + " hash (a short PIN is quick to guess from it). Make it readable by the kiosk's user only:"
                        + " chmod 600 " + file);
            }
        } catch (IOException e) {
            return Optional.of("Note: cannot tell who may read " + file + " (" + e.getMessage() + "); it should be"
                    + " readable by the kiosk's user only");
        }
        return Optional.empty();
    }
}
