package org.backsheet.model.figure;

/** How the end pose is shown next to the start pose. */
public enum Presentation {
    /** The end pose drawn in light grey behind the start pose: best when only a limb moves. */
    OVERLAY,
    /** Start and end as two pictures, the start one carrying the arrow: best when the whole body moves. */
    PAIR
}
