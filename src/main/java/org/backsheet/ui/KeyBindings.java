package org.backsheet.ui;

import java.awt.Toolkit;
import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import javax.swing.AbstractAction;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JRootPane;
import javax.swing.KeyStroke;

/** One key on one component, doing one thing: the editor binds many keys this same way. */
final class KeyBindings {

    private KeyBindings() {}

    /** {@code key} runs {@code action} while {@code c} has the focus; {@code name} keys it in the action map. */
    static void bind(JComponent c, KeyStroke key, String name, Runnable action) {
        c.getInputMap(JComponent.WHEN_FOCUSED).put(key, name);
        c.getActionMap().put(name, new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                action.run();
            }
        });
    }

    /**
     * The keys every dialog of the editor answers the same way: Enter presses {@code defaultButton}, Escape runs
     * {@code close} (which may ask before discarding, as the exercise dialog does).
     */
    static void enterAndEscape(JRootPane root, JButton defaultButton, Runnable close) {
        root.setDefaultButton(defaultButton);
        root.registerKeyboardAction(
                e -> close.run(), KeyStroke.getKeyStroke("ESCAPE"), JComponent.WHEN_IN_FOCUSED_WINDOW);
    }

    /** Ctrl+Z runs {@code undo}, Ctrl+Y and Ctrl+Shift+Z {@code redo} anywhere in the window, as in the editor. */
    static void undoAndRedo(JRootPane root, Runnable undo, Runnable redo) {
        int menu = Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx();
        root.registerKeyboardAction(
                e -> undo.run(), KeyStroke.getKeyStroke(KeyEvent.VK_Z, menu), JComponent.WHEN_IN_FOCUSED_WINDOW);
        root.registerKeyboardAction(
                e -> redo.run(), KeyStroke.getKeyStroke(KeyEvent.VK_Y, menu), JComponent.WHEN_IN_FOCUSED_WINDOW);
        root.registerKeyboardAction(
                e -> redo.run(),
                KeyStroke.getKeyStroke(KeyEvent.VK_Z, menu | InputEvent.SHIFT_DOWN_MASK),
                JComponent.WHEN_IN_FOCUSED_WINDOW);
    }
}
