package org.physiokiosk.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files are read day by day and kiosk by kiosk; headers and values in messages are as people need them. */
class UsageReaderOrderTest {

    private static final String HEADER = "timestamp,kiosk,session,event,subject,value,language\n";

    @TempDir
    Path dir;

    private final List<String> problems = new ArrayList<>();

    private List<String> sessions(LocalDate from, LocalDate to) throws IOException {
        List<String> out = new ArrayList<>();
        UsageReader reader = new UsageReader();
        reader.read(List.of(dir), from, to, e -> out.add(e.session()));
        problems.addAll(reader.problems());
        return out;
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }

    @Test
    void filesAreReadByDayThenKioskAndOnlyInsideThePeriod() throws IOException {
        write("usage-2026-11-03-a.csv", HEADER + "2026-11-03T09:00Z,a,d3a,session_started,,,en\n");
        write("usage-2026-11-02-b.csv", HEADER + "2026-11-02T09:00Z,b,d2b,session_started,,,en\n");
        write("usage-2026-11-02-a.csv", HEADER + "2026-11-02T09:00Z,a,d2a,session_started,,,en\n"
                + "2026-11-05T09:00Z,a,late,session_started,,,en\n");
        write("usage-2026-11-04-a.csv", HEADER + "2026-11-04T09:00Z,a,d4a,session_started,,,en\n");
        write("usage-2026-11-01-a.csv", HEADER + "2026-11-01T09:00Z,a,d1a,session_started,,,en\n");
        assertThat(sessions(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 3))).containsExactly("d2a", "d2b", "d3a");
        assertThat(problems).isEmpty();
    }

    @Test
    void aMissingHeaderIsReportedAndTheRowsAreStillReadByPosition() throws IOException {
        write("usage-2026-11-02-a.csv", "2026-11-02T09:00Z,a,s1,session_started,,,en\n"
                + "2026-11-02T09:01Z,a,s2,session_started,,,en\n");
        assertThat(sessions(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 2))).containsExactly("s1", "s2");
        assertThat(problems).singleElement().asString().isEqualTo("usage-2026-11-02-a.csv:1: the header line is "
                + "missing or wrong (expected \"timestamp,kiosk,session,event,subject,value,language\", found \""
                + "2026-11-02T09:00Z,a,s1,session_started,,,en\"); rows read by position");
    }

    @Test
    void aWrongHeaderLineIsSkippedAndAHeaderAgainLaterIsARowProblem() throws IOException {
        write("usage-2026-11-02-a.csv", "time,where,who,what,which,how much,lang\n"
                + "2026-11-02T09:00Z,a,s1,session_started,,,en\n" + HEADER
                + "2026-11-02T09:01Z,a,s2,session_started,,,en\n");
        assertThat(sessions(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 2))).containsExactly("s1", "s2");
        assertThat(problems).containsExactly("usage-2026-11-02-a.csv:1: the header line is missing or wrong "
                        + "(expected \"timestamp,kiosk,session,event,subject,value,language\", found \"time,where,who,"
                        + "what,which,how much,lang\"); line skipped, rows read by position",
                "usage-2026-11-02-a.csv:3: a header line again; row skipped");
    }

    @Test
    void aValueInAMessageIsShortAndShowsItsControlCharacters() {
        assertThat(UsageReader.shown("a\tb")).isEqualTo("a\\u0009b");
        String sixty = "x".repeat(60);
        assertThat(UsageReader.shown(sixty)).isEqualTo(sixty);
        assertThat(UsageReader.shown(sixty + "y")).isEqualTo(sixty + "… (61 characters)");
    }

    @Test
    void aStrayQuoteCostsOneRowAndReadingGoesOnAtItsSecondLine() throws IOException {
        write("usage-2026-11-02-a.csv", HEADER + "2026-11-02T09:00Z,a,s1,session_started,\"oops,,en\n"
                + "2026-11-02T09:01Z,a,s2,session_started,,,en\n" + "2026-11-02T09:02Z,a,s3,session_started,,,en\n");
        assertThat(sessions(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 2))).containsExactly("s2", "s3");
        assertThat(problems).containsExactly(
                "usage-2026-11-02-a.csv:2: a quoted field is not closed by the end of the file; row skipped");
    }
}
