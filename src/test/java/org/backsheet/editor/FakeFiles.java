package org.backsheet.editor;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.backsheet.io.FileFormatException;
import org.backsheet.model.Problem;
import org.backsheet.model.Sheet;

/** An in-memory sheet store with a scripted file view, for the file commands' tests. */
final class FakeFiles extends ScriptedFileView implements SheetStore {

    final Map<Path, Sheet> files = new HashMap<>();
    final Map<Path, List<Problem>> badFiles = new HashMap<>();

    @Override
    public Sheet read(Path file) throws IOException, FileFormatException {
        if (badFiles.containsKey(file)) {
            throw new FileFormatException(badFiles.get(file));
        }
        Sheet s = files.get(file);
        if (s == null) {
            throw new NoSuchFileException(file.toString());
        }
        return s;
    }

    @Override
    public void save(Sheet sheet, Path file) {
        files.put(file, sheet);
    }
}
