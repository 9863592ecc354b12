package org.physiokiosk.speech;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * A speech engine that is a program: one process per utterance, the text on its standard input
 * (never in its arguments, never through a shell), stopped by ending the process. Processes are
 * started and stopped on {@code processes}, the kiosk's speech lane, which runs one job at a time
 * in order: a stop asked for after a start always finds the process started.
 */
abstract class ProcessEngine implements SpeechEngine {

    private static final System.Logger LOG = System.getLogger(ProcessEngine.class.getName());

    private final Executor processes;
    private final Set<Process> running = ConcurrentHashMap.newKeySet();

    ProcessEngine(Executor processes) {
        this.processes = processes;
    }

    /** The program and its arguments for speaking in this language, loudness and speed (no text). */
    abstract List<String> command(Locale language, int volume, int rate);

    @Override
    public final Utterance speak(String text, Locale language, int volume, int rate) {
        Availability a = available();
        if (!a.present()) {
            throw new IllegalStateException("No speech: " + a.reason());
        }
        List<String> command = command(language, clampVolume(volume), rate);
        Job job = new Job();
        Utterance utterance = new Utterance(job::stop);
        job.utterance = utterance;
        onLane(() -> job.start(command, text));
        return utterance;
    }

    @Override
    public void stopAll() {
        running.forEach(ProcessEngine::end);
        running.clear();
    }

    /** Number of speech processes alive now, for tests. */
    int running() {
        running.removeIf(p -> !p.isAlive());
        return running.size();
    }

    private void onLane(Runnable r) {
        try {
            processes.execute(r);
        } catch (RejectedExecutionException closing) {
            r.run(); // the kiosk is closing: stop (or refuse) right here
        }
    }

    static int clampVolume(int volume) {
        return Math.max(MIN_VOLUME, Math.min(MAX_VOLUME, volume));
    }

    private static void end(Process p) {
        p.descendants().forEach(ProcessHandle::destroy);
        p.destroy();
    }

    /** One utterance's process, started and ended on the lane; a stop asked for before the start prevents it. */
    private final class Job {
        private volatile Utterance utterance;
        private volatile Process process;
        private volatile boolean stopped;

        void start(List<String> command, String text) {
            if (stopped) {
                utterance.ended();
                return;
            }
            try {
                process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "Could not start speech: " + command.get(0), e);
                utterance.ended();
                return;
            }
            running.add(process);
            Process p = process;
            p.onExit().thenRun(() -> {
                running.remove(p);
                if (!stopped && p.exitValue() != 0) {
                    // Most often no sound device (espeak-ng: "ALSA … cannot find card"): for staff reading the log.
                    LOG.log(System.Logger.Level.WARNING, "Speech ended with exit code {0}: {1}; is a sound device "
                            + "connected?", p.exitValue(), command.get(0));
                }
                utterance.ended();
            });
            try (OutputStream in = p.getOutputStream()) {
                in.write(text.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                // The process ended before reading it all (stopped, or failed): onExit reports the end.
                LOG.log(System.Logger.Level.DEBUG, "Speech process closed its input: " + e.getMessage());
            }
        }

        void stop() {
            stopped = true;
            onLane(() -> {
                if (process != null) {
                    end(process);
                }
            });
        }
    }
}
