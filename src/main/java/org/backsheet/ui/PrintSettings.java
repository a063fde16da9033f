package org.backsheet.ui;

import java.awt.Dimension;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Window;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.print.PrintService;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.Copies;
import javax.print.attribute.standard.DialogOwner;
import javax.print.attribute.standard.JobName;
import javax.print.attribute.standard.PageRanges;
import org.backsheet.model.Sheet;

/**
 * What the print dialog starts with. Java's own choice was poor for a handout: the dialog sat at the screen's top
 * left, owned by no window, with "Pages 1 to n" selected (a range the user then had to clear when the handout
 * changed length) and the job named after the file.
 */
final class PrintSettings {

    /** All pages: the one range the dialog shows as "All" rather than as numbers. */
    static final PageRanges ALL_PAGES = new PageRanges(1, Integer.MAX_VALUE);

    /** About the size of Java's print dialog, to place it before it knows its own size. */
    static final Dimension DIALOG_SIZE = new Dimension(560, 460);

    private PrintSettings() {}

    /** The dialog's starting choices: owned by {@code owner}, one copy of all pages, named {@code jobName}. */
    static PrintRequestAttributeSet attributes(Window owner, String jobName) {
        PrintRequestAttributeSet set = new HashPrintRequestAttributeSet();
        set.add(new DialogOwner(owner));
        set.add(ALL_PAGES);
        set.add(new Copies(1));
        set.add(new JobName(jobName, Locale.getDefault()));
        return set;
    }

    /**
     * The name in the printer's queue: the handout's title and date. Never the patient's name, which a shared
     * printer's queue would show to anyone.
     */
    static String jobName(Sheet sheet) {
        String title = sheet.title() == null || sheet.title().isBlank()
                ? UiTexts.get("print.jobName")
                : sheet.title().strip();
        return sheet.date() == null ? title : title + " " + sheet.date();
    }

    /**
     * The printers to offer, {@code preferred} (the job's or the system's default) first; empty when the
     * computer has none, which the caller says in words instead of opening an empty dialog.
     */
    static List<PrintService> printers(PrintService[] found, PrintService preferred) {
        List<PrintService> list = new ArrayList<>();
        if (preferred != null) {
            list.add(preferred);
        }
        if (found != null) {
            for (PrintService p : found) {
                if (p != null && !list.contains(p)) {
                    list.add(p);
                }
            }
        }
        return list;
    }

    /** Where a dialog of {@code size} sits centred on {@code owner}, kept inside {@code screen}. */
    static Point centred(Rectangle owner, Dimension size, Rectangle screen) {
        int x = owner.x + (owner.width - size.width) / 2;
        int y = owner.y + (owner.height - size.height) / 2;
        x = Math.max(screen.x, Math.min(x, screen.x + screen.width - size.width));
        y = Math.max(screen.y, Math.min(y, screen.y + screen.height - size.height));
        return new Point(x, y);
    }
}
