package org.backsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.backsheet.render.HandoutWriter;
import org.junit.jupiter.api.Test;

/**
 * The launchers give the command line a small heap. A handout that runs out of memory while others are being
 * made beside it (large photos) is made again alone, not skipped.
 */
class BatchMemoryTest extends CliTest {

    @Test
    void aHandoutThatRunsOutOfMemoryBesideOthersIsMadeAgainAlone() throws IOException {
        Path out = tmp.resolve("out");
        String[] args = SheetFilesForTests.batchExport(tmp, 6, out);
        // A writer whose memory only suffices for one handout at a time; the first two calls meet, so at
        // least two handouts certainly run out of memory side by side.
        AtomicInteger active = new AtomicInteger();
        AtomicInteger calls = new AtomicInteger();
        CountDownLatch firstTwoMeet = new CountDownLatch(2);
        HandoutWriter.Factory real = CliRun.environment(tmp).writers();
        HandoutWriter.Factory tight = (catalog, format) -> {
            HandoutWriter writer = real.forCatalog(catalog, format);
            return (sheet, stream) -> {
                active.incrementAndGet();
                try {
                    if (calls.incrementAndGet() <= 2) {
                        firstTwoMeet.countDown();
                        awaitQuietly(firstTwoMeet);
                    }
                    if (active.get() > 1) {
                        throw new OutOfMemoryError("test: only one handout fits");
                    }
                    return writer.write(sheet, stream);
                } finally {
                    active.decrementAndGet();
                }
            };
        };

        CliRun run = CliRun.of(environment().withWriters(tight), args);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).doesNotContain("not enough memory");
        for (int i = 0; i < 6; i++) {
            assertThat(out.resolve("sheet-" + i + ".pdf")).isNotEmptyFile();
        }
        assertThat(calls.get()).as("the two that met were made again").isGreaterThanOrEqualTo(8);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
