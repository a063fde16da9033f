package org.backsheet.ui;

import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.StringSelection;
import java.awt.datatransfer.Transferable;
import java.awt.datatransfer.UnsupportedFlavorException;
import java.io.IOException;
import javax.swing.JComponent;
import javax.swing.JList;
import javax.swing.TransferHandler;
import org.backsheet.editor.ItemsController;

/**
 * Drag and drop on the sheet's list: dragging an item moves it, dropping a library exercise adds it where it
 * is dropped. Both become one undoable step through the items controller.
 */
final class SheetDropHandler extends TransferHandler {

    private static final String ITEM_PREFIX = "backsheet-item:";

    private final ItemsController items;

    SheetDropHandler(ItemsController items) {
        this.items = items;
    }

    @Override
    public int getSourceActions(JComponent c) {
        return MOVE;
    }

    @Override
    protected Transferable createTransferable(JComponent c) {
        int index = ((JList<?>) c).getSelectedIndex();
        return index < 0 ? null : new StringSelection(ITEM_PREFIX + index);
    }

    @Override
    public boolean canImport(TransferSupport support) {
        return support.isDrop() && support.isDataFlavorSupported(DataFlavor.stringFlavor);
    }

    @Override
    public boolean importData(TransferSupport support) {
        if (!canImport(support)) {
            return false;
        }
        String data;
        try {
            data = (String) support.getTransferable().getTransferData(DataFlavor.stringFlavor);
        } catch (UnsupportedFlavorException | IOException e) {
            return false;
        }
        int dropIndex = ((JList.DropLocation) support.getDropLocation()).getIndex();
        if (dropIndex < 0) {
            dropIndex = items.items().size();
        }
        if (data.startsWith(ITEM_PREFIX)) {
            items.moveTo(Integer.parseInt(data.substring(ITEM_PREFIX.length())), dropIndex);
            return true;
        }
        if (data.startsWith(ExerciseTransferHandler.PREFIX)) {
            items.add(data.substring(ExerciseTransferHandler.PREFIX.length()), dropIndex);
            return true;
        }
        return false;
    }
}
