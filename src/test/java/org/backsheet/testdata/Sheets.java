package org.backsheet.testdata;

import org.backsheet.model.Dose;
import org.backsheet.model.Sheet;
import org.backsheet.model.SheetBuilder;
import org.backsheet.model.SheetItem;

/** Test sheets: {@code Sheets.sheet().title("Knee").item(Sheets.item("pelvic-tilt", dose)).build()}. */
public final class Sheets {

    private Sheets() {}

    /** A builder for a sheet with every option at its default. */
    public static SheetBuilder sheet() {
        return Sheet.builder();
    }

    /** A sheet listing the given exercises, each with its default dose. */
    public static Sheet withExercises(String... ids) {
        SheetBuilder b = Sheet.builder();
        for (String id : ids) {
            b.item(SheetItem.of(id));
        }
        return b.build();
    }

    /** An item with its own dose. */
    public static SheetItem item(String exerciseId, Dose dose) {
        return SheetItem.of(exerciseId).withDose(dose);
    }

    /** An item with its own dose, built from {@link Doses}. */
    public static SheetItem item(String exerciseId, Doses dose) {
        return item(exerciseId, dose.build());
    }
}
