package org.backsheet.model;

/** What an exercise mainly does for the back. */
public enum ExerciseKind {
    STRETCH,
    STRENGTHEN,
    STABILIZE,
    MOBILITY,
    AEROBIC
}
