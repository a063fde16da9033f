package org.backsheet.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.backsheet.catalog.Catalog;
import org.backsheet.model.Exercise;
import org.backsheet.model.Origin;
import org.backsheet.model.Problem;

/**
 * A clinic's own exercises: a folder of {@code .exercise.json} files (perhaps shared on a network drive).
 * One bad file never hides the good ones: it is reported and skipped.
 */
public final class UserLibrary {

    private UserLibrary() {}

    /**
     * Every {@code *.exercise.json} directly in {@code folder}, sorted by file name, marked {@link Origin#USER}.
     * Each bad file adds its problems to {@code problems} and is left out; so does a second file with an id
     * already used (a warning). A folder that does not exist or cannot be listed is one problem.
     */
    public static List<Exercise> load(Path folder, List<Problem> problems) {
        return load(folder, problems, id -> false);
    }

    /**
     * Like {@link #load(Path, List)}; an exercise whose id {@code reserved} says is taken (a built-in one) is
     * left out with a warning that names its real file.
     *
     * <p>Only ordinary files are read. A symbolic link is followed only when it leads to a file inside the
     * folder: a link to {@code /etc/shadow} must neither be read nor have its content quoted in a message.
     */
    public static List<Exercise> load(Path folder, List<Problem> problems, Predicate<String> reserved) {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(folder, "*" + ExerciseFiles.EXTENSION)) {
            for (Path p : dir) {
                files.add(p);
            }
        } catch (IOException e) {
            problems.add(Problem.ofFile(folder.toString(), unreadableFolder(folder, e)));
            return List.of();
        }
        files.sort(null);
        LibraryFiles inside = new LibraryFiles(folder);
        List<Exercise> exercises = new ArrayList<>();
        Map<String, Path> fileById = new HashMap<>();
        for (Path file : files) {
            if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                continue; // a folder that happens to have the extension holds no exercise
            }
            String refused = inside.whyNotRead(file);
            if (refused != null) {
                problems.add(Problem.ofFile(file.toString(), refused + "; it is skipped")
                        .asWarning());
                continue;
            }
            try {
                List<Problem> warnings = new ArrayList<>();
                Exercise e = ExerciseFiles.read(file, warnings).withOrigin(Origin.USER);
                problems.addAll(warnings);
                Path first = fileById.putIfAbsent(e.id(), file);
                if (first != null) {
                    problems.add(Problem.atField(
                                    file.toString(),
                                    "id",
                                    "the id '" + e.id() + "' is already used by " + first.getFileName()
                                            + "; this file is skipped")
                            .asWarning());
                } else if (reserved.test(e.id())) {
                    problems.add(Problem.atField(
                                    file.toString(),
                                    "id",
                                    "the id '" + e.id() + "' is taken by a "
                                            + "built-in exercise; the built-in one is used")
                            .asWarning());
                } else {
                    exercises.add(e);
                }
            } catch (FileFormatException e) {
                problems.addAll(e.problems());
            } catch (IOException e) {
                problems.add(Problem.ofFile(file.toString(), "cannot be read: " + reason(e)));
            } catch (RuntimeException | OutOfMemoryError e) {
                // One damaged or hostile file must never stop the whole library (and with it every command).
                problems.add(Problem.ofFile(
                        file.toString(), "cannot be read (" + e.getClass().getSimpleName() + "); it is skipped"));
            }
        }
        return exercises;
    }

    /** Why the folder could not be listed, in words (the exception's message is often just the path). */
    public static String unreadableFolder(Path folder, IOException e) {
        if (!Files.isDirectory(folder)) {
            return "the exercise library folder does not exist";
        }
        return "the exercise library folder cannot be read: " + reason(e);
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    /** {@code builtIn} plus the exercises of {@code folder}; clashes and bad files go to {@code problems}. */
    public static Catalog catalogWith(Catalog builtIn, Path folder, List<Problem> problems) {
        return builtIn.withUserExercises(load(folder, problems, builtIn::contains), problems);
    }
}
