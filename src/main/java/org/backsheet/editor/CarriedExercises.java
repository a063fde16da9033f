package org.backsheet.editor;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.backsheet.catalog.Catalog;
import org.backsheet.model.Exercise;
import org.backsheet.model.Origin;
import org.backsheet.model.Sheet;
import org.backsheet.model.SheetItem;

/**
 * Decides which copies of exercises a sheet carries when it is saved: each of the clinic's own exercises the
 * items use, as the library has it now; and, for an id the library lacks, the copy the sheet already carried
 * (so nothing is lost). Built-in exercises are never carried: every machine has them.
 */
public final class CarriedExercises {

    private CarriedExercises() {}

    /** {@code sheet} with its carried copies brought up to date against {@code catalog}. */
    public static Sheet forSaving(Sheet sheet, Catalog catalog) {
        Set<String> ids = new LinkedHashSet<>();
        for (SheetItem item : sheet.items()) {
            ids.add(item.exerciseId());
        }
        List<Exercise> carried = new ArrayList<>();
        for (String id : ids) {
            Optional<Exercise> inLibrary = catalog.find(id);
            if (inLibrary.isPresent()) {
                if (inLibrary.get().origin() == Origin.USER) {
                    carried.add(inLibrary.get());
                }
            } else {
                sheet.carriedExercise(id).ifPresent(carried::add);
            }
        }
        return carried.equals(sheet.carriedExercises()) ? sheet : sheet.withCarriedExercises(carried);
    }

    /** The exercises the sheet carries whose ids the library lacks (a colleague's, offered for adding). */
    public static List<Exercise> unknownTo(Sheet sheet, Catalog catalog) {
        return sheet.carriedExercises().stream()
                .filter(e -> !catalog.contains(e.id()))
                .toList();
    }
}
