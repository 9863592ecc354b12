package org.physiokiosk.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The screens' own texts, from {@code org/physiokiosk/ui/messages*.properties}. */
public final class Texts {

    private static final System.Logger LOG = System.getLogger(Texts.class.getName());

    private final ResourceBundle bundle;
    private final Locale locale;
    private final Set<String> reported = ConcurrentHashMap.newKeySet();

    public Texts(Locale locale) {
        this.locale = locale;
        // No fall-back to the computer's own language: English has no file of its own, so on a
        // German PC getBundle(…, ENGLISH) would otherwise give the German words.
        this.bundle = ResourceBundle.getBundle("org.physiokiosk.ui.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The language of these texts (dates and numbers follow it). */
    public Locale locale() {
        return locale;
    }

    /**
     * The text for {@code key} in this language, or {@code fallback} when there is none: for
     * words whose English lives elsewhere (a setting's label is in its definition).
     */
    public String getOr(String key, String fallback) {
        return bundle.containsKey(key) ? get(key) : fallback;
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            // The key itself is shown (visible in testing), never an exception in front of a patient; logged once.
            if (reported.add(key)) {
                LOG.log(System.Logger.Level.WARNING, "No text for \"" + key + "\" in " + locale, e);
            }
            return key;
        }
        // Always through MessageFormat, so quoting ('' for an apostrophe) means the same everywhere.
        return new MessageFormat(pattern, locale).format(args);
    }
}
