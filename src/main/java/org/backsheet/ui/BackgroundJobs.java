package org.backsheet.ui;

import java.awt.GraphicsConfiguration;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Window;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import javax.print.DocFlavor;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.ServiceUI;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.swing.JOptionPane;
import javax.swing.SwingWorker;
import org.backsheet.editor.EditorController;
import org.backsheet.editor.HandoutExport;
import org.backsheet.editor.HandoutMaker;
import org.backsheet.editor.HandoutPrint;
import org.backsheet.model.Sheet;

/**
 * Export and print, run off the event thread with a progress window and Cancel. Both use the same renderer
 * as the preview, so what is seen is what is written and printed. Errors end in a dialog, never silently.
 */
final class BackgroundJobs {

    private final Window owner;
    private final EditorController editor;
    private final HandoutMaker maker;
    private final List<HandoutExport> exports;
    private final SwingFileView dialogs;
    private Supplier<List<PrintService>> printerLookup = () ->
            PrintSettings.printers(PrinterJob.lookupPrintServices(), PrintServiceLookup.lookupDefaultPrintService());

    BackgroundJobs(Window owner, EditorController editor, HandoutMaker maker, SwingFileView dialogs) {
        this.owner = owner;
        this.editor = editor;
        this.maker = maker;
        this.exports = HandoutExport.all(maker);
        this.dialogs = dialogs;
    }

    /**
     * Asks where to write the handout, offering a file type per export format (PDF first; each type's words are
     * {@code dialog.filter.KEY}), then writes it in the background in the chosen format.
     */
    void export() {
        Path sheetFile = editor.document().file();
        Path folder = editor.files().exportFolder();
        String fallback = editor.files().suggestedBaseName();
        List<SwingFileView.FileType> types = exports.stream()
                .map(x -> new SwingFileView.FileType(
                        x.extension(), "dialog.filter." + x.key(), x.fileName(sheetFile, fallback)))
                .toList();
        SwingFileView.Choice choice = dialogs.chooseSaveFile(folder, types, "export.title");
        if (choice == null) {
            return;
        }
        Path target = choice.file();
        editor.files().rememberExport(target);
        // Someone protected this file on purpose: replace it only when the user says so.
        boolean readOnly = HandoutExport.isReadOnly(target);
        if (readOnly
                && JOptionPane.showConfirmDialog(
                                owner,
                                UiTexts.get("export.readOnly", target.getFileName()),
                                UiTexts.get("export.title"),
                                JOptionPane.YES_NO_OPTION,
                                JOptionPane.WARNING_MESSAGE)
                        != JOptionPane.YES_OPTION) {
            return;
        }
        exportTo(exports.get(choice.type()), target, readOnly);
    }

    /** Writes the handout to {@code target} in the background. */
    private void exportTo(HandoutExport export, Path target, boolean replaceReadOnly) {
        Sheet sheet = editor.sheet();
        AtomicBoolean cancelled = new AtomicBoolean();
        ProgressDialog progress = new ProgressDialog(owner, UiTexts.get("export.progress"));
        SwingWorker<Integer, Void> worker = new SwingWorker<>() {
            @Override
            protected Integer doInBackground() throws Exception {
                return export.export(sheet, target, cancelled::get, replaceReadOnly);
            }

            @Override
            protected void done() {
                finish(
                        this,
                        progress,
                        "export.failed",
                        pages -> editor.status(HandoutExport.doneMessage(editor.texts(), sheet, target, pages)));
            }
        };
        progress.start(() -> {
            cancelled.set(true);
            worker.cancel(false);
        });
        worker.execute();
    }

    /** Builds the handout, shows the system print dialog, and prints the same pages as the PDF. */
    void print() {
        Sheet sheet = editor.sheet();
        String jobName = PrintSettings.jobName(sheet);
        new SwingWorker<HandoutPrint, Void>() {
            @Override
            protected HandoutPrint doInBackground() throws Exception {
                return HandoutPrint.prepare(maker, sheet, jobName);
            }

            @Override
            protected void done() {
                try {
                    printDocument(get());
                } catch (InterruptedException | ExecutionException e) {
                    dialogs.showError(UiTexts.get("print.failed", rootMessage(e)));
                }
            }
        }.execute();
    }

    /** Tests stand in for the computer's printers (a test machine may have none, or some). */
    void lookUpPrintersWith(Supplier<List<PrintService>> lookup) {
        printerLookup = lookup;
    }

    private void printDocument(HandoutPrint handout) {
        PrinterJob job = handout.job();
        List<PrintService> printers = printerLookup.get();
        if (printers.isEmpty()) {
            handout.close();
            dialogs.showError(UiTexts.get("print.noPrinter"));
            return;
        }
        PrintRequestAttributeSet attributes = PrintSettings.attributes(owner, job.getJobName());
        PrintService chosen = showPrintDialog(printers, attributes);
        if (chosen == null) {
            handout.close();
            return;
        }
        try {
            job.setPrintService(chosen);
        } catch (PrinterException e) {
            handout.close();
            dialogs.showError(UiTexts.get("print.failed", rootMessage(e)));
            return;
        }
        int pages = handout.pages();
        ProgressDialog progress = new ProgressDialog(owner, UiTexts.get("print.progress"));
        SwingWorker<Integer, Void> worker = new SwingWorker<>() {
            @Override
            protected Integer doInBackground() throws PrinterException {
                try {
                    job.print(attributes);
                    return pages;
                } finally {
                    handout.close();
                }
            }

            @Override
            protected void done() {
                finish(
                        this,
                        progress,
                        "print.failed",
                        n -> editor.status(editor.texts().get("status.printed", n)));
            }
        };
        progress.start(() -> {
            job.cancel();
            worker.cancel(false);
        });
        worker.execute();
    }

    /**
     * Java's print dialog, centred on the editor and owned by it, starting from {@code attributes} (which it
     * updates with the user's choices); the printer chosen, or null on Cancel.
     */
    private PrintService showPrintDialog(List<PrintService> printers, PrintRequestAttributeSet attributes) {
        GraphicsConfiguration gc = owner.getGraphicsConfiguration();
        Rectangle screen = gc.getBounds();
        Point at = PrintSettings.centred(owner.getBounds(), PrintSettings.DIALOG_SIZE, screen);
        return ServiceUI.printDialog(
                gc,
                at.x - screen.x,
                at.y - screen.y,
                printers.toArray(PrintService[]::new),
                printers.get(0),
                DocFlavor.SERVICE_FORMATTED.PAGEABLE,
                attributes);
    }

    /** Ends a job: the progress window goes first, so an error dialog is never covered by it. */
    private void finish(
            SwingWorker<Integer, Void> worker, ProgressDialog progress, String failureKey, IntConsumer success) {
        progress.finish();
        try {
            success.accept(worker.get());
        } catch (CancellationException e) {
            editor.status(UiTexts.get("status.cancelled"));
        } catch (InterruptedException | ExecutionException e) {
            if (worker.isCancelled()) {
                editor.status(UiTexts.get("status.cancelled"));
            } else {
                dialogs.showError(UiTexts.get(failureKey, rootMessage(e)));
            }
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
    }
}
