package org.backsheet.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.backsheet.catalog.Catalog;
import org.backsheet.io.AtomicFiles;
import org.backsheet.model.Problem;

/**
 * Exports one sheet file to one PDF: read, check, apply the command line's page options, render into a
 * temporary file and only then replace the target. Safe to use from several threads at once.
 */
final class SheetExporter {

    private final Catalog catalog;
    private final HandoutWriter writer;
    private final PageOverrides overrides;

    SheetExporter(Catalog catalog, HandoutWriter writer, PageOverrides overrides) {
        this.catalog = catalog;
        this.writer = writer;
        this.overrides = overrides;
    }

    /**
     * What happened to one sheet: the exit code it deserves, lines for stderr (problems, warnings) and, when
     * the handout was written, the page count.
     */
    record Outcome(int exitCode, List<String> errorLines, int pageCount) {
        boolean written() {
            return exitCode == ExitCodes.OK;
        }
    }

    Outcome export(Path sheetFile, Path pdf) {
        SheetInput input = SheetInput.read(sheetFile, catalog);
        List<String> lines = new ArrayList<>();
        for (Problem problem : input.problems()) {
            lines.add(UserMessages.line(problem));
        }
        if (!input.usable()) {
            return new Outcome(ExitCodes.BAD_INPUT, lines, 0);
        }
        HandoutWriter.Result[] result = new HandoutWriter.Result[1];
        try {
            AtomicFiles.write(pdf, out -> result[0] = writer.write(overrides.applyTo(input.sheet()), out));
        } catch (IOException e) {
            lines.add(pdf + ": cannot write the handout: " + UserMessages.saveFailure(pdf, e));
            return new Outcome(ExitCodes.FAILURE, lines, 0);
        } catch (RuntimeException e) {
            // A renderer bug must not surface as a stack trace; name the sheet so it can be reported.
            lines.add(input.name() + ": cannot make the handout: " + UserMessages.reason(e));
            return new Outcome(ExitCodes.FAILURE, lines, 0);
        }
        for (String warning : result[0].warnings()) {
            lines.add(UserMessages.renderWarning(input.name(), warning));
        }
        return new Outcome(ExitCodes.OK, lines, result[0].pageCount());
    }
}
