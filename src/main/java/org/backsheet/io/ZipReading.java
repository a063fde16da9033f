package org.backsheet.io;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.backsheet.model.Exercise;
import org.backsheet.model.Problem;

/**
 * One pass over a zip of exercise files. Every byte unpacked counts towards the zip's total, including the
 * bytes of entries that are not exercise files and are only skipped (a bomb of text entries must not unpack
 * gigabytes unnoticed). When nothing comes in, a problem says why: not a zip, an empty zip, or a zip without
 * exercise files.
 */
final class ZipReading {

    private final String zipName;
    private final List<Problem> problems;
    private final Set<String> ids = new HashSet<>();
    private final byte[] skipBuffer = new byte[64 * 1024];
    private long total;
    private int entries;
    private int exerciseFiles;
    private boolean stopped;

    ZipReading(String zipName, List<Problem> problems) {
        this.zipName = zipName;
        this.problems = problems;
    }

    /** @throws IllegalArgumentException when an entry's name is not text in {@code names} */
    List<Exercise> read(InputStream raw, Charset names) throws IOException {
        List<Exercise> exercises = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(raw, names)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                checkInterrupt();
                entries++;
                String name = entry.getName();
                if (entry.isDirectory() || !name.toLowerCase(Locale.ROOT).endsWith(ExerciseFiles.EXTENSION)) {
                    if (!skip(zip)) {
                        break;
                    }
                    continue;
                }
                if (++exerciseFiles > ExerciseArchive.MAX_ENTRIES) {
                    problems.add(Problem.ofFile(
                            zipName,
                            "holds more than " + ExerciseArchive.MAX_ENTRIES
                                    + " exercise files; the rest are not read"));
                    stopped = true;
                    break;
                }
                if (!readEntry(zip, zipName + "!" + name, exercises)) {
                    break;
                }
            }
        } catch (ZipException | EOFException e) {
            problems.add(Problem.ofFile(zipName, "is not a readable zip file (" + e.getMessage() + ")"));
            return exercises;
        }
        if (stopped) {
            return exercises; // the reason is already reported
        }
        if (entries == 0) {
            problems.add(Problem.ofFile(zipName, "holds no files: it is empty, or it is not a zip file"));
        } else if (exerciseFiles == 0) {
            problems.add(Problem.ofFile(
                    zipName,
                    "holds " + entries + (entries == 1 ? " file" : " files")
                            + ", but no exercise files (names ending in " + ExerciseFiles.EXTENSION + ")"));
        }
        return exercises;
    }

    /** Reads one exercise entry; false when the zip's total is used up and reading must stop. */
    private boolean readEntry(ZipInputStream zip, String where, List<Exercise> exercises) throws IOException {
        byte[] bytes = zip.readNBytes(ExerciseArchive.MAX_ENTRY_BYTES + 1);
        total += bytes.length;
        if (bytes.length > ExerciseArchive.MAX_ENTRY_BYTES) {
            problems.add(Problem.ofFile(
                    where,
                    "is larger than " + ExerciseArchive.MAX_ENTRY_BYTES / (1024 * 1024)
                            + " MB unpacked; it is skipped"));
            return skip(zip);
        }
        if (total > ExerciseArchive.MAX_TOTAL_BYTES) {
            tooMuch();
            return false;
        }
        try {
            List<Problem> warnings = new ArrayList<>();
            Exercise e = ExerciseFiles.parse(where, bytes, warnings);
            problems.addAll(warnings);
            if (ids.add(e.id())) {
                exercises.add(e);
            } else {
                problems.add(Problem.atField(
                                where, "id", "the id '" + e.id() + "' appears twice in the zip; this one is skipped")
                        .asWarning());
            }
        } catch (FileFormatException e) {
            problems.addAll(e.problems());
        }
        return true;
    }

    /** Unpacks the rest of the current entry without keeping it; false when the zip's total is used up. */
    private boolean skip(ZipInputStream zip) throws IOException {
        int n;
        while ((n = zip.read(skipBuffer)) > 0) {
            total += n;
            if (total > ExerciseArchive.MAX_TOTAL_BYTES) {
                tooMuch();
                return false;
            }
            checkInterrupt();
        }
        return true;
    }

    private void tooMuch() {
        stopped = true;
        problems.add(Problem.ofFile(
                zipName,
                "unpacks to more than " + ExerciseArchive.MAX_TOTAL_BYTES / (1024 * 1024)
                        + " MB; the rest is not read"));
    }

    private static void checkInterrupt() throws InterruptedIOException {
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedIOException("reading the zip was cancelled");
        }
    }
}
