package org.physiokiosk.ui.staff;

import java.util.Arrays;

/**
 * Storing a newly chosen staff PIN. Whatever makes the save fail (an unreadable or refused
 * settings file, a full disk) is logged with its stack trace and told on the keypad in plain
 * words; staff stay on the keypad and can try again or cancel.
 */
final class PinSaving {

    /** Where the PIN's hash goes (the settings file). */
    interface Store {
        void save(char[] pin) throws Exception;
    }

    /** Told the outcome, on the UI executor. */
    interface View {
        void saved();

        void notSaved(String why);
    }

    private final Store store;
    private final StaffWork work;

    PinSaving(Store store, StaffWork work) {
        this.store = store;
        this.work = work;
    }

    void save(char[] pin, View view) {
        work.run("Saving the new staff PIN", () -> {
            try {
                store.save(pin);
            } finally {
                Arrays.fill(pin, '\0');
            }
            return Boolean.TRUE;
        }, ok -> view.saved(), view::notSaved);
    }
}
