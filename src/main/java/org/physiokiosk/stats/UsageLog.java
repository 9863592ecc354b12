package org.physiokiosk.stats;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Appends anonymous usage events to one CSV file per day and kiosk, so that no event
 * already written is ever lost or damaged:
 * <ul>
 * <li>{@link #record} only puts the event in a bounded queue: it never blocks the screen;</li>
 * <li>a writer thread writes each batch as soon as it arrives (well within a second),
 *     flushes it and forces it to the disk, so a crash or {@code kill -9} loses at most
 *     the events of that last moment;</li>
 * <li>a batch that fails half-way is cut back off, so earlier rows stay intact;</li>
 * <li>a torn last row left by a crash is cut off when the log opens, and counted;</li>
 * <li>a full disk or a read-only folder does not stop the kiosk: events wait in memory
 *     (bounded), {@link #health()} says so for staff, and they are written when the
 *     folder works again.</li>
 * </ul>
 */
public final class UsageLog implements UsageRecorder, AutoCloseable {

    private static final System.Logger LOG = System.getLogger(UsageLog.class.getName());
    static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();
    private static final int QUEUE = 50_000;
    private static final int MAX_BATCH = 5_000;
    private static final Duration RETRY = Duration.ofSeconds(2);

    /** Whether events are being written; staff mode shows it. */
    public record Health(boolean ok, int waiting, long dropped, String problem) {
    }

    private final Path dir;
    private final String kiosk;
    private final Clock clock;
    private final BlockingQueue<UsageEvent> queue = new ArrayBlockingQueue<>(QUEUE);
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong written = new AtomicLong();
    private final Thread writer;
    private final int tornRowsRemoved;
    private volatile Health health = new Health(true, 0, 0, "");
    private volatile boolean closing;

    // Writer thread only:
    private final List<UsageEvent> pending = new ArrayList<>();
    private FileChannel channel;
    private LocalDate channelDay;

    private UsageLog(Path dir, String kiosk, Clock clock, int tornRowsRemoved) {
        this.dir = dir;
        this.kiosk = kiosk;
        this.clock = clock;
        this.tornRowsRemoved = tornRowsRemoved;
        this.writer = new Thread(this::writeLoop, "usage-log");
        writer.setDaemon(true);
    }

    /**
     * Opens the log in {@code dir}: repairs torn rows, deletes this kiosk's files older than
     * {@code retentionDays} (0: keep all) and starts writing. Never throws: a folder that
     * cannot be used shows in {@link #health()}.
     */
    public static UsageLog open(Path dir, String kiosk, Clock clock, int retentionDays) {
        int torn = 0;
        String problem = "";
        try {
            Files.createDirectories(dir);
            torn = repair(dir, kiosk);
            deleteOld(dir, kiosk, LocalDate.now(clock), retentionDays);
        } catch (IOException | UncheckedIOException e) {
            problem = "the statistics folder " + dir + " cannot be used: " + e.getMessage();
            LOG.log(System.Logger.Level.WARNING, problem);
        }
        UsageLog log = new UsageLog(dir, kiosk, clock, torn);
        if (!problem.isEmpty()) {
            log.health = new Health(false, 0, 0, problem);
        }
        log.writer.start();
        if (torn > 0) {
            LOG.log(System.Logger.Level.WARNING, "Cut off {0} torn usage rows left by a crash", torn);
            log.record(EventType.LOG_REPAIRED, "", "", Integer.toString(torn), Locale.ROOT);
        }
        return log;
    }

    /** Torn rows cut off when the log opened. */
    public int tornRowsRemoved() {
        return tornRowsRemoved;
    }

    public Health health() {
        return health;
    }

    /** Events recorded but not yet written. */
    public int backlog() {
        return queue.size();
    }

    /** Events written so far by this log. */
    public long written() {
        return written.get();
    }

    @Override
    public void record(EventType type, String session, String subject, String value, Locale language) {
        UsageEvent e = new UsageEvent(OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS), kiosk,
                session == null ? "" : session, type, subject == null ? "" : subject, value == null ? "" : value,
                language == null ? "" : language.getLanguage());
        if (queue.offer(e)) {
            accepted.incrementAndGet();
        } else {
            long n = dropped.incrementAndGet();
            Health h = health;
            health = new Health(false, h.waiting(), n, h.problem().isEmpty() ? "too many events waiting" : h.problem());
        }
    }

    /** Waits until every event recorded so far is on disk, or the time is up; true when all are. */
    public boolean flush(Duration timeout) {
        long target = accepted.get();
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (written.get() >= target) {
                return true;
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    /** Writes what is waiting (if it can) and stops the writer. */
    @Override
    public void close() {
        // No interrupt: it would close the file channel in the middle of a write.
        closing = true;
        try {
            writer.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // --- the writer thread ----------------------------------------------------------------

    private void writeLoop() {
        while (true) {
            try {
                if (pending.isEmpty()) {
                    UsageEvent first = closing ? queue.poll() : queue.poll(200, TimeUnit.MILLISECONDS);
                    if (first == null) {
                        if (closing) {
                            break;
                        }
                        continue;
                    }
                    pending.add(first);
                }
                queue.drainTo(pending, MAX_BATCH - pending.size());
                try {
                    write(pending);
                    written.addAndGet(pending.size());
                    pending.clear();
                    if (!health.ok() && dropped.get() == 0) {
                        LOG.log(System.Logger.Level.INFO, "Usage statistics are written again");
                    }
                    health = new Health(true, 0, dropped.get(), "");
                } catch (IOException e) {
                    closeChannel();
                    health = new Health(false, pending.size() + queue.size(), dropped.get(),
                            "usage events cannot be written to " + dir + ": " + e.getMessage());
                    if (closing) {
                        LOG.log(System.Logger.Level.WARNING, "{0} usage events could not be written: {1}",
                                pending.size() + queue.size(), e.getMessage());
                        break;
                    }
                    sleepUnlessClosing(RETRY);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        closeChannel();
    }

    private void sleepUnlessClosing(Duration d) throws InterruptedException {
        long end = System.nanoTime() + d.toNanos();
        while (!closing && System.nanoTime() < end) {
            Thread.sleep(50);
        }
    }

    private void write(List<UsageEvent> events) throws IOException {
        int i = 0;
        while (i < events.size()) {
            LocalDate day = events.get(i).time().toLocalDate();
            StringBuilder rows = new StringBuilder(events.size() * 96);
            try (CSVPrinter csv = new CSVPrinter(rows, FORMAT)) {
                while (i < events.size() && events.get(i).time().toLocalDate().equals(day)) {
                    UsageEvent e = events.get(i++);
                    csv.printRecord(e.time().toString(), e.kiosk(), e.session(), e.type().csvName(), e.subject(),
                            e.value(), e.language());
                }
            }
            append(day, rows);
        }
    }

    private void append(LocalDate day, StringBuilder rows) throws IOException {
        if (channel == null || !day.equals(channelDay)) {
            closeChannel();
            Files.createDirectories(dir);
            Path file = dir.resolve(UsageFiles.name(day, kiosk));
            boolean created = !Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS);
            if (!created && !Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                throw new IOException(file + " is not a regular file (a link, folder, pipe or device); events wait "
                        + "until it is moved away");
            }
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND);
            channelDay = day;
            if (channel.size() == 0) {
                StringBuilder header = new StringBuilder();
                try (CSVPrinter csv = new CSVPrinter(header, FORMAT)) {
                    csv.printRecord((Object[]) UsageEvent.HEADER);
                }
                rows.insert(0, header);
            }
            if (created) {
                syncDirectory();
            }
        }
        long before = channel.size();
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(rows.toString());
        try {
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            channel.force(false);
        } catch (IOException e) {
            try {
                channel.truncate(before); // no half batch stays behind to damage the file
            } catch (IOException ignored) {
                // the disk is gone; repair() cuts any torn row on the next start
            }
            throw e;
        }
    }

    /** A new file's name survives a power cut only once its folder is synced too (Linux). */
    private void syncDirectory() {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Not possible on every system (Windows); the data itself is forced anyway.
        }
    }

    private void closeChannel() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing left to save
            }
            channel = null;
            channelDay = null;
        }
    }

    // --- start-up ---------------------------------------------------------------------------

    /** Cuts a torn last row (no final newline) off each of this kiosk's files; returns how many. */
    static int repair(Path dir, String kiosk) throws IOException {
        int torn = 0;
        for (UsageFiles.UsageFile f : UsageFiles.list(dir)) {
            if (!f.kiosk().equals(kiosk)) {
                continue;
            }
            if (!Files.isRegularFile(f.path(), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                // A pipe or device named like our file would block the open for ever: left alone, and the
                // writer refuses it too (see append), so events wait and staff mode shows why.
                LOG.log(System.Logger.Level.WARNING, "{0} is not a regular file; it is not repaired", f.path());
                continue;
            }
            try (RandomAccessFile raf = new RandomAccessFile(f.path().toFile(), "rw")) {
                long size = raf.length();
                if (size == 0) {
                    continue;
                }
                raf.seek(size - 1);
                if (raf.read() == '\n') {
                    continue;
                }
                long pos = size - 1;
                while (pos > 0) {
                    raf.seek(pos - 1);
                    if (raf.read() == '\n') {
                        break;
                    }
                    pos--;
                }
                raf.setLength(pos);
                torn++;
            }
        }
        return torn;
    }

    private static void deleteOld(Path dir, String kiosk, LocalDate today, int retentionDays) throws IOException {
        if (retentionDays <= 0) {
            return;
        }
        LocalDate oldest = today.minusDays(retentionDays);
        for (UsageFiles.UsageFile f : UsageFiles.list(dir)) {
            if (f.kiosk().equals(kiosk) && f.day().isBefore(oldest)) {
                Files.deleteIfExists(f.path());
                LOG.log(System.Logger.Level.INFO, "Deleted usage file {0} (older than {1} days)", f.path(),
                        retentionDays);
            }
        }
    }
}
