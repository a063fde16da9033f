package org.backsheet.editor;

import java.io.IOException;
import java.nio.file.Path;
import org.backsheet.io.FileFormatException;
import org.backsheet.io.SheetFiles;
import org.backsheet.model.Sheet;

/** Sheet files as the command line reads and writes them ({@link SheetFiles}). */
public final class JsonSheetStore implements SheetStore {

    @Override
    public Sheet read(Path file) throws IOException, FileFormatException {
        return SheetFiles.read(file);
    }

    @Override
    public void save(Sheet sheet, Path file) throws IOException {
        SheetFiles.save(sheet, file);
    }
}
