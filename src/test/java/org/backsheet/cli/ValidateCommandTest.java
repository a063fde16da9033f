package org.backsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** validate SHEET.json ...: one line per problem naming file and field; exit 0 only when all are valid. */
class ValidateCommandTest extends CliTest {

    @Test
    void validFileIsOk() throws IOException {
        Path sheet = SheetFilesForTests.goodSheet(tmp, "good.backsheet.json");
        CliRun run = run("validate", sheet.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().strip()).isEqualTo(sheet + ": ok");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void everyProblemOfEveryFileIsOneLine() throws IOException {
        Path good = SheetFilesForTests.goodSheet(tmp, "good.backsheet.json");
        Path outOfBounds = SheetFilesForTests.sheet(
                tmp,
                "bounds.backsheet.json",
                """
                {"exercise": "bridging", "reps": 8},
                {"exercise": "bridging", "reps": 101},
                {"exercise": "pelvic-tilt", "timesPerDay": 13}""");
        Path unknown = SheetFilesForTests.sheet(
                tmp,
                "unknown.backsheet.json",
                """
                {"exercise": "bridging"},
                {"exercise": "no-such-exercise"}""");

        CliRun run = badInput("validate", good.toString(), outOfBounds.toString(), unknown.toString());
        assertThat(run.outLines()).containsExactly(good + ": ok");
        assertThat(run.errLines())
                .containsExactly(
                        outOfBounds + ": items[1].reps: must be 1 to 100, was 101",
                        outOfBounds + ": items[2].timesPerDay: must be 1 to 12, was 13",
                        unknown + ": items[1].exercise: unknown exercise 'no-such-exercise': "
                                + "it is neither built in nor in the exercise library");
    }

    @Test
    void aNewerFormatVersionIsRefusedClearly() throws IOException {
        Path sheet = SheetFilesForTests.write(
                tmp, "future.backsheet.json", "{\"format\": \"backsheet/sheet\", \"version\": 99, \"items\": []}");
        CliRun run = badInput("validate", sheet.toString());
        assertThat(run.err()).contains("future.backsheet.json").contains("version");
    }

    @Test
    void notJsonAtAllIsBadInput() throws IOException {
        Path sheet = SheetFilesForTests.write(tmp, "photo.json", "\u0089PNG not a sheet");
        CliRun run = badInput("validate", sheet.toString());
        assertThat(run.err()).contains("photo.json").doesNotContain("Exception");
    }
}
