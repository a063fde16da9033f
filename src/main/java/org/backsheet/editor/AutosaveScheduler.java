package org.backsheet.editor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Keeps a recovery copy of unsaved work: it saves the latest state shortly after the clinician stops
 * changing things, and at least every so often while they keep going, always on its own background thread so
 * the window never stutters. A normal save or a discard calls {@link #workIsSafe()}, which drops the copy.
 * The time comes from a {@link Clock} and the waiting from a {@link Worker}, so tests step through it by hand.
 *
 * @param <T> the state to keep, an immutable snapshot (for example the sheet) handed over with each change
 */
public final class AutosaveScheduler<T> implements AutoCloseable {

    /** About how long typing must pause before a copy is written. */
    public static final Duration DEFAULT_QUIET_PERIOD = Duration.ofSeconds(2);
    /** The longest unsaved work waits while changes keep coming. */
    public static final Duration DEFAULT_LONGEST_WAIT = Duration.ofMinutes(1);

    /**
     * Where saves and removals run, one at a time in the order asked: a background thread in the program, so a
     * removal after a normal save can never be overtaken by a late copy of the old work.
     */
    public interface Worker extends AutoCloseable {

        /** Runs {@code task} after {@code delay}; cancelling the future before then drops it. */
        Future<?> schedule(Runnable task, Duration delay);

        /** Runs {@code task} after everything asked before it. */
        Future<?> submit(Runnable task);

        /** Stops, letting a task that is running finish (for a few seconds at most). */
        @Override
        void close();

        /** The program's worker: one daemon thread named {@code backsheet-autosave}. */
        static Worker backgroundThread() {
            ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread t = new Thread(runnable, "backsheet-autosave");
                t.setDaemon(true);
                return t;
            });
            return new Worker() {
                @Override
                public Future<?> schedule(Runnable task, Duration delay) {
                    return thread.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
                }

                @Override
                public Future<?> submit(Runnable task) {
                    return thread.submit(task);
                }

                @Override
                public void close() {
                    thread.shutdownNow();
                    try {
                        thread.awaitTermination(5, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            };
        }
    }

    private final Consumer<T> saveCopy;
    private final Runnable removeCopy;
    private final Consumer<Exception> onFailure;
    private final Duration quietPeriod;
    private final Duration longestWait;
    private final Clock clock;
    private final Worker worker;

    private T pending;
    private Instant firstUnsavedChange;
    private Future<?> scheduledSave;

    /**
     * @param saveCopy   writes a recovery copy of the given state (runs on the worker)
     * @param removeCopy deletes the recovery copy (runs on the worker)
     * @param onFailure  told when writing or deleting the copy failed, e.g. a full disk; the editor keeps going
     */
    public AutosaveScheduler(
            Consumer<T> saveCopy,
            Runnable removeCopy,
            Consumer<Exception> onFailure,
            Duration quietPeriod,
            Duration longestWait,
            Clock clock,
            Worker worker) {
        this.saveCopy = Objects.requireNonNull(saveCopy, "saveCopy");
        this.removeCopy = Objects.requireNonNull(removeCopy, "removeCopy");
        this.onFailure = Objects.requireNonNull(onFailure, "onFailure");
        this.quietPeriod = quietPeriod;
        this.longestWait = longestWait;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.worker = Objects.requireNonNull(worker, "worker");
    }

    /** On the computer's clock and the background thread. */
    public AutosaveScheduler(
            Consumer<T> saveCopy,
            Runnable removeCopy,
            Consumer<Exception> onFailure,
            Duration quietPeriod,
            Duration longestWait) {
        this(saveCopy, removeCopy, onFailure, quietPeriod, longestWait, Clock.systemUTC(), Worker.backgroundThread());
    }

    /** The work changed and is now {@code snapshot}; a copy will be written soon. Callable from any thread. */
    public synchronized void changed(T snapshot) {
        Objects.requireNonNull(snapshot, "snapshot");
        Instant now = clock.instant();
        if (pending == null) {
            firstUnsavedChange = now;
        }
        pending = snapshot;
        if (scheduledSave != null) {
            scheduledSave.cancel(false);
        }
        Duration untilDeadline = Duration.between(now, firstUnsavedChange.plus(longestWait));
        Duration delay = quietPeriod.compareTo(untilDeadline) < 0 ? quietPeriod : untilDeadline;
        scheduledSave = worker.schedule(this::saveLatest, delay.isNegative() ? Duration.ZERO : delay);
    }

    /** The work was saved normally or thrown away: no copy is needed, and any waiting copy is dropped. */
    public synchronized void workIsSafe() {
        pending = null;
        if (scheduledSave != null) {
            scheduledSave.cancel(false);
            scheduledSave = null;
        }
        worker.submit(() -> runReportingFailure(removeCopy));
    }

    /**
     * Writes a copy of {@code snapshot} now, after whatever the worker was asked to do before.
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
     * Stops the worker, letting a copy being written at this moment finish (for a few seconds at most);
     * changes that were not copied yet stay uncopied.
     */
    @Override
    public void close() {
        worker.close();
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
