package org.backsheet.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backsheet.io.LibraryFolderTest.exercise;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InterruptedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.assertj.core.api.Assertions;
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
        assertThat(ExerciseArchive.read(dir.resolve("out/library.zip"), problems))
                .isEqualTo(exercises);
        assertThat(ExerciseArchive.read(dir.resolve("folder"), problems)).isEqualTo(exercises);
        assertThat(problems).isEmpty();
    }

    @Test
    void entriesThatPointOutsideAreReadButNeverWritten() throws Exception {
        byte[] good = LibraryFolder.bytes(exercise("evil", "Evil"));
        byte[] zip = zip(
                "../../escape.exercise.json",
                good,
                "/abs/x.exercise.json",
                good,
                "readme.txt",
                "hello".getBytes(StandardCharsets.UTF_8));
        List<Problem> problems = new ArrayList<>();
        List<Exercise> read = ExerciseArchive.readZip("in.zip", new ByteArrayInputStream(zip), problems);
        assertThat(read).extracting(Exercise::id).containsExactly("evil");
        assertThat(problems).singleElement().asString().contains("appears twice");
        assertThat(Files.exists(dir.getParent().resolve("escape.exercise.json")))
                .isFalse();
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

    @Test
    void aBombOfTextEntriesStopsAtTheTotalWithAProblem() throws Exception {
        // A few hundred KB that unpack to more than the zip's total, all in entries that are not exercises.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] zeros = new byte[1024 * 1024];
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.setLevel(Deflater.BEST_SPEED);
            out.putNextEntry(new ZipEntry("filler.txt"));
            for (long written = 0; written <= ExerciseArchive.MAX_TOTAL_BYTES; written += zeros.length) {
                out.write(zeros);
            }
            out.closeEntry();
        }
        byte[] zip = bytes.toByteArray();
        assertThat(zip.length).isLessThan(2_000_000);
        List<Problem> problems = new ArrayList<>();
        List<Exercise> read = ExerciseArchive.readZip("bomb.zip", new ByteArrayInputStream(zip), problems);
        assertThat(read).isEmpty();
        assertThat(problems).singleElement().asString().contains("bomb.zip", "unpacks to more than");
    }

    @Test
    void namesInTheSystemsOldCodePageAreStillRead() throws Exception {
        byte[] good = LibraryFolder.bytes(exercise("uebung", "Übung"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, Charset.forName("IBM437"))) {
            zip.putNextEntry(new ZipEntry("Übung für den Rücken.exercise.json"));
            zip.write(good);
            zip.closeEntry();
        }
        List<Problem> problems = new ArrayList<>();
        List<Exercise> read =
                ExerciseArchive.readZip("windows.zip", new ByteArrayInputStream(bytes.toByteArray()), problems);
        assertThat(read).extracting(Exercise::id).containsExactly("uebung");
        assertThat(problems).isEmpty();
    }

    @Test
    void anEmptyOrGarbageZipSaysWhyNothingCameIn() throws Exception {
        Path empty = dir.resolve("empty.zip");
        Files.write(empty, zip());
        Path garbage = dir.resolve("garbage.zip");
        Files.write(garbage, new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9});
        Path textOnly = dir.resolve("text.zip");
        Files.write(textOnly, zip("readme.txt", "hello".getBytes(StandardCharsets.UTF_8)));

        for (Path zip : List.of(empty, garbage, textOnly)) {
            List<Problem> problems = new ArrayList<>();
            assertThat(ExerciseArchive.read(zip, problems)).isEmpty();
            assertThat(problems)
                    .as(zip.toString())
                    .singleElement()
                    .asString()
                    .contains(zip.getFileName().toString());
        }
    }

    @Test
    void readingAZipStopsWhenInterrupted() throws Exception {
        byte[] zip = zip("a.txt", new byte[1024 * 1024], "ok.exercise.json", LibraryFolder.bytes(exercise("ok", "Ok")));
        Thread.currentThread().interrupt();
        try {
            Assertions.assertThatThrownBy(
                            () -> ExerciseArchive.readZip("z.zip", new ByteArrayInputStream(zip), new ArrayList<>()))
                    .isInstanceOf(InterruptedIOException.class);
        } finally {
            Thread.interrupted();
        }
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
