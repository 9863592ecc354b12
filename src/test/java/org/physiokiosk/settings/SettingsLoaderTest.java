package org.physiokiosk.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.physiokiosk.testing.TestMedia;

class SettingsLoaderTest {

    @TempDir
    Path dir;

    private LoadedSettings load(String text) throws IOException {
        Path file = dir.resolve("kiosk.properties");
        Files.writeString(file, text);
        return SettingsLoader.load(file);
    }

    @Test
    void eachAccessorReadsItsOwnSettingAndTheWithCopiesChangeOnlyTheirOwn() throws IOException {
        KioskSettings s = load("printer.name = Front desk\nstats.retention.days = 123\nlanguage = de\n"
                + "kiosk.fullscreen = yes\n").settings();
        assertThat(s.printerName()).isEqualTo("Front desk");
        assertThat(s.statsRetentionDays()).isEqualTo(123);
        assertThat(s.staff().hasPin()).isFalse();
        assertThat(s.source()).isEqualTo(dir.resolve("kiosk.properties"));
        assertThat(s.written(Settings.PRINTER)).isEqualTo("Front desk");
        KioskSettings windowed = s.withFullscreen(false);
        assertThat(windowed.fullscreen()).isFalse();
        assertThat(windowed.printerName()).isEqualTo("Front desk");
        assertThat(windowed).isNotEqualTo(s);
        KioskSettings spanish = s.withLanguage(java.util.Locale.forLanguageTag("es"));
        assertThat(spanish.language().getLanguage()).isEqualTo("es");
        assertThat(spanish.statsRetentionDays()).isEqualTo(123);
        assertThat(s.withFullscreen(true)).isEqualTo(s).hasSameHashCodeAs(s);
    }

    @Test
    void theShippedFileLoadsWithoutProblems() {
        LoadedSettings loaded = SettingsLoader.load(TestMedia.SETTINGS);
        assertThat(loaded.problems()).isEmpty();
        KioskSettings s = loaded.settings();
        assertThat(s.slideInterval()).isEqualTo(Duration.ofSeconds(10));
        assertThat(s.clinic().logo()).isPresent();
        assertThat(s.mediaDir()).isEqualTo(TestMedia.MEDIA.toAbsolutePath());
        assertThat(s.fullscreen()).isTrue();
    }

    @Test
    void aMissingFileGivesDefaultsAndSaysSo() {
        LoadedSettings loaded = SettingsLoader.load(dir.resolve("absent.properties"));
        KioskSettings s = loaded.settings();
        assertThat(s.slideInterval()).isEqualTo(Duration.ofSeconds(10));
        assertThat(s.transition()).isEqualTo(Duration.ofMillis(800));
        assertThat(s.idleTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(s.paperSize()).isEqualTo(PaperSize.A4);
        assertThat(s.language()).isEqualTo(Locale.ENGLISH);
        assertThat(s.mediaDir()).isEqualTo(dir.resolve("media"));
        assertThat(s.statsDir()).isEqualTo(dir.resolve("stats"));
        assertThat(s.exportsDir()).isEqualTo(dir.resolve("exports"));
        assertThat(s.clinic().logo()).isEmpty();
        assertThat(s.fullscreen()).isTrue();
        assertThat(loaded.problems()).singleElement().asString().contains("file not found")
                .contains("every setting uses its default");
    }

    @Test
    void goodValuesAreRead() throws IOException {
        Files.writeString(dir.resolve("logo.png"), "x");
        KioskSettings s = load("""
                slide.interval.seconds = 25
                slide.transition.millis = 0
                idle.timeout.seconds = 120
                clinic.name = Clínica Río
                clinic.phone = +34 900 000 000
                clinic.address = Calle Mayor 1
                clinic.logo = logo.png
                handout.paper = letter
                language = uk
                media.dir = content
                stats.dir = /var/lib/kiosk/stats
                exports.dir = out
                kiosk.fullscreen = no
                """).settings();
        assertThat(s.slideInterval()).isEqualTo(Duration.ofSeconds(25));
        assertThat(s.transition()).isZero();
        assertThat(s.idleTimeout()).isEqualTo(Duration.ofMinutes(2));
        assertThat(s.clinic()).isEqualTo(new Clinic("Clínica Río", "+34 900 000 000", "Calle Mayor 1",
                java.util.Optional.of(dir.resolve("logo.png")), "999"));
        assertThat(s.paperSize()).isEqualTo(PaperSize.LETTER);
        assertThat(s.language()).isEqualTo(Locale.forLanguageTag("uk"));
        assertThat(s.mediaDir()).isEqualTo(dir.resolve("content"));
        assertThat(s.statsDir()).isEqualTo(Path.of("/var/lib/kiosk/stats"));
        assertThat(s.fullscreen()).isFalse();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "slide.interval.seconds | ten    | a whole number of seconds from 2 to 600; using the default 10 seconds",
        "slide.interval.seconds | -5     | a whole number of seconds from 2 to 600; using the default 10 seconds",
        "slide.interval.seconds | 0      | a whole number of seconds from 2 to 600; using the default 10 seconds",
        "slide.interval.seconds | 7.5    | a whole number of seconds from 2 to 600; using the default 10 seconds",
        "slide.transition.millis| 99999  | a whole number of milliseconds from 0 to 5000; using the default 800 milliseconds",
        "idle.timeout.seconds   | 5      | a whole number of seconds from 15 to 3600; using the default 60 seconds",
        "handout.paper          | A5     | A4 or Letter; using the default A4",
        "language               | pt     | one of de, en, es, fr, uk",
        "kiosk.fullscreen       | maybe  | true or false; using the default true",
        "clinic.logo            | nope.png | an existing PNG, JPEG or SVG image file (not found:",
        "clinic.logo            | kiosk.properties | an existing PNG, JPEG or SVG image file; left empty",
        "media.dir              | kiosk.properties | a folder, but this is a file",
    })
    void aBadValueNamesFileKeyValueAndExpectationAndFallsBack(String key, String value, String expected)
            throws IOException {
        LoadedSettings loaded = load(key + " = " + value + "\n");
        assertThat(loaded.problems()).singleElement().asString()
                .startsWith("kiosk.properties:1: " + key + " = \"" + value + "\": expected ")
                .contains(expected);
        KioskSettings defaults = SettingsLoader.load(dir.resolve("absent")).settings();
        assertThat(loaded.settings().toString()
                .replace(dir.resolve("kiosk.properties").toString(), "X"))
                .isEqualTo(defaults.toString().replace(dir.resolve("absent").toString(), "X"));
    }

    @Test
    void everyValueWrongAtOnceStillStartsOnDefaults() throws IOException {
        LoadedSettings loaded = load("""
                slide.interval.seconds = x
                slide.transition.millis = -1
                idle.timeout.seconds = forever
                clinic.logo = missing.svg
                handout.paper = tabloid
                language = klingon
                kiosk.fullscreen = 2
                slide.intervall = 3
                """);
        assertThat(loaded.problems()).hasSize(8);
        assertThat(loaded.problems()).anySatisfy(p -> assertThat(p.toString())
                .contains("slide.intervall").contains("unknown setting"));
        assertThat(loaded.settings().slideInterval()).isEqualTo(Duration.ofSeconds(10));
    }

    private static final String PIN = "pbkdf2-sha256$600000$c2FsdHNhbHRzYWx0c2FsdA==$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g=";

    @Test
    void aWindowsPathKeepsItsBackslashesAndCostsNoOtherSetting() throws IOException {
        LoadedSettings loaded = load("clinic.address = C:\\users\\clinic\\u12\n"
                + "media.dir = D:\\kiosk\\media\\\n"
                + "staff.pin = " + PIN + "\n");
        assertThat(loaded.settings().clinic().address()).isEqualTo("C:\\users\\clinic\\u12");
        assertThat(loaded.settings().staff().pinHash()).isEqualTo(PIN);
        assertThat(loaded.settings().mediaDir().toString()).endsWith("D:\\kiosk\\media\\");
    }

    @Test
    void escapesWrittenByStaffModeAreRead() throws IOException {
        LoadedSettings loaded = load("clinic.name = Caf\\u00e9 \\\\ Bar\nclinic.address = 1 Road\\nTown\n");
        assertThat(loaded.settings().clinic().name()).isEqualTo("Café \\ Bar");
        assertThat(loaded.settings().clinic().address()).isEqualTo("1 Road\nTown");
        assertThat(loaded.problems()).isEmpty();
    }

    @Test
    void aLineThatIsNotUtf8IsIgnoredAloneAndTheOtherLinesKeepTheirValues() throws IOException {
        Path file = dir.resolve("kiosk.properties");
        byte[] bad = "clinic.name = Caf\u00e9\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        try (var out = Files.newOutputStream(file)) {
            out.write("slide.interval.seconds = 25\n".getBytes());
            out.write(bad);
            out.write(("staff.pin = " + PIN + "\n").getBytes());
        }
        LoadedSettings loaded = SettingsLoader.load(file);
        assertThat(loaded.settings().staff().pinHash()).isEqualTo(PIN);
        assertThat(loaded.settings().slideInterval()).isEqualTo(Duration.ofSeconds(25));
        assertThat(loaded.settings().clinic().name()).isEqualTo("Your physiotherapy clinic");
        assertThat(loaded.problems()).singleElement().asString()
                .startsWith("kiosk.properties:2: clinic.name: ").contains("not valid UTF-8");
    }

    @Test
    void aKeyGivenTwiceUsesTheFirstLineAndNamesTheSecond() throws IOException {
        LoadedSettings loaded = load("clinic.name = First\n# note\nclinic.name = Second\n");
        assertThat(loaded.settings().clinic().name()).isEqualTo("First");
        assertThat(loaded.problems()).singleElement().asString()
                .startsWith("kiosk.properties:3: clinic.name: is given twice (first on line 1)");
    }

    @Test
    void aByteOrderMarkIsHarmless() throws IOException {
        LoadedSettings loaded = load("\uFEFFslide.interval.seconds = 25\r\nclinic.name = X\r\n");
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.settings().slideInterval()).isEqualTo(Duration.ofSeconds(25));
        assertThat(loaded.settings().clinic().name()).isEqualTo("X");
    }

    @Test
    void aControlCharacterOrAHugeLineIsIgnoredAtItsLine() throws IOException {
        LoadedSettings loaded = load("clinic.name = A\u0000B\nclinic.phone = " + "9".repeat(1_000_000)
                + "\nstaff.pin = " + PIN + "\nno separator here\n");
        assertThat(loaded.settings().clinic().name()).isEqualTo("Your physiotherapy clinic");
        assertThat(loaded.settings().clinic().phone()).isEmpty();
        assertThat(loaded.settings().staff().pinHash()).isEqualTo(PIN);
        java.util.List<String> problems = loaded.problems().stream().map(Object::toString).toList();
        assertThat(problems).hasSize(3);
        assertThat(problems.get(0)).startsWith("kiosk.properties:1: clinic.name: invisible or unreadable character "
                + "U+0000 at column 16");
        assertThat(problems.get(1)).startsWith("kiosk.properties:2: clinic.phone: this line is too long (1000015 bytes)");
        assertThat(problems.get(2)).startsWith("kiosk.properties:4: expected \"key = value\"");
    }

    @Test
    void aSettingsPathThatIsAFolderOrAPipeGivesDefaultsWithoutHanging() throws Exception {
        LoadedSettings folder = SettingsLoader.load(dir);
        assertThat(folder.problems()).singleElement().asString().contains("is not a regular file");
        Path fifo = org.physiokiosk.testing.TestFiles.fifo(dir.resolve("fifo.properties"));
        assertThat(SettingsLoader.load(fifo).problems()).singleElement().asString().contains("is not a regular file");
    }
}
