package org.backsheet.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.backsheet.model.Exercise;
import org.backsheet.model.Problem;
import org.backsheet.model.Sheet;

/**
 * Whatever bytes a file holds, reading it either gives a value that survives a save and reload, or a
 * {@link FileFormatException} with messages naming the file: never another exception, never a hang.
 * Plain {@code mvn test} replays the stored inputs; {@code JAZZER_FUZZ=1} explores new ones.
 */
class FilesFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void sheetFilesNeverFailUnexpectedly(byte[] data) {
        Sheet sheet;
        try {
            sheet = SheetFiles.parse("fuzz.backsheet.json", data);
        } catch (FileFormatException e) {
            assertThat(e.problems()).isNotEmpty()
                    .allSatisfy(p -> assertThat(p.toString()).startsWith("fuzz.backsheet.json"));
            return;
        }
        Sheet again;
        try {
            again = SheetFiles.parse("again", SheetFiles.toJson(sheet).getBytes(StandardCharsets.UTF_8));
        } catch (FileFormatException e) {
            throw new AssertionError("a sheet that was read cannot be read back after saving: "
                    + e.problems().stream().map(Problem::toString).toList(), e);
        }
        assertThat(again).isEqualTo(sheet);
    }

    @FuzzTest(maxDuration = "60s")
    void exerciseFilesNeverFailUnexpectedly(byte[] data) {
        Exercise exercise;
        try {
            exercise = ExerciseFiles.parse("fuzz.exercise.json", data);
        } catch (FileFormatException e) {
            assertThat(e.problems()).isNotEmpty();
            return;
        }
        try {
            assertThat(ExerciseFiles.parse("again", ExerciseFiles.toJson(exercise).getBytes(StandardCharsets.UTF_8)))
                    .isEqualTo(exercise);
        } catch (FileFormatException e) {
            throw new AssertionError("an exercise that was read cannot be read back after saving: "
                    + e.getMessage(), e);
        }
    }
}
