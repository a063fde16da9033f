package org.backsheet.model.figure;

/** How the end pose is shown next to the start pose. */
public enum Presentation {
    /** The end pose drawn as a dashed outline over the start pose: for a small movement of one limb. */
    OVERLAY,
    /** Start and end as two labelled pictures side by side (or one above the other): the usual choice. */
    PAIR
}
