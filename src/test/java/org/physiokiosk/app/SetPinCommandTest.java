package org.physiokiosk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.settings.SettingsLoader;
import org.physiokiosk.staff.PinHash;
import org.physiokiosk.staff.SetupCode;
import org.physiokiosk.staff.StaffAccess;
import org.physiokiosk.testing.TestMedia;

/** {@code set-pin}: the PIN set by the installer, twice and unseen; only its hash is stored. */
class SetPinCommandTest {

    @TempDir
    Path dir;

    private Path settings;
    private byte[] before;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void copySettings() throws IOException {
        settings = dir.resolve("kiosk.properties");
        Files.copy(TestMedia.SETTINGS, settings);
        before = Files.readAllBytes(settings);
    }

    private int runPiped(String stdin) {
        return SetPinCommand.run(settings, SetPinCommand.lines(new ByteArrayInputStream(
                stdin.getBytes(StandardCharsets.UTF_8))), false, print(out), print(err));
    }

    private static PrintStream print(ByteArrayOutputStream to) {
        return new PrintStream(to, true, StandardCharsets.UTF_8);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private String storedHash() {
        return SettingsLoader.load(settings).settings().staff().pinHash();
    }

    @Test
    void twoMatchingLinesFromAPipeSetThePinAndChangeNothingElse() throws IOException {
        assertThat(runPiped("2468\n2468\n")).as(err()).isEqualTo(SetPinCommand.OK);
        String hash = storedHash();
        assertThat(PinHash.problem(hash)).isEmpty();
        assertThat(hash).startsWith("pbkdf2-sha256$600000$");
        assertThat(PinHash.matches("2468".toCharArray(), hash)).isTrue();
        assertThat(Files.readString(settings)).doesNotContain("2468\n").contains("staff.pin = " + hash + "\n");
        // Byte for byte, every other line as it was.
        String expected = new String(before, StandardCharsets.UTF_8).replace("staff.pin =\n", "staff.pin = " + hash
                + "\n");
        assertThat(Files.readString(settings)).isEqualTo(expected);
        assertThat(out()).contains("Set the staff PIN", settings.toAbsolutePath().toString(), "staff.pin")
                .doesNotContain("2468");
        assertThat(err()).contains("no console; reading the PIN from the first two lines of standard input");
        assertThat(StaffAccess.prepare(settings, SettingsLoader.load(settings).settings().staff().pin()).way())
                .isEqualTo(StaffAccess.Way.PIN);
    }

    @Test
    void windowsLineEndsAreFine() {
        assertThat(runPiped("13579\r\n13579\r\n")).as(err()).isEqualTo(SetPinCommand.OK);
        assertThat(PinHash.matches("13579".toCharArray(), storedHash())).isTrue();
    }

    @Test
    void twoDifferentPinsWriteNothing() throws IOException {
        assertThat(runPiped("2468\n2469\n")).isEqualTo(SetPinCommand.FAILED);
        assertThat(err()).contains("the two PINs are not the same; nothing was written");
        assertThat(Files.readAllBytes(settings)).isEqualTo(before);
        assertThat(out()).isEmpty();
    }

    @Test
    void aPinTheKeypadWouldRefuseWritesNothing() throws IOException {
        for (String bad : List.of("123\n123\n", "123456789\n123456789\n", "12a4\n12a4\n", " 2468\n 2468\n", "\n\n")) {
            err.reset();
            assertThat(runPiped(bad)).as(bad).isEqualTo(SetPinCommand.FAILED);
            assertThat(err()).as(bad).contains("that is not a valid PIN: a PIN has", "nothing was written");
        }
        assertThat(Files.readAllBytes(settings)).isEqualTo(before);
    }

    @Test
    void aPinGivenOnceOrNotAtAllWritesNothing() throws IOException {
        assertThat(runPiped("")).isEqualTo(SetPinCommand.FAILED);
        assertThat(err()).contains("no PIN was given");
        err.reset();
        assertThat(runPiped("2468\n")).isEqualTo(SetPinCommand.FAILED);
        assertThat(err()).contains("the PIN was given only once");
        assertThat(Files.readAllBytes(settings)).isEqualTo(before);
    }

    @Test
    void aPersonAtTheConsoleIsAskedTwiceAndTheUsedSetupCodeGoes() throws IOException {
        StaffAccess.prepare(settings, SettingsLoader.load(settings).settings().staff().pin());
        Path code = dir.resolve(SetupCode.FILE_NAME);
        assertThat(code).exists();
        List<String> prompts = new ArrayList<>();
        Deque<char[]> typed = new ArrayDeque<>(List.of("8642".toCharArray(), "8642".toCharArray()));
        List<char[]> given = new ArrayList<>(typed);
        int exit = SetPinCommand.run(settings, prompt -> {
            prompts.add(prompt);
            return typed.poll();
        }, true, print(out), print(err));
        assertThat(exit).as(err()).isEqualTo(SetPinCommand.OK);
        assertThat(prompts).containsExactly("New staff PIN (4 to 8 digits): ", "The same PIN again: ");
        assertThat(given).allSatisfy(pin -> assertThat(pin).as("wiped").containsOnly('\0'));
        assertThat(err()).doesNotContain("no console");
        assertThat(code).doesNotExist();
        assertThat(out()).contains("Removed the setup code file " + code.toAbsolutePath());
    }

    @Test
    void anOwnerOnlySettingsFileStaysSoAndAReadableOneIsPointedOut() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews()
                .contains("posix"));
        Files.setPosixFilePermissions(settings, PosixFilePermissions.fromString("rw-------"));
        assertThat(runPiped("2468\n2468\n")).isEqualTo(SetPinCommand.OK);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(settings))).isEqualTo("rw-------");
        assertThat(err()).doesNotContain("Note:");

        Files.setPosixFilePermissions(settings, PosixFilePermissions.fromString("rw-r--r--"));
        err.reset();
        assertThat(runPiped("2468\n2468\n")).isEqualTo(SetPinCommand.OK);
        assertThat(err()).contains("Note: other users of this computer can read", "chmod 600");
    }

    @Test
    void noSettingsFileIsNotCreated() {
        Path absent = dir.resolve("elsewhere/kiosk.properties");
        int exit = SetPinCommand.run(absent, SetPinCommand.lines(new ByteArrayInputStream("2468\n2468\n"
                .getBytes(StandardCharsets.UTF_8))), false, print(out), print(err));
        assertThat(exit).isEqualTo(SetPinCommand.FAILED);
        assertThat(err()).contains("there is no settings file", "--config", "nothing was written");
        assertThat(absent).doesNotExist();
    }

    @Test
    void aSettingsFileThatCannotBeReplacedSaysWhyAndIsLeftAlone() throws IOException {
        Files.createDirectories(dir.resolve("kiosk.properties.bak")); // where the backup goes: refused
        assertThat(runPiped("2468\n2468\n")).isEqualTo(SetPinCommand.FAILED);
        assertThat(err()).contains("the PIN was not set: Cannot write", "kiosk.properties.bak")
                .doesNotContain("Exception");
        assertThat(Files.readAllBytes(settings)).isEqualTo(before);
    }

    @Test
    void theCommandLineTakesTheKiosksConfigOptionAndNeverThePin() throws Exception {
        CommandLine cli = CommandLine.parse("set-pin", "--config", "/opt/kiosk/kiosk.properties");
        assertThat(cli.setPin()).isTrue();
        assertThat(cli.config()).isEqualTo(Path.of("/opt/kiosk/kiosk.properties"));
        assertThat(CommandLine.parse("set-pin").config()).isEqualTo(Path.of("kiosk.properties"));
        assertThatThrownBy(() -> CommandLine.parse("set-pin", "2468")).hasMessageContaining("unknown option \"2468\""
                + " for set-pin").hasMessageContaining("never given on the command line");
        assertThatThrownBy(() -> CommandLine.parse("set-pin", "--windowed")).hasMessageContaining("for set-pin");
        assertThat(CommandLine.USAGE).contains("set-pin [--config FILE]", "standard input");
    }

    @Test
    void theJarReadsThePinFromAPipeWhenThereIsNoConsole() throws Exception {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-cp", System.getProperty("java.class.path"), KioskApp.class.getName(), "set-pin",
                "--config", settings.toString());
        Process p = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile())
                .start();
        try (var stdin = p.getOutputStream()) {
            stdin.write("97531\n97531\n".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finishes").isTrue();
        String errText = Files.readString(dir.resolve("err.txt"));
        assertThat(p.exitValue()).as(errText).isZero();
        assertThat(errText).contains("no console");
        assertThat(Files.readString(dir.resolve("out.txt"))).contains("Set the staff PIN");
        assertThat(PinHash.matches("97531".toCharArray(), storedHash())).isTrue();
    }
}
