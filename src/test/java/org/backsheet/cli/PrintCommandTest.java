package org.backsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.backsheet.render.CupsPdfOutput;
import org.backsheet.render.HandoutPrinter;
import org.junit.jupiter.api.Test;

/**
 * print SHEET.json [--printer NAME] [--copies N]: exit codes and messages. Printing itself is tested through a
 * real queue in HandoutPrinterTest; here only the happy path's message needs the BackSheetPDF queue.
 */
class PrintCommandTest extends CliTest {

    @Test
    void unknownPrinterIsAFailureWithOneClearLine() throws IOException {
        Path sheet = SheetFilesForTests.goodSheet(tmp, "zofia.backsheet.json");
        CliRun run = run("print", sheet.toString(), "--printer", "Nowhere Printer");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).contains("zofia.backsheet.json", "No printer named \"Nowhere Printer\"");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void badSheetIsBadInputAndNothingIsPrinted() throws IOException {
        Path sheet = SheetFilesForTests.sheet(tmp, "bad.backsheet.json", "{\"exercise\": \"no-such-exercise\"}");
        CliRun run = badInput("print", sheet.toString(), "--printer", "Nowhere Printer");
        assertThat(run.err()).contains("bad.backsheet.json", "no-such-exercise").doesNotContain("printer");
    }

    @Test
    void copiesOutOfRangeIsBadInput() throws IOException {
        Path sheet = SheetFilesForTests.goodSheet(tmp, "zofia.backsheet.json");
        CliRun run = badInput("print", sheet.toString(), "--copies", "0");
        assertThat(run.err()).contains("--copies must be between 1 and 99, not 0");
    }

    @Test
    void printsOnTheNamedQueue() throws Exception {
        assumeTrue(CupsPdfOutput.queueExists(), CupsPdfOutput.skipReason());
        String jobName = "cli-print-test-" + System.nanoTime();
        Path sheet = SheetFilesForTests.goodSheet(tmp, jobName + ".backsheet.json");
        try (CupsPdfOutput output = new CupsPdfOutput()) {
            CliRun run = run("print", sheet.toString(), "--printer", "backsheetpdf");
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).contains("sent " + sheet, "to BackSheetPDF");
            // The job name is the sheet's name; the printed PDF is named after it.
            Path printed = output.await(jobName, HandoutPrinter.find(CupsPdfOutput.QUEUE), Duration.ofSeconds(120));
            try (PDDocument paper = Loader.loadPDF(printed.toFile())) {
                assertThat(paper.getNumberOfPages()).isPositive();
            } finally {
                Files.deleteIfExists(printed);
            }
        }
    }
}
