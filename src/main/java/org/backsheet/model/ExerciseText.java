package org.backsheet.model;

import java.util.List;

/**
 * The words of an exercise in one language: what the handout prints about it. {@code subtitle} (optional) says
 * in plain words what a name a patient may not know means ("Stretching a deep muscle in your buttock").
 */
public record ExerciseText(String name, List<String> steps, String purpose, List<String> cautions, String subtitle) {

    public ExerciseText {
        steps = steps == null ? List.of() : List.copyOf(steps);
        cautions = cautions == null ? List.of() : List.copyOf(cautions);
    }

    /** Words without a subtitle. */
    public ExerciseText(String name, List<String> steps, String purpose, List<String> cautions) {
        this(name, steps, purpose, cautions, null);
    }
}
