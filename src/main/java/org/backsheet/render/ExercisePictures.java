package org.backsheet.render;

import java.io.IOException;
import org.backsheet.model.Exercise;
import org.backsheet.model.SheetItem;

/**
 * Draws the picture of one exercise into the box the handout keeps for it (left of the steps). The box is
 * given in PDF user space: {@code (x, y)} is its lower-left corner. Implementations must be thread-safe:
 * one renderer draws several handouts at once.
 */
public interface ExercisePictures {

    /**
     * Draws the picture for {@code item} (whose exercise is {@code exercise}, never null here) inside the box.
     * An item's own photo, when it has one, should win over the exercise's picture.
     */
    void draw(PictureTarget target, Exercise exercise, SheetItem item, float x, float y, float width, float height)
            throws IOException;
}
