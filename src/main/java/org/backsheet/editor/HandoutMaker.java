package org.backsheet.editor;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.backsheet.model.Sheet;
import org.backsheet.render.ExportFormat;
import org.backsheet.render.HandoutWriter;

/**
 * Makes the handout of a sheet: the editor's window onto the render package (a fake in tests). Writing a file
 * goes through {@link HandoutWriter}, as on the command line, so the editor's export and the command line's
 * are the same bytes.
 */
public interface HandoutMaker {

    /** The handout as an open document (for the preview and printing); the caller closes it. */
    PDDocument document(Sheet sheet) throws IOException;

    /** The writer of {@code format}, from the same renderer as {@link #document}. */
    HandoutWriter writer(ExportFormat format);
}
