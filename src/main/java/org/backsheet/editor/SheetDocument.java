package org.backsheet.editor;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import org.backsheet.model.Sheet;

/**
 * The sheet being edited: the current immutable {@link Sheet} value, the file it belongs to and the selected
 * item. Edits replace the value; views listen and redraw from it.
 */
public final class SheetDocument {

    /** Told when the document changes; every method has an empty default. */
    public interface Listener {
        default void sheetChanged(Sheet sheet) {}

        default void selectionChanged(int index) {}

        default void fileChanged(Path file) {}
    }

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private Sheet sheet;
    private Path file;
    private int selection = -1;

    public SheetDocument(Sheet sheet) {
        this.sheet = Objects.requireNonNull(sheet);
    }

    public Sheet sheet() {
        return sheet;
    }

    public Path file() {
        return file;
    }

    /** The index of the selected item, or -1. */
    public int selection() {
        return selection;
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    /** Replaces the sheet; only edits, undo/redo and loading call this. */
    void replace(Sheet newSheet, int newSelection) {
        Sheet old = sheet;
        sheet = Objects.requireNonNull(newSheet);
        if (!old.equals(newSheet)) {
            listeners.forEach(l -> l.sheetChanged(newSheet));
        }
        select(newSelection);
    }

    /** Selects an item (-1 for none); an index past the end is clamped. */
    public void select(int index) {
        int clamped = Math.min(index, sheet.items().size() - 1);
        if (clamped != selection) {
            selection = clamped;
            listeners.forEach(l -> l.selectionChanged(clamped));
        }
    }

    void setFile(Path newFile) {
        if (!Objects.equals(file, newFile)) {
            file = newFile;
            listeners.forEach(l -> l.fileChanged(newFile));
        }
    }
}
