package org.backsheet.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.backsheet.catalog.Catalog;
import org.backsheet.io.FileFormatException;
import org.backsheet.model.Sheet;

/**
 * Saves each sheet with copies of the clinic's own exercises it uses ({@link CarriedExercises}), so it prints
 * the same on a colleague's machine; reading is unchanged.
 */
public final class CarryingSheetStore implements SheetStore {

    private final SheetStore files;
    private final Supplier<Catalog> catalog;

    public CarryingSheetStore(SheetStore files, Supplier<Catalog> catalog) {
        this.files = files;
        this.catalog = catalog;
    }

    @Override
    public Sheet read(Path file) throws IOException, FileFormatException {
        return files.read(file);
    }

    @Override
    public void save(Sheet sheet, Path file) throws IOException {
        files.save(CarriedExercises.forSaving(sheet, catalog.get()), file);
    }
}
