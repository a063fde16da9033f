package org.backsheet.editor;

import java.io.IOException;
import java.nio.file.Path;
import org.backsheet.io.FileFormatException;
import org.backsheet.model.Sheet;

/** Reads and saves sheet files; the editor's window onto the io package (and a fake in tests). */
public interface SheetStore {

    /** Reads a sheet; a file that is not a valid sheet throws {@link FileFormatException} with its problems. */
    Sheet read(Path file) throws IOException, FileFormatException;

    /** Saves completely or not at all: a failed save leaves the old file as it was. */
    void save(Sheet sheet, Path file) throws IOException;
}
