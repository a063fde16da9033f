package org.backsheet.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.backsheet.model.Problem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpora of broken files under {@code src/test/resources/io/bad-sheets} and {@code bad-exercises}: each file
 * must be refused, and its sidecar {@code <file>.expected} lists the texts (one per line) that the problems must
 * contain, each within a single problem line as a user would read it.
 */
class BadFilesTest {

    static Stream<Path> badSheets() throws Exception {
        return corpus("io/bad-sheets", SheetFiles.EXTENSION);
    }

    static Stream<Path> badExercises() throws Exception {
        return corpus("io/bad-exercises", ExerciseFiles.EXTENSION);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSheets")
    void everyBadSheetIsRefusedWithTheExpectedMessages(Path file) throws Exception {
        FileFormatException e = catchThrowableOfType(FileFormatException.class, () -> SheetFiles.read(file));
        assertProblems(file, e);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badExercises")
    void everyBadExerciseIsRefusedWithTheExpectedMessages(Path file) throws Exception {
        FileFormatException e = catchThrowableOfType(FileFormatException.class, () -> ExerciseFiles.read(file));
        assertProblems(file, e);
    }

    private static void assertProblems(Path file, FileFormatException e) throws IOException {
        assertThat(e).as("%s must be refused", file.getFileName()).isNotNull();
        List<String> lines = e.problems().stream().map(Problem::toString).toList();
        assertThat(lines).as("every problem names the file").allMatch(l -> l.startsWith(file.toString()));
        assertThat(lines).as("one line per problem").noneMatch(l -> l.contains("\n"));
        assertThat(lines)
                .as("no exception class names or stack traces")
                .noneMatch(l -> l.contains("Exception") || l.contains("\tat "));
        for (String expected : expectations(file)) {
            assertThat(lines).as("problems of %s", file.getFileName()).anySatisfy(l -> assertThat(l)
                    .contains(expected));
        }
    }

    private static List<String> expectations(Path file) throws IOException {
        Path sidecar = file.resolveSibling(file.getFileName() + ".expected");
        List<String> wanted = Files.readAllLines(sidecar, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .toList();
        assertThat(wanted)
                .as("%s lists at least one expected message", sidecar.getFileName())
                .isNotEmpty();
        return wanted;
    }

    private static Stream<Path> corpus(String folder, String extension) throws IOException, URISyntaxException {
        Path dir =
                Path.of(BadFilesTest.class.getClassLoader().getResource(folder).toURI());
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(extension))
                    .sorted()
                    .toList();
        }
        assertThat(files).as("corpus %s", folder).hasSizeGreaterThanOrEqualTo(10);
        return files.stream();
    }
}
