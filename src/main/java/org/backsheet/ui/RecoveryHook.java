package org.backsheet.ui;

import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import javax.swing.SwingUtilities;
import org.backsheet.editor.RecoveryController;
import org.backsheet.editor.RecoveryFolder;

/**
 * Connects an editor window to the recovery folder: its unsaved changes are copied there in the background,
 * and the copy goes when the window closes normally (after Save or Don't Save).
 */
final class RecoveryHook {

    private RecoveryHook() {}

    /** Starts keeping recovery copies for {@code window}; call on the event thread. */
    static RecoveryController attach(EditorWindow window, RecoveryFolder folder) {
        RecoveryController recovery = folder.keeperFor(
                window.controller(),
                failure -> SwingUtilities.invokeLater(() -> window.controller()
                        .status(SafetyTexts.get("recovery.failed", String.valueOf(failure.getMessage())))));
        recovery.start();
        window.getRootPane().putClientProperty(RecoveryHook.class, recovery);
        window.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                recovery.close();
            }
        });
        return recovery;
    }

    /** The recovery of {@code window}, or null when it keeps no copies. */
    static RecoveryController of(EditorWindow window) {
        return (RecoveryController) window.getRootPane().getClientProperty(RecoveryHook.class);
    }
}
