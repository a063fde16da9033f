package org.backsheet.editor;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import org.backsheet.io.AtomicFiles;
import org.backsheet.model.Sheet;
import org.backsheet.render.ExportFormat;
import org.backsheet.render.RenderedHandout;

/**
 * Writes a sheet's handout to a PDF file, all or nothing, the way the command line does: rendered in memory
 * first ({@link RenderedHandout}), then written to a temporary file that replaces the old one only when complete.
 * A cancelled or failed export leaves the old file untouched. Runs off the event thread.
 */
public final class PdfExport {

    private final HandoutMaker maker;

    public PdfExport(HandoutMaker maker) {
        this.maker = maker;
    }

    /** Writes {@code sheet} to {@code target}; returns the page count. Checks {@code cancelled} before replacing. */
    public int export(Sheet sheet, Path target, BooleanSupplier cancelled) throws IOException {
        return export(sheet, target, cancelled, false);
    }

    /**
     * Like {@link #export(Sheet, Path, BooleanSupplier)}; a target marked read-only is replaced only when
     * {@code replaceReadOnly} (the user was asked), else the export fails naming it.
     */
    public int export(Sheet sheet, Path target, BooleanSupplier cancelled, boolean replaceReadOnly) throws IOException {
        RenderedHandout handout;
        try {
            handout = RenderedHandout.of(maker, sheet);
        } catch (IOException e) {
            // The user chose a file: name it, as a failed write does.
            throw new IOException(AtomicFiles.SAVE_FAILED + target + ": " + e.getMessage(), e);
        }
        if (cancelled.getAsBoolean()) {
            throw new InterruptedIOException("export cancelled");
        }
        AtomicFiles.write(
                target, handout::writeTo, replaceReadOnly ? AtomicFiles.ReadOnly.REPLACE : AtomicFiles.ReadOnly.REFUSE);
        return handout.result().pageCount();
    }

    /** True when {@code target} exists and is marked read-only: the user is asked before it is replaced. */
    public static boolean isReadOnly(Path target) {
        return AtomicFiles.isMarkedReadOnly(target);
    }

    /** The suggested PDF name beside the sheet file, by the rule the command line uses too. */
    public static String pdfNameFor(Path sheetFile, String fallback) {
        return ExportFormat.PDF.fileName(sheetFile, fallback);
    }
}
