package org.backsheet.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.Assertions;
import org.backsheet.catalog.Catalog;
import org.backsheet.model.Exercise;
import org.backsheet.model.Problem;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A library folder prepared by an adversary (issue #15): links out of it, pipes, loops, hostile numbers. */
class HostileLibraryTest {

    @TempDir
    Path tmp;

    private Path library() throws IOException {
        return Files.createDirectories(tmp.resolve("library"));
    }

    private static Path exercise(Path folder, String fileName, String id) throws IOException {
        return Files.writeString(
                folder.resolve(fileName),
                "{\"format\":\"backsheet/exercise\",\"version\":1," + "\"id\":\"" + id + "\",\"name\":\"N " + id
                        + "\",\"steps\":[\"Do it.\"]}");
    }

    private static void symlink(Path link, Path target) {
        try {
            Files.createSymbolicLink(link, target);
        } catch (UnsupportedOperationException | IOException e) {
            Assumptions.abort("no symbolic links here");
        }
    }

    @Test
    void aLinkToAFileOutsideTheFolderIsSkippedWithoutQuotingIt() throws IOException {
        Path library = library();
        Path secret = Files.writeString(tmp.resolve("shadow"), "root:$6$secret-hash:19000:0:99999:7:::");
        exercise(tmp, "outside.exercise.json", "outside");
        symlink(library.resolve("shadow.exercise.json"), secret);
        symlink(library.resolve("outside.exercise.json"), Path.of("../outside.exercise.json"));
        exercise(library, "real.exercise.json", "real");
        symlink(library.resolve("alias.exercise.json"), Path.of("real.exercise.json"));

        List<Problem> problems = new ArrayList<>();
        List<Exercise> loaded = UserLibrary.load(library, problems);

        assertThat(loaded).extracting(Exercise::id).containsExactly("real");
        assertThat(problems)
                .extracting(Problem::toString)
                .anySatisfy(p -> assertThat(p).contains("shadow.exercise.json").contains("outside the exercise"))
                .anySatisfy(p -> assertThat(p).contains("outside.exercise.json").contains("outside the exercise"))
                .allSatisfy(p -> assertThat(p).doesNotContain("root").doesNotContain("secret"));
        assertThat(problems).allMatch(p -> !p.isError() || p.toString().contains("alias"));
    }

    @Test
    @Timeout(60)
    void aPipeALoopAndAHugeExponentAreEachSkippedAndTheRestLoads() throws Exception {
        Path library = library();
        exercise(library, "good.exercise.json", "good");
        symlink(library.resolve("loop.exercise.json"), Path.of("loop.exercise.json"));
        Files.writeString(
                library.resolve("number.exercise.json"),
                "{\"format\":\"backsheet/exercise\",\"version\":1,"
                        + "\"id\":\"num\",\"name\":\"N\",\"steps\":[\"x\"],\"dose\":{\"reps\":1e99999999999}}");
        Process mkfifo = new ProcessBuilder(
                        "mkfifo", library.resolve("pipe.exercise.json").toString())
                .start();
        Assumptions.assumeTrue(mkfifo.waitFor(20, TimeUnit.SECONDS) && mkfifo.exitValue() == 0);

        List<Problem> problems = new ArrayList<>();
        List<Exercise> loaded = UserLibrary.load(library, problems);

        assertThat(loaded).extracting(Exercise::id).contains("good");
        assertThat(problems)
                .extracting(Problem::toString)
                .anySatisfy(p -> assertThat(p).contains("pipe.exercise.json").contains("not an ordinary file"))
                .anySatisfy(p -> assertThat(p).contains("loop.exercise.json").contains("loop"))
                .anySatisfy(p -> assertThat(p).contains("number.exercise.json").contains("dose.reps: must be 1 to"));
    }

    @Test
    void aBuiltInIdClashNamesTheRealFile() throws IOException {
        Path library = library();
        Catalog builtIn = BuiltInCatalog.load();
        String taken = builtIn.all().get(0).id();
        exercise(library, "my-own-name.exercise.json", taken);

        List<Problem> problems = new ArrayList<>();
        UserLibrary.catalogWith(builtIn, library, problems);

        assertThat(problems)
                .singleElement()
                .extracting(Problem::toString)
                .asString()
                .contains("my-own-name.exercise.json")
                .contains("built-in")
                .doesNotContain(taken + ".exercise.json");
    }

    @Test
    void filesInAFolderThatCannotBeSearchedAreReported() throws IOException {
        Path library = library();
        exercise(library, "a.exercise.json", "a");
        Files.setPosixFilePermissions(library, PosixFilePermissions.fromString("r--------"));
        try {
            Assumptions.assumeFalse(Files.isExecutable(library), "root searches every folder");
            List<Problem> problems = new ArrayList<>();
            UserLibrary.load(library, problems);
            assertThat(problems)
                    .extracting(Problem::toString)
                    .anySatisfy(p -> assertThat(p).contains("a.exercise.json").contains("permission denied"));
        } finally {
            Files.setPosixFilePermissions(library, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void editingALibraryExerciseWhoseFileIsALinkIsRefused() throws Exception {
        Path library = library();
        Path elsewhere = exercise(tmp, "elsewhere.exercise.json", "linked");
        String before = Files.readString(elsewhere);
        symlink(library.resolve("linked.exercise.json"), elsewhere);
        LibraryFolder folder = new LibraryFolder(library);
        Exercise changed = ExerciseFiles.read(elsewhere);

        Assertions.assertThatThrownBy(() -> folder.replace(changed))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("symbolic link");
        Assertions.assertThatThrownBy(() -> ExerciseArchive.write(List.of(changed), library))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("symbolic link");
        assertThat(elsewhere).hasContent(before);
    }
}
