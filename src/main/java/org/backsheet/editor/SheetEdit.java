package org.backsheet.editor;

import javax.swing.undo.AbstractUndoableEdit;
import javax.swing.undo.UndoableEdit;
import org.backsheet.model.Sheet;

/**
 * One undoable change of the sheet: the value before and after, and the selection before and after. Typing in
 * one field makes many changes with the same {@code typingKey}; they merge into one edit until the edit is
 * closed (focus left the field) or the user paused longer than {@link #TYPING_PAUSE_MILLIS}.
 */
final class SheetEdit extends AbstractUndoableEdit {

    /** A pause longer than this starts a new undo step while typing. */
    static final long TYPING_PAUSE_MILLIS = 1500;

    private final SheetDocument document;
    private final String name;
    private final String typingKey;
    private final Sheet before;
    private final int selectionBefore;
    private Sheet after;
    private int selectionAfter;
    private long lastChangeMillis;
    private boolean open;

    SheetEdit(
            SheetDocument document,
            String name,
            String typingKey,
            Sheet before,
            int selectionBefore,
            Sheet after,
            int selectionAfter,
            long nowMillis) {
        this.document = document;
        this.name = name;
        this.typingKey = typingKey;
        this.before = before;
        this.selectionBefore = selectionBefore;
        this.after = after;
        this.selectionAfter = selectionAfter;
        this.lastChangeMillis = nowMillis;
        this.open = typingKey != null;
    }

    @Override
    public void undo() {
        super.undo();
        open = false;
        document.replace(before, selectionBefore);
    }

    @Override
    public void redo() {
        super.redo();
        document.replace(after, selectionAfter);
    }

    /** Absorbs the next keystroke's edit of the same field, so a typed word is one undo step. */
    @Override
    public boolean addEdit(UndoableEdit anEdit) {
        if (!open
                || !(anEdit instanceof SheetEdit next)
                || !typingKey.equals(next.typingKey)
                || next.lastChangeMillis - lastChangeMillis > TYPING_PAUSE_MILLIS) {
            close();
            return false;
        }
        after = next.after;
        selectionAfter = next.selectionAfter;
        lastChangeMillis = next.lastChangeMillis;
        return true;
    }

    /** Ends merging: the next change starts a new undo step. */
    void close() {
        open = false;
    }

    @Override
    public String getPresentationName() {
        return name;
    }
}
