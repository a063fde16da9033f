package org.backsheet.bench;

import static org.backsheet.bench.BenchRows.row;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The benchmark rows measured in fresh JVMs running the built jar, as a user starts the program. */
final class JarRuns {

    static final Path JAR = Path.of("target/backsheet.jar");
    private static final int COLD_RUNS = 10;

    private JarRuns() {}

    /** Ten fresh JVMs, each exporting the sheet once, plain and with a class-data-sharing archive. */
    static void coldStart(Path work, Path sheet) throws Exception {
        Path pdf = work.resolve("cold.pdf");
        List<String> export = List.of("export", sheet.toString(), "-o", pdf.toString());
        row("cold java -jar export", coldRuns(work, List.of(), export));

        Path archive = work.resolve("backsheet.jsa");
        List<String> dump =
                new ArrayList<>(List.of("java", "-XX:ArchiveClassesAtExit=" + archive, "-jar", JAR.toString()));
        dump.addAll(export);
        run(dump);
        if (Files.isRegularFile(archive)) {
            row("cold export, CDS archive", coldRuns(work, List.of("-XX:SharedArchiveFile=" + archive), export));
            row(
                    "cold export, CDS + C1 only",
                    coldRuns(work, List.of("-XX:SharedArchiveFile=" + archive, "-XX:TieredStopAtLevel=1"), export));
        }
        row("cold java -jar --version", coldRuns(work, List.of(), List.of("--version")));
    }

    /**
     * Median wall time of {@value #COLD_RUNS} fresh JVMs, and their median CPU time (user + system, from
     * /usr/bin/time when the machine has it): on a shared, busy machine the CPU time is the steadier number.
     */
    private static String coldRuns(Path work, List<String> jvmOptions, List<String> args) throws Exception {
        boolean timeTool = Files.isExecutable(Path.of("/usr/bin/time"));
        Path cpuFile = work.resolve("cpu.txt");
        long[] wall = new long[COLD_RUNS];
        double[] cpu = new double[COLD_RUNS];
        for (int i = 0; i < COLD_RUNS; i++) {
            List<String> command = new ArrayList<>();
            if (timeTool) {
                command.addAll(List.of("/usr/bin/time", "-f", "%U %S", "-o", cpuFile.toString()));
            }
            command.add("java");
            command.addAll(jvmOptions);
            command.addAll(List.of("-jar", JAR.toString()));
            command.addAll(args);
            long start = System.nanoTime();
            run(command);
            wall[i] = System.nanoTime() - start;
            if (timeTool) {
                String[] userSystem = Files.readString(cpuFile).strip().split("\\s+");
                cpu[i] = Double.parseDouble(userSystem[0]) + Double.parseDouble(userSystem[1]);
            }
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        String result =
                String.format(Locale.ROOT, "median %.2f s wall", (wall[COLD_RUNS / 2 - 1] + wall[COLD_RUNS / 2]) / 2e9);
        if (timeTool) {
            result += String.format(Locale.ROOT, ", %.2f s CPU", (cpu[COLD_RUNS / 2 - 1] + cpu[COLD_RUNS / 2]) / 2);
        }
        return result + " (" + COLD_RUNS + " runs)";
    }

    /** The batch export {@code batchArgs} in a fresh JVM: wall and CPU time, peak memory of the process. */
    static void batch(Path work, List<String> batchArgs) throws Exception {
        List<String> command = new ArrayList<>();
        boolean timeTool = Files.isExecutable(Path.of("/usr/bin/time"));
        Path rss = work.resolve("rss.txt");
        if (timeTool) {
            command.addAll(List.of("/usr/bin/time", "-f", "%M %U %S", "-o", rss.toString()));
        }
        command.addAll(List.of("java", "-jar", JAR.toString()));
        command.addAll(batchArgs);
        long start = System.nanoTime();
        int code = run(command);
        double seconds = (System.nanoTime() - start) / 1e9;
        String memory = "";
        if (timeTool) {
            String[] fields = Files.readString(rss).strip().split("\\s+");
            memory = String.format(
                    Locale.ROOT,
                    ", %.1f s CPU, peak RSS %d MB",
                    Double.parseDouble(fields[1]) + Double.parseDouble(fields[2]),
                    Long.parseLong(fields[0]) / 1024);
        }
        row("batch -d, 1,000 sheets, java -jar", "%.2f s wall%s (exit %d)", seconds, memory, code);
    }

    private static int run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        return process.waitFor();
    }
}
