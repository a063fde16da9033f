package org.backsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** --library DIR and the default user library: the clinic's own exercises join the built-in ones. */
class LibraryOptionTest extends CliTest {

    @Test
    void ownExerciseCanBeListedAndExported() throws IOException {
        Path library = tmp.resolve("library");
        SheetFilesForTests.exercise(library, "clinic-cat-camel", "Cat-camel");
        Path sheet = SheetFilesForTests.sheet(
                tmp,
                "own.backsheet.json",
                "{\"exercise\": \"clinic-cat-camel\", \"reps\": 8}, {\"exercise\": \"bridging\"}");
        CliEnvironment environment = environment();

        CliRun listed = CliRun.of(environment, "exercises", "--library", library.toString());
        CliRun exported = CliRun.of(
                environment,
                "export",
                sheet.toString(),
                "-o",
                tmp.resolve("own.pdf").toString(),
                "--library",
                library.toString());
        CliRun withoutLibrary = CliRun.of(environment, "validate", sheet.toString());

        assertThat(listed.exitCode()).isZero();
        assertThat(listed.outLines()).hasSizeGreaterThanOrEqualTo(30).endsWith("clinic-cat-camel\tCat-camel");
        assertThat(exported.exitCode()).as(exported.err()).isZero();
        assertThat(tmp.resolve("own.pdf")).isNotEmptyFile();
        assertThat(withoutLibrary.exitCode()).isEqualTo(2);
        assertThat(withoutLibrary.err()).contains("clinic-cat-camel");
    }

    @Test
    void anIdClashIsAWarningAndTheBuiltInWins() throws IOException {
        Path library = tmp.resolve("library");
        SheetFilesForTests.exercise(library, "bridging", "My own bridge");

        CliRun run = CliRun.of(environment(), "exercises", "--library", library.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).contains("bridging\tBridge").doesNotContain("bridging\tMy own bridge");
        assertThat(run.errLines())
                .singleElement()
                .asString()
                .contains("warning")
                .contains("bridging");
    }

    @Test
    void theEditorsLibraryIsUsedWhenNoOptionIsGiven() throws IOException {
        Path editorLibrary = tmp.resolve("home/library");
        SheetFilesForTests.exercise(editorLibrary, "clinic-wall-push", "Wall push");

        CliRun run = CliRun.of(CliRun.environment(editorLibrary), "exercises");

        assertThat(run.outLines()).contains("clinic-wall-push\tWall push");
    }

    @Test
    void aMissingLibraryFolderIsBadInput() {
        Path missing = tmp.resolve("nope");
        CliRun run = CliRun.of(environment(), "exercises", "--library", missing.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines())
                .singleElement()
                .asString()
                .contains("--library")
                .contains(missing.toString());
    }

    @Test
    void aBrokenExerciseFileIsReportedAndTheRestStillWork() throws IOException {
        Path library = tmp.resolve("library");
        SheetFilesForTests.exercise(library, "clinic-cat-camel", "Cat-camel");
        SheetFilesForTests.write(library, "broken.exercise.json", "{ \"format\": ");

        CliRun run = CliRun.of(environment(), "exercises", "--library", library.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).contains("clinic-cat-camel\tCat-camel");
        assertThat(run.err()).contains("broken.exercise.json").contains("warning");
    }
}
