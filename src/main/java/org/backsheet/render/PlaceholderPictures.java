package org.backsheet.render;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.backsheet.model.Exercise;
import org.backsheet.model.SheetItem;

/** The picture used until real figures exist: an empty light grey rounded frame. */
public final class PlaceholderPictures implements ExercisePictures {

    @Override
    public void draw(
            PictureTarget target, Exercise exercise, SheetItem item, float x, float y, float width, float height)
            throws IOException {
        drawFrame(target.contents(), x, y, width, height);
    }

    /** The light grey rounded frame, also used for an exercise missing from the library. */
    static void drawFrame(PDPageContentStream cs, float x, float y, float width, float height) throws IOException {
        float inset = 0.5f;
        cs.saveGraphicsState();
        cs.setStrokingColor(0.78f, 0.78f, 0.78f);
        cs.setLineWidth(1f);
        Shapes.roundedRect(cs, x + inset, y + inset, width - 2 * inset, height - 2 * inset, 6f);
        cs.stroke();
        cs.restoreGraphicsState();
    }
}
