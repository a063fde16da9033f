package org.backsheet.editor;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import org.backsheet.io.AtomicFiles;
import org.backsheet.model.Sheet;

/**
 * Writes a sheet's handout to a PDF file, all or nothing: the old file (if any) stays untouched until the new
 * one is complete, and a cancelled or failed export leaves no half-written file. Runs off the event thread.
 */
public final class PdfExport {

    private final HandoutMaker maker;

    public PdfExport(HandoutMaker maker) {
        this.maker = maker;
    }

    /** Writes {@code sheet} to {@code target}; returns the page count. Checks {@code cancelled} before replacing. */
    public int export(Sheet sheet, Path target, BooleanSupplier cancelled) throws IOException {
        int[] pages = new int[1];
        AtomicFiles.write(target, (OutputStream out) -> {
            pages[0] = maker.write(sheet, out);
            if (cancelled.getAsBoolean()) {
                // Throwing here makes AtomicFiles discard the temporary file.
                throw new InterruptedIOException("export cancelled");
            }
        });
        return pages[0];
    }

    /** The suggested PDF name beside the sheet file, e.g. {@code anna.pdf} for {@code anna.backsheet.json}. */
    public static String pdfNameFor(Path sheetFile, String fallback) {
        String name = sheetFile == null ? fallback : sheetFile.getFileName().toString();
        return name.replaceFirst("(\\.backsheet)?\\.json$", "") + ".pdf";
    }
}
