package org.backsheet.model.figure;

/** From where a figure is seen: the side (most exercises), from above, or from the front (twists read best so). */
public enum View {
    SIDE,
    TOP,
    FRONT
}
