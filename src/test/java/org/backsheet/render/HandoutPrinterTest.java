package org.backsheet.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.awt.print.PrinterException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.print.PrintService;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

/**
 * Prints a handout for real: through Java's print service to the CUPS queue BackSheetPDF, whose cups-pdf
 * "printer" writes each job as a PDF. The job must come out with every page, looking like the exported handout.
 * Set the queue up with {@code .ci/setup-printer}; where it does not exist the printing test is skipped.
 */
class HandoutPrinterTest {

    private static final float DPI = 72;
    private static final int BLOCK = 4;
    /**
     * Largest mean ink difference of a printed page from its exported page. Measured: about 1 (the same page)
     * against 4.4 to 6 (another page of the same handout).
     */
    private static final double SAME_PAGE = 2.5;

    @Test
    void unknownPrinterIsNamedInTheMessage() {
        assertThatThrownBy(() -> HandoutPrinter.find("No Such Printer 42"))
                .isInstanceOf(PrinterException.class)
                .hasMessageContaining("No printer named \"No Such Printer 42\"");
    }

    @Test
    void printedHandoutComesOutOfTheQueueWithTheSamePages() throws Exception {
        assumeTrue(CupsPdfOutput.queueExists(), CupsPdfOutput.skipReason());
        String jobName = "backsheet-test-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
        byte[] exported = HandoutStandardsTest.render(TestCatalog.typicalSheet());
        PrintService printer = HandoutPrinter.find(CupsPdfOutput.QUEUE);

        try (PDDocument handout = Loader.loadPDF(exported);
                CupsPdfOutput output = new CupsPdfOutput()) {
            HandoutPrinter.print(handout, printer, 1, jobName);
            Path printed = output.await(jobName, printer, Duration.ofSeconds(120));
            try (PDDocument paper = Loader.loadPDF(printed.toFile())) {
                int pages = handout.getNumberOfPages();
                assertThat(paper.getNumberOfPages()).isEqualTo(pages);
                List<double[][]> want = new ArrayList<>();
                List<double[][]> got = new ArrayList<>();
                for (int i = 0; i < pages; i++) {
                    want.add(ink(new PDFRenderer(handout).renderImageWithDPI(i, DPI, ImageType.GRAY)));
                    got.add(ink(new PDFRenderer(paper).renderImageWithDPI(i, DPI, ImageType.GRAY)));
                }
                for (int i = 0; i < pages; i++) {
                    double same = difference(want.get(i), got.get(i));
                    assertThat(same)
                            .as("printed page %d against exported page %d", i + 1, i + 1)
                            .isLessThan(SAME_PAGE);
                    for (int j = 0; j < pages; j++) {
                        if (j != i) {
                            // Each printed page looks far more like its own page than like any other.
                            assertThat(difference(want.get(i), got.get(j)))
                                    .as("printed page %d against exported page %d", j + 1, i + 1)
                                    .isGreaterThan(2 * same);
                        }
                    }
                }
            } finally {
                Files.deleteIfExists(printed);
            }
        }
    }

    /**
     * How much ink each small square of the page holds (0 white to 255 black), averaged over {@code BLOCK} x
     * {@code BLOCK} pixels. Text printed as outlines is anti-aliased differently from text drawn with its font;
     * averaging keeps the layout and drops those edge differences.
     */
    static double[][] ink(BufferedImage page) {
        int w = page.getWidth() / BLOCK;
        int h = page.getHeight() / BLOCK;
        double[][] ink = new double[h][w];
        for (int y = 0; y < h * BLOCK; y++) {
            for (int x = 0; x < w * BLOCK; x++) {
                ink[y / BLOCK][x / BLOCK] += (255 - (page.getRGB(x, y) & 0xFF)) / (double) (BLOCK * BLOCK);
            }
        }
        return ink;
    }

    /** Mean absolute difference of two ink maps; pages of different size count as completely different. */
    static double difference(double[][] a, double[][] b) {
        if (Math.abs(a.length - b.length) > 1 || Math.abs(a[0].length - b[0].length) > 1) {
            return 255;
        }
        int h = Math.min(a.length, b.length);
        int w = Math.min(a[0].length, b[0].length);
        double sum = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                sum += Math.abs(a[y][x] - b[y][x]);
            }
        }
        return sum / (w * h);
    }
}
