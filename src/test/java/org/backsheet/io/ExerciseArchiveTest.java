package org.backsheet.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backsheet.io.LibraryFolderTest.exercise;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.backsheet.model.Exercise;
import org.backsheet.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExerciseArchiveTest {

    @TempDir
    Path dir;

    @Test
    void aZipAndAFolderGiveBackTheSameExercises() throws Exception {
        List<Exercise> exercises = List.of(exercise("one", "One"), exercise("two", "Two · ñ"));
        ExerciseArchive.write(exercises, dir.resolve("out/library.zip"));
        ExerciseArchive.write(exercises, dir.resolve("folder"));
        List<Problem> problems = new ArrayList<>();
        assertThat(ExerciseArchive.read(dir.resolve("out/library.zip"), problems)).isEqualTo(exercises);
        assertThat(ExerciseArchive.read(dir.resolve("folder"), problems)).isEqualTo(exercises);
        assertThat(problems).isEmpty();
    }

    @Test
    void entriesThatPointOutsideAreReadButNeverWritten() throws Exception {
        byte[] good = LibraryFolder.bytes(exercise("evil", "Evil"));
        byte[] zip = zip("../../escape.exercise.json", good, "/abs/x.exercise.json", good,
                "readme.txt", "hello".getBytes(StandardCharsets.UTF_8));
        List<Problem> problems = new ArrayList<>();
        List<Exercise> read = ExerciseArchive.readZip("in.zip", new ByteArrayInputStream(zip), problems);
        assertThat(read).extracting(Exercise::id).containsExactly("evil");
        assertThat(problems).singleElement().asString().contains("appears twice");
        assertThat(Files.exists(dir.getParent().resolve("escape.exercise.json"))).isFalse();
    }

    @Test
    void aHugeEntryIsSkippedAfterReadingOnlyPastTheLimit() throws Exception {
        byte[] huge = new byte[ExerciseArchive.MAX_ENTRY_BYTES + 10]; // zeros: compresses to almost nothing
        byte[] zip = zip("bomb.exercise.json", huge, "ok.exercise.json", LibraryFolder.bytes(exercise("ok", "Ok")));
        assertThat(zip.length).isLessThan(100_000);
        List<Problem> problems = new ArrayList<>();
        List<Exercise> read = ExerciseArchive.readZip("bomb.zip", new ByteArrayInputStream(zip), problems);
        assertThat(read).extracting(Exercise::id).containsExactly("ok");
        assertThat(problems).singleElement().asString().contains("bomb.zip!bomb.exercise.json", "skipped");
    }

    @Test
    void notAZipIsOneClearProblem() throws Exception {
        Path notZip = dir.resolve("photo.zip");
        Files.writeString(notZip, "PK\u0003\u0004 this is not really a zip at all");
        List<Problem> problems = new ArrayList<>();
        assertThat(ExerciseArchive.read(notZip, problems)).isEmpty();
        assertThat(problems).singleElement().asString().contains("photo.zip", "zip");
    }

    private static byte[] zip(Object... nameThenBytes) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < nameThenBytes.length; i += 2) {
                zip.putNextEntry(new ZipEntry((String) nameThenBytes[i]));
                zip.write((byte[]) nameThenBytes[i + 1]);
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
