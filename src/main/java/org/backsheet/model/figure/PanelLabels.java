package org.backsheet.model.figure;

/**
 * The words over the two pictures of a movement. {@code START_FINISH} suits most exercises; a breathing exercise
 * says what to do with the breath in each picture instead, because readers took a breath arrow by the head for
 * "move your head". {@code RELAXED_TIGHT} names the two states of a muscle that barely moves. Two sets are for
 * three pictures: {@code LEFT_START_RIGHT} (a movement to either side of a middle start, such as knee rolls) and
 * {@code START_BREATHE_IN_OUT} (move, then breathe in, then breathe out while moving back; numbered, because
 * readers could not tell the order of three pictures).
 */
public enum PanelLabels {
    START_FINISH,
    BREATHE_IN_OUT,
    RELAXED_TIGHT,
    LEFT_START_RIGHT,
    START_BREATHE_IN_OUT,
    /** The pictures numbered 1, 2, 3, matching the first steps of the text (leg twist: lie, bend, cross). */
    NUMBERED
}
