package org.physiokiosk.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.settings.SettingsLoader;
import org.physiokiosk.settings.SettingsWriter;
import org.physiokiosk.staff.PinGate;
import org.physiokiosk.staff.PinHash;
import org.physiokiosk.staff.SetupCode;
import org.physiokiosk.staff.StaffAccess;
import org.physiokiosk.staff.TestPins;
import org.physiokiosk.testing.TestMedia;
import org.physiokiosk.ui.Texts;

/** The staff keypad's rules without a display: what it asks for, given how staff may get in. */
class PinPadPresenterTest {

    @TempDir
    Path dir;

    private final Executor direct = Runnable::run;
    private final Texts texts = new Texts(Locale.ENGLISH);
    private final List<String> events = new ArrayList<>();
    private long now;
    private Path settingsFile;
    private StaffAccess access;
    private final List<String> saved = new ArrayList<>();

    /** What the keypad shows now. */
    private final class Screen implements PinPadPresenter.View {
        String title = "";
        String hint = "";
        String message = "";
        int dots;
        boolean keypad = true;
        String back = "";
        boolean ticking;

        @Override
        public void title(String text) {
            title = text;
        }

        @Override
        public void hint(String text) {
            hint = text;
        }

        @Override
        public void dots(int count) {
            dots = count;
        }

        @Override
        public void message(String text) {
            message = text;
        }

        @Override
        public void keypad(boolean shown) {
            keypad = shown;
        }

        @Override
        public void backText(String text) {
            back = text;
        }

        @Override
        public void ticking(boolean on) {
            ticking = on;
        }
    }

    private final Screen screen = new Screen();
    private PinPadPresenter keypad;

    @BeforeEach
    void copySettings() throws IOException {
        settingsFile = dir.resolve("kiosk.properties");
        Files.copy(TestMedia.SETTINGS, settingsFile);
    }

    /** The keypad of a kiosk as it starts with its settings file now. */
    private void startKiosk() {
        access = StaffAccess.prepare(settingsFile, SettingsLoader.load(settingsFile).settings().staff().pin());
        StaffWork work = new StaffWork(direct, direct);
        PinSaving saving = new PinSaving(pin -> {
            // What BackOffice does, without the 600,000 rounds: store the hash, then the code goes.
            String hash = TestPins.cheapHash(new String(pin));
            saved.add(hash);
            access = access.pinSaved(hash);
        }, work);
        keypad = new PinPadPresenter(texts, new PinGate(Duration.ofMinutes(5), () -> now), work, () -> access, saving,
                new PinPadPresenter.Host() {
                    @Override
                    public void entered(PinPadPresenter.Purpose purpose) {
                        events.add("entered " + purpose);
                    }

                    @Override
                    public void back() {
                        events.add("back");
                    }

                    @Override
                    public void failed(boolean lockedNow) {
                        events.add(lockedNow ? "locked" : "failed");
                    }
                });
        keypad.attach(screen);
    }

    private void type(String digits) {
        for (char c : digits.toCharArray()) {
            keypad.digit(c);
        }
        keypad.submit();
    }

    private void storePin(String value) throws IOException {
        Files.write(settingsFile, SettingsWriter.update(settingsFile, Map.of("staff.pin", value)));
    }

    private String setupCode() throws IOException {
        return Files.readString(dir.resolve(SetupCode.FILE_NAME)).lines()
                .filter(l -> l.matches("\\d{8}")).findFirst().orElseThrow();
    }

    @Test
    void noPinAndNoWayToWriteTheCodeIsRefusedWithTheMessageAndAWayBack() throws IOException {
        Files.createDirectories(dir.resolve(SetupCode.FILE_NAME));
        startKiosk();
        try (LogCapture log = new LogCapture()) {
            keypad.start(PinPadPresenter.Purpose.OPEN_STAFF);
            assertThat(log.warnings()).anySatisfy(r -> assertThat(r.getMessage())
                    .contains("not set up", "the setup code file staff-setup-code.txt cannot be written"));
        }
        assertThat(keypad.mode()).isEqualTo(PinPadPresenter.Mode.NOT_SET_UP);
        assertThat(screen.title).isEqualTo("Staff mode is not set up: see the README");
        assertThat(screen.hint).isEqualTo("Reason: the setup code file staff-setup-code.txt cannot be written beside"
                + " kiosk.properties. The details are in the kiosk's log.");
        assertThat(screen.keypad).as("no keys to try").isFalse();
        assertThat(screen.back).isEqualTo("Back to the slides");
        type("12345678");
        assertThat(screen.dots).isZero();
        assertThat(events).isEmpty();
        keypad.back();
        assertThat(events).containsExactly("back");
    }

    @Test
    void aPinThatCannotBeReadIsRefusedWithTheReason() throws IOException {
        storePin("1234");
        startKiosk();
        keypad.start(PinPadPresenter.Purpose.OPEN_STAFF);
        assertThat(screen.title).isEqualTo("Staff mode is not set up: see the README");
        assertThat(screen.hint).startsWith("Reason: the stored PIN in kiosk.properties cannot be read.");
        assertThat(screen.keypad).isFalse();
        assertThat(dir.resolve(SetupCode.FILE_NAME)).as("no code for a kiosk whose PIN went bad").doesNotExist();
    }

    @Test
    void aDamagedPinIsRefusedWithTheReasonAndNoPinIsEverChosen() throws IOException {
        storePin("pbkdf2-sha256$600000$c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g");
        startKiosk();
        for (PinPadPresenter.Purpose p : List.of(PinPadPresenter.Purpose.OPEN_STAFF, PinPadPresenter.Purpose.LEAVE)) {
            keypad.start(p);
            assertThat(screen.title).isEqualTo("Staff mode is not set up: see the README");
            assertThat(screen.hint).startsWith("Reason: the stored PIN in kiosk.properties is damaged.");
        }
        assertThat(saved).isEmpty();
    }

    @Test
    void noPinAsksForTheSetupCodeAndSaysWhereItIs() throws IOException {
        startKiosk();
        keypad.start(PinPadPresenter.Purpose.OPEN_STAFF);
        assertThat(keypad.mode()).isEqualTo(PinPadPresenter.Mode.CODE);
        assertThat(screen.title).isEqualTo("Enter the setup code");
        assertThat(screen.hint).isEqualTo("From the file staff-setup-code.txt beside kiosk.properties. Then you choose"
                + " the staff PIN.");
        assertThat(screen.keypad).isTrue();
        assertThat(screen.back).isEqualTo("Cancel");
        assertThat(screen.title + screen.hint + screen.message).doesNotContain(setupCode());
    }

    @Test
    void aWrongSetupCodeIsRefusedAndFiveLockEntryEvenForTheRightOne() throws IOException {
        startKiosk();
        keypad.start(PinPadPresenter.Purpose.OPEN_STAFF);
        String right = setupCode();
        String wrong = right.equals("00000000") ? "11111111" : "00000000";
        type("1234");
        assertThat(screen.message).isEqualTo("The setup code has 8 digits.");
        for (int i = 0; i < 4; i++) {
            type(wrong);
            assertThat(screen.message).isEqualTo("Wrong setup code.");
        }
        type(wrong);
        assertThat(screen.message).startsWith("Too many wrong PINs. Try again in 5:00");
        assertThat(screen.ticking).isTrue();
        type(right);
        assertThat(keypad.mode()).as("locked: not even checked").isEqualTo(PinPadPresenter.Mode.CODE);
        assertThat(events).containsExactly("failed", "failed", "failed", "failed", "locked");
        now += Duration.ofMinutes(5).toMillis();
        keypad.tick();
        assertThat(screen.ticking).isFalse();
        type(right);
        assertThat(keypad.mode()).isEqualTo(PinPadPresenter.Mode.SET);
    }

    @Test
    void theRightSetupCodeLeadsToChoosingThePinTwiceAndTheCodeFileIsRemoved() throws IOException {
        startKiosk();
        keypad.start(PinPadPresenter.Purpose.OPEN_STAFF);
        type(setupCode());
        assertThat(keypad.mode()).isEqualTo(PinPadPresenter.Mode.SET);
        assertThat(screen.title).isEqualTo("Choose a staff PIN (4 to 8 digits)");
        assertThat(screen.hint).isEqualTo("Setup code accepted. Now choose the staff PIN.");
        assertThat(screen.message).isEqualTo(" ");
        type("135");
        assertThat(screen.message).isEqualTo("A PIN has at least 4 digits.");
        type("1357");
        assertThat(screen.title).isEqualTo("Enter the new PIN again");
        type("1358");
        assertThat(screen.message).isEqualTo("The two PINs were not the same. Choose a PIN again.");
        assertThat(keypad.mode()).isEqualTo(PinPadPresenter.Mode.SET);
        type("1357");
        type("1357");
        assertThat(saved).singleElement().satisfies(h -> assertThat(PinHash.matches("1357".toCharArray(), h))
                .isTrue());
        assertThat(events).containsExactly("entered OPEN_STAFF");
        assertThat(dir.resolve(SetupCode.FILE_NAME)).doesNotExist();

        // From now on, the PIN.
        keypad.start(PinPadPresenter.Purpose.OPEN_STAFF);
        assertThat(keypad.mode()).isEqualTo(PinPadPresenter.Mode.ENTER);
        assertThat(screen.title).isEqualTo("Staff PIN");
    }

    @Test
    void cancellingAfterTheCodeAsksForTheCodeAgainNextTime() throws IOException {
        startKiosk();
        keypad.start(PinPadPresenter.Purpose.OPEN_STAFF);
        type(setupCode());
        type("1357");
        keypad.back();
        keypad.start(PinPadPresenter.Purpose.OPEN_STAFF);
        assertThat(keypad.mode()).isEqualTo(PinPadPresenter.Mode.CODE);
        assertThat(saved).isEmpty();
    }

    @Test
    void aCodeFileGoneBeforeTheCodeIsTypedIsNotSetUp() throws IOException {
        startKiosk();
        keypad.start(PinPadPresenter.Purpose.OPEN_STAFF);
        String code = setupCode();
        Files.delete(dir.resolve(SetupCode.FILE_NAME));
        try (LogCapture log = new LogCapture()) {
            type(code);
            assertThat(log.warnings()).anySatisfy(r -> assertThat(r.getThrown()).isNotNull());
        }
        assertThat(keypad.mode()).isEqualTo(PinPadPresenter.Mode.NOT_SET_UP);
        assertThat(screen.title).isEqualTo("Staff mode is not set up: see the README");
        assertThat(screen.hint).startsWith("Reason: the setup code file staff-setup-code.txt cannot be read.");
        assertThat(events).isEmpty();
    }

    @Test
    void leavingTheKioskAsksForThePinAndOnlyTheRightOneLeaves() throws IOException {
        storePin(TestPins.cheapHash("2468"));
        startKiosk();
        keypad.start(PinPadPresenter.Purpose.LEAVE);
        assertThat(screen.title).isEqualTo("Staff PIN to leave the kiosk");
        type("1111");
        assertThat(screen.message).isEqualTo("Wrong PIN.");
        assertThat(events).containsExactly("failed");
        type("2468");
        assertThat(events).containsExactly("failed", "entered LEAVE");
    }

    @Test
    void changingThePinAsksForTheNewOneStraightAway() throws IOException {
        storePin(TestPins.cheapHash("2468"));
        startKiosk();
        keypad.start(PinPadPresenter.Purpose.CHANGE_PIN);
        assertThat(keypad.mode()).isEqualTo(PinPadPresenter.Mode.SET);
        type("97531");
        type("97531");
        assertThat(events).containsExactly("entered CHANGE_PIN");
    }

    @Test
    void aSaveThatFailsSaysWhyAndAsksAgain() throws IOException {
        startKiosk();
        StaffWork work = new StaffWork(direct, direct);
        keypad = new PinPadPresenter(texts, new PinGate(Duration.ofMinutes(5), () -> now), work, () -> access,
                new PinSaving(pin -> {
                    throw new java.nio.file.AccessDeniedException(settingsFile.toString());
                }, work), new PinPadPresenter.Host() {
                    @Override
                    public void entered(PinPadPresenter.Purpose purpose) {
                        events.add("entered");
                    }

                    @Override
                    public void back() {
                        events.add("back");
                    }

                    @Override
                    public void failed(boolean lockedNow) {
                        events.add("failed");
                    }
                });
        keypad.attach(screen);
        keypad.start(PinPadPresenter.Purpose.OPEN_STAFF);
        try (LogCapture log = new LogCapture()) {
            type(setupCode());
            type("1357");
            type("1357");
        }
        assertThat(screen.message).startsWith("The new PIN was not saved: permission denied for");
        assertThat(keypad.mode()).isEqualTo(PinPadPresenter.Mode.SET);
        assertThat(events).isEmpty();
        assertThat(dir.resolve(SetupCode.FILE_NAME)).as("the code still works").exists();
    }
}
