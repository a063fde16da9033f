package org.backsheet.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.backsheet.catalog.Catalog;
import org.backsheet.model.Exercise;
import org.backsheet.model.Origin;
import org.backsheet.model.Problem;

/**
 * A clinic's own exercises: a folder of {@code .exercise.json} files (perhaps shared on a network drive).
 * One bad file never hides the good ones: it is reported and skipped.
 */
public final class UserLibrary {

    private UserLibrary() {
    }

    /**
     * Every {@code *.exercise.json} directly in {@code folder}, sorted by file name, marked {@link Origin#USER}.
     * Each bad file adds its problems to {@code problems} and is left out; so does a second file with an id
     * already used (a warning); a file that loads with a warning (a figure left out) adds it. A folder that does not exist or cannot be listed is one problem.
     */
    public static List<Exercise> load(Path folder, List<Problem> problems) {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(folder, "*" + ExerciseFiles.EXTENSION)) {
            for (Path p : dir) {
                if (Files.isRegularFile(p)) {
                    files.add(p);
                }
            }
        } catch (IOException e) {
            problems.add(Problem.ofFile(folder.toString(), Files.isDirectory(folder)
                    ? "the exercise library folder cannot be read: " + e.getMessage()
                    : "the exercise library folder does not exist"));
            return List.of();
        }
        files.sort(null);
        List<Exercise> exercises = new ArrayList<>();
        Map<String, Path> fileById = new HashMap<>();
        for (Path file : files) {
            try {
                Exercise e = ExerciseFiles.read(file, problems).withOrigin(Origin.USER);
                Path first = fileById.putIfAbsent(e.id(), file);
                if (first != null) {
                    problems.add(Problem.atField(file.toString(), "id", "the id '" + e.id() + "' is already used by "
                            + first.getFileName() + "; this file is skipped").asWarning());
                } else {
                    exercises.add(e);
                }
            } catch (FileFormatException e) {
                problems.addAll(e.problems());
            } catch (IOException e) {
                problems.add(Problem.ofFile(file.toString(), "cannot be read: " + e.getMessage()));
            }
        }
        return exercises;
    }

    /** {@code builtIn} plus the exercises of {@code folder}; clashes and bad files go to {@code problems}. */
    public static Catalog catalogWith(Catalog builtIn, Path folder, List<Problem> problems) {
        return builtIn.withUserExercises(load(folder, problems), problems);
    }
}
