package org.backsheet.render;

import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Where an exercise picture is drawn: the document (to create image XObjects) and the open content stream of
 * the page being drawn. A picture may change the graphics state only inside saveGraphicsState /
 * restoreGraphicsState, and must stay inside the box it was given.
 */
public interface PictureTarget {

    PDDocument document();

    /** The current page's content stream, positioned in PDF user space (points, origin bottom left). */
    PDPageContentStream contents();

    /** True when the sheet is printed in large print (a picture may draw thicker lines). */
    boolean largePrint();

    /** The language of the handout, for any words a picture carries ("Start", "Finish"). */
    default Locale locale() {
        return Locale.ENGLISH;
    }

    /** Reports a problem that should not stop the handout (a corrupt photo, say); shown to the user once. */
    void warn(String message);
}
