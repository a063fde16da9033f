package org.backsheet.cli;

import java.io.OutputStream;
import java.util.List;
import org.backsheet.catalog.Catalog;
import org.backsheet.model.Exercise;
import org.backsheet.model.Sheet;
import org.backsheet.model.SheetItem;
import org.backsheet.render.ExportFormat;
import org.backsheet.render.HandoutWriter;

/**
 * Gets the renderer ready on a second core while the main thread parses the command line and reads the sheet:
 * loading the catalog, parsing the fonts and initialising PDFBox take most of a one-shot export's time, and
 * none of it depends on the arguments. The export waits for the warm-up before it renders, so the two threads
 * never render at the same time. A failed warm-up is ignored: the real export then reports the problem.
 */
final class RendererWarmUp {

    private final Thread thread;

    private RendererWarmUp(Thread thread) {
        this.thread = thread;
    }

    /** Starts warming up the writers of {@code environment} in a background (daemon) thread. */
    static RendererWarmUp start(CliEnvironment environment) {
        Thread thread = new Thread(() -> warmUp(environment), "backsheet-warm-up");
        thread.setDaemon(true);
        thread.start();
        return new RendererWarmUp(thread);
    }

    /** The same environment, whose writers are handed out only once the warm-up has finished. */
    CliEnvironment applyTo(CliEnvironment environment) {
        HandoutWriter.Factory writers = environment.writers();
        return environment.withWriters((catalog, format) -> {
            awaitWarmUp();
            return writers.forCatalog(catalog, format);
        });
    }

    private void awaitWarmUp() {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void warmUp(CliEnvironment environment) {
        try {
            Catalog catalog = environment.builtInCatalog().get();
            List<Exercise> exercises = catalog.all();
            Sheet sheet = Sheet.empty()
                    .withPatient("Warm-up")
                    .withItems(
                            exercises.isEmpty()
                                    ? List.of()
                                    : List.of(SheetItem.of(exercises.get(0).id())));
            environment.writers().forCatalog(catalog, ExportFormat.PDF).write(sheet, OutputStream.nullOutputStream());
        } catch (Exception | LinkageError e) {
            // Nothing to do: the export itself meets the same problem and reports it properly.
        }
    }
}
