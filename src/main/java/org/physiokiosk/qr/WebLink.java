package org.physiokiosk.qr;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * A link a patient may follow from the kiosk or a handout: only {@code https://} addresses
 * with a host, so a code printed by the clinic never leads to an unencrypted or local page.
 * Written as the clinic typed it (a QR code holds exactly this text).
 */
public record WebLink(URI uri) {

    /** Longest link accepted: a QR code holding it stays small enough to scan from paper. */
    public static final int MAX_LENGTH = 300;

    public WebLink {
        String why = problem(uri.toString());
        if (why != null) {
            throw new IllegalArgumentException(why);
        }
    }

    /** The link in {@code text}; {@link IllegalArgumentException} saying what is wrong. */
    public static WebLink parse(String text) {
        String why = problem(text);
        if (why != null) {
            throw new IllegalArgumentException(why);
        }
        return new WebLink(URI.create(text.strip()));
    }

    /** What is wrong with {@code text} as a link, in plain words; null when it can be used. */
    public static String problem(String text) {
        String t = text.strip();
        if (!t.toLowerCase(Locale.ROOT).startsWith("https://")) {
            return "a web address starting with https:// (e.g. https://www.example-clinic.co.uk/book)";
        }
        if (t.length() > MAX_LENGTH) {
            return "a web address of at most " + MAX_LENGTH + " characters (this one has " + t.length() + ")";
        }
        try {
            URI u = new URI(t);
            if (u.getHost() == null || !u.getHost().contains(".")) {
                return "a web address with the site's name after https:// (e.g. https://www.example-clinic.co.uk)";
            }
        } catch (URISyntaxException e) {
            return "a web address without spaces or unusual characters (" + e.getReason() + " at character "
                    + (e.getIndex() + 1) + ")";
        }
        return null;
    }

    /** The link as printed under its code: without "https://" and a lone trailing slash. */
    public String shown() {
        String s = uri.toString().substring("https://".length());
        return s.endsWith("/") && s.indexOf('/') == s.length() - 1 ? s.substring(0, s.length() - 1) : s;
    }

    @Override
    public String toString() {
        return uri.toString();
    }
}
