package org.backsheet.render;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** The three faces of Liberation Sans loaded into one document, embedded as subsets when it is saved. */
final class DocumentFonts {

    final PDType0Font regular;
    final PDType0Font bold;
    final PDType0Font italic;
    final FontFiles files;

    DocumentFonts(PDDocument document, FontFiles files) throws IOException {
        this.files = files;
        regular = PDType0Font.load(document, files.regular, true);
        bold = PDType0Font.load(document, files.bold, true);
        italic = PDType0Font.load(document, files.italic, true);
    }
}
