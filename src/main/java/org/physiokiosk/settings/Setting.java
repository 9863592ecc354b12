package org.physiokiosk.settings;

import java.util.Objects;

/**
 * One setting of {@code kiosk.properties}, defined once in {@link Settings}: its key, the kind
 * of value it holds, its default as written in the file, the words that explain it (the
 * comment in the file, the README and the staff form all show them), where it belongs and
 * whether staff may change it in staff mode.
 *
 * @param key         the key in {@code kiosk.properties}
 * @param type        how its text is read, checked and shown
 * @param defaultText the default as it would be written in the file; empty when the type says
 *                    what an empty value means (no logo, the computer's name, …)
 * @param group       the section of the file and of the staff form it is in
 * @param staffEdits  true when the staff Settings tab offers it
 * @param label       a short name for the staff form ("Seconds per slide")
 * @param help        what it does, its unit and its default; a {@code \n} starts a new line
 */
public record Setting<T>(String key, SettingType<T> type, String defaultText, Group group, boolean staffEdits,
                         String label, String help) {

    /** The sections of the file, in order. */
    public enum Group {
        ATTRACT_LOOP("Attract loop"),
        PATIENTS("Patients"),
        CLINIC("Clinic (shown on screen and printed on the handout)"),
        OPENING_HOURS("Opening hours (outside them the kiosk shows its closed screen)"),
        HANDOUT("Handout"),
        FOLDERS("Folders"),
        STAFF("Staff mode"),
        KIOSK("Kiosk");

        private final String title;

        Group(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    public Setting {
        Objects.requireNonNull(key);
        Objects.requireNonNull(type);
        Objects.requireNonNull(defaultText);
        Objects.requireNonNull(group);
        Objects.requireNonNull(label);
        Objects.requireNonNull(help);
    }

    /** The value of an empty or missing line. */
    T defaultValue(SettingType.Context context) {
        return type.byDefault(defaultText, context);
    }

    /** The value as a person types it in the file or the staff form. */
    @SuppressWarnings("unchecked") // values are stored by their setting, through with(Setting<T>, T)
    String show(Object value, SettingType.Context context) {
        return type.show((T) value, context);
    }

    @Override
    public String toString() {
        return key;
    }
}
