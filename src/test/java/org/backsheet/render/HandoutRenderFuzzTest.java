package org.backsheet.render;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.backsheet.catalog.Catalog;
import org.backsheet.io.BuiltInCatalog;
import org.backsheet.io.FileFormatException;
import org.backsheet.io.SheetFiles;
import org.backsheet.model.Exercise;
import org.backsheet.model.Sheet;
import org.backsheet.model.SheetItem;
import org.backsheet.render.figure.FigurePictures;

/**
 * Any sheet that validates renders to a PDF that PDFBox opens again, with every glyph inside the margins and
 * every exercise's name in the text. The sheets are built from the fuzzer's bytes by {@link FuzzedSheets}.
 *
 * <p>In a normal build this replays the saved inputs in {@code HandoutRenderFuzzTestInputs/}; to fuzz, run
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=HandoutRenderFuzzTest#fuzzRenderSheet -Djazzer.max_duration=10m}.
 */
class HandoutRenderFuzzTest {

    private static final Catalog CATALOG = BuiltInCatalog.load();
    private static final List<String> IDS =
            CATALOG.all().stream().map(Exercise::id).toList();

    @FuzzTest(maxDuration = "60s")
    void fuzzRenderSheet(FuzzedDataProvider data) throws IOException {
        Sheet sheet = FuzzedSheets.sheet(data, IDS);
        if (!validates(sheet)) {
            return;
        }
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        RenderResult result =
                new HandoutRenderer(CATALOG, "BackSheet fuzz test", new FigurePictures()).render(sheet, pdf);

        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            if (document.getNumberOfPages() != result.pageCount()) {
                throw new AssertionError(
                        "the result says " + result.pageCount() + " pages, the PDF has " + document.getNumberOfPages());
            }
            PrintedText printed = PrintedText.of(document);
            printed.glyphsOutsideMargins(PageGeometry.MARGIN).ifPresent(glyph -> {
                throw new AssertionError("a glyph outside the margins: " + glyph);
            });
            for (SheetItem item : sheet.items()) {
                String name = CATALOG.find(item.exerciseId())
                        .orElseThrow()
                        .text(sheet.language())
                        .name();
                if (!printed.contains(name)) {
                    throw new AssertionError("the handout does not show the exercise name '" + name + "'");
                }
            }
        }
    }

    /** The sheet as a file would hold it passes the same checks as a file the editor opens and exports. */
    private static boolean validates(Sheet sheet) {
        try {
            SheetFiles.parse("fuzzed.backsheet.json", SheetFiles.toJson(sheet).getBytes(UTF_8));
            return true;
        } catch (FileFormatException invalid) {
            return false;
        }
    }
}
