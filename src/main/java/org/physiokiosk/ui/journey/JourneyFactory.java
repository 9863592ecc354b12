package org.physiokiosk.ui.journey;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/** Makes a patient's journey in a language; provided by the application, used by the window. */
public interface JourneyFactory {

    /** The languages offered, the default (the settings' start language) first or in its place. */
    List<Locale> languages();

    Locale defaultLanguage();

    /** A new visit: a fresh presenter with nothing picked. */
    JourneyPresenter newPresenter(Locale language);

    /** The words, plans and handouts of a language, for a visit that switches to it. */
    JourneyPresenter.Language language(Locale language);

    /** The screens of a visit in a language. */
    JourneyPanel panel(JourneyPresenter presenter, Locale language, Consumer<Locale> switchLanguage);
}
