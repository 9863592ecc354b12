package org.physiokiosk.threads;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.EventQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The check itself: it records file work on the event thread, and only there, and only when on. */
class OffEdtTest {

    @AfterEach
    void off() {
        System.clearProperty(OffEdt.PROPERTY);
        OffEdt.clear();
    }

    @Test
    void onTheEventThreadItRecordsWhatAndWhere() throws Exception {
        System.setProperty(OffEdt.PROPERTY, "true");
        EventQueue.invokeAndWait(OffEdtTest::readSomething);
        assertThat(OffEdt.violations()).singleElement().satisfies(v -> {
            assertThat(v.what()).isEqualTo("Reading a file");
            assertThat(v.toString()).contains("OffEdtTest.readSomething");
        });
        OffEdt.clear();
        assertThat(OffEdt.violations()).isEmpty();
    }

    @Test
    void offTheEventThreadNothingIsRecorded() {
        System.setProperty(OffEdt.PROPERTY, "true");
        readSomething();
        assertThat(OffEdt.violations()).isEmpty();
    }

    @Test
    void offByDefault() throws Exception {
        EventQueue.invokeAndWait(OffEdtTest::readSomething);
        assertThat(OffEdt.violations()).isEmpty();
    }

    private static void readSomething() {
        OffEdt.check("Reading a file");
    }
}
