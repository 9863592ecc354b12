package org.physiokiosk.settings;

import java.util.Objects;

/**
 * The staff PIN as {@code kiosk.properties} holds it: not set, its hash, or a value the kiosk
 * could not read (and why). "Not set" and "could not be read" differ on purpose: a file that
 * went bad must never look like a fresh kiosk whose PIN anyone may choose.
 *
 * @param hash       the stored hash; empty when none is set or it could not be read
 * @param unreadable why the stored value could not be read (file, line and reason, never the
 *                   value itself); empty when it could
 */
public record StoredPin(String hash, String unreadable) {

    /** No PIN set yet (an empty {@code staff.pin}, or none at all). */
    public static final StoredPin NONE = new StoredPin("", "");

    public StoredPin {
        Objects.requireNonNull(hash);
        Objects.requireNonNull(unreadable);
        if (!hash.isEmpty() && !unreadable.isEmpty()) {
            throw new IllegalArgumentException("a stored PIN is either a hash or unreadable, not both");
        }
    }

    public static StoredPin of(String hash) {
        return hash.isEmpty() ? NONE : new StoredPin(hash, "");
    }

    public static StoredPin unreadable(String why) {
        return new StoredPin("", why.isEmpty() ? "unknown reason" : why);
    }

    /** True when a hash is stored (it may still be damaged: the staff package checks it). */
    public boolean isSet() {
        return !hash.isEmpty();
    }

    /** True when a value was there but could not be read. */
    public boolean isUnreadable() {
        return !unreadable.isEmpty();
    }

    /** Never the hash: it is what an attacker would brute-force. */
    @Override
    public String toString() {
        if (isUnreadable()) {
            return "(unreadable: " + unreadable + ")";
        }
        return isSet() ? "(hidden)" : "(none)";
    }
}
