package org.backsheet.editor;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.backsheet.model.Sheet;

/** Makes the handout PDF of a sheet; the editor's window onto the render package (a fake in tests). */
public interface HandoutMaker {

    /** The handout as an open document (for the preview and printing); the caller closes it. */
    PDDocument document(Sheet sheet) throws IOException;

    /** Writes the handout PDF, exactly as the command line would, and returns its page count. */
    int write(Sheet sheet, OutputStream out) throws IOException;
}
