package org.backsheet.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.function.Predicate;
import org.backsheet.model.Exercise;
import org.backsheet.model.Problem;

/**
 * The folder of a clinic's own exercises, one {@code ID.exercise.json} file each, as the editor changes it.
 * Several clinicians may share the folder on a network drive: every change touches only its own file, a new
 * exercise never overwrites a file that appeared meanwhile (it takes the next free id instead), and every
 * file is complete the moment it becomes visible under its name.
 */
public final class LibraryFolder {

    private final Path folder;

    public LibraryFolder(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    public Path folder() {
        return folder;
    }

    /** The file that holds exercise {@code id}. */
    public Path fileOf(String id) {
        return folder.resolve(id + ExerciseFiles.EXTENSION);
    }

    public boolean exists(String id) {
        return Files.exists(fileOf(id));
    }

    /** Every exercise in the folder (see {@link UserLibrary#load}); bad files go to {@code problems}. */
    public List<Exercise> load(List<Problem> problems) {
        return load(problems, id -> false);
    }

    /** Like {@link #load(List)}, leaving out (with a warning naming the file) ids {@code reserved} says are taken. */
    public List<Exercise> load(List<Problem> problems, Predicate<String> reserved) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        StaleTemps.cleanAll(folder);
        return UserLibrary.load(folder, problems, reserved);
    }

    /**
     * Writes a new exercise. Its id is kept when free; when {@code taken} says it is used, or another program
     * created the file meanwhile, the next free numbered id is used. Returns the exercise as saved.
     */
    public Exercise add(Exercise exercise, Predicate<String> taken) throws IOException {
        Files.createDirectories(folder);
        String base = exercise.id();
        for (int n = 1; n < 10_000; n++) {
            String id = ExerciseIds.numbered(base, n);
            if (taken.test(id) || exists(id)) {
                continue;
            }
            Exercise candidate = exercise.withId(id);
            if (createNew(fileOf(id), bytes(candidate))) {
                return candidate;
            }
        }
        throw new IOException("Could not save " + fileOf(base) + ": no free id left for '" + base + "'");
    }

    /** Saves a changed exercise over its own file, all or nothing (see {@link AtomicFiles}). */
    public void replace(Exercise exercise) throws IOException {
        Files.createDirectories(folder);
        byte[] bytes = bytes(exercise);
        AtomicFiles.write(fileOf(exercise.id()), out -> out.write(bytes));
    }

    /** Removes the exercise's file; false when it was already gone (someone else deleted it). */
    public boolean delete(String id) throws IOException {
        try {
            return Files.deleteIfExists(fileOf(id));
        } catch (IOException e) {
            throw AtomicFiles.explain(fileOf(id), e);
        }
    }

    static byte[] bytes(Exercise exercise) {
        return ExerciseFiles.toJson(exercise).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Creates {@code target} with {@code content} only if no such file exists, and so that nobody ever sees
     * it half written: the content goes to a hidden temporary file first, which is then hard-linked under the
     * real name (the link fails if the name is taken, even when two machines try at the same moment). Where
     * the drive cannot link, the file is created exclusively and written in place.
     */
    private static boolean createNew(Path target, byte[] content) throws IOException {
        Path temp = StaleTemps.newName(target);
        try {
            writeExclusive(temp, content);
            try {
                Files.createLink(target, temp);
                return true;
            } catch (FileAlreadyExistsException e) {
                return false;
            } catch (UnsupportedOperationException | FileSystemException e) {
                if (Files.exists(target)) {
                    return false;
                }
                return createInPlace(target, content);
            }
        } catch (IOException e) {
            throw AtomicFiles.explain(target, e);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static boolean createInPlace(Path target, byte[] content) throws IOException {
        try {
            writeExclusive(target, content);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        }
    }

    private static void writeExclusive(Path file, byte[] content) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                OutputStream out = Channels.newOutputStream(channel)) {
            out.write(content);
            out.flush();
            channel.force(true);
        }
    }
}
