package org.backsheet.editor;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.swing.undo.UndoManager;
import javax.swing.undo.UndoableEdit;

/**
 * The undo history of one sheet. "Modified" is derived from it: the sheet is unchanged exactly when the edit
 * to be undone is the one that was current when the sheet was last saved or opened.
 */
public final class SheetUndo extends UndoManager {

    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private transient UndoableEdit savedEdit;

    public SheetUndo() {
        setLimit(500);
    }

    public void addChangeListener(Runnable listener) {
        listeners.add(listener);
    }

    @Override
    public synchronized boolean addEdit(UndoableEdit anEdit) {
        boolean added = super.addEdit(anEdit);
        fire();
        return added;
    }

    @Override
    public synchronized void undo() {
        closeTyping();
        super.undo();
        fire();
    }

    @Override
    public synchronized void redo() {
        super.redo();
        fire();
    }

    /** Forgets the history, e.g. after opening another file; the sheet counts as saved. */
    @Override
    public synchronized void discardAllEdits() {
        super.discardAllEdits();
        savedEdit = null;
        fire();
    }

    /** Remembers the current state as the saved one. Typing after this starts a new step. */
    public synchronized void markSaved() {
        closeTyping();
        savedEdit = editToBeUndone();
        fire();
    }

    public synchronized boolean isModified() {
        return editToBeUndone() != savedEdit;
    }

    /** Closes an edit still collecting keystrokes, so the next change is a separate undo step. */
    public synchronized void closeTyping() {
        if (lastEdit() instanceof SheetEdit edit) {
            edit.close();
        }
    }

    private void fire() {
        listeners.forEach(Runnable::run);
    }
}
