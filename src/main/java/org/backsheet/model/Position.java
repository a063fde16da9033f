package org.backsheet.model;

/** The body position an exercise starts from; the handout groups and labels exercises by it. */
public enum Position {
    LYING_ON_BACK,
    LYING_ON_FRONT,
    SIDE_LYING,
    HANDS_AND_KNEES,
    KNEELING,
    SITTING,
    STANDING
}
