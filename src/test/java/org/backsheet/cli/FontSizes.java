package org.backsheet.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Reads back the size of the printed text of a PDF, to check the large-print option really took effect. */
final class FontSizes extends PDFTextStripper {

    private final Map<Float, Integer> characterCountBySize = new HashMap<>();

    private FontSizes() {}

    /** The font size (in points, rounded to 0.5) that most characters of the document are printed in. */
    static float mostCommon(Path pdf) throws IOException {
        FontSizes sizes = new FontSizes();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            sizes.writeText(document, new StringWriter());
        }
        return sizes.characterCountBySize.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .orElseThrow()
                .getKey();
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        for (TextPosition position : positions) {
            float size = Math.round(position.getFontSizeInPt() * 2) / 2f;
            characterCountBySize.merge(size, 1, Integer::sum);
        }
    }
}
