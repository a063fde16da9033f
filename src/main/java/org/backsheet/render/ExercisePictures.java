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

    /**
     * How tall the picture for {@code item} is when drawn {@code width} wide and at most {@code height} tall,
     * with the little margin it keeps: two standing panels side by side make a wide, low picture that leaves the
     * lower part of the box empty, and the handout lets the text flow on under it there. The whole box by
     * default.
     */
    default float heightUsed(Exercise exercise, SheetItem item, float width, float height) {
        return height;
    }
}
