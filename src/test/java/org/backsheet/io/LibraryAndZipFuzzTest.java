package org.backsheet.io;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.backsheet.model.Exercise;
import org.backsheet.model.Problem;

/**
 * Whatever a library folder or an exercise zip holds, loading it gives the good exercises and, for the rest,
 * problems that name a file and say what is wrong. An exception escaping, a hang or running out of memory is a
 * bug: one bad file must never stop the library (and with it every command and the editor).
 *
 * <p>In a normal build these replay the saved inputs in {@code LibraryAndZipFuzzTestInputs/}; to fuzz, run
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=LibraryAndZipFuzzTest#fuzzZipImport -Djazzer.max_duration=10m}.
 */
class LibraryAndZipFuzzTest {

    /** A folder of up to four exercise files made of the fuzzer's bytes (one of them may be a link). */
    @FuzzTest(maxDuration = "60s")
    void fuzzLibraryFolder(FuzzedDataProvider data) throws IOException {
        Path folder = Files.createTempDirectory("fuzz-library");
        try {
            int files = data.consumeInt(0, 4);
            for (int i = 0; i < files; i++) {
                Path file = folder.resolve("f" + i + ExerciseFiles.EXTENSION);
                if (data.consumeBoolean() && i > 0) {
                    Files.createSymbolicLink(
                            file,
                            Path.of(
                                    data.consumeBoolean()
                                            ? "f0" + ExerciseFiles.EXTENSION
                                            : "../outside" + ExerciseFiles.EXTENSION));
                } else {
                    Files.write(file, data.consumeBytes(data.remainingBytes() / Math.max(1, files - i)));
                }
            }
            List<Problem> problems = new ArrayList<>();
            List<Exercise> loaded = new LibraryFolder(folder).load(problems);
            checkNamed(problems, folder.toString());
            if (loaded.size() > files) {
                throw new AssertionError("more exercises than files: " + loaded.size());
            }
        } catch (UnsupportedOperationException noLinks) {
            // a file system without symbolic links: nothing to check
        } finally {
            try (Stream<Path> all = Files.walk(folder)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** Any bytes as the zip chosen for File > Import exercises. */
    @FuzzTest(maxDuration = "60s")
    void fuzzZipImport(byte[] zip) throws IOException {
        List<Problem> problems = new ArrayList<>();
        List<Exercise> read = ExerciseArchive.readZip("fuzzed.zip", new ByteArrayInputStream(zip), problems);
        checkNamed(problems, "fuzzed.zip");
        if (read.isEmpty() && problems.isEmpty()) {
            throw new AssertionError("nothing imported and no reason given");
        }
    }

    private static void checkNamed(List<Problem> problems, String where) {
        for (Problem p : problems) {
            if (p.message() == null || p.message().isBlank()) {
                throw new AssertionError("a problem without a message: " + p);
            }
            if (p.file() == null || !p.file().contains(where)) {
                throw new AssertionError("a problem that does not name the file: " + p);
            }
        }
    }
}
