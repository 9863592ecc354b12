package org.physiokiosk.ui.staff;

import java.util.Arrays;
import java.util.function.Supplier;
import org.physiokiosk.staff.PinGate;
import org.physiokiosk.staff.PinRule;
import org.physiokiosk.staff.SetupCode;
import org.physiokiosk.staff.StaffAccess;
import org.physiokiosk.ui.Texts;

/**
 * The staff keypad's rules, in plain Java (tested without a display): what it asks for, given
 * how staff get in ({@link StaffAccess}): the PIN; the one-time setup code and then a new PIN
 * (twice); or nothing, with "Staff mode is not set up: see the README" and the reason. Checking
 * is slow (PBKDF2, a file), so it runs through {@link StaffWork}; the gate locks entry after
 * five wrong PINs or codes.
 */
final class PinPadPresenter {

    private static final System.Logger LOG = System.getLogger(PinPadPresenter.class.getName());

    /** What the keypad asks for now. */
    enum Mode { ENTER, CODE, SET, CONFIRM, NOT_SET_UP }

    /** Why the keypad was opened: what the right PIN (or a new one, saved) leads to. */
    enum Purpose {
        /** The corner hold or Ctrl+Alt+S: the back office. */
        OPEN_STAFF,
        /** Ctrl+Shift+Q: leave the kiosk. */
        LEAVE,
        /** Staff, already in, change the PIN. */
        CHANGE_PIN
    }

    /** The keypad on screen. */
    interface View {
        void title(String text);

        /** A line under the title: where the setup code is, why staff mode is not set up. */
        void hint(String text);

        /** How many digits are typed (shown as dots, never the digits). */
        void dots(int count);

        /** Feedback ("Wrong PIN."); a single space for none. */
        void message(String text);

        /** Digits, delete and OK shown (false: only the way back). */
        void keypad(boolean shown);

        /** The words on the way back ("Cancel", "Back to the slides"). */
        void backText(String text);

        /** While on, call {@link #tick()} about twice a second (the lockout countdown). */
        void ticking(boolean on);
    }

    /** What the keypad leads to. */
    interface Host {
        /** The right PIN was typed, or a new PIN saved: go where {@code purpose} says. */
        void entered(Purpose purpose);

        /** Cancel, or back to the slides. */
        void back();

        /** A wrong PIN or code; {@code lockedNow} when it locked entry. */
        void failed(boolean lockedNow);
    }

    private final Texts texts;
    private final PinGate gate;
    private final StaffWork work;
    private final Supplier<StaffAccess> access;
    private final PinSaving saving;
    private final Host host;
    private View view;
    private Mode mode = Mode.ENTER;
    private Purpose purpose = Purpose.OPEN_STAFF;
    private StaffAccess current;
    private char[] digits = new char[0];
    private char[] firstEntry;
    private boolean checking;
    private boolean ticking;
    /** Counts starts and stops, so a check that ends after its keypad was closed is dropped. */
    private int sessions;

    /**
     * @param access how staff get in now (it changes when a PIN is saved)
     * @param saving stores a chosen PIN (and, with the setup code, removes the code file)
     */
    PinPadPresenter(Texts texts, PinGate gate, StaffWork work, Supplier<StaffAccess> access, PinSaving saving,
                    Host host) {
        this.texts = texts;
        this.gate = gate;
        this.work = work;
        this.access = access;
        this.saving = saving;
        this.host = host;
    }

    void attach(View v) {
        this.view = v;
    }

    /** A new entry, for {@code why}: asks for what {@link StaffAccess} says. */
    void start(Purpose why) {
        sessions++;
        purpose = why;
        current = access.get();
        clear();
        wipeFirst();
        checking = false;
        view.message(" ");
        if (why == Purpose.CHANGE_PIN) {
            ask(Mode.SET);
        } else {
            switch (current.way()) {
                case NOT_SET_UP -> notSetUp(current);
                case SETUP_CODE -> ask(Mode.CODE);
                case PIN -> ask(Mode.ENTER);
            }
        }
        showLock();
    }

    Mode mode() {
        return mode;
    }

    Purpose purpose() {
        return purpose;
    }

    private void ask(Mode m) {
        mode = m;
        view.keypad(true);
        view.backText(texts.get("staff.pin.cancel"));
        view.title(texts.get(switch (m) {
            case ENTER -> purpose == Purpose.LEAVE ? "staff.pin.enterToLeave" : "staff.pin.enter";
            case CODE -> "staff.setup.enter";
            case SET -> "staff.pin.set";
            case CONFIRM -> "staff.pin.confirm";
            case NOT_SET_UP -> "staff.notSetUp.title";
        }));
        view.hint(m == Mode.CODE ? texts.get("staff.setup.where", SetupCode.FILE_NAME, current.settingsName()) : " ");
    }

    /** No way in from the screen: say so, and why, with only the way back. Logged for IT. */
    private void notSetUp(StaffAccess why) {
        mode = Mode.NOT_SET_UP;
        clear();
        wipeFirst();
        LOG.log(System.Logger.Level.WARNING, "Staff mode was asked for, but it is not set up: " + why.reason()
                + " (" + why.detail() + "). Set the PIN with \"java -jar physio-kiosk.jar set-pin\" (see the README).");
        view.keypad(false);
        view.title(texts.get("staff.notSetUp.title"));
        view.hint(texts.get("staff.notSetUp.reason", why.reason()));
        view.message(" ");
        view.backText(texts.get("staff.notSetUp.back"));
        stopTicking();
    }

    void digit(char c) {
        int max = mode == Mode.CODE ? SetupCode.DIGITS : PinRule.MAX_DIGITS;
        if (checking || mode == Mode.NOT_SET_UP || guarded() && gate.isLocked() || digits.length >= max) {
            return;
        }
        digits = Arrays.copyOf(digits, digits.length + 1);
        digits[digits.length - 1] = c;
        view.dots(digits.length);
    }

    void backspace() {
        if (!checking && digits.length > 0) {
            char[] shorter = Arrays.copyOf(digits, digits.length - 1);
            Arrays.fill(digits, '\0');
            digits = shorter;
            view.dots(digits.length);
        }
    }

    /** Cancel, or back to the slides: nothing typed is kept. */
    void back() {
        clear();
        wipeFirst();
        stopTicking();
        host.back();
    }

    void submit() {
        if (checking || mode == Mode.NOT_SET_UP || guarded() && gate.isLocked()) {
            return;
        }
        switch (mode) {
            case ENTER -> {
                if (digits.length < PinRule.MIN_DIGITS) {
                    view.message(texts.get("staff.pin.short", PinRule.MIN_DIGITS));
                    return;
                }
                String hash = current.pinHash();
                check("Checking the staff PIN", p -> gate.attempt(p, hash), "staff.pin.wrong");
            }
            case CODE -> {
                if (digits.length != SetupCode.DIGITS) {
                    view.message(texts.get("staff.setup.length", SetupCode.DIGITS));
                    return;
                }
                SetupCode code = current.setupCode();
                check("Checking the staff setup code", p -> gate.attempt(p, code::matches), "staff.setup.wrong");
            }
            case SET -> {
                if (PinRule.problem(digits).isPresent()) {
                    view.message(texts.get("staff.pin.short", PinRule.MIN_DIGITS));
                    return;
                }
                firstEntry = take();
                ask(Mode.CONFIRM);
                view.message(" ");
            }
            case CONFIRM -> {
                char[] entered = take();
                boolean same = Arrays.equals(firstEntry, entered);
                wipeFirst();
                if (same) {
                    save(entered);
                } else {
                    Arrays.fill(entered, '\0');
                    ask(Mode.SET);
                    view.message(texts.get("staff.pin.mismatch"));
                }
            }
            case NOT_SET_UP -> {
                // nothing to submit
            }
        }
    }

    /** One check of what was typed (wipes it). */
    private interface Attempt {
        PinGate.Result run(char[] entered) throws Exception;
    }

    /** A check of the typed digits on the worker; the outcome comes back on the UI executor. */
    private void check(String what, Attempt attempt, String wrongKey) {
        Mode asked = mode;
        int session = sessions;
        char[] entered = take();
        checking = true;
        view.message(texts.get("staff.pin.checking"));
        work.run(what, () -> attempt.run(entered), result -> {
            if (session != sessions) {
                return; // the keypad was closed or started again meanwhile
            }
            checking = false;
            switch (result) {
                case OK -> {
                    view.message(" ");
                    if (asked == Mode.CODE) {
                        ask(Mode.SET);
                        view.hint(texts.get("staff.setup.accepted")); // good news: not in the caution colour
                    } else {
                        host.entered(purpose);
                    }
                }
                case WRONG -> {
                    view.message(texts.get(wrongKey));
                    host.failed(false);
                }
                case LOCKED -> {
                    host.failed(true);
                    showLock();
                }
            }
        }, why -> {
            Arrays.fill(entered, '\0');
            if (session != sessions) {
                return;
            }
            checking = false;
            if (asked == Mode.CODE) {
                // The code file went missing or unreadable: no way in (StaffWork logged the details).
                notSetUp(current.notSetUp(texts.get("staff.setup.unreadable", SetupCode.FILE_NAME), why));
            } else {
                view.message(texts.get("staff.pin.checkFailed", why));
            }
        });
    }

    private void save(char[] pin) {
        int session = sessions;
        checking = true;
        view.message(texts.get("staff.pin.saving"));
        saving.save(pin, new PinSaving.View() {
            @Override
            public void saved() {
                if (session != sessions) {
                    return; // saved, but staff mode was closed meanwhile (auto-lock): nothing to open
                }
                checking = false;
                view.message(" ");
                host.entered(purpose);
            }

            @Override
            public void notSaved(String why) {
                if (session != sessions) {
                    return;
                }
                checking = false;
                clear();
                ask(Mode.SET);
                view.message(texts.get("staff.pin.notSaved", why));
            }
        });
    }

    /** The lockout countdown, while entry is locked. */
    void tick() {
        showLock();
    }

    private void showLock() {
        if (guarded() && gate.isLocked()) {
            long s = gate.secondsLocked();
            view.message(texts.get("staff.pin.locked", s / 60, String.format("%02d", s % 60)));
            if (!ticking) {
                ticking = true;
                view.ticking(true);
            }
        } else if (ticking) {
            view.message(" ");
            stopTicking();
        }
    }

    private void stopTicking() {
        if (ticking) {
            ticking = false;
            view.ticking(false);
        }
    }

    /** Only the PIN and the setup code are guarded by the lock; choosing a new PIN comes after them. */
    private boolean guarded() {
        return mode == Mode.ENTER || mode == Mode.CODE;
    }

    /** Leaves staff mode's keypad: nothing typed stays in memory. */
    void stop() {
        sessions++;
        clear();
        wipeFirst();
        stopTicking();
        mode = Mode.ENTER;
        checking = false;
    }

    private char[] take() {
        char[] taken = digits;
        digits = new char[0];
        view.dots(0);
        return taken;
    }

    private void clear() {
        Arrays.fill(digits, '\0');
        digits = new char[0];
        if (view != null) {
            view.dots(0);
        }
    }

    private void wipeFirst() {
        if (firstEntry != null) {
            Arrays.fill(firstEntry, '\0');
            firstEntry = null;
        }
    }

}
