package org.backsheet.io;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.backsheet.model.Exercise;
import org.backsheet.model.Problem;
import org.backsheet.model.Sheet;

/**
 * Whatever bytes a sheet or exercise file holds, opening it either gives a usable object or a
 * {@link FileFormatException} whose problems say, naming the file, what is wrong. Any other outcome (a runtime
 * exception, a stack overflow, running out of memory) is a bug. A file that opens must also survive being
 * saved and opened again unchanged, or the editor would lose the clinician's work on the next save.
 *
 * <p>In a normal build these tests replay the saved inputs in {@code SheetLoaderFuzzTestInputs/}; to fuzz,
 * run {@code JAZZER_FUZZ=1 mvn test -Dtest=SheetLoaderFuzzTest#fuzzSheetFile -Djazzer.max_duration=10m}.
 */
class SheetLoaderFuzzTest {

    private static final String SHEET_FILE = "fuzzed.backsheet.json";
    private static final String EXERCISE_FILE = "fuzzed.exercise.json";

    @DictionaryEntries({
        "\"format\"",
        "\"backsheet/sheet\"",
        "\"version\"",
        "\"items\"",
        "\"exercise\"",
        "\"pelvic-tilt\"",
        "\"title\"",
        "\"clinic\"",
        "\"name\"",
        "\"contact\"",
        "\"logo\"",
        "\"advice\"",
        "\"page\"",
        "\"size\"",
        "\"A4\"",
        "\"LETTER\"",
        "\"largePrint\"",
        "\"date\"",
        "\"2026-11-21\"",
        "\"sets\"",
        "\"reps\"",
        "\"holdSeconds\"",
        "\"minutes\"",
        "\"perSide\"",
        "\"timesPerDay\"",
        "\"daysPerWeek\"",
        "\"note\"",
        "\"photo\"",
        "\"mediaType\"",
        "\"image/png\"",
        "\"data\"",
        "\"language\"",
        "\"layout\"",
        "\"COMPACT\"",
        "\"trackingDays\"",
        "\"disclaimer\"",
        "true",
        "null",
        "1e400",
        "-0",
        "\\u0000",
        "\\ud800",
        "[[[[[[[[",
        "{\"a\":{\"a\":"
    })
    @FuzzTest(maxDuration = "60s")
    void fuzzSheetFile(byte[] content) {
        Sheet sheet;
        try {
            sheet = SheetFiles.parse(SHEET_FILE, content);
        } catch (FileFormatException refused) {
            checkExplained(refused, SHEET_FILE);
            return;
        }
        String saved = SheetFiles.toJson(sheet);
        Sheet reopened;
        try {
            reopened = SheetFiles.parse(SHEET_FILE, saved.getBytes(UTF_8));
        } catch (FileFormatException e) {
            throw new AssertionError(
                    "a sheet that opened cannot be opened after saving it: " + e.getMessage() + "\nsaved as:\n" + saved,
                    e);
        }
        if (!reopened.equals(sheet)) {
            throw new AssertionError("saving and reopening changed the sheet: "
                    + firstDifference(saved, SheetFiles.toJson(reopened)) + "\nbefore: " + sheet
                    + "\nafter:  " + reopened);
        }
    }

    @DictionaryEntries({
        "\"format\"",
        "\"backsheet/exercise\"",
        "\"version\"",
        "\"id\"",
        "\"name\"",
        "\"position\"",
        "\"HANDS_AND_KNEES\"",
        "\"kind\"",
        "\"STRETCH\"",
        "\"level\"",
        "\"BASIC\"",
        "\"targets\"",
        "\"LOWER_BACK\"",
        "\"equipment\"",
        "\"MAT\"",
        "\"steps\"",
        "\"purpose\"",
        "\"cautions\"",
        "\"dose\"",
        "\"reps\"",
        "\"translations\"",
        "\"es\"",
        "\"figure\"",
        "\"pose\"",
        "\"photo\"",
        "\"mediaType\"",
        "\"image/jpeg\"",
        "\"data\"",
        "true",
        "null",
        "1e400",
        "\\ud800",
        "[[[[[[[[",
        "{\"a\":{\"a\":"
    })
    @FuzzTest(maxDuration = "60s")
    void fuzzExerciseFile(byte[] content) {
        Exercise exercise;
        try {
            exercise = ExerciseFiles.parse(EXERCISE_FILE, content);
        } catch (FileFormatException refused) {
            checkExplained(refused, EXERCISE_FILE);
            return;
        }
        String saved = ExerciseFiles.toJson(exercise);
        Exercise reopened;
        try {
            reopened = ExerciseFiles.parse(EXERCISE_FILE, saved.getBytes(UTF_8));
        } catch (FileFormatException e) {
            throw new AssertionError(
                    "an exercise that opened cannot be opened after saving it: " + e.getMessage() + "\nsaved as:\n"
                            + saved,
                    e);
        }
        if (!reopened.equals(exercise)) {
            throw new AssertionError("saving and reopening changed the exercise: "
                    + firstDifference(saved, ExerciseFiles.toJson(reopened)) + "\nbefore: " + exercise
                    + "\nafter:  " + reopened);
        }
    }

    /** Where two saved forms first differ, escaped so invisible characters show. */
    static String firstDifference(String first, String second) {
        int at = 0;
        while (at < first.length() && at < second.length() && first.charAt(at) == second.charAt(at)) {
            at++;
        }
        if (at == first.length() && at == second.length()) {
            return "both save as the same JSON";
        }
        int from = Math.max(0, at - 60);
        return "first saved as ..." + escape(first.substring(from, Math.min(first.length(), at + 40)))
                + "... then as ..." + escape(second.substring(from, Math.min(second.length(), at + 40))) + "...";
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(c < 0x20 || c > 0x7E ? String.format("\\u%04x", c) : (char) c));
        return out.toString();
    }

    /** A refusal must tell the clinician which file and what is wrong with it. */
    static void checkExplained(FileFormatException refused, String fileName) {
        if (refused.problems().isEmpty()) {
            throw new AssertionError("a refused file without any problem", refused);
        }
        for (Problem problem : refused.problems()) {
            if (problem.message() == null || problem.message().isBlank()) {
                throw new AssertionError("a problem without a message: " + problem, refused);
            }
            if (!problem.toString().contains(fileName)) {
                throw new AssertionError("a problem that does not name the file: " + problem, refused);
            }
        }
    }
}
