package org.backsheet.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Small sheet and exercise files written into a test's temporary folder. */
final class SheetFilesForTests {

    private SheetFilesForTests() {}

    /** A valid sheet with the given items (JSON array body, e.g. {@code {"exercise":"bridging"}}). */
    static Path sheet(Path folder, String fileName, String itemsJson) throws IOException {
        return write(
                folder,
                fileName,
                """
                {
                  "format": "backsheet/sheet",
                  "version": 1,
                  "title": "Test program",
                  "patient": "Zofia Wójcik",
                  "date": "2026-11-21",
                  "items": [%s]
                }
                """
                        .formatted(itemsJson));
    }

    static Path goodSheet(Path folder, String fileName) throws IOException {
        return sheet(
                folder,
                fileName,
                """
                {"exercise": "pelvic-tilt", "reps": 10, "holdSeconds": 5},
                {"exercise": "bridging", "reps": 8}""");
    }

    /**
     * The arguments of a batch export of {@code count} good sheets written to {@code folder}, {@code sheet-0}
     * to {@code sheet-N}: {@code export sheet-0.backsheet.json ... -d out}.
     */
    static String[] batchExport(Path folder, int count, Path out) throws IOException {
        List<String> args = new ArrayList<>(List.of("export"));
        for (int i = 0; i < count; i++) {
            args.add(goodSheet(folder, "sheet-" + i + ".backsheet.json").toString());
        }
        args.addAll(List.of("-d", out.toString()));
        return args.toArray(String[]::new);
    }

    static Path write(Path folder, String fileName, String content) throws IOException {
        Path file = folder.resolve(fileName);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    /** A user's own exercise file in {@code folder}. */
    static Path exercise(Path folder, String id, String name) throws IOException {
        return write(
                folder,
                id + ".exercise.json",
                """
                {
                  "format": "backsheet/exercise",
                  "version": 1,
                  "id": "%s",
                  "name": "%s",
                  "position": "HANDS_AND_KNEES",
                  "kind": "MOBILITY",
                  "level": "BASIC",
                  "targets": ["LOWER_BACK"],
                  "equipment": [],
                  "steps": ["Kneel on all fours, hands under your shoulders.", "Round your back up slowly.",
                            "Let it sag down gently."],
                  "purpose": "Loosens the whole spine.",
                  "cautions": ["Move slowly; stop if it hurts."],
                  "dose": { "reps": 10, "timesPerDay": 2 }
                }
                """
                        .formatted(id, name));
    }
}
