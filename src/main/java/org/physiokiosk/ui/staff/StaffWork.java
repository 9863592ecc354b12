package org.physiokiosk.ui.staff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.physiokiosk.printing.PrintFailedException;

/**
 * Slow staff work: run on {@code work}, the outcome handed back on {@code ui}. A failure is
 * always logged with its stack trace and told to staff in plain words, never as a class
 * name or a stack trace. Plain Java, so it is tested without a display.
 */
final class StaffWork {

    private static final System.Logger LOG = System.getLogger(StaffWork.class.getName());

    /** Shown when a failure carries no words a receptionist could act on. */
    static final String UNEXPECTED = "something unexpected went wrong (the details are in the kiosk's log)";

    /** Work that may throw. */
    interface Job<T> {
        T run() throws Exception;
    }

    private final Executor work;
    private final Executor ui;

    StaffWork(Executor work, Executor ui) {
        this.work = work;
        this.ui = ui;
    }

    /**
     * Runs {@code job} on the work executor; {@code done} or {@code failed} (with plain words)
     * then runs on the UI executor. {@code what} names the work in the log ("Saving the settings").
     */
    <T> void run(String what, Job<T> job, Consumer<T> done, Consumer<String> failed) {
        work.execute(() -> {
            T result;
            try {
                result = job.run();
            } catch (Exception e) {
                LOG.log(Level.WARNING, what + " failed", e);
                String why = plainWords(e);
                ui.execute(() -> failed.accept(why));
                return;
            }
            ui.execute(() -> done.accept(result));
        });
    }

    /**
     * What went wrong, for staff: our own messages as they are ("Cannot write … : the disk is
     * full"), the file and reason of a file-system error, a sentence for text that is not
     * UTF-8, and for anything else a general sentence pointing at the log.
     */
    static String plainWords(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String words = wordsFor(t);
            if (words != null) {
                // Without a closing full stop, so a sentence can carry on after it.
                return words.strip().replaceAll("\\.+$", "");
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return UNEXPECTED;
    }

    private static String wordsFor(Throwable t) {
        if (t instanceof CharacterCodingException) {
            return "a file holds characters that are not UTF-8 text; open it in a text editor, save it as UTF-8,"
                    + " and try again";
        }
        if (t instanceof AccessDeniedException a) {
            return "permission denied for " + a.getFile();
        }
        if (t instanceof NoSuchFileException n) {
            return n.getFile() + " is not there" + (n.getReason() == null ? "" : " (" + n.getReason() + ")");
        }
        if (t instanceof FileSystemException f && f.getReason() != null && f.getFile() != null) {
            return f.getFile() + ": " + f.getReason();
        }
        if (t instanceof UncheckedIOException) {
            return null; // its cause says it
        }
        if ((t instanceof IOException || t instanceof PrintFailedException) && plain(t.getMessage())) {
            return t.getMessage();
        }
        return null;
    }

    /** A message written for people, not a wrapped exception's {@code toString()}. */
    private static boolean plain(String message) {
        if (message == null || message.isBlank()) {
            return false;
        }
        String m = message.toLowerCase(Locale.ROOT);
        return !m.contains("exception") && !m.contains("java.") && !m.contains("\tat ") && !m.contains("error:");
    }
}
