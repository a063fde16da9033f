package org.backsheet.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.backsheet.render.ExportFormat;

/**
 * {@code export ... -d DIR}: many sheets, one handout file each, rendered on a small fixed pool of threads (two per
 * core) sharing one renderer. A bad sheet is reported and skipped; the others are still written. Messages are
 * printed in the order the files were given, whatever order the threads finish in.
 */
final class BatchExport {

    private final SheetExporter exporter;
    private final ExportFormat format;
    private final int threads;
    private final PrintWriter out;
    private final PrintWriter err;
    /** Shared by handouts made side by side, held alone by one made again after running out of memory. */
    private final ReadWriteLock memory = new ReentrantReadWriteLock();

    BatchExport(SheetExporter exporter, ExportFormat format, int threads, PrintWriter out, PrintWriter err) {
        this.exporter = exporter;
        this.format = format;
        this.threads = threads;
        this.out = out;
        this.err = err;
    }

    int run(List<Path> sheets, Path folder) {
        List<Future<SheetExporter.Outcome>> outcomes = new ArrayList<>(sheets.size());
        // Two threads per core: each handout ends by waiting for the disk (the safe save forces the file and
        // its folder to disk), and while one thread waits the other can render on the same core.
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(2 * threads, sheets.size()), workerThreads());
        try {
            Map<String, Path> claimedNames = new HashMap<>();
            for (Path sheet : sheets) {
                String name = format.fileName(sheet, "handout");
                Path earlier = claimedNames.putIfAbsent(name.toLowerCase(Locale.ROOT), sheet);
                if (earlier != null) {
                    outcomes.add(CompletableFuture.completedFuture(sameName(sheet, earlier)));
                } else {
                    Path target = folder.resolve(name);
                    outcomes.add(pool.submit(() -> exportSharingMemory(sheet, target)));
                }
            }
            return report(outcomes, folder);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Handouts are made side by side, which the launchers' small heap allows for ordinary sheets. A sheet with
     * large photos can run out of memory next to others: it is then made again with the heap to itself (the
     * other threads wait), and only when it fails alone is it reported as skipped.
     */
    private SheetExporter.Outcome exportSharingMemory(Path sheet, Path pdf) {
        memory.readLock().lock();
        try {
            return exporter.exportOrRunOutOfMemory(sheet, pdf);
        } catch (OutOfMemoryError e) {
            // Its memory is released as the error leaves; try again below, alone.
        } finally {
            memory.readLock().unlock();
        }
        memory.writeLock().lock();
        try {
            return exporter.export(sheet, pdf);
        } finally {
            memory.writeLock().unlock();
        }
    }

    private int report(List<Future<SheetExporter.Outcome>> outcomes, Path folder) {
        int exitCode = ExitCodes.OK;
        int written = 0;
        for (Future<SheetExporter.Outcome> future : outcomes) {
            SheetExporter.Outcome outcome = await(future);
            outcome.errorLines().forEach(err::println);
            exitCode = ExitCodes.worst(exitCode, outcome.exitCode());
            if (outcome.written()) {
                written++;
            }
        }
        err.flush();
        out.println("wrote " + written + " of " + outcomes.size() + " handouts to " + folder);
        return exitCode;
    }

    private static SheetExporter.Outcome await(Future<SheetExporter.Outcome> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw CliFailure.failure("export interrupted");
        } catch (ExecutionException e) {
            // SheetExporter turns every expected failure into an outcome; this is a bug, still kept to one line.
            Throwable cause = e.getCause();
            throw CliFailure.failure("export failed: "
                    + (cause instanceof Exception ex ? UserMessages.reason(ex) : String.valueOf(cause)));
        }
    }

    private static SheetExporter.Outcome sameName(Path sheet, Path earlier) {
        return new SheetExporter.Outcome(
                ExitCodes.BAD_INPUT,
                List.of(sheet + ": skipped: its handout would have the same name as the one for " + earlier),
                0);
    }

    private static ThreadFactory workerThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "backsheet-export-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
