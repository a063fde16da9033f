package org.backsheet.render;

import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.Copies;
import javax.print.attribute.standard.JobName;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;

/**
 * Sends a rendered handout to a printer through Java's print service: the one printing path shared by the
 * editor's Print and the command line's {@code print}. Pages print at their own size (A4 or Letter), unscaled.
 */
public final class HandoutPrinter {

    /** Most copies one job may ask for: a typo such as 1000 should not empty the paper tray. */
    public static final int MAX_COPIES = 99;

    private HandoutPrinter() {}

    /** The printers this computer knows, by name. */
    public static List<String> printerNames() {
        List<String> names = new ArrayList<>();
        for (PrintService service : PrintServiceLookup.lookupPrintServices(null, null)) {
            names.add(service.getName());
        }
        return names;
    }

    /**
     * The printer called {@code name} (ignoring case), or the computer's default printer when {@code name} is
     * null or blank.
     *
     * @throws PrinterException with a message for the user when there is no such printer or no default
     */
    public static PrintService find(String name) throws PrinterException {
        if (name == null || name.isBlank()) {
            PrintService fallback = PrintServiceLookup.lookupDefaultPrintService();
            if (fallback == null) {
                throw new PrinterException("This computer has no default printer; choose one by name" + available());
            }
            return fallback;
        }
        for (PrintService service : PrintServiceLookup.lookupPrintServices(null, null)) {
            if (service.getName().equalsIgnoreCase(name.strip())) {
                return service;
            }
        }
        throw new PrinterException("No printer named \"" + name.strip() + "\"" + available());
    }

    /**
     * A print job for {@code handout}: every page at its own size, unscaled, named {@code jobName} in the printer
     * queue. The editor shows the system's print dialog on it (printer and copies chosen there) and prints it.
     */
    public static PrinterJob job(PDDocument handout, String jobName) {
        Objects.requireNonNull(handout, "handout");
        PrinterJob job = PrinterJob.getPrinterJob();
        job.setPageable(new PDFPageable(handout));
        job.setJobName(jobName == null || jobName.isBlank() ? "BackSheet handout" : jobName.strip());
        return job;
    }

    /** Prints {@code copies} copies of {@code handout} on {@code printer}, naming the job {@code jobName}. */
    public static void print(PDDocument handout, PrintService printer, int copies, String jobName)
            throws PrinterException {
        Objects.requireNonNull(printer, "printer");
        if (copies < 1 || copies > MAX_COPIES) {
            throw new IllegalArgumentException("copies must be between 1 and " + MAX_COPIES + ", not " + copies);
        }
        PrinterJob job = job(handout, jobName);
        job.setPrintService(printer);
        PrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
        attributes.add(new Copies(copies));
        attributes.add(new JobName(job.getJobName(), null));
        job.print(attributes);
    }

    /** Prints on the printer called {@code printerName} (the default printer when null). */
    public static void print(PDDocument handout, String printerName, int copies, String jobName)
            throws PrinterException {
        print(handout, find(printerName), copies, jobName);
    }

    /**
     * Prints a saved handout ({@code pdf} as written by {@link HandoutRenderer#render}) on the printer called
     * {@code printerName} (the default printer when null) and returns that printer's name.
     */
    public static String print(byte[] pdf, String printerName, int copies, String jobName)
            throws PrinterException, IOException {
        PrintService printer = find(printerName);
        try (PDDocument handout = Loader.loadPDF(pdf)) {
            print(handout, printer, copies, jobName);
        }
        return printer.getName();
    }

    private static String available() {
        List<String> names = printerNames();
        return names.isEmpty()
                ? " (this computer has no printers)."
                : " (printers on this computer: " + String.join(", ", names) + ").";
    }
}
