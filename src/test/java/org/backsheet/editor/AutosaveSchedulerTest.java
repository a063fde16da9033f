package org.backsheet.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.backsheet.testdata.StepClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** When recovery copies are written, on a clock the test moves by hand: no test here waits for real time. */
class AutosaveSchedulerTest {

    private static final Duration QUIET = Duration.ofSeconds(2);
    private static final Duration LONGEST = Duration.ofSeconds(10);

    private final StepClock clock = StepClock.standing();
    private final HandWorker worker = new HandWorker();
    private final List<String> copies = new CopyOnWriteArrayList<>();
    private final List<Exception> failures = new CopyOnWriteArrayList<>();
    private int removals;
    private AutosaveScheduler<String> scheduler =
            new AutosaveScheduler<>(copies::add, () -> removals++, failures::add, QUIET, LONGEST, clock, worker);

    @AfterEach
    void stop() {
        scheduler.close();
    }

    @Test
    void writesTheLatestStateOnceChangesStop() {
        scheduler.changed("title A");
        pass(Duration.ofSeconds(1));
        scheduler.changed("title AB");
        pass(Duration.ofMillis(1_999));
        assertThat(copies).as("typing paused for less than the quiet period").isEmpty();

        pass(Duration.ofMillis(1));
        assertThat(copies).containsExactly("title AB");
    }

    @Test
    void keepsWritingWhileChangesNeverStop() {
        // A change every second: the quiet period never passes, so only the longest-wait rule writes a copy.
        for (int change = 1; change <= 9; change++) {
            scheduler.changed("change " + change);
            pass(Duration.ofSeconds(1));
        }
        assertThat(copies).isEmpty();
        scheduler.changed("change 10");
        pass(Duration.ofSeconds(1));
        assertThat(copies).containsExactly("change 10");
    }

    @Test
    void aNormalSaveDropsTheWaitingCopyAndRemovesTheOldOne() {
        scheduler.changed("unsaved");
        scheduler.workIsSafe();
        pass(Duration.ofHours(1));

        assertThat(removals).isEqualTo(1);
        assertThat(copies).isEmpty();
    }

    @Test
    void aFailedCopyIsReportedAndTheNextChangeTriesAgain() {
        AtomicBoolean diskFull = new AtomicBoolean(true);
        scheduler = new AutosaveScheduler<>(
                state -> {
                    if (diskFull.getAndSet(false)) {
                        throw new UncheckedIOException(new IOException("No space left on device"));
                    }
                    copies.add(state);
                },
                () -> {},
                failures::add,
                QUIET,
                LONGEST,
                clock,
                worker);

        scheduler.changed("first");
        pass(QUIET);
        assertThat(failures)
                .singleElement()
                .extracting(Throwable::getMessage)
                .asString()
                .contains("No space left on device");
        scheduler.changed("second");
        pass(QUIET);

        assertThat(copies).containsExactly("second");
    }

    @Test
    void theProgramsWorkerSavesOnItsOwnThread() throws Exception {
        List<String> threads = new CopyOnWriteArrayList<>();
        try (AutosaveScheduler<String> real = new AutosaveScheduler<>(
                s -> threads.add(Thread.currentThread().getName()), () -> {}, failures::add, QUIET, LONGEST)) {
            real.saveNow("now").get(30, TimeUnit.SECONDS);
        }
        assertThat(threads).containsExactly("backsheet-autosave");
    }

    /** Lets {@code time} pass and runs what became due, in order. */
    private void pass(Duration time) {
        clock.advance(time);
        worker.runDue(clock.instant());
    }

    /** A worker whose tasks run only when the test says the time has come. */
    private final class HandWorker implements AutosaveScheduler.Worker {

        private record Task(Instant due, long order, FutureTask<?> work) {}

        private final List<Task> tasks = new ArrayList<>();
        private long counter;

        @Override
        public synchronized Future<?> schedule(Runnable task, Duration delay) {
            FutureTask<?> work = new FutureTask<>(task, null);
            tasks.add(new Task(clock.instant().plus(delay), counter++, work));
            return work;
        }

        @Override
        public Future<?> submit(Runnable task) {
            return schedule(task, Duration.ZERO);
        }

        @Override
        public void close() {}

        void runDue(Instant now) {
            while (true) {
                Task next;
                synchronized (this) {
                    next = tasks.stream()
                            .filter(t -> !t.due().isAfter(now))
                            .min(Comparator.comparing(Task::due).thenComparingLong(Task::order))
                            .orElse(null);
                    if (next == null) {
                        return;
                    }
                    tasks.remove(next);
                }
                next.work().run();
            }
        }
    }
}
