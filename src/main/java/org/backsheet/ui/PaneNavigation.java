package org.backsheet.ui;

import java.awt.Component;
import java.awt.Container;
import java.awt.KeyboardFocusManager;
import java.awt.event.ActionEvent;
import java.util.List;
import java.util.function.Supplier;
import javax.swing.AbstractAction;
import javax.swing.InputMap;
import javax.swing.JComponent;
import javax.swing.JRootPane;
import javax.swing.JSplitPane;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;

/**
 * F6 and Shift+F6: library, sheet, preview, in a ring, so the keyboard path from the library to the sheet is one
 * key (it was ten Tab presses). Each pane names where the keyboard lands in it.
 */
final class PaneNavigation {

    private final List<Component> panes;
    private final List<Supplier<Component>> targets;

    /**
     * @param panes   the panes in ring order
     * @param targets for each pane, the component that takes the focus when the ring reaches it (asked each
     *                time: the library sends the keyboard to its search field when its list is empty)
     */
    PaneNavigation(List<Component> panes, List<Supplier<Component>> targets) {
        this.panes = List.copyOf(panes);
        this.targets = List.copyOf(targets);
    }

    /** Shift+F6 on the whole window goes back one pane; F6 itself is the menu's action. */
    void bindBackKey(JRootPane root) {
        root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(EditorActions.previousPaneKey(), "previousPane");
        root.getActionMap().put("previousPane", new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                next(false);
            }
        });
    }

    /** Moves the focus to the next pane (or the previous one); from outside every pane, to the first. */
    void next(boolean forward) {
        Component owner = KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
        int at = -1;
        for (int i = 0; i < panes.size(); i++) {
            if (owner != null && SwingUtilities.isDescendingFrom(owner, panes.get(i))) {
                at = i;
            }
        }
        int next = at < 0 ? 0 : (at + (forward ? 1 : panes.size() - 1)) % panes.size();
        targets.get(next).get().requestFocusInWindow();
    }

    /** Split panes take F6 for themselves (to the divider); here F6 moves between the window's panes. */
    static void freeF6(Container root) {
        for (Component c : root.getComponents()) {
            if (c instanceof JSplitPane split) {
                InputMap keys = split.getInputMap(JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT);
                keys.put(KeyStroke.getKeyStroke("F6"), "none");
                keys.put(EditorActions.previousPaneKey(), "none");
            }
            if (c instanceof Container inner) {
                freeF6(inner);
            }
        }
    }
}
