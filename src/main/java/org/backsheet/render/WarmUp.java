package org.backsheet.render;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.backsheet.catalog.Catalog;
import org.backsheet.model.Sheet;
import org.backsheet.model.StandardTexts;

/**
 * Renders a throw-away empty handout on a background thread, so that parsing the fonts and loading PDFBox
 * happen while the program reads its input. A render that starts meanwhile waits for it instead of parsing
 * the fonts a second time.
 */
final class WarmUp {

    private static final Object LOCK = new Object();
    private static CountDownLatch running;
    private static Thread worker;

    private WarmUp() {
    }

    static void startInBackground() {
        synchronized (LOCK) {
            if (running != null) {
                return;
            }
            running = new CountDownLatch(1);
        }
        Thread thread = new Thread(WarmUp::run, "handout-warm-up");
        thread.setDaemon(true);
        synchronized (LOCK) {
            worker = thread;
        }
        thread.start();
    }

    /** Waits for a warm-up in progress, if any, so its parsed fonts can be reused. */
    static void awaitIfRunning() {
        CountDownLatch latch;
        synchronized (LOCK) {
            if (Thread.currentThread() == worker) {
                return;
            }
            latch = running;
        }
        if (latch == null) {
            return;
        }
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void run() {
        StandardTexts texts = new StandardTexts("en", List.of("."), List.of("."), ".", ".");
        Catalog empty = new Catalog(List.of(), Map.of("en", texts));
        try {
            new HandoutRenderer(empty, "warm-up").render(Sheet.empty(), OutputStream.nullOutputStream());
        } catch (IOException | RuntimeException e) {
            // a failed warm-up only costs time; the real render reports real problems
        } finally {
            running.countDown();
        }
    }
}
