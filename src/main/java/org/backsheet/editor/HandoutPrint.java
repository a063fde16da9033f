package org.backsheet.editor;

import java.awt.print.PrinterJob;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.backsheet.model.Sheet;
import org.backsheet.render.HandoutPrinter;

/**
 * A handout made ready for the system's print dialog: the same pages as the PDF, in the same print job the
 * command line uses. Closing it frees the document once the job is printed or abandoned.
 */
public final class HandoutPrint implements AutoCloseable {

    private final PDDocument document;
    private final PrinterJob job;

    private HandoutPrint(PDDocument document, String jobName) {
        this.document = document;
        this.job = HandoutPrinter.job(document, jobName);
    }

    /** Builds the handout of {@code sheet}; slow, so not on the event thread. */
    public static HandoutPrint prepare(HandoutMaker maker, Sheet sheet, String jobName) throws IOException {
        return new HandoutPrint(maker.document(sheet), jobName);
    }

    /** The job to show the print dialog on (printer and copies are chosen there), then to print or cancel. */
    public PrinterJob job() {
        return job;
    }

    public int pages() {
        return document.getNumberOfPages();
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            // the job is over either way
        }
    }
}
