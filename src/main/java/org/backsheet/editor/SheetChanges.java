package org.backsheet.editor;

import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;
import javax.swing.undo.UndoableEditSupport;
import org.backsheet.model.Sheet;

/**
 * The one door through which the sheet changes: applies a change to the document and posts it as a
 * {@link SheetEdit} to the undo support. Controllers describe a change; this class makes it undoable.
 */
public final class SheetChanges {

    private final SheetDocument document;
    private final UndoableEditSupport undoSupport;
    private final LongSupplier clock;
    private final EditorTexts texts;

    SheetChanges(SheetDocument document, UndoableEditSupport undoSupport, LongSupplier clock, EditorTexts texts) {
        this.document = document;
        this.undoSupport = undoSupport;
        this.clock = clock;
        this.texts = texts;
    }

    SheetDocument document() {
        return document;
    }

    EditorTexts texts() {
        return texts;
    }

    Sheet sheet() {
        return document.sheet();
    }

    /** A one-step change named by the message key {@code nameKey}; the selection stays where it is. */
    boolean apply(String nameKey, UnaryOperator<Sheet> change) {
        return apply(nameKey, null, change, document.selection());
    }

    /**
     * Applies {@code change}. Changes with the same non-null {@code typingKey} made in quick succession become one
     * undo step. Returns false (and records nothing) when the change leaves the sheet as it was.
     */
    boolean apply(String nameKey, String typingKey, UnaryOperator<Sheet> change, int selectionAfter) {
        Sheet before = document.sheet();
        Sheet after = change.apply(before);
        if (after.equals(before)) {
            document.select(selectionAfter);
            return false;
        }
        int selectionBefore = document.selection();
        document.replace(after, selectionAfter);
        undoSupport.postEdit(new SheetEdit(
                document,
                texts.get(nameKey),
                typingKey,
                before,
                selectionBefore,
                after,
                document.selection(),
                clock.getAsLong()));
        return true;
    }
}
