package org.backsheet.model;

import java.util.List;

/** The words of an exercise in one language: what the handout prints about it. */
public record ExerciseText(String name, List<String> steps, String purpose, List<String> cautions) {

    public ExerciseText {
        steps = steps == null ? List.of() : List.copyOf(steps);
        cautions = cautions == null ? List.of() : List.copyOf(cautions);
    }
}
