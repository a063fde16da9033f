package org.backsheet.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.backsheet.catalog.Catalog;
import org.backsheet.io.AtomicFiles;
import org.backsheet.model.Problem;

/**
 * Exports one sheet file to one PDF: read, check, apply the command line's page options, render into memory,
 * then write a temporary file and only then replace the target. Safe to use from several threads at once.
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
        // Render into memory first: a sheet that cannot be rendered never touches the disk, and the file is
        // then written (temporary file, then an atomic move over the old one) in one short step.
        ByteArrayOutputStream pdfBytes = new ByteArrayOutputStream(128 * 1024);
        HandoutWriter.Result result;
        try {
            result = writer.write(overrides.applyTo(input.sheet()), pdfBytes);
        } catch (IOException | RuntimeException e) {
            // A renderer failure must not surface as a stack trace; name the sheet so it can be reported.
            lines.add(input.name() + ": cannot make the handout: " + UserMessages.reason(e));
            return new Outcome(ExitCodes.FAILURE, lines, 0);
        }
        try {
            AtomicFiles.write(pdf, pdfBytes::writeTo);
        } catch (IOException e) {
            lines.add(pdf + ": cannot write the handout: " + UserMessages.saveFailure(pdf, e));
            return new Outcome(ExitCodes.FAILURE, lines, 0);
        }
        for (String warning : result.warnings()) {
            lines.add(UserMessages.renderWarning(input.name(), warning));
        }
        return new Outcome(ExitCodes.OK, lines, result.pageCount());
    }
}
