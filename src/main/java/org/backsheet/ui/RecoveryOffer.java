package org.backsheet.ui;

import java.util.List;
import org.backsheet.editor.RecoveryController;
import org.backsheet.io.RecoveredSheet;
import org.backsheet.io.RecoveryStore;

/**
 * At start-up, offers the sheets left unsaved when BackSheet last closed abnormally. The first restored sheet
 * goes into the start window while it holds nothing unsaved; each further one opens in a window of its own.
 */
final class RecoveryOffer implements RecoveryDialog.Actions {

    private final EditorWindow firstWindow;
    private final EditorServices services;
    private final RecoveryStore store;

    private RecoveryOffer(EditorWindow firstWindow, EditorServices services) {
        this.firstWindow = firstWindow;
        this.services = services;
        this.store = services.recovery();
    }

    /** Shows the offer when there is anything to recover; call on the event thread after the window shows. */
    static void showIfNeeded(EditorWindow window, EditorServices services) {
        if (services.recovery() == null) {
            return;
        }
        List<RecoveredSheet> copies = RecoveryController.leftBehind(services.recovery());
        if (!copies.isEmpty()) {
            new RecoveryDialog(window, copies, services.recovery().folder(), new RecoveryOffer(window, services))
                    .setVisible(true);
        }
    }

    @Override
    public boolean restore(RecoveredSheet copy) {
        EditorWindow target = firstWindow;
        if (!firstWindow.isDisplayable() || firstWindow.controller().undo().isModified()) {
            target = EditorLauncher.open(services);
            target.setVisible(true);
        }
        RecoveryController recovery = RecoveryHook.of(target);
        return recovery != null && recovery.restore(copy);
    }

    @Override
    public void discard(RecoveredSheet copy) {
        RecoveryController.discard(store, copy);
    }
}
