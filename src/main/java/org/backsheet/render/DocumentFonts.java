package org.backsheet.render;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** The three faces of Liberation Sans loaded into one document, embedded as subsets when it is saved. */
final class DocumentFonts {

    final Face regular;
    final Face bold;
    final Face italic;
    final FontFiles files;

    DocumentFonts(PDDocument document, FontFiles files) throws IOException {
        this.files = files;
        regular = new Face(PDType0Font.load(document, files.regular, true), files.regularWidths);
        bold = new Face(PDType0Font.load(document, files.bold, true), files.boldWidths);
        italic = new Face(PDType0Font.load(document, files.italic, true), files.italicWidths);
    }
}
