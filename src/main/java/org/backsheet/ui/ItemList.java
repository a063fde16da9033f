package org.backsheet.ui;

import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.List;
import javax.swing.DefaultListModel;
import javax.swing.DropMode;
import javax.swing.JList;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.UIManager;
import org.backsheet.editor.EditorController;
import org.backsheet.editor.ItemsController;
import org.backsheet.editor.SheetDocument;
import org.backsheet.model.Sheet;
import org.backsheet.model.SheetItem;

/**
 * The sheet's exercises in order. Reorder by dragging or Alt+Up/Down, Delete removes, Ctrl+D duplicates; an
 * empty sheet tells how to add the first exercise.
 */
final class ItemList extends JList<SheetItem> {

    private final DefaultListModel<SheetItem> model;
    private final ItemsController items;
    private boolean updating;

    ItemList(EditorController editor) {
        super(new DefaultListModel<>());
        this.model = (DefaultListModel<SheetItem>) getModel();
        this.items = editor.items();
        setName("sheetItems");
        getAccessibleContext().setAccessibleName(UiTexts.get("tab.exercises"));
        setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        setCellRenderer(new ItemCellRenderer(editor::catalog, editor::sheet, editor::printedNumber, editor::nameOf));
        setDragEnabled(true);
        setDropMode(DropMode.INSERT);
        setTransferHandler(new SheetDropHandler(items));
        addListSelectionListener(e -> {
            if (!updating && !e.getValueIsAdjusting()) {
                items.select(getSelectedIndex());
            }
        });
        KeyBindings.bind(this, KeyStroke.getKeyStroke(KeyEvent.VK_DELETE, 0), "remove", items::removeSelected);
        KeyBindings.bind(this, KeyStroke.getKeyStroke(KeyEvent.VK_BACK_SPACE, 0), "remove", items::removeSelected);
        KeyBindings.bind(
                this, KeyStroke.getKeyStroke(KeyEvent.VK_UP, InputEvent.ALT_DOWN_MASK), "up", items::moveSelectedUp);
        KeyBindings.bind(
                this,
                KeyStroke.getKeyStroke(KeyEvent.VK_DOWN, InputEvent.ALT_DOWN_MASK),
                "down",
                items::moveSelectedDown);
        SheetDocument document = editor.document();
        document.addListener(new SheetDocument.Listener() {
            @Override
            public void sheetChanged(Sheet sheet) {
                show(sheet.items(), document.selection());
            }

            @Override
            public void selectionChanged(int index) {
                select(index);
            }
        });
        show(document.sheet().items(), document.selection());
    }

    /**
     * Removes the selected exercise and brings the keyboard here, to the one selected after it: from the Remove
     * button the focus stayed on the button, and a clinician had to click back into the list to go on.
     */
    void removeSelected() {
        items.removeSelected();
        int selected = getSelectedIndex();
        if (selected >= 0) {
            ensureIndexIsVisible(selected);
        }
        requestFocusInWindow();
    }

    private void show(List<SheetItem> items, int selection) {
        updating = true;
        try {
            for (int i = 0; i < items.size(); i++) {
                if (i < model.size()) {
                    if (!model.get(i).equals(items.get(i))) {
                        model.set(i, items.get(i));
                    }
                } else {
                    model.addElement(items.get(i));
                }
            }
            if (model.size() > items.size()) {
                model.removeRange(items.size(), model.size() - 1);
            }
            // Equal items (a duplicate) may have shifted: repaint so every number is right.
            repaint();
        } finally {
            updating = false;
        }
        select(selection);
    }

    private void select(int index) {
        if (getSelectedIndex() == index) {
            return;
        }
        updating = true;
        try {
            if (index < 0) {
                clearSelection();
            } else {
                setSelectedIndex(index);
                ensureIndexIsVisible(index);
            }
        } finally {
            updating = false;
        }
    }

    /** Rows take the pane's width, so a long note is cut with an ellipsis instead of scrolling sideways. */
    @Override
    public boolean getScrollableTracksViewportWidth() {
        return true;
    }

    @Override
    protected void paintComponent(Graphics g) {
        super.paintComponent(g);
        if (model.isEmpty()) {
            Graphics2D g2 = (Graphics2D) g.create();
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setColor(UIManager.getColor("Label.disabledForeground"));
            String hint = UiTexts.get("items.empty");
            FontMetrics fm = g2.getFontMetrics();
            // Too wide for the pane: break after the first sentence part.
            String[] lines = fm.stringWidth(hint) > getWidth() - 16 ? hint.split("(?<=,) ") : new String[] {hint};
            int y = Math.max(30, getHeight() / 3);
            for (String line : lines) {
                g2.drawString(line, Math.max(8, (getWidth() - fm.stringWidth(line)) / 2), y);
                y += fm.getHeight();
            }
            g2.dispose();
        }
    }
}
