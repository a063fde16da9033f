package org.backsheet.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
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

/**
 * Measures how fast handouts are made, for the README's numbers: a cold {@code java -jar} export, the warm
 * time per handout, handouts per second on one and two threads, PDF size, peak heap, and a 1,000-sheet batch
 * export through the real command-line code (in this JVM, and through the jar when it has been built).
 *
 * <p>Run from the project root: {@code mvn -B -o -q test-compile exec:java -Dexec.classpathScope=test
 * -Dmain.class=org.backsheet.bench.HandoutBenchmark} (build the jar first with
 * {@code mvn -B -o -q package -DskipTests} to include the cold-start rows).
 */
public final class HandoutBenchmark {

    private static final Path SHEET = Path.of("samples/basic-daily-routine.backsheet.json");
    private static final Path JAR = Path.of("target/backsheet.jar");
    private static final int COLD_RUNS = 10;
    private static final int WARM_UP = 300;
    private static final int TIMED = 200;
    private static final int THROUGHPUT = 1000;

    private HandoutBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("backsheet-bench");
        System.out.printf(Locale.ROOT, "BackSheet benchmark: %s, %d cores, Java %s%n", SHEET,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));

        Catalog catalog = BuiltInCatalog.load();
        Sheet sheet = SheetFiles.read(SHEET);
        System.out.printf(Locale.ROOT, "exercises on the sheet: %d%n", sheet.items().size());
        HandoutRenderer renderer = new HandoutRenderer(catalog, "BackSheet benchmark");

        ByteArrayOutputStream one = new ByteArrayOutputStream();
        int pages = renderer.render(sheet, one).pageCount();
        row("PDF size", "%.1f KB, %d pages", one.size() / 1024.0, pages);

        for (int i = 0; i < WARM_UP; i++) {
            renderer.render(sheet, OutputStream.nullOutputStream());
        }
        long[] times = new long[TIMED];
        for (int i = 0; i < TIMED; i++) {
            long start = System.nanoTime();
            renderer.render(sheet, OutputStream.nullOutputStream());
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        row("warm export, one handout", "median %.2f ms, p90 %.2f ms (%d runs after %d warm-up)",
                ms(times[TIMED / 2]), ms(times[TIMED * 9 / 10]), TIMED, WARM_UP);

        long baseline = heapAfterGc();
        resetPeaks();
        row("1,000 handouts, 1 thread", "%.0f handouts/s", throughput(renderer, sheet, 1));
        row("1,000 handouts, 2 threads", "%.0f handouts/s", throughput(renderer, sheet, 2));
        row("heap", "%.0f MB live after GC, peak %.0f MB while rendering on 2 threads (-Xmx %d MB)",
                mb(baseline), mb(heapPeak()), Runtime.getRuntime().maxMemory() / (1024 * 1024));

        List<String> batchArgs = batchArguments(work);
        long start = System.nanoTime();
        int code = BackSheetCli.run(batchArgs.toArray(String[]::new), CliEnvironment.standard("bench"),
                new PrintWriter(Writer.nullWriter()), new PrintWriter(System.err, true));
        row("batch -d, 1,000 sheets, in this JVM", "%.2f s (exit %d)", (System.nanoTime() - start) / 1e9, code);

        if (Files.isRegularFile(JAR)) {
            coldStart(work);
            batchThroughJar(work, batchArgs);
        } else {
            System.out.println("(no " + JAR + ": run 'mvn -B -o -q package -DskipTests' for the cold-start rows)");
        }
        deleteTree(work);
    }

    private static double throughput(HandoutRenderer renderer, Sheet sheet, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
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
            return THROUGHPUT / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdown();
        }
    }

    /** Ten fresh JVMs, each exporting the sheet once, plain and with a class-data-sharing archive. */
    private static void coldStart(Path work) throws Exception {
        Path pdf = work.resolve("cold.pdf");
        List<String> export = List.of("export", SHEET.toString(), "-o", pdf.toString());
        row("cold java -jar export", "median %.2f s over %d runs", medianSeconds(List.of(), export), COLD_RUNS);

        Path archive = work.resolve("backsheet.jsa");
        List<String> dump = new ArrayList<>(List.of("java", "-XX:ArchiveClassesAtExit=" + archive, "-jar",
                JAR.toString()));
        dump.addAll(export);
        run(dump);
        if (Files.isRegularFile(archive)) {
            row("cold java -jar export, with CDS", "median %.2f s over %d runs (-XX:SharedArchiveFile)",
                    medianSeconds(List.of("-XX:SharedArchiveFile=" + archive), export), COLD_RUNS);
        }
        row("cold java -jar --version", "median %.2f s over %d runs",
                medianSeconds(List.of(), List.of("--version")), COLD_RUNS);
    }

    private static double medianSeconds(List<String> jvmOptions, List<String> args) throws Exception {
        long[] times = new long[COLD_RUNS];
        for (int i = 0; i < COLD_RUNS; i++) {
            List<String> command = new ArrayList<>(List.of("java"));
            command.addAll(jvmOptions);
            command.addAll(List.of("-jar", JAR.toString()));
            command.addAll(args);
            long start = System.nanoTime();
            run(command);
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        return (times[COLD_RUNS / 2 - 1] + times[COLD_RUNS / 2]) / 2e9;
    }

    private static void batchThroughJar(Path work, List<String> batchArgs) throws Exception {
        List<String> command = new ArrayList<>();
        boolean timeTool = Files.isExecutable(Path.of("/usr/bin/time"));
        Path rss = work.resolve("rss.txt");
        if (timeTool) {
            command.addAll(List.of("/usr/bin/time", "-f", "%M", "-o", rss.toString()));
        }
        command.addAll(List.of("java", "-jar", JAR.toString()));
        command.addAll(batchArgs);
        long start = System.nanoTime();
        int code = run(command);
        double seconds = (System.nanoTime() - start) / 1e9;
        String memory = timeTool ? ", peak RSS " + Long.parseLong(Files.readString(rss).strip()) / 1024 + " MB" : "";
        row("batch -d, 1,000 sheets, java -jar", "%.2f s (exit %d%s)", seconds, code, memory);
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

    private static int run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        return process.waitFor();
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
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    private static void deleteTree(Path root) throws IOException {
        try (var files = Files.walk(root)) {
            for (Path p : files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static void row(String what, String format, Object... values) {
        System.out.printf(Locale.ROOT, "%-38s %s%n", what, String.format(Locale.ROOT, format, values));
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
