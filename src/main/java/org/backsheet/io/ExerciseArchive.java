package org.backsheet.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.backsheet.model.Exercise;
import org.backsheet.model.Problem;

/**
 * Exercises passed between clinics as a folder of exercise files or as one zip of them. Reading a zip never
 * writes anything to disk (so no entry can escape to another folder) and stops at fixed limits, counted on the
 * bytes actually unpacked, so a hostile zip cannot fill the memory.
 */
public final class ExerciseArchive {

    /** Most exercise files one zip may hold. */
    public static final int MAX_ENTRIES = 2_000;
    /** Largest unpacked exercise file (a scaled photo fits many times over). */
    public static final int MAX_ENTRY_BYTES = 8 * 1024 * 1024;
    /** Most bytes unpacked from one zip altogether. */
    public static final long MAX_TOTAL_BYTES = 256L * 1024 * 1024;

    private ExerciseArchive() {}

    public static boolean isZip(Path file) {
        return file.getFileName() != null
                && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    /**
     * The exercises of a folder or a zip; each bad file is one problem and is left out. Long work (a big zip):
     * call it off the event thread; an interrupt stops it with an {@code InterruptedIOException}.
     */
    public static List<Exercise> read(Path source, List<Problem> problems) throws IOException {
        if (Files.isDirectory(source)) {
            return UserLibrary.load(source, problems);
        }
        String notAFile = FileKinds.whyNotReadable(source);
        if (notAFile != null) {
            throw new IOException(source + ": " + (Files.exists(source) ? notAFile : "no such folder or zip file"));
        }
        return readZip(source.toString(), () -> Files.newInputStream(source), problems);
    }

    /** Reads a zip from a stream (kept in memory, as the names may have to be read twice). */
    static List<Exercise> readZip(String zipName, InputStream raw, List<Problem> problems) throws IOException {
        byte[] bytes = raw.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_TOTAL_BYTES));
        return readZip(zipName, () -> new ByteArrayInputStream(bytes), problems);
    }

    private interface Opener {
        InputStream open() throws IOException;
    }

    /**
     * Reads the zip with UTF-8 names (what the zip format asks for, and what macOS and Linux write); when a
     * name is not UTF-8 (a zip made by Windows' own compressor uses the system's code page), reads it again
     * with the legacy code page so the exercises still come in.
     */
    private static List<Exercise> readZip(String zipName, Opener opener, List<Problem> problems) throws IOException {
        Charset[] charsets = {StandardCharsets.UTF_8, ZipNames.legacyCharset(), StandardCharsets.ISO_8859_1};
        for (Charset names : charsets) {
            List<Problem> found = new ArrayList<>();
            try (InputStream in = opener.open()) {
                List<Exercise> exercises = new ZipReading(zipName, found).read(in, names);
                problems.addAll(found);
                return exercises;
            } catch (IllegalArgumentException badName) {
                // The names are not in this character set: try the next one.
            }
        }
        problems.add(Problem.ofFile(zipName, "the names of the files in the zip cannot be read"));
        return List.of();
    }

    /**
     * Writes the exercises to {@code target}: a zip when its name ends in {@code .zip} (replaced all or
     * nothing), else a folder that gets one {@code ID.exercise.json} per exercise.
     */
    public static void write(List<Exercise> exercises, Path target) throws IOException {
        if (isZip(target)) {
            Path parent = target.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            AtomicFiles.write(target, out -> writeZip(exercises, out));
            return;
        }
        Files.createDirectories(target);
        for (Exercise e : exercises) {
            byte[] bytes = LibraryFolder.bytes(e);
            AtomicFiles.write(target.resolve(e.id() + ExerciseFiles.EXTENSION), out -> out.write(bytes));
        }
    }

    /** Writes the zip into {@code target}; AtomicFiles forces and closes it once this returns. */
    private static void writeZip(List<Exercise> exercises, OutputStream target) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(target, StandardCharsets.UTF_8);
        for (Exercise e : exercises) {
            zip.putNextEntry(new ZipEntry(e.id() + ExerciseFiles.EXTENSION));
            zip.write(LibraryFolder.bytes(e));
            zip.closeEntry();
        }
        zip.finish();
        zip.flush();
    }
}
