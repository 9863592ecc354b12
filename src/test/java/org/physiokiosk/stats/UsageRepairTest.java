package org.physiokiosk.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start-up repair: a torn last row is cut back to the last line end, and nothing else is touched. */
class UsageRepairTest {

    @TempDir
    Path dir;

    private Path file(String day, String kiosk, String text) throws IOException {
        Path f = dir.resolve("usage-" + day + "-" + kiosk + ".csv");
        Files.writeString(f, text);
        return f;
    }

    @Test
    void eachTornFileOfThisKioskIsCutBackToItsLastLineEnd() throws IOException {
        Path torn = file("2026-11-28", "kiosk-1", "head\nrow 1\nrow 2 is cu");
        Path whole = file("2026-11-29", "kiosk-1", "head\nrow 1\n");
        Path onlyTorn = file("2026-11-27", "kiosk-1", "no line end at all");
        Path startsWithNewline = file("2026-11-26", "kiosk-1", "\nrow 1 is cu");
        Path empty = file("2026-11-25", "kiosk-1", "");
        Path oneNewline = file("2026-11-24", "kiosk-1", "\n");
        Path others = file("2026-11-28", "kiosk-2", "head\nrow 1 is cu");
        Files.createDirectory(dir.resolve("usage-2026-11-23-kiosk-1.csv"));

        assertThat(UsageLog.repair(dir, "kiosk-1")).isEqualTo(3);
        assertThat(Files.readString(torn)).isEqualTo("head\nrow 1\n");
        assertThat(Files.readString(whole)).isEqualTo("head\nrow 1\n");
        assertThat(Files.readString(onlyTorn)).isEmpty();
        assertThat(Files.readString(startsWithNewline)).isEqualTo("\n");
        assertThat(Files.readString(empty)).isEmpty();
        assertThat(Files.readString(oneNewline)).isEqualTo("\n");
        assertThat(Files.readString(others)).isEqualTo("head\nrow 1 is cu");
        assertThat(UsageLog.repair(dir, "kiosk-1")).as("nothing left to repair").isZero();
    }
}
