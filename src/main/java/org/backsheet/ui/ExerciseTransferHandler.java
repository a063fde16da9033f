package org.backsheet.ui;

import java.awt.datatransfer.StringSelection;
import java.awt.datatransfer.Transferable;
import javax.swing.JComponent;
import javax.swing.JList;
import javax.swing.TransferHandler;
import org.backsheet.model.Exercise;

/** Lets an exercise be dragged from the library; the sheet's list accepts it (see {@link SheetDropHandler}). */
final class ExerciseTransferHandler extends TransferHandler {

    /** Marks a dragged library exercise, so the sheet can tell it from a dragged sheet item. */
    static final String PREFIX = "backsheet-exercise:";

    @Override
    public int getSourceActions(JComponent c) {
        return COPY;
    }

    @Override
    protected Transferable createTransferable(JComponent c) {
        Object value = ((JList<?>) c).getSelectedValue();
        return value instanceof Exercise e ? new StringSelection(PREFIX + e.id()) : null;
    }
}
