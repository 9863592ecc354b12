package org.physiokiosk.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.settings.SettingsLoader;
import org.physiokiosk.settings.SettingsWriter;
import org.physiokiosk.settings.StoredPin;
import org.physiokiosk.testing.LogCapture;
import org.physiokiosk.testing.TestMedia;

/** How staff get in: never by choosing a PIN on a kiosk that has none or cannot read its own. */
class StaffAccessTest {

    @TempDir
    Path dir;

    private Path settingsFile;
    private Path codeFile;

    @BeforeEach
    void copySettings() throws IOException {
        settingsFile = dir.resolve("kiosk.properties");
        Files.copy(TestMedia.SETTINGS, settingsFile);
        codeFile = dir.resolve(SetupCode.FILE_NAME);
    }

    private void storePin(String value) throws IOException {
        Files.write(settingsFile, SettingsWriter.update(settingsFile, Map.of("staff.pin", value)));
    }

    private StaffAccess prepare() {
        return StaffAccess.prepare(settingsFile, SettingsLoader.load(settingsFile).settings().staff().pin());
    }

    private String code() throws IOException {
        return SetupCode.codeIn(Files.readString(codeFile)).orElseThrow();
    }

    @Test
    void noPinWritesAOneTimeSetupCodeReadableByTheKiosksUserOnly() throws IOException {
        StaffAccess access;
        try (LogCapture log = LogCapture.of("org.physiokiosk")) {
            access = prepare();
            String code = code();
            assertThat(log.warnings()).isEmpty();
            assertThat(log.records()).anySatisfy(r -> assertThat(r.getMessage()).contains(codeFile.toString()));
            assertThat(log.records()).noneSatisfy(r -> assertThat(r.getMessage()).contains(code));
        }
        assertThat(access.way()).isEqualTo(StaffAccess.Way.SETUP_CODE);
        assertThat(access.setupCode().file()).isEqualTo(codeFile.toAbsolutePath());
        String text = Files.readString(codeFile);
        assertThat(code()).matches("\\d{8}");
        assertThat(text).startsWith("# Physio Kiosk: one-time setup code for staff mode.")
                .contains("works once", "never", "set-pin");
        if (codeFile.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(codeFile))).isEqualTo("rw-------");
        }
    }

    @Test
    void aRestartKeepsTheCodeSomeoneMayAlreadyHaveRead() throws IOException {
        prepare();
        String first = code();
        assertThat(prepare().way()).isEqualTo(StaffAccess.Way.SETUP_CODE);
        assertThat(code()).isEqualTo(first);
    }

    @Test
    void aCodeFileOthersCouldReadIsReplacedByANewPrivateOne() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews()
                .contains("posix"));
        prepare();
        String first = code();
        Files.setPosixFilePermissions(codeFile, PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(prepare().way()).isEqualTo(StaffAccess.Way.SETUP_CODE);
        assertThat(code()).isNotEqualTo(first);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(codeFile))).isEqualTo("rw-------");
    }

    @Test
    void noPinAndNoCodeFileIsNotSetUpAndSaysWhy() throws IOException {
        Files.createDirectories(codeFile); // something that is not our file stands where the code goes
        try (LogCapture log = LogCapture.of("org.physiokiosk")) {
            StaffAccess access = prepare();
            assertThat(access.way()).isEqualTo(StaffAccess.Way.NOT_SET_UP);
            assertThat(access.reason()).isEqualTo("the setup code file staff-setup-code.txt cannot be written beside"
                    + " kiosk.properties");
            assertThat(log.warnings()).anySatisfy(w -> assertThat(w).startsWith("Staff mode is not set up: the setup"
                    + " code file").contains("set-pin"));
        }
    }

    @Test
    void aCodeFileThatIsALinkIsNotFollowed() throws IOException {
        Path elsewhere = Files.writeString(dir.resolve("elsewhere.txt"), "12345678\n");
        Files.createSymbolicLink(codeFile, elsewhere);
        assertThat(prepare().way()).isEqualTo(StaffAccess.Way.NOT_SET_UP);
        assertThat(Files.readString(elsewhere)).isEqualTo("12345678\n");
    }

    @Test
    void aPinThatCannotBeReadIsNotSetUpWithTheReasonAndWritesNoCode() throws IOException {
        storePin("1234"); // a PIN typed in clear: refused by the settings
        try (LogCapture log = LogCapture.of("org.physiokiosk")) {
            StaffAccess access = prepare();
            assertThat(access.way()).isEqualTo(StaffAccess.Way.NOT_SET_UP);
            assertThat(access.reason()).isEqualTo("the stored PIN in kiosk.properties cannot be read");
            assertThat(access.detail()).contains("kiosk.properties:", "expected a PIN hash").doesNotContain("1234");
            assertThat(log.warnings()).anySatisfy(w -> assertThat(w).contains("Staff mode is not set up",
                    "cannot be read", "expected a PIN hash"));
        }
        assertThat(codeFile).doesNotExist();
    }

    @Test
    void aDamagedHashIsNotSetUpWithItsReason() throws IOException {
        String damaged = "pbkdf2-sha256$600000$c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g";
        storePin(damaged);
        try (LogCapture log = LogCapture.of("org.physiokiosk")) {
            StaffAccess access = prepare();
            assertThat(access.way()).isEqualTo(StaffAccess.Way.NOT_SET_UP);
            assertThat(access.reason()).isEqualTo("the stored PIN in kiosk.properties is damaged");
            assertThat(access.detail()).contains("its salt is 4 bytes long, not 16");
            assertThat(log.warnings()).anySatisfy(w -> assertThat(w).contains("is damaged", "its salt is 4 bytes")
                    .doesNotContain(damaged, "aGFzaGhh"));
        }
        assertThat(codeFile).doesNotExist();
    }

    @Test
    void aGoodPinIsTheWayInAndALeftOverCodeIsRemoved() throws IOException {
        prepare();
        assertThat(codeFile).exists();
        String hash = PinHash.hash("2468".toCharArray(), 1000);
        storePin(hash);
        StaffAccess access = prepare();
        assertThat(access.way()).isEqualTo(StaffAccess.Way.PIN);
        assertThat(access.pinHash()).isEqualTo(hash);
        assertThat(codeFile).doesNotExist();
    }

    @Test
    void theRightCodeMatchesAWrongOneDoesNotAndTheCodeGoesOnceThePinIsSaved() throws IOException {
        StaffAccess access = prepare();
        SetupCode code = access.setupCode();
        char[] wrong = "00000000".toCharArray();
        char[] right = code().toCharArray();
        assertThat(code.matches(wrong)).isFalse();
        assertThat(wrong).containsOnly('\0');
        assertThat(code.matches("1234".toCharArray())).isFalse();
        assertThat(code.matches(right)).isTrue();
        assertThat(right).containsOnly('\0');

        StaffAccess after = access.pinSaved(PinHash.hash("2468".toCharArray(), 1000));
        assertThat(after.way()).isEqualTo(StaffAccess.Way.PIN);
        assertThat(codeFile).doesNotExist();
        assertThatThrownBy(() -> code.matches("12345678".toCharArray())).isInstanceOf(IOException.class)
                .hasMessageContaining("is not there");
    }

    @Test
    void aCodeFileWithoutACodeGetsANewOne() throws IOException {
        Files.writeString(codeFile, "# nothing here\n");
        assertThat(prepare().way()).isEqualTo(StaffAccess.Way.SETUP_CODE);
        assertThat(code()).matches("\\d{8}");
    }

    @Test
    void theCodeIsTheFirstLineThatIsNotAComment() {
        assertThat(SetupCode.codeIn("# 11111111\n\n  12345678  \n87654321\n")).hasValue("12345678");
        assertThat(SetupCode.codeIn("# only comments\n")).isEmpty();
        assertThat(SetupCode.codeIn("1234567\n")).isEmpty();
        assertThat(List.of(SetupCode.text("12345678").split("\n"))).contains("12345678");
    }

    @Test
    void theStoredPinNeverAppearsInTheDecision() throws IOException {
        String hash = PinHash.hash("2468".toCharArray(), 1000);
        StaffAccess access = StaffAccess.prepare(settingsFile, StoredPin.of(hash));
        assertThat(access.toString()).doesNotContain(hash);
    }
}
