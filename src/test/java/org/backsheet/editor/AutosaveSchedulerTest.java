package org.backsheet.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AutosaveSchedulerTest {

    private static final Duration NEVER = Duration.ofHours(1);

    private final List<String> copies = new CopyOnWriteArrayList<>();
    private final List<String> savingThreads = new CopyOnWriteArrayList<>();
    private final List<Exception> failures = new CopyOnWriteArrayList<>();
    private final CountDownLatch copyWritten = new CountDownLatch(1);
    private final CountDownLatch copyRemoved = new CountDownLatch(1);
    private AutosaveScheduler<String> scheduler;

    @AfterEach
    void stop() {
        if (scheduler != null) {
            scheduler.close();
        }
    }

    @Test
    void writesTheLatestStateOnceChangesStop() throws Exception {
        scheduler = recordingScheduler(Duration.ofMillis(20), NEVER);

        scheduler.changed("title A");
        scheduler.changed("title AB");

        // On a busy machine the first state may get its own copy too; the last copy is always the latest state.
        Eventually.until("the latest state is copied", () -> copies.contains("title AB"));
        assertThat(copies).last().isEqualTo("title AB");
        assertThat(savingThreads).allMatch(name -> name.equals("backsheet-autosave"));
    }

    @Test
    void keepsWritingWhileChangesNeverStop() throws Exception {
        // The quiet period never passes, so only the longest-wait rule can write a copy.
        scheduler = recordingScheduler(NEVER, Duration.ofMillis(50));

        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        int change = 0;
        while (copyWritten.getCount() > 0 && System.nanoTime() < giveUp) {
            scheduler.changed("change " + change++);
            copyWritten.await(5, TimeUnit.MILLISECONDS);
        }

        assertThat(copies).isNotEmpty();
        assertThat(copies.get(0)).startsWith("change ");
    }

    @Test
    void aNormalSaveDropsTheWaitingCopyAndRemovesTheOldOne() throws Exception {
        scheduler = recordingScheduler(NEVER, NEVER);

        scheduler.changed("unsaved");
        scheduler.workIsSafe();

        assertThat(copyRemoved.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(copies).isEmpty();
    }

    @Test
    void aFailedCopyIsReportedAndTheNextChangeTriesAgain() throws Exception {
        AtomicBoolean diskFull = new AtomicBoolean(true);
        CountDownLatch failed = new CountDownLatch(1);
        scheduler = new AutosaveScheduler<>(state -> {
            if (diskFull.getAndSet(false)) {
                throw new UncheckedIOException(new IOException("No space left on device"));
            }
            copies.add(state);
            copyWritten.countDown();
        }, () -> { }, failure -> {
            failures.add(failure);
            failed.countDown();
        }, Duration.ofMillis(10), NEVER);

        scheduler.changed("first");
        assertThat(failed.await(10, TimeUnit.SECONDS)).isTrue();
        scheduler.changed("second");

        assertThat(copyWritten.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(failures).singleElement().extracting(Throwable::getMessage).asString()
                .contains("No space left on device");
        assertThat(copies).containsExactly("second");
    }

    private AutosaveScheduler<String> recordingScheduler(Duration quiet, Duration longest) {
        return new AutosaveScheduler<>(state -> {
            copies.add(state);
            savingThreads.add(Thread.currentThread().getName());
            copyWritten.countDown();
        }, copyRemoved::countDown, failures::add, quiet, longest);
    }
}
