package org.backsheet.bench;

import com.sun.management.OperatingSystemMXBean;
import java.awt.GraphicsEnvironment;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.awt.image.BufferedImage;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.swing.SwingUtilities;
import org.backsheet.app.EditorWiring;
import org.backsheet.catalog.Catalog;
import org.backsheet.editor.EditorController;
import org.backsheet.editor.EditorPreferences;
import org.backsheet.editor.EditorTexts;
import org.backsheet.editor.JsonSheetStore;
import org.backsheet.editor.PreviewController;
import org.backsheet.editor.RendererHandoutMaker;
import org.backsheet.io.BuiltInCatalog;
import org.backsheet.model.DoseField;
import org.backsheet.model.Exercise;
import org.backsheet.model.Sheet;
import org.backsheet.model.SheetItem;
import org.backsheet.render.HandoutRenderer;
import org.backsheet.render.figure.FigurePictures;
import org.backsheet.testdata.StepClock;
import org.backsheet.ui.EditorLauncher;
import org.backsheet.ui.EditorWindow;

/**
 * Measures what a clinician feels: how long until the editor window is shown, and how long the preview takes
 * to show an edit (render plus rasterise, after the typing pause) on sheets of 10 and 30 exercises.
 *
 * <p>Run: {@code xvfb-run -a mvn -B -o -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.backsheet.bench.EditorBenchmark}
 */
public final class EditorBenchmark {

    private EditorBenchmark() {}

    public static void main(String[] args) throws Exception {
        long mainStart = System.nanoTime();
        long jvmStartMillis = ManagementFactory.getRuntimeMXBean().getStartTime();
        Path home = Files.createTempDirectory("backsheet-bench");
        System.setProperty("backsheet.home", home.toString());
        if (!GraphicsEnvironment.isHeadless()) {
            CountDownLatch shown = new CountDownLatch(1);
            EditorWindow[] window = new EditorWindow[1];
            SwingUtilities.invokeLater(() -> {
                window[0] = EditorLauncher.open(EditorWiring.standard());
                window[0].addWindowListener(new WindowAdapter() {
                    @Override
                    public void windowOpened(WindowEvent e) {
                        shown.countDown();
                    }
                });
                window[0].setVisible(true);
            });
            shown.await(60, TimeUnit.SECONDS);
            long fromMain = System.nanoTime() - mainStart;
            long fromJvm = System.currentTimeMillis() - jvmStartMillis;
            long cpu = ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
            System.out.printf(
                    "window shown: %d ms after main, %d ms after JVM start"
                            + " (process processor time so far, all threads: %d ms)%n",
                    fromMain / 1_000_000, fromJvm, cpu / 1_000_000);
            SwingUtilities.invokeAndWait(() -> window[0].dispose());
        } else {
            System.out.println("window shown: skipped (no display)");
        }
        System.out.printf(
                "load average while measuring: %.1f on %d cores%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        Catalog catalog = BuiltInCatalog.load();
        for (int n : new int[] {10, 30}) {
            measureRefresh(catalog, n);
        }
        System.exit(0);
    }

    private static void measureRefresh(Catalog catalog, int itemCount) throws Exception {
        List<Exercise> all = catalog.all();
        List<SheetItem> items = new ArrayList<>();
        for (int i = 0; i < itemCount; i++) {
            items.add(SheetItem.of(all.get(i % all.size()).id()));
        }
        Sheet sheet = Sheet.empty()
                .withTitle("Benchmark")
                .withDate(LocalDate.of(2026, 11, 21))
                .withItems(items);
        EditorController editor = new EditorController(
                catalog,
                sheet,
                new JsonSheetStore(),
                null,
                EditorPreferences.inMemory(),
                StepClock.standing(),
                new EditorTexts(Locale.ENGLISH));
        BlockingQueue<Long> shownAt = new ArrayBlockingQueue<>(4);
        int[] pages = new int[1];
        PreviewController.View view = new PreviewController.View() {
            @Override
            public void showPage(BufferedImage image, int pageIndex, int pageCount) {
                pages[0] = pageCount;
                shownAt.add(System.nanoTime());
            }

            @Override
            public void showFailure(String message) {
                System.out.println("preview failed: " + message);
                shownAt.add(-1L);
            }
        };
        try (PreviewController preview = new PreviewController(
                editor.document(),
                new RendererHandoutMaker(new HandoutRenderer(catalog, "bench", new FigurePictures())),
                view,
                Runnable::run,
                0)) {
            preview.start();
            preview.setPixelsPerPoint(1.0f); // about what "fit width" gives in a 600 px wide pane
            shownAt.poll(120, TimeUnit.SECONDS);
            shownAt.poll(2, TimeUnit.SECONDS); // a second first-show after the resolution change, if any
            int runs = 12;
            long[] edit = new long[runs];
            long[] work = new long[runs];
            long[] cpu = new long[runs];
            for (int r = 0; r < runs; r++) {
                long start = System.nanoTime();
                editor.items().select(r % itemCount);
                editor.item().setDose(DoseField.REPS, 5 + r);
                long done = shownAt.poll(60, TimeUnit.SECONDS);
                edit[r] = done - start;
                work[r] = preview.lastRefreshNanos();
                cpu[r] = preview.lastRefreshCpuNanos();
            }
            // The first runs warm the JIT; report the rest.
            long[] warmEdit = Arrays.copyOfRange(edit, 4, runs);
            long[] warmWork = Arrays.copyOfRange(work, 4, runs);
            long[] warmCpu = Arrays.copyOfRange(cpu, 4, runs);
            System.out.printf(
                    "preview refresh, %d items (%d pages): median %d ms from edit to page shown"
                            + " (render+rasterise %d ms wall, %d ms processor time; plus the %d ms typing pause"
                            + " in the editor)%n",
                    itemCount,
                    pages[0],
                    median(warmEdit) / 1_000_000,
                    median(warmWork) / 1_000_000,
                    median(warmCpu) / 1_000_000,
                    PreviewController.DEBOUNCE_MILLIS);
        }
    }

    private static long median(long[] values) {
        long[] copy = values.clone();
        Arrays.sort(copy);
        return copy[copy.length / 2];
    }
}
