package org.backsheet.model;

/** A body area an exercise stretches or strengthens; used for search and filters. */
public enum Target {
    LOWER_BACK,
    UPPER_BACK,
    ABDOMINALS,
    OBLIQUES,
    GLUTES,
    HIPS,
    HIP_FLEXORS,
    HAMSTRINGS,
    QUADRICEPS,
    CALVES,
    ANKLES,
    POSTURE,
    ENDURANCE
}
