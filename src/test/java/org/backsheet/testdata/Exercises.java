package org.backsheet.testdata;

import java.util.List;
import org.backsheet.model.Exercise;
import org.backsheet.model.ExerciseBuilder;
import org.backsheet.model.Origin;

/**
 * Test exercises: {@code Exercises.exercise("pelvic-tilt").dose(...).build()} gives an exercise with a name made
 * from its id and one step, the least an exercise file must have; everything else as the test sets it.
 */
public final class Exercises {

    private Exercises() {}

    public static ExerciseBuilder exercise(String id) {
        return Exercise.builder(id, nameOf(id)).steps(List.of("Do it slowly."));
    }

    /** A clinic's own exercise (origin user). */
    public static ExerciseBuilder own(String id) {
        return exercise(id).origin(Origin.USER);
    }

    /** "pelvic-tilt" gives "Pelvic tilt". */
    private static String nameOf(String id) {
        String words = id.replace('-', ' ');
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
