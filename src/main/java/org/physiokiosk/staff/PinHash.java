package org.physiokiosk.staff;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The staff PIN, stored only as a salted PBKDF2-HMAC-SHA256 hash
 * ({@code pbkdf2-sha256$ITERATIONS$SALT$HASH}, Base64), and compared in constant time.
 * 600,000 iterations, as OWASP's password storage guidance asks: a check takes a moment,
 * so the screen runs it off the event thread. {@link #problem} is the one rule for what a
 * whole stored hash is: a damaged one is reported with its reason, never silently unmatched.
 */
public final class PinHash {

    private static final System.Logger LOG = System.getLogger(PinHash.class.getName());

    public static final int ITERATIONS = 600_000;
    /** Fewer rounds than a test's cheap hash cannot come from this kiosk: the value is damaged. */
    static final int MIN_ITERATIONS = 1_000;
    /** More rounds would make every check take minutes: a damaged (or hostile) value. */
    static final int MAX_ITERATIONS = 10_000_000;
    private static final String PREFIX = "pbkdf2-sha256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PinHash() {
    }

    /** A new hash of {@code pin}; the PIN's characters are wiped afterwards. */
    public static String hash(char[] pin) {
        return hash(pin, ITERATIONS);
    }

    static String hash(char[] pin, int iterations) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] hash = derive(pin, salt, iterations);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return PREFIX + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    /**
     * What is wrong with a stored hash, in words for the log and staff ("its salt is 3 bytes long,
     * not 16"), or empty when it is a whole hash this kiosk can check. Never repeats the value's
     * salt or hash: they are what an attacker would brute-force.
     */
    public static Optional<String> problem(String stored) {
        String[] parts = stored.split("\\$", -1);
        if (parts.length != 4) {
            return Optional.of("it is not in the form " + PREFIX + "$ROUNDS$SALT$HASH (it has " + parts.length
                    + " parts)");
        }
        if (!parts[0].equals(PREFIX)) {
            String method = parts[0].matches("[A-Za-z0-9_-]{1,30}") ? "\"" + parts[0] + "\"" : "an unreadable name";
            return Optional.of("it names an unknown method, " + method + " (this kiosk uses " + PREFIX + ")");
        }
        if (!parts[1].matches("\\d{1,9}")) {
            return Optional.of("its number of rounds is not a whole number");
        }
        int rounds = Integer.parseInt(parts[1]);
        if (rounds < MIN_ITERATIONS || rounds > MAX_ITERATIONS) {
            return Optional.of("its number of rounds, " + rounds + ", is outside " + MIN_ITERATIONS + " to "
                    + MAX_ITERATIONS);
        }
        return bytes(parts[2], "salt", SALT_BYTES).or(() -> bytes(parts[3], "hash", HASH_BITS / 8));
    }

    private static Optional<String> bytes(String base64, String what, int expected) {
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            // The reason is the whole message; the exception would only repeat the value.
            return Optional.of("its " + what + " is not Base64 text");
        }
        return decoded.length == expected ? Optional.empty()
                : Optional.of("its " + what + " is " + decoded.length + " bytes long, not " + expected);
    }

    /**
     * True when {@code pin} matches {@code stored}; false for a damaged stored value (logged with
     * its reason: staff mode reports it before ever asking for a PIN). Wipes {@code pin}.
     */
    public static boolean matches(char[] pin, String stored) {
        Optional<String> problem = problem(stored);
        if (problem.isPresent()) {
            LOG.log(System.Logger.Level.WARNING, "The stored staff PIN is damaged: " + problem.get()
                    + "; no PIN can match it (set a new one with set-pin, see the README)");
            Arrays.fill(pin, '\0');
            return false;
        }
        String[] parts = stored.split("\\$");
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        return MessageDigest.isEqual(derive(pin, salt, Integer.parseInt(parts[1])), expected);
    }

    private static byte[] derive(char[] pin, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(pin, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java 17", e);
        } finally {
            spec.clearPassword();
            Arrays.fill(pin, '\0');
        }
    }
}
