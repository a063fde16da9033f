package org.backsheet.io;

import java.util.ArrayList;
import java.util.List;
import org.backsheet.catalog.Catalog;
import org.backsheet.model.Problem;
import org.backsheet.model.Sheet;

/** Checks of a well-formed sheet against a catalog, for export and validate (the editor opens such sheets). */
public final class SheetChecks {

    private SheetChecks() {}

    /**
     * One error per item whose exercise is in neither the built-in nor the user's catalog, nor carried as a copy
     * inside the sheet itself.
     */
    public static List<Problem> unknownExercises(Sheet sheet, Catalog catalog, String fileName) {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < sheet.items().size(); i++) {
            String id = sheet.items().get(i).exerciseId();
            if (!catalog.contains(id) && sheet.carriedExercise(id).isEmpty()) {
                problems.add(Problem.atField(
                        fileName,
                        "items[" + i + "].exercise",
                        "unknown exercise '" + id + "': it is neither built in nor in the exercise library"));
            }
        }
        return problems;
    }
}
