package org.physiokiosk.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The screens' own texts, from {@code org/physiokiosk/ui/messages*.properties}. */
public final class Texts {

    private final ResourceBundle bundle;
    private final Locale locale;

    public Texts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("org.physiokiosk.ui.messages", locale);
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key; // visible to staff in testing, never an exception in front of a patient
        }
        // Always through MessageFormat, so quoting ('' for an apostrophe) means the same everywhere.
        return new MessageFormat(pattern, locale).format(args);
    }
}
