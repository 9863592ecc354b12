package org.physiokiosk.staff;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The staff PIN, stored only as a salted PBKDF2-HMAC-SHA256 hash
 * ({@code pbkdf2-sha256$ITERATIONS$SALT$HASH}, Base64), and compared in constant time.
 * 600,000 iterations, as OWASP's password storage guidance asks: a check takes a moment,
 * so the screen runs it off the event thread.
 */
public final class PinHash {

    private static final System.Logger LOG = System.getLogger(PinHash.class.getName());

    public static final int ITERATIONS = 600_000;
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

    /** True when {@code pin} matches {@code stored}; false for a malformed stored value. Wipes {@code pin}. */
    public static boolean matches(char[] pin, String stored) {
        try {
            String[] parts = stored.split("\\$");
            if (parts.length != 4 || !parts[0].equals(PREFIX)) {
                // Never the stored value itself in the log: it is what an attacker would brute-force.
                LOG.log(System.Logger.Level.WARNING, "The stored staff PIN is not a PIN hash of this kiosk;"
                        + " no PIN can match it (choose a new one by emptying staff.pin)");
                Arrays.fill(pin, '\0');
                return false;
            }
            int iterations = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            return MessageDigest.isEqual(derive(pin, salt, iterations), expected);
        } catch (IllegalArgumentException e) {
            // A broken stored hash (bad number or Base64): it matches nothing, and the log says why.
            LOG.log(System.Logger.Level.WARNING, "The stored staff PIN hash is malformed; no PIN can match it", e);
            Arrays.fill(pin, '\0');
            return false;
        }
    }

    /** True for a value of the right form (so a broken setting can be reported). */
    public static boolean isWellFormed(String stored) {
        String[] parts = stored.split("\\$");
        return parts.length == 4 && parts[0].equals(PREFIX) && parts[1].matches("\\d{5,8}");
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
