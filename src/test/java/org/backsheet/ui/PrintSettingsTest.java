package org.backsheet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Dimension;
import java.awt.Point;
import java.awt.Rectangle;
import java.time.LocalDate;
import javax.print.DocFlavor;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.attribute.standard.PageRanges;
import org.backsheet.testdata.Sheets;
import org.junit.jupiter.api.Test;

/** What the print dialog starts with, without a printer or a window. */
class PrintSettingsTest {

    @Test
    void theJobIsNamedAfterTheHandoutNeverThePatient() {
        var sheet = Sheets.sheet()
                .title("Back exercises")
                .patient("Anna Nowak")
                .date(LocalDate.of(2026, 11, 29))
                .build();
        assertThat(PrintSettings.jobName(sheet)).isEqualTo("Back exercises 2026-11-29");
        assertThat(PrintSettings.jobName(Sheets.sheet().build())).isEqualTo("BackSheet handout");
    }

    @Test
    void allPagesIsTheRangeTheDialogShowsAsAll() {
        // Java's dialog selects "All" only for exactly this range; anything else shows as "Pages 1 to n".
        assertThat(PrintSettings.ALL_PAGES).isEqualTo(new PageRanges(1, Integer.MAX_VALUE));
    }

    @Test
    void noPrinterMeansAnEmptyListAndTheDefaultPrinterComesFirst() {
        assertThat(PrintSettings.printers(new PrintService[0], null)).isEmpty();
        assertThat(PrintSettings.printers(null, null)).isEmpty();
        PrintService[] real = PrintServiceLookup.lookupPrintServices(DocFlavor.SERVICE_FORMATTED.PAGEABLE, null);
        if (real.length > 0) {
            PrintService last = real[real.length - 1];
            assertThat(PrintSettings.printers(real, last)).startsWith(last).hasSize(real.length);
        }
    }

    @Test
    void theDialogIsCentredOnTheEditorAndStaysOnTheScreen() {
        Rectangle screen = new Rectangle(0, 0, 1280, 720);
        Dimension size = new Dimension(560, 460);
        assertThat(PrintSettings.centred(new Rectangle(0, 0, 1280, 720), size, screen))
                .isEqualTo(new Point(360, 130));
        assertThat(PrintSettings.centred(new Rectangle(1000, 600, 400, 300), size, screen))
                .isEqualTo(new Point(720, 260));
        assertThat(PrintSettings.centred(new Rectangle(-200, -100, 300, 200), size, screen))
                .isEqualTo(new Point(0, 0));
    }
}
