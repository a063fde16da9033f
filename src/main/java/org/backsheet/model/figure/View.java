package org.backsheet.model.figure;

/**
 * From where a figure is seen. {@code SIDE} suits most exercises; {@code THREE_QUARTER} looks from beyond the feet,
 * round toward the person's left side, and from above, so that a person lying on the back with the knees falling
 * to one side reads at once (drawn with their left on the reader's left); {@code FRONT} suits a seated twist. {@code FEET} looks from beyond the feet and from above at a
 * person lying on the back: bent knees stand as an upright inverted V and a twist tilts them plainly to one side
 * (drawn the way people see their own body: their left is on the reader's left). {@code TOP} is kept for figures drawn by earlier versions.
 */
public enum View {
    SIDE,
    TOP,
    FRONT,
    THREE_QUARTER,
    FEET
}
