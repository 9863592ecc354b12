package org.physiokiosk.staff;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.physiokiosk.saving.SafeFiles;
import org.physiokiosk.threads.OffEdt;

/**
 * The one-time setup code that lets a clinic without an IT person choose the first staff PIN
 * on the screen: a random code in a file beside {@code kiosk.properties}, readable by the
 * kiosk's user only and never shown on screen. Whoever can read that file could also write
 * the settings, so the code proves as much as {@code set-pin} does. It is removed once the PIN
 * is saved. Every method reads or writes the file: call them off the event thread.
 */
public final class SetupCode {

    private static final System.Logger LOG = System.getLogger(SetupCode.class.getName());

    /** The file's name, beside {@code kiosk.properties}. */
    public static final String FILE_NAME = "staff-setup-code.txt";
    /** Digits in a code: 10^8 codes, five tries per lockout. */
    public static final int DIGITS = 8;
    /** A code file is a few lines; anything bigger is not ours. */
    private static final int MAX_BYTES = 4096;
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path file;

    public SetupCode(Path file) {
        this.file = file;
    }

    /** The code file of the kiosk whose settings are {@code settingsFile}. */
    public static SetupCode besideSettings(Path settingsFile) {
        return new SetupCode(settingsFile.toAbsolutePath().resolveSibling(FILE_NAME));
    }

    public Path file() {
        return file;
    }

    /**
     * Makes sure the file holds a code: one already there (and readable by this user only) is
     * kept, so a restart does not change a code someone has already read; otherwise a new random
     * code is written owner-only.
     *
     * @throws IOException when the file cannot be read or written (then no code can be used)
     */
    public void prepare() throws IOException {
        OffEdt.check("Preparing the staff setup code");
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            if (othersMayRead()) {
                // Its code may have been read by anyone on this computer: a new file, owner-only.
                LOG.log(System.Logger.Level.WARNING, file + " could be read by other users; it is replaced by a new"
                        + " code readable by the kiosk's user only");
                Files.delete(file);
            } else if (codeIn(read()).isPresent()) {
                return;
            } else {
                LOG.log(System.Logger.Level.WARNING, file + " holds no setup code; a new one is written");
                Files.delete(file);
            }
        }
        SafeFiles.writePrivate(file, text(String.format("%0" + DIGITS + "d", RANDOM.nextInt(100_000_000))));
    }

    /**
     * True when {@code entered} is the code in the file (compared in constant time). Wipes
     * {@code entered}.
     *
     * @throws IOException when the file is gone, cannot be read or holds no code
     */
    public boolean matches(char[] entered) throws IOException {
        OffEdt.check("Checking the staff setup code");
        java.nio.ByteBuffer encoded = StandardCharsets.UTF_8.encode(java.nio.CharBuffer.wrap(entered));
        byte[] typed = new byte[encoded.remaining()];
        encoded.get(typed);
        encoded.clear();
        while (encoded.hasRemaining()) {
            encoded.put((byte) 0);
        }
        try {
            String code = codeIn(read()).orElseThrow(() -> new IOException(file + " holds no setup code"));
            return MessageDigest.isEqual(typed, code.getBytes(StandardCharsets.US_ASCII));
        } finally {
            Arrays.fill(entered, '\0');
            Arrays.fill(typed, (byte) 0);
        }
    }

    /** Removes the file once the PIN is saved; true when there was one. */
    public boolean remove() throws IOException {
        OffEdt.check("Removing the used staff setup code");
        return Files.deleteIfExists(file);
    }

    /** True when the file exists (for a stale code beside a kiosk that has its PIN). */
    public boolean exists() {
        return Files.exists(file, LinkOption.NOFOLLOW_LINKS);
    }

    private String read() throws IOException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(file + (Files.exists(file, LinkOption.NOFOLLOW_LINKS)
                    ? " is not a plain file (the kiosk reads only its own plain file)" : " is not there"));
        }
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            return new String(in.readNBytes(MAX_BYTES), StandardCharsets.UTF_8);
        }
    }

    private boolean othersMayRead() throws IOException {
        if (!file.getFileSystem().supportedFileAttributeViews().contains("posix")
                || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS);
        return permissions.stream().anyMatch(OTHERS::contains);
    }

    /** The code in a file's text: its first line that is neither empty nor a comment, if it is a code. */
    static Optional<String> codeIn(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).findFirst()
                .filter(l -> l.matches("\\d{" + DIGITS + "}"));
    }

    /** What the file says: what it is for, how it is used, that it works once. */
    static String text(String code) {
        return """
                # Physio Kiosk: one-time setup code for staff mode.
                #
                # No staff PIN is set on this kiosk yet. To set one at the kiosk: press and hold the
                # top-left corner of the screen until the keypad appears (or press Ctrl+Alt+S), type
                # the code below, then choose the staff PIN and type it again.
                #
                # The code works once: the kiosk deletes this file when the PIN is saved. It is never
                # shown on the screen; keep it to yourself. (Or set the PIN from a command line:
                # java -jar physio-kiosk.jar set-pin; see the README.)

                """ + code + "\n";
    }
}
