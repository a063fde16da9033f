package org.backsheet.render;

import java.io.IOException;
import java.io.OutputStream;
import org.backsheet.catalog.Catalog;
import org.backsheet.model.Sheet;

/**
 * Writes a sheet's handout in one {@link ExportFormat}. The program's writers come from
 * {@link ExportFormat#writer}; tests put in one that fails on purpose to prove an existing file survives a failed
 * export.
 */
@FunctionalInterface
public interface HandoutWriter {

    /** Writes the handout for {@code sheet} to {@code out}; must be safe to call from several threads. */
    RenderResult write(Sheet sheet, OutputStream out) throws IOException;

    /** Makes the writer of one format for one catalog; called once per export, so expensive set-up happens once. */
    @FunctionalInterface
    interface Factory {
        HandoutWriter forCatalog(Catalog catalog, ExportFormat format);
    }
}
