package org.backsheet.editor;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Keeps a recovery copy of unsaved work: it saves the latest state shortly after the clinician stops
 * changing things, and at least every so often while they keep going, always on its own background thread so
 * the window never stutters. A normal save or a discard calls {@link #workIsSafe()}, which drops the copy.
 *
 * @param <T> the state to keep, an immutable snapshot (for example the sheet) handed over with each change
 */
public final class AutosaveScheduler<T> implements AutoCloseable {

    /** About how long typing must pause before a copy is written. */
    public static final Duration DEFAULT_QUIET_PERIOD = Duration.ofSeconds(2);
    /** The longest unsaved work waits while changes keep coming. */
    public static final Duration DEFAULT_LONGEST_WAIT = Duration.ofMinutes(1);

    private final Consumer<T> saveCopy;
    private final Runnable removeCopy;
    private final Consumer<Exception> onFailure;
    private final long quietNanos;
    private final long longestWaitNanos;
    // One thread does every save and removal in the order they were asked for, so a removal after a normal
    // save can never be overtaken by a late copy of the old work.
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "backsheet-autosave");
        thread.setDaemon(true);
        return thread;
    });

    private T pending;
    private long firstUnsavedChangeNanos;
    private ScheduledFuture<?> scheduledSave;

    /**
     * @param saveCopy   writes a recovery copy of the given state (runs on the background thread)
     * @param removeCopy deletes the recovery copy (runs on the background thread)
     * @param onFailure  told when writing or deleting the copy failed, e.g. a full disk; the editor keeps going
     */
    public AutosaveScheduler(Consumer<T> saveCopy, Runnable removeCopy, Consumer<Exception> onFailure,
                             Duration quietPeriod, Duration longestWait) {
        this.saveCopy = Objects.requireNonNull(saveCopy, "saveCopy");
        this.removeCopy = Objects.requireNonNull(removeCopy, "removeCopy");
        this.onFailure = Objects.requireNonNull(onFailure, "onFailure");
        this.quietNanos = quietPeriod.toNanos();
        this.longestWaitNanos = longestWait.toNanos();
    }

    public AutosaveScheduler(Consumer<T> saveCopy, Runnable removeCopy, Consumer<Exception> onFailure) {
        this(saveCopy, removeCopy, onFailure, DEFAULT_QUIET_PERIOD, DEFAULT_LONGEST_WAIT);
    }

    /** The work changed and is now {@code snapshot}; a copy will be written soon. Callable from any thread. */
    public synchronized void changed(T snapshot) {
        Objects.requireNonNull(snapshot, "snapshot");
        long now = System.nanoTime();
        if (pending == null) {
            firstUnsavedChangeNanos = now;
        }
        pending = snapshot;
        if (scheduledSave != null) {
            scheduledSave.cancel(false);
        }
        long deadline = firstUnsavedChangeNanos + longestWaitNanos;
        long delay = Math.max(0, Math.min(now + quietNanos, deadline) - now);
        scheduledSave = worker.schedule(this::saveLatest, delay, TimeUnit.NANOSECONDS);
    }

    /** The work was saved normally or thrown away: no copy is needed, and any waiting copy is dropped. */
    public synchronized void workIsSafe() {
        pending = null;
        if (scheduledSave != null) {
            scheduledSave.cancel(false);
            scheduledSave = null;
        }
        worker.execute(() -> runReportingFailure(removeCopy));
    }

    /**
     * Writes a copy of {@code snapshot} now, after whatever the background thread was asked to do before.
     * The returned future completes when the copy is on disk; it fails with the save's exception.
     */
    public synchronized Future<?> saveNow(T snapshot) {
        Objects.requireNonNull(snapshot, "snapshot");
        pending = null;
        if (scheduledSave != null) {
            scheduledSave.cancel(false);
            scheduledSave = null;
        }
        return worker.submit(() -> saveCopy.accept(snapshot));
    }

    /**
     * Stops the background thread, letting a copy being written at this moment finish (for a few seconds at
     * most); changes that were not copied yet stay uncopied.
     */
    @Override
    public void close() {
        worker.shutdownNow();
        try {
            worker.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void saveLatest() {
        T snapshot;
        synchronized (this) {
            snapshot = pending;
            pending = null;
            scheduledSave = null;
        }
        if (snapshot != null) {
            runReportingFailure(() -> saveCopy.accept(snapshot));
        }
    }

    private void runReportingFailure(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            onFailure.accept(e);
        }
    }
}
