package org.physiokiosk.app;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Watches {@code media/} and the settings file for edits made outside staff mode (e.g. a
 * folder synced from a network share) and says so, once the edits have settled for a second.
 */
final class ContentWatcher {

    private static final System.Logger LOG = System.getLogger(ContentWatcher.class.getName());

    private final List<Path> folders;
    private final List<Path> mediaFolders;
    private final Path settingsDir;
    private final String settingsName;
    private final Runnable changed;

    ContentWatcher(Path mediaDir, Path settingsFile, Runnable changed) {
        List<Path> dirs = new ArrayList<>(List.of(mediaDir));
        for (String sub : List.of("categories", "techniques", "symptoms", "notices", "illustrations")) {
            dirs.add(mediaDir.resolve(sub));
        }
        this.mediaFolders = List.copyOf(dirs);
        this.settingsDir = settingsFile.toAbsolutePath().getParent();
        this.settingsName = String.valueOf(settingsFile.getFileName());
        if (settingsDir != null && !dirs.contains(settingsDir)) {
            dirs.add(settingsDir);
        }
        this.folders = dirs;
        this.changed = changed;
    }

    void start(KioskThreads threads) {
        threads.start("content-watcher", this::run);
    }

    /** In the settings folder only the settings file counts; in media/ content files and pictures. */
    private boolean relevant(Path dir, String name) {
        if (name.startsWith(".") || name.endsWith(".bak") || name.endsWith(".part")) {
            return false;
        }
        boolean settings = dir.equals(settingsDir) && name.equals(settingsName);
        boolean media = mediaFolders.contains(dir) && (name.endsWith(".txt") || name.matches("(?i).*\\.(svg|png|jpe?g)"));
        return settings || media;
    }

    private void run() {
        try (WatchService watch = FileSystems.getDefault().newWatchService()) {
            for (Path dir : folders) {
                if (Files.isDirectory(dir)) {
                    dir.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                            StandardWatchEventKinds.ENTRY_DELETE);
                }
            }
            while (true) {
                WatchKey key = watch.take();
                Path dir = (Path) key.watchable();
                boolean relevant = key.pollEvents().stream().anyMatch(e -> relevant(dir, String.valueOf(e.context())));
                key.reset();
                if (relevant) {
                    // Let a sync or an editor finish writing before reading.
                    WatchKey more;
                    while ((more = watch.poll(1, TimeUnit.SECONDS)) != null) {
                        more.pollEvents();
                        more.reset();
                    }
                    changed.run();
                }
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Cannot watch the content folders; changes made outside staff mode"
                    + " apply at the next restart", e);
        } catch (InterruptedException e) {
            // Stopped on purpose (the kiosk is closing): nothing to report.
            Thread.currentThread().interrupt();
        }
    }
}
