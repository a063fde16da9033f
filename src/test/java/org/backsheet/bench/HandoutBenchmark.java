package org.backsheet.bench;

import static org.backsheet.bench.BenchRows.mb;
import static org.backsheet.bench.BenchRows.ms;
import static org.backsheet.bench.BenchRows.row;

import com.sun.management.OperatingSystemMXBean;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.backsheet.catalog.Catalog;
import org.backsheet.cli.BackSheetCli;
import org.backsheet.cli.CliEnvironment;
import org.backsheet.io.BuiltInCatalog;
import org.backsheet.io.SheetFiles;
import org.backsheet.model.Sheet;
import org.backsheet.render.HandoutRenderer;
import org.backsheet.render.figure.FigurePictures;

/**
 * Measures how fast handouts are made, for the README's numbers: a cold {@code java -jar} export, the warm
 * time per handout, handouts per second on one and two threads, PDF size, peak heap, and a 1,000-sheet batch
 * export through the real command-line code (in this JVM, and through the jar when it has been built).
 *
 * <p>Run from the project root: {@code mvn -B -o -q package -DskipTests} (for the cold-start rows, which
 * spawn {@code java -jar target/backsheet.jar}), then {@code mvn -B -o -q test-compile exec:java
 * -Dexec.classpathScope=test -Dexec.mainClass=org.backsheet.bench.HandoutBenchmark}.
 */
public final class HandoutBenchmark {

    private static final Path SHEET = Path.of("samples/basic-daily-routine.backsheet.json");
    private static final int WARM_UP = 300;
    private static final int TIMED = 200;
    private static final int THROUGHPUT = 1000;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private HandoutBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("backsheet-bench");
        System.out.printf(
                Locale.ROOT,
                "BackSheet benchmark: %s, %d cores, Java %s%n",
                SHEET,
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));

        Catalog catalog = BuiltInCatalog.load();
        Sheet sheet = SheetFiles.read(SHEET);
        System.out.printf(
                Locale.ROOT, "exercises on the sheet: %d%n", sheet.items().size());
        HandoutRenderer renderer = new HandoutRenderer(catalog, "BackSheet benchmark", new FigurePictures());

        ByteArrayOutputStream one = new ByteArrayOutputStream();
        int pages = renderer.render(sheet, one).pageCount();
        row("PDF size", "%.1f KB, %d pages", one.size() / 1024.0, pages);

        for (int i = 0; i < WARM_UP; i++) {
            renderer.render(sheet, OutputStream.nullOutputStream());
        }
        long[] times = new long[TIMED];
        long[] cpuTimes = new long[TIMED];
        for (int i = 0; i < TIMED; i++) {
            long start = System.nanoTime();
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            renderer.render(sheet, OutputStream.nullOutputStream());
            cpuTimes[i] = THREADS.getCurrentThreadCpuTime() - cpuStart;
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        Arrays.sort(cpuTimes);
        row(
                "warm export, one handout",
                "median %.2f ms wall (p90 %.2f), %.2f ms CPU; %d runs after %d warm-up",
                ms(times[TIMED / 2]),
                ms(times[TIMED * 9 / 10]),
                ms(cpuTimes[TIMED / 2]),
                TIMED,
                WARM_UP);

        long baseline = heapAfterGc();
        resetPeaks();
        row("1,000 handouts, 1 thread", throughput(renderer, sheet, 1));
        row("1,000 handouts, 2 threads", throughput(renderer, sheet, 2));
        row(
                "heap",
                "%.0f MB live after GC, peak %.0f MB while rendering on 2 threads (-Xmx %d MB)",
                mb(baseline),
                mb(heapPeak()),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));

        List<String> batchArgs = batchArguments(work);
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        int code = BackSheetCli.run(
                batchArgs.toArray(String[]::new),
                CliEnvironment.standard("bench"),
                new PrintWriter(Writer.nullWriter()),
                new PrintWriter(System.err, true));
        row(
                "batch -d, 1,000 sheets, in this JVM",
                "%.2f s wall, %.1f s CPU (exit %d)",
                (System.nanoTime() - start) / 1e9,
                (processCpuNanos() - cpuStart) / 1e9,
                code);

        if (Files.isRegularFile(JarRuns.JAR)) {
            JarRuns.coldStart(work, SHEET);
            JarRuns.batch(work, batchArgs);
        } else {
            System.out.println(
                    "(no " + JarRuns.JAR + ": run 'mvn -B -o -q package -DskipTests' for the cold-start rows)");
        }
        deleteTree(work);
    }

    /** Handouts per second of wall time, and the process CPU time each one cost (steadier on a busy machine). */
    private static String throughput(HandoutRenderer renderer, Sheet sheet, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            long cpuStart = processCpuNanos();
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < THROUGHPUT; i++) {
                futures.add(pool.submit(() -> {
                    renderer.render(sheet, OutputStream.nullOutputStream());
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return String.format(
                    Locale.ROOT,
                    "%.0f handouts/s (%.1f s), %.1f ms CPU per handout",
                    THROUGHPUT / seconds,
                    seconds,
                    ms(processCpuNanos() - cpuStart) / THROUGHPUT);
        } finally {
            pool.shutdown();
        }
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os
                ? os.getProcessCpuTime()
                : 0;
    }

    /** 1,000 copies of the sheet, each for a different patient, and the export arguments for all of them. */
    private static List<String> batchArguments(Path work) throws IOException {
        Path in = Files.createDirectories(work.resolve("in"));
        String json = Files.readString(SHEET);
        List<String> args = new ArrayList<>(List.of("export"));
        for (int i = 0; i < THROUGHPUT; i++) {
            Path file = in.resolve(String.format(Locale.ROOT, "patient-%04d.backsheet.json", i));
            Files.writeString(file, json.replace("Margaret Ellison", "Patient " + i));
            args.add(file.toString());
        }
        args.addAll(List.of("-d", work.resolve("out").toString()));
        return args;
    }

    private static long heapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peaks: an upper bound, as the pools need not peak at the same moment. */
    private static long heapPeak() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
    }

    private static void deleteTree(Path root) throws IOException {
        try (var files = Files.walk(root)) {
            for (Path p :
                    files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
