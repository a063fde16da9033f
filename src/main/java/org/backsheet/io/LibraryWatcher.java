package org.backsheet.io;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import org.backsheet.model.Exercise;
import org.backsheet.model.Problem;

/**
 * Notices when the exercise files of a library folder are added, changed or removed by someone else (another
 * clinician on a shared drive, a file copied in by hand) and reloads the folder. The operating system's change
 * notification makes it quick where it works; a look at the folder every few seconds catches what network
 * drives never report. All work happens on its own background thread; the listener is called there.
 */
public final class LibraryWatcher implements AutoCloseable {

    /** How often the folder is looked at when no notification arrives. */
    public static final Duration DEFAULT_POLL = Duration.ofSeconds(3);

    private final LibraryFolder folder;
    private final BiConsumer<List<Exercise>, List<Problem>> listener;
    private final ScheduledExecutorService worker;
    private volatile WatchService watchService;
    private Object lastFingerprint; // only touched on the worker thread

    /**
     * @param listener told the folder's exercises and problems after every change it notices
     */
    public LibraryWatcher(Path folder, Duration poll, BiConsumer<List<Exercise>, List<Problem>> listener) {
        this(folder, poll, true, listener);
    }

    /**
     * @param notifications false to rely on looking every {@code poll} alone (as on a drive that never
     *                      reports changes; tests use it to check that path)
     */
    public LibraryWatcher(
            Path folder, Duration poll, boolean notifications, BiConsumer<List<Exercise>, List<Problem>> listener) {
        this.folder = new LibraryFolder(folder);
        this.listener = listener;
        this.worker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "library-watcher");
            t.setDaemon(true);
            return t;
        });
        long millis = Math.max(50, poll.toMillis());
        worker.scheduleWithFixedDelay(this::checkQuietly, millis, millis, TimeUnit.MILLISECONDS);
        if (notifications) {
            worker.execute(this::startNotifications);
        }
    }

    public Path folder() {
        return folder.folder();
    }

    /**
     * Remembers the folder as it is now, so only later changes are reported. Call it right after loading the
     * folder yourself; changes made between that load and this call are found at the next look.
     */
    public void assumeCurrent() {
        worker.execute(() -> lastFingerprint = fingerprint());
    }

    /** Looks at the folder soon, e.g. right after this program changed a file there. */
    public void checkNow() {
        if (!worker.isShutdown()) {
            worker.execute(this::checkQuietly);
        }
    }

    private void checkQuietly() {
        try {
            Object now = fingerprint();
            if (!now.equals(lastFingerprint)) {
                lastFingerprint = now;
                List<Problem> problems = new ArrayList<>();
                List<Exercise> exercises = folder.load(problems);
                listener.accept(exercises, problems);
            }
        } catch (RuntimeException e) {
            // A listener's failure must not stop the watching; the next change tries again.
        }
    }

    /** Names, sizes and change times of the exercise files: cheap to take, and changes whenever a file does. */
    private Object fingerprint() {
        TreeMap<String, List<Long>> files = new TreeMap<>();
        if (!Files.isDirectory(folder.folder())) {
            return files;
        }
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(folder.folder(), "*" + ExerciseFiles.EXTENSION)) {
            for (Path p : dir) {
                try {
                    BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                    files.put(
                            p.getFileName().toString(),
                            List.of(a.size(), a.lastModifiedTime().toMillis(), fileKeyHash(a)));
                } catch (IOException e) {
                    files.put(p.getFileName().toString(), List.of(-1L));
                }
            }
        } catch (IOException e) {
            files.put("", List.of(-1L));
        }
        return files;
    }

    /** An atomic replace keeps size and (coarse) time on some drives but always brings a new file. */
    private static long fileKeyHash(BasicFileAttributes a) {
        Object key = a.fileKey();
        return key == null ? 0 : key.hashCode();
    }

    /** Starts the operating system's notifications on their own thread, if the folder supports them. */
    private void startNotifications() {
        try {
            if (!Files.isDirectory(folder.folder())) {
                return; // the regular look notices the folder once it is made
            }
            WatchService service = folder.folder().getFileSystem().newWatchService();
            folder.folder()
                    .register(
                            service,
                            StandardWatchEventKinds.ENTRY_CREATE,
                            StandardWatchEventKinds.ENTRY_DELETE,
                            StandardWatchEventKinds.ENTRY_MODIFY);
            watchService = service;
            Thread t = new Thread(() -> listen(service), "library-notifications");
            t.setDaemon(true);
            t.start();
        } catch (IOException | UnsupportedOperationException e) {
            // Polling alone still finds every change.
        }
    }

    private void listen(WatchService service) {
        try {
            while (true) {
                WatchKey key = service.take();
                // A burst of events (a copy of many files) becomes one reload shortly after it ends.
                while (key != null) {
                    key.pollEvents();
                    key.reset();
                    key = service.poll(150, TimeUnit.MILLISECONDS);
                }
                checkNow();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: stop listening
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
        WatchService service = watchService;
        if (service != null) {
            try {
                service.close();
            } catch (IOException e) {
                // nothing left to release
            }
        }
    }
}
