package org.backsheet.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.backsheet.catalog.Catalog;
import org.backsheet.model.Sheet;

/**
 * Turns a sheet into PDF bytes for the commands. The real one wraps the handout renderer; tests put in one
 * that fails on purpose to prove an existing PDF survives a failed export.
 */
@FunctionalInterface
public interface HandoutWriter {

    /** Writes the handout for {@code sheet} to {@code out}; must be safe to call from several threads. */
    Result write(Sheet sheet, OutputStream out) throws IOException;

    /** What came out: the number of pages and anything the user should know (e.g. replaced characters). */
    record Result(int pageCount, List<String> warnings) {
        public Result {
            warnings = List.copyOf(warnings);
        }
    }

    /** Makes the writer for one catalog; called once per command run, so expensive set-up happens once. */
    @FunctionalInterface
    interface Factory {
        HandoutWriter forCatalog(Catalog catalog);
    }
}
