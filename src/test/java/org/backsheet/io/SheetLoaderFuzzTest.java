package org.backsheet.io;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.function.Function;
import org.backsheet.model.Problem;

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
        openSaveAndReopen(content, SHEET_FILE, "sheet", SheetFiles::parse, SheetFiles::toJson);
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
        openSaveAndReopen(content, EXERCISE_FILE, "exercise", ExerciseFiles::parse, ExerciseFiles::toJson);
    }

    /** How a file kind is opened from its bytes. */
    private interface Opener<T> {
        T open(String fileName, byte[] content) throws FileFormatException;
    }

    /**
     * Opens {@code content}; a refusal must explain itself, and what opens must open again, equal, after saving.
     */
    private static <T> void openSaveAndReopen(
            byte[] content, String fileName, String kind, Opener<T> opener, Function<T, String> saver) {
        T opened;
        try {
            opened = opener.open(fileName, content);
        } catch (FileFormatException refused) {
            checkExplained(refused, fileName);
            return;
        }
        String saved = saver.apply(opened);
        T reopened;
        try {
            reopened = opener.open(fileName, saved.getBytes(UTF_8));
        } catch (FileFormatException e) {
            throw new AssertionError(
                    "this " + kind + " opened, but not after saving it: " + e.getMessage() + "\nsaved as:\n" + saved,
                    e);
        }
        if (!reopened.equals(opened)) {
            throw new AssertionError("saving and reopening changed the " + kind + ": "
                    + firstDifference(saved, saver.apply(reopened)) + "\nbefore: " + opened + "\nafter:  " + reopened);
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
