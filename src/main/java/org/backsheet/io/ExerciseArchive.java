package org.backsheet.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
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

    private ExerciseArchive() {
    }

    public static boolean isZip(Path file) {
        return file.getFileName() != null
                && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    /** The exercises of a folder or a zip; each bad file is one problem and is left out. */
    public static List<Exercise> read(Path source, List<Problem> problems) throws IOException {
        if (Files.isDirectory(source)) {
            return UserLibrary.load(source, problems);
        }
        if (!Files.isRegularFile(source)) {
            throw new IOException(source + ": no such folder or zip file");
        }
        try (InputStream in = Files.newInputStream(source)) {
            return readZip(source.toString(), in, problems);
        }
    }

    static List<Exercise> readZip(String zipName, InputStream raw, List<Problem> problems) throws IOException {
        List<Exercise> exercises = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        long total = 0;
        int count = 0;
        try (ZipInputStream zip = new ZipInputStream(raw, StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                String name = entry.getName();
                if (entry.isDirectory() || !name.toLowerCase(Locale.ROOT).endsWith(ExerciseFiles.EXTENSION)) {
                    continue;
                }
                String where = zipName + "!" + name;
                if (++count > MAX_ENTRIES) {
                    problems.add(Problem.ofFile(zipName, "holds more than " + MAX_ENTRIES
                            + " exercise files; the rest are not read"));
                    break;
                }
                byte[] bytes = zip.readNBytes(MAX_ENTRY_BYTES + 1);
                total += bytes.length;
                if (bytes.length > MAX_ENTRY_BYTES) {
                    problems.add(Problem.ofFile(where, "is larger than " + MAX_ENTRY_BYTES / (1024 * 1024)
                            + " MB unpacked; it is skipped"));
                    continue;
                }
                if (total > MAX_TOTAL_BYTES) {
                    problems.add(Problem.ofFile(zipName, "unpacks to more than " + MAX_TOTAL_BYTES / (1024 * 1024)
                            + " MB; the rest is not read"));
                    break;
                }
                try {
                    List<Problem> warnings = new ArrayList<>();
                    Exercise e = ExerciseFiles.parse(where, bytes, warnings);
                    problems.addAll(warnings);
                    if (ids.add(e.id())) {
                        exercises.add(e);
                    } else {
                        problems.add(Problem.atField(where, "id", "the id '" + e.id()
                                + "' appears twice in the zip; this one is skipped").asWarning());
                    }
                } catch (FileFormatException e) {
                    problems.addAll(e.problems());
                }
            }
        } catch (ZipException | java.io.EOFException e) {
            problems.add(Problem.ofFile(zipName, "is not a readable zip file (" + e.getMessage() + ")"));
        }
        return exercises;
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

    private static void writeZip(List<Exercise> exercises, OutputStream target) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(new NonClosing(target), StandardCharsets.UTF_8);
        for (Exercise e : exercises) {
            zip.putNextEntry(new ZipEntry(e.id() + ExerciseFiles.EXTENSION));
            zip.write(LibraryFolder.bytes(e));
            zip.closeEntry();
        }
        zip.finish();
        zip.flush();
    }

    /** AtomicFiles forces and closes the stream itself after the writer returns. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /** For tests: the zip bytes of {@code exercises}. */
    static byte[] zipBytes(List<Exercise> exercises) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        writeZip(exercises, bytes);
        return bytes.toByteArray();
    }
}
