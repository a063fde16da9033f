package org.backsheet.editor;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.backsheet.model.Sheet;

/**
 * The live preview: after each change (and a short pause, so typing does not render every keystroke) the
 * handout is rendered on a background thread and the shown page is rasterised. Requests overtaken by newer
 * ones are dropped, so the view only ever receives the latest state. What it shows is the real PDF page.
 *
 * <p>A change to which exercises the sheet holds (added, removed, moved) renders without the pause, and every
 * change tells the view at once that its page is out of date: a clinician saw a removed exercise stay in the
 * preview for about a second (the pause plus the render) and wondered whether the removal had worked.
 */
public final class PreviewController implements AutoCloseable {

    /** Where pages go; called on the UI executor. */
    public interface View {
        void showPage(BufferedImage image, int pageIndex, int pageCount);

        void showFailure(String message);

        /** The page shown is out of date: a newer one is on its way (the next {@link #showPage} ends this). */
        default void showUpdating() {}
    }

    /** The pause after a change before rendering starts. */
    public static final long DEBOUNCE_MILLIS = 300;

    private final HandoutMaker maker;
    private final Executor ui;
    private final long debounceMillis;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "preview");
        t.setDaemon(true);
        return t;
    });
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private final AtomicLong generation = new AtomicLong();
    private final View view;
    private volatile Sheet wanted;
    private volatile boolean started;
    private volatile int page;
    private volatile float pixelsPerPoint = 1f;
    private volatile long lastRefreshNanos;
    private volatile long lastRefreshCpuNanos;
    private volatile boolean stale;
    private final AtomicBoolean closed = new AtomicBoolean();
    /** The item whose page to show next: its printed number and name; null when the page was chosen. */
    private volatile Item wantedItem;

    private record Item(int number, String name) {}

    // Touched only on the worker thread.
    private ItemPages itemPages;
    private PDDocument document;
    private Sheet documentSheet;

    public PreviewController(SheetDocument sheet, HandoutMaker maker, View view, Executor ui, long debounceMillis) {
        this.maker = maker;
        this.view = view;
        this.ui = ui;
        this.debounceMillis = debounceMillis;
        this.wanted = sheet.sheet();
        sheet.addListener(new SheetDocument.Listener() {
            @Override
            public void sheetChanged(Sheet s) {
                Sheet before = wanted;
                wanted = s;
                if (started && !closed.get()) {
                    ui.execute(view::showUpdating);
                    request(sameExercises(before, s) ? PreviewController.this.debounceMillis : 0);
                }
            }
        });
        request(0);
    }

    /** Whether both sheets list the same exercises in the same order: only then is the change typing. */
    private static boolean sameExercises(Sheet a, Sheet b) {
        if (a.items().size() != b.items().size()) {
            return false;
        }
        for (int i = 0; i < a.items().size(); i++) {
            if (!a.items().get(i).exerciseId().equals(b.items().get(i).exerciseId())) {
                return false;
            }
        }
        return true;
    }

    /** Renders again though the sheet is unchanged: the exercises it uses changed in the library. */
    public void refresh() {
        stale = true;
    }

    /**
     * Renders the first time. The window calls this once it is on screen, so the cold first render (fonts,
     * PDF classes) does not compete with showing the window.
     */
    public void start() {
        started = true;
        request(0);
    }

    /** Shows another page (0-based); clamped to the document. */
    public void showPage(int index) {
        page = Math.max(0, index);
        request(0);
    }

    /**
     * Shows the page that holds the exercise printed as number {@code number} named {@code name} (the one the
     * clinician selected), once the handout is rendered; the page stays as it is when the item is not found.
     */
    public void showItem(int number, String name) {
        if (name != null) {
            wantedItem = new Item(number, name);
            request(0);
        }
    }

    public int page() {
        return page;
    }

    /** Sets the raster resolution in pixels per PDF point (zoom times the screen's scale). */
    public void setPixelsPerPoint(float value) {
        if (value > 0 && value != pixelsPerPoint) {
            pixelsPerPoint = value;
            request(0);
        }
    }

    /** How long the last render and rasterisation took, without the pause before it. */
    public long lastRefreshNanos() {
        return lastRefreshNanos;
    }

    /** The processor time of the last render and rasterisation: what it costs on a machine with a free core. */
    public long lastRefreshCpuNanos() {
        return lastRefreshCpuNanos;
    }

    private void request(long delayMillis) {
        if (!started || closed.get()) {
            return;
        }
        long gen = generation.incrementAndGet();
        worker.schedule(() -> refresh(gen), delayMillis, TimeUnit.MILLISECONDS);
    }

    private void refresh(long gen) {
        if (gen != generation.get()) {
            return; // a newer request follows
        }
        long start = System.nanoTime();
        long cpuStart = CPU.getCurrentThreadCpuTime();
        try {
            Sheet target = wanted;
            if (document == null || stale || !target.equals(documentSheet)) {
                stale = false;
                PDDocument fresh = maker.document(target);
                closeDocument();
                itemPages = null;
                document = fresh;
                documentSheet = target;
            }
            int count = document.getNumberOfPages();
            Item item = wantedItem;
            if (item != null) {
                if (itemPages == null) {
                    itemPages = new ItemPages(document);
                }
                int found = itemPages.pageOf(item.number(), item.name());
                if (found >= 0) {
                    page = found;
                }
                wantedItem = null;
            }
            int index = Math.min(page, Math.max(0, count - 1));
            if (gen != generation.get() || count == 0) {
                return;
            }
            BufferedImage image = new PDFRenderer(document).renderImage(index, pixelsPerPoint);
            lastRefreshNanos = System.nanoTime() - start;
            lastRefreshCpuNanos = CPU.getCurrentThreadCpuTime() - cpuStart;
            ui.execute(() -> {
                if (gen == generation.get()) {
                    view.showPage(image, index, count);
                }
            });
        } catch (IOException | RuntimeException e) {
            String message = String.valueOf(e.getMessage());
            ui.execute(() -> view.showFailure(message));
        }
    }

    private void closeDocument() {
        if (document != null) {
            try {
                document.close();
            } catch (IOException e) {
                // nothing to recover: the document was only kept for rasterising
            }
            document = null;
        }
    }

    /**
     * Stops rendering and frees the document. Safe to call more than once and from several places (the window
     * closes it on quit and again when it is disposed); a change arriving afterwards is ignored.
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            worker.execute(this::closeDocument);
            worker.shutdown();
        }
    }
}
