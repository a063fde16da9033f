package org.backsheet.ui;

import java.awt.Component;
import java.awt.KeyboardFocusManager;
import java.awt.Window;
import java.util.function.Supplier;
import javax.swing.SwingUtilities;

/**
 * Gives the keyboard back to the editor's window after a dialog over it closed. Java leaves that to the window
 * manager, and without one (seen under Xvfb) nothing made the window active again: its shortcuts did nothing until
 * the clinician clicked into it. Asking for the focus again is harmless where a window manager does it anyway.
 */
final class FocusReturn {

    private FocusReturn() {}

    /** Shows a modal dialog through {@code dialog}, then gives the keyboard back to what had it before. */
    static <T> T around(Component parent, Supplier<T> dialog) {
        Component before = KeyboardFocusManager.getCurrentKeyboardFocusManager().getPermanentFocusOwner();
        try {
            return dialog.get();
        } finally {
            to(parent, before);
        }
    }

    /**
     * Makes {@code parent}'s window active again with the keyboard on {@code before} when that is still showing in
     * it, else on the component of the window that had it last.
     */
    static void to(Component parent, Component before) {
        Window window =
                parent instanceof Window w ? w : parent == null ? null : SwingUtilities.getWindowAncestor(parent);
        if (window == null || !window.isShowing()) {
            return;
        }
        Component target = before != null && before.isShowing() && SwingUtilities.getWindowAncestor(before) == window
                ? before
                : window.getMostRecentFocusOwner();
        window.toFront();
        if (target != null) {
            target.requestFocus();
        } else {
            window.requestFocus();
        }
    }
}
