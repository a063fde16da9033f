package org.backsheet.testdata;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.backsheet.io.ExerciseFiles;
import org.backsheet.io.FileFormatException;
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

    /**
     * Exercises kept as exercise files among the test resources, read as the program reads them:
     * {@code fromFiles(MyTest.class, "search/bridging")} reads {@code search/bridging.exercise.json} beside
     * {@code MyTest}, as built-in exercises. Data in files, not in code: a test's small catalog reads like the
     * shipped one.
     */
    public static List<Exercise> fromFiles(Class<?> anchor, String... names) {
        List<Exercise> all = new ArrayList<>();
        for (String name : names) {
            String file = name + ".exercise.json";
            try (InputStream in = anchor.getResourceAsStream(file)) {
                if (in == null) {
                    throw new IllegalArgumentException("no test resource " + file + " beside " + anchor.getName());
                }
                all.add(ExerciseFiles.parse(file, in.readAllBytes(), Origin.BUILT_IN));
            } catch (IOException | FileFormatException e) {
                throw new IllegalStateException(file + ": " + e.getMessage(), e);
            }
        }
        return all;
    }

    /** "pelvic-tilt" gives "Pelvic tilt". */
    private static String nameOf(String id) {
        String words = id.replace('-', ' ');
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
