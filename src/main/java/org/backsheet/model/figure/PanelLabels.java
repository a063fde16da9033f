package org.backsheet.model.figure;

/**
 * The words over the two pictures of a movement. {@code START_FINISH} suits most exercises; a breathing exercise
 * says what to do with the breath in each picture instead, because readers took a breath arrow by the head for
 * "move your head". {@code RELAXED_TIGHT} names the two states of a muscle that barely moves.
 */
public enum PanelLabels {
    START_FINISH,
    BREATHE_IN_OUT,
    RELAXED_TIGHT
}
