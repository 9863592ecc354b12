package org.physiokiosk.ui.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.content.SlideLibrary;
import org.physiokiosk.content.Translations;
import org.physiokiosk.plan.HandoutPlan;
import org.physiokiosk.plan.PlanBuilder;
import org.physiokiosk.speech.EspeakEngine;
import org.physiokiosk.speech.SpeechEngine;
import org.physiokiosk.speech.SpeechEngines;
import org.physiokiosk.ui.Texts;

/**
 * The real eSpeak NG, listened to the only way these machines can: it writes the plan's words in
 * each language to a WAV file ({@code -w}, the same arguments as speaking), and the file must be a
 * valid WAV with sound in it, about as long as the words take at the rate asked for. CI installs
 * espeak-ng ({@code .ci/run}); on a machine without it the test is skipped, saying so.
 */
class ReadAloudWavTest {

    private static final SlideLibrary ENGLISH = ContentLoader.load(org.physiokiosk.testing.TestMedia.MEDIA);
    private static final Executor NOW = Runnable::run;
    private static EspeakEngine espeak;

    @TempDir
    Path dir;

    @BeforeAll
    static void findEspeak() {
        SpeechEngine found = SpeechEngines.detect(NOW);
        assumeTrue(found instanceof EspeakEngine && found.available().present(),
                "espeak-ng is not installed here (apt-get install espeak-ng): the real-speech test is skipped; "
                        + found.available().reason());
        espeak = (EspeakEngine) found;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "es", "fr", "de", "uk"})
    void thePlanReadInEachLanguageIsAWavWithSoundOfAPlausibleLength(String tag) throws Exception {
        Locale language = Locale.forLanguageTag(tag);
        SlideLibrary lib = Translations.apply(ENGLISH, language);
        HandoutPlan plan = new PlanBuilder(lib, 6).build(lib.symptoms().stream().limit(2)
                .map(org.physiokiosk.content.Symptom::id).toList());
        String text = SpokenPlan.plan(plan, JourneyPresenter.cards(plan), new Texts(language));
        Path wav = dir.resolve("plan-" + tag + ".wav");
        int rate = 150;
        espeak.writeWav(text, language, 100, rate, wav);

        Wav w = Wav.read(wav);
        int words = text.split("\\s+").length;
        double expected = words * 60.0 / rate;
        assertThat(w.seconds()).as(tag + ": " + words + " words at " + rate + " a minute, about " + (int) expected
                + " s").isBetween(expected * 0.5, expected * 2.5);
        assertThat(w.rms()).as(tag + ": loudness (RMS of 16-bit samples)").isGreaterThan(500);
        assertThat(w.soundingShare()).as(tag + ": share of 50 ms windows with speech in them").isGreaterThan(0.4);
    }

    @Test
    void theRateAndVolumeSettingsReachTheEngine() throws Exception {
        String text = "Sit tall, shoulders back. Hold for five seconds. Repeat ten times, three times a day.";
        Path slow = dir.resolve("slow.wav");
        Path fast = dir.resolve("fast.wav");
        Path quiet = dir.resolve("quiet.wav");
        espeak.writeWav(text, Locale.ENGLISH, 100, 80, slow);
        espeak.writeWav(text, Locale.ENGLISH, 100, 260, fast);
        espeak.writeWav(text, Locale.ENGLISH, 20, 260, quiet);
        assertThat(Wav.read(slow).seconds()).isGreaterThan(Wav.read(fast).seconds() * 2);
        assertThat(Wav.read(quiet).rms()).isLessThan(Wav.read(fast).rms() * 0.4);
    }

    /** A mono 16-bit PCM WAV file, its header checked against its length. */
    record Wav(int sampleRate, short[] samples) {

        static Wav read(Path file) throws java.io.IOException {
            byte[] bytes = Files.readAllBytes(file);
            ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
            assertThat(new String(bytes, 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("RIFF");
            assertThat(b.getInt(4)).as("RIFF size").isEqualTo(bytes.length - 8);
            assertThat(new String(bytes, 8, 8, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("WAVEfmt ");
            assertThat(b.getShort(20)).as("PCM").isEqualTo((short) 1);
            assertThat(b.getShort(22)).as("mono").isEqualTo((short) 1);
            int rate = b.getInt(24);
            assertThat(b.getShort(34)).as("16-bit").isEqualTo((short) 16);
            int at = 12 + 8 + b.getInt(16);
            while (!new String(bytes, at, 4, java.nio.charset.StandardCharsets.US_ASCII).equals("data")) {
                at += 8 + b.getInt(at + 4);
            }
            int size = b.getInt(at + 4);
            assertThat(at + 8 + size).as("data chunk ends at the end of the file").isEqualTo(bytes.length);
            short[] samples = new short[size / 2];
            b.position(at + 8);
            b.asShortBuffer().get(samples);
            return new Wav(rate, samples);
        }

        double seconds() {
            return samples.length / (double) sampleRate;
        }

        double rms() {
            double sum = 0;
            for (short s : samples) {
                sum += (double) s * s;
            }
            return Math.sqrt(sum / Math.max(1, samples.length));
        }

        /** Share of 50 ms windows louder than a whisper (RMS over 300). */
        double soundingShare() {
            int window = sampleRate / 20;
            int loud = 0;
            int count = 0;
            for (int i = 0; i + window <= samples.length; i += window) {
                double sum = 0;
                for (int j = i; j < i + window; j++) {
                    sum += (double) samples[j] * samples[j];
                }
                count++;
                if (Math.sqrt(sum / window) > 300) {
                    loud++;
                }
            }
            return count == 0 ? 0 : loud / (double) count;
        }
    }
}
