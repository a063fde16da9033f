package org.backsheet.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.backsheet.catalog.Catalog;
import org.backsheet.io.AtomicFiles;
import org.backsheet.io.ReadOnlyTargetException;
import org.backsheet.model.Problem;
import org.backsheet.render.HandoutWriter;
import org.backsheet.render.RenderResult;
import org.backsheet.render.RenderedHandout;

/**
 * Exports one sheet file to one PDF: read, check, apply the command line's page options, render into memory,
 * then write a temporary file and only then replace the target. Safe to use from several threads at once.
 */
final class SheetExporter {

    private final Catalog catalog;
    private final HandoutWriter writer;
    private final PageOverrides overrides;
    private final AtomicFiles.ReadOnly readOnly;

    SheetExporter(Catalog catalog, HandoutWriter writer, PageOverrides overrides) {
        this(catalog, writer, overrides, AtomicFiles.ReadOnly.REFUSE);
    }

    SheetExporter(Catalog catalog, HandoutWriter writer, PageOverrides overrides, AtomicFiles.ReadOnly readOnly) {
        this.catalog = catalog;
        this.writer = writer;
        this.overrides = overrides;
        this.readOnly = readOnly;
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
        try {
            return exportOrRunOutOfMemory(sheetFile, pdf);
        } catch (OutOfMemoryError e) {
            // The memory of this one handout is released when the error leaves here; the batch goes on.
            return new Outcome(
                    ExitCodes.FAILURE,
                    List.of(SheetInput.displayName(sheetFile)
                            + ": skipped: there is not enough memory to make this handout"),
                    0);
        }
    }

    /** As {@link #export}, but running out of memory is left to the caller (a batch tries again alone). */
    Outcome exportOrRunOutOfMemory(Path sheetFile, Path pdf) {
        String refused = OutputTarget.whyNotWrite(sheetFile, pdf, readOnly);
        if (refused != null) {
            return new Outcome(ExitCodes.BAD_INPUT, List.of(pdf + ": cannot write the handout: " + refused), 0);
        }
        SheetInput input = SheetInput.read(sheetFile, catalog);
        List<String> lines = new ArrayList<>();
        for (Problem problem : input.problems()) {
            lines.add(UserMessages.line(problem));
        }
        if (!input.usable()) {
            return new Outcome(ExitCodes.BAD_INPUT, UserMessages.summarised(input.name(), lines), 0);
        }
        RenderedHandout handout;
        try {
            handout = RenderedHandout.of(writer, overrides.applyTo(input.sheet()));
        } catch (IOException | RuntimeException e) {
            // A renderer failure must not surface as a stack trace; name the sheet so it can be reported.
            lines.add(input.name() + ": cannot make the handout: " + UserMessages.reason(e));
            return new Outcome(ExitCodes.FAILURE, lines, 0);
        }
        try {
            AtomicFiles.write(pdf, handout::writeTo, readOnly);
        } catch (ReadOnlyTargetException e) {
            lines.add(pdf + ": cannot write the handout: " + OutputTarget.READ_ONLY);
            return new Outcome(ExitCodes.BAD_INPUT, lines, 0);
        } catch (IOException e) {
            lines.add(pdf + ": cannot write the handout: " + UserMessages.saveFailure(pdf, e));
            return new Outcome(ExitCodes.FAILURE, lines, 0);
        }
        RenderResult result = handout.result();
        for (String warning : result.warnings()) {
            lines.add(UserMessages.renderWarning(input.name(), warning));
        }
        return new Outcome(ExitCodes.OK, UserMessages.summarised(input.name(), lines), result.pageCount());
    }
}
