package org.backsheet.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import org.backsheet.model.Exercise;
import org.backsheet.model.Sheet;
import org.junit.jupiter.api.Test;

/** Bugs the fuzz tests found in reading and saving files, one test each, written before the fix. */
class FuzzFindingsTest {

    @Test
    void aLoneSurrogateEscapeBecomesAReplacementCharacterSoSavingKeepsTheText() throws Exception {
        // Found by SheetLoaderFuzzTest#fuzzSheetFile: "\ud83d" alone cannot be written as UTF-8, so the first
        // save turned it into '?' and the sheet changed under the clinician's hands.
        String json = "{\"format\": \"backsheet/sheet\", \"version\": 1, \"title\": \"Week \\ud83d 2\","
                + " \"items\": [{\"exercise\": \"bird-dog\", \"note\": \"ok \\ud83d\\ude00 \\ude00\"}],"
                + " \"future\": [\"\\udc00x\"]}";

        Sheet sheet = SheetFiles.parse("s.backsheet.json", json.getBytes(UTF_8));
        Sheet reopened =
                SheetFiles.parse("s.backsheet.json", SheetFiles.toJson(sheet).getBytes(UTF_8));

        assertThat(sheet.title()).isEqualTo("Week \uFFFD 2");
        assertThat(sheet.items().get(0).note()).isEqualTo("ok \uD83D\uDE00 \uFFFD");
        assertThat(reopened).isEqualTo(sheet);
    }

    @Test
    void aLoneSurrogateInAnExerciseStepSurvivesSaving() throws Exception {
        // Found by SheetLoaderFuzzTest#fuzzExerciseFile in a step of a copied built-in exercise.
        String json = "{\"format\": \"backsheet/exercise\", \"version\": 1, \"id\": \"clinic-x\","
                + " \"name\": \"X\", \"steps\": [\"kne\\ud800nds\"]}";

        Exercise exercise = ExerciseFiles.parse("x.exercise.json", json.getBytes(UTF_8));

        assertThat(exercise.steps()).containsExactly("kne\uFFFDnds");
        assertThat(ExerciseFiles.parse(
                        "x.exercise.json", ExerciseFiles.toJson(exercise).getBytes(UTF_8)))
                .isEqualTo(exercise);
    }
}
