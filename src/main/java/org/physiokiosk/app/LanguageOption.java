package org.physiokiosk.app;

import java.util.Locale;
import java.util.TreeSet;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.content.SlideLibrary;
import org.physiokiosk.content.Translations;
import org.physiokiosk.settings.KioskSettings;
import org.physiokiosk.settings.SettingsLoader;

/**
 * {@code --lang LANG} for the commands ({@code handout}, {@code --screenshot}): the settings and
 * the content as patients of that language see them, by the kiosk's own rule.
 */
final class LanguageOption {

    private LanguageOption() {
    }

    /**
     * The settings with {@code lang} as their language; unchanged when {@code lang} is null.
     *
     * @throws CommandLine.UsageException for a language the kiosk does not offer; the message lists those it does
     */
    static KioskSettings apply(String lang, KioskSettings settings) throws CommandLine.UsageException {
        if (lang == null) {
            return settings;
        }
        String code = lang.strip().toLowerCase(Locale.ROOT);
        if (!SettingsLoader.LANGUAGES.contains(code)) {
            throw new CommandLine.UsageException("--lang \"" + lang + "\": expected one of "
                    + String.join(", ", new TreeSet<>(SettingsLoader.LANGUAGES)));
        }
        return settings.withLanguage(Locale.forLanguageTag(code));
    }

    /**
     * The content of {@code media/} in the settings' language: each text from its translation,
     * English where a translation lacks it, exactly as the kiosk shows it. Reads the files.
     */
    static SlideLibrary content(KioskSettings settings) {
        return Translations.apply(ContentLoader.load(settings.mediaDir()), settings.language());
    }
}
