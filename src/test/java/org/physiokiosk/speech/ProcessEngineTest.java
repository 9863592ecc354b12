package org.physiokiosk.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A speech process for real, with a program standing in for the engine: the text reaches it on
 * standard input byte for byte (never through a shell), stop ends the process, and the kiosk's
 * closing ends any still running.
 */
class ProcessEngineTest {

    @TempDir
    Path dir;
    private final ExecutorService lane = Executors.newSingleThreadExecutor();

    @AfterEach
    void close() {
        lane.shutdownNow();
    }

    /** Copies its input to {@code heard}, then stays "speaking" for a minute. */
    private ProcessEngine engine(Path heard) {
        return new ProcessEngine(lane) {
            @Override
            List<String> command(Locale language, int volume, int rate) {
                return List.of("/bin/sh", "-c", "cat > \"$0\"; exec sleep 60", heard.toString());
            }

            @Override
            public Availability available() {
                return Availability.yes();
            }
        };
    }

    @Test
    void theTextArrivesOnStandardInputAndStopEndsTheProcess() throws Exception {
        Path heard = dir.resolve("heard.txt");
        ProcessEngine engine = engine(heard);
        String text = "Повільно; $(rm -rf /) `echo` \"quotes\" & 'more' | ; Übung ½";
        Utterance u = engine.speak(text, Locale.forLanguageTag("uk"), 100, 150);
        waitFor(() -> Files.exists(heard) && Files.readString(heard).equals(text));
        assertThat(engine.running()).isEqualTo(1);
        assertThat(u.hasEnded()).isFalse();

        CountDownLatch ended = new CountDownLatch(1);
        u.onEnd(ended::countDown);
        u.stop();
        assertThat(ended.await(5, TimeUnit.SECONDS)).as("the speech ended after stop").isTrue();
        waitFor(() -> engine.running() == 0);
    }

    @Test
    void closingTheKioskEndsEverySpeechProcess() throws Exception {
        ProcessEngine engine = engine(dir.resolve("a.txt"));
        Utterance a = engine.speak("one", Locale.ENGLISH, 100, 150);
        Utterance b = engine.speak("two", Locale.ENGLISH, 100, 150);
        waitFor(() -> engine.running() == 2);
        engine.stopAll();
        waitFor(() -> a.hasEnded() && b.hasEnded());
        assertThat(engine.running()).isZero();
    }

    @Test
    void stoppedBeforeItStartedItNeverStarts() throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        lane.execute(() -> {
            try {
                gate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Path heard = dir.resolve("never.txt");
        ProcessEngine engine = engine(heard);
        Utterance u = engine.speak("never", Locale.ENGLISH, 100, 150);
        u.stop();
        gate.countDown();
        waitFor(u::hasEnded);
        assertThat(heard).doesNotExist();
        assertThat(engine.running()).isZero();
    }

    private interface Check {
        boolean ok() throws Exception;
    }

    private static void waitFor(Check check) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!check.ok()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not within 10 s");
            }
            Thread.sleep(20);
        }
    }
}
