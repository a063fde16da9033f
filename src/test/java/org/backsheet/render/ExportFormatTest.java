package org.backsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one rule that names an exported handout after its sheet, for the command line and the editor alike. */
class ExportFormatTest {

    @ParameterizedTest
    @CsvSource({
        "x/knee-pain.backsheet.json, knee-pain.pdf",
        "Knee.BACKSHEET.JSON, Knee.pdf",
        "back.JSON, back.pdf",
        "notes.txt, notes.txt.pdf",
        "anna.smith.backsheet.json, anna.smith.pdf",
        ".backsheet.json, handout.pdf"
    })
    void theOutputIsNamedAfterTheSheetWithoutItsExtension(String sheet, String expected) {
        assertThat(ExportFormat.PDF.fileName(Path.of(sheet), "handout")).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"handout", "exercise-sheet"})
    void aSheetWithoutAFileTakesTheFallback(String fallback) {
        assertThat(ExportFormat.PDF.fileName(null, fallback)).isEqualTo(fallback + ".pdf");
    }
}
