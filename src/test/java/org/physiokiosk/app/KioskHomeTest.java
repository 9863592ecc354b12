package org.physiokiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The installed kiosk's first start: defaults copied in once, a clinic's own files never overwritten. */
class KioskHomeTest {

    @TempDir
    Path tmp;

    private Path defaults() throws Exception {
        Path d = tmp.resolve("defaults");
        Files.createDirectories(d.resolve("media/techniques"));
        Files.writeString(d.resolve("kiosk.properties"), "clinic.name = Shipped\n");
        Files.writeString(d.resolve("media/techniques/walk.txt"), "shipped walk\n");
        return d;
    }

    @Test
    void theFirstStartCopiesTheSettingsReadableByTheKioskOnlyAndTheContent() throws Exception {
        Path home = tmp.resolve("var/lib/physio-kiosk");
        KioskHome.prepare(home, defaults());
        assertThat(home.resolve("kiosk.properties")).hasContent("clinic.name = Shipped");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("kiosk.properties"))))
                .isEqualTo("rw-------");
        assertThat(home.resolve("media/techniques/walk.txt")).hasContent("shipped walk");
        assertThat(home.resolve("media.new")).doesNotExist();
        assertThat(home.resolve("kiosk.properties.new")).doesNotExist();
    }

    @Test
    void anUpgradeKeepsTheClinicsSettingsAndContent() throws Exception {
        Path home = tmp.resolve("home");
        Path defaults = defaults();
        KioskHome.prepare(home, defaults);
        Files.writeString(home.resolve("kiosk.properties"), "clinic.name = Riverside\n");
        Files.writeString(home.resolve("media/techniques/walk.txt"), "edited by staff\n");
        Files.delete(home.resolve("media/techniques/walk.txt"));
        Files.writeString(defaults.resolve("kiosk.properties"), "clinic.name = Shipped v2\n");
        Files.writeString(defaults.resolve("media/techniques/new.txt"), "new in v2\n");

        KioskHome.prepare(home, defaults);
        assertThat(home.resolve("kiosk.properties")).hasContent("clinic.name = Riverside");
        assertThat(home.resolve("media/techniques/walk.txt")).as("a technique staff deleted stays deleted")
                .doesNotExist();
        assertThat(home.resolve("media/techniques/new.txt")).doesNotExist();
    }

    @Test
    void withoutTheLauncherPropertiesTheSettingsFileIsInTheCurrentFolder() {
        String before = System.getProperty(KioskHome.HOME);
        try {
            System.clearProperty(KioskHome.HOME);
            assertThat(KioskHome.defaultConfig()).isEqualTo(Path.of("kiosk.properties"));
            System.setProperty(KioskHome.HOME, tmp.toString());
            assertThat(KioskHome.defaultConfig()).isEqualTo(tmp.resolve("kiosk.properties"));
        } finally {
            if (before == null) {
                System.clearProperty(KioskHome.HOME);
            } else {
                System.setProperty(KioskHome.HOME, before);
            }
        }
    }
}
