package org.backsheet.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.backsheet.model.Exercise;
import org.backsheet.model.Origin;
import org.backsheet.model.Problem;

/** Reading and writing exercise files ({@code .exercise.json}, docs/formats.md). */
public final class ExerciseFiles {

    /** The extension of exercise files. */
    public static final String EXTENSION = ".exercise.json";

    private ExerciseFiles() {}

    /** Parses a user's exercise file ({@link Origin#USER}); {@code fileName} is used in messages only. */
    public static Exercise parse(String fileName, byte[] content) throws FileFormatException {
        return ExerciseReader.read(fileName, content, Origin.USER);
    }

    /** Parses an exercise file and marks the exercise as coming from {@code origin}. */
    public static Exercise parse(String fileName, byte[] content, Origin origin) throws FileFormatException {
        return ExerciseReader.read(fileName, content, origin);
    }

    /**
     * Like {@link #parse(String, byte[])}; the warnings of a file that loads (a figure part that is left out,
     * for example) go to {@code warnings} so that they reach the user.
     */
    public static Exercise parse(String fileName, byte[] content, List<Problem> warnings) throws FileFormatException {
        return ExerciseReader.read(fileName, content, Origin.USER, warnings);
    }

    /** Reads a user's exercise file, adding its warnings to {@code warnings}. */
    public static Exercise read(Path file, List<Problem> warnings) throws FileFormatException, IOException {
        return parse(file.toString(), JsonDocument.readBytes(file), warnings);
    }

    /** Reads a user's exercise file; problems are named after {@code file} as given. */
    public static Exercise read(Path file) throws FileFormatException, IOException {
        return parse(file.toString(), JsonDocument.readBytes(file));
    }

    /** The exercise as pretty-printed JSON; parsing it gives back an equal exercise (origin aside). */
    public static String toJson(Exercise exercise) {
        return ExerciseWriter.toJson(exercise);
    }

    /** Saves safely (see {@link AtomicFiles}), keeping the previous file as {@code NAME.exercise.json.bak}. */
    public static void save(Exercise exercise, Path file) throws IOException {
        byte[] bytes = toJson(exercise).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.writeKeepingBackup(file, out -> out.write(bytes));
    }
}
