package org.backsheet.model;

/** Things a patient needs for an exercise; the figure draws them as props. */
public enum Equipment {
    MAT,
    TOWEL,
    WALL,
    CHAIR,
    SWISS_BALL,
    STATIONARY_BIKE,
    TREADMILL,
    EXERCISE_MACHINE
}
