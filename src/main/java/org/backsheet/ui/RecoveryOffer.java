package org.backsheet.ui;

import java.util.List;
import org.backsheet.editor.EditorServices;
import org.backsheet.editor.RecoveryController;
import org.backsheet.editor.RecoveryFolder;
import org.backsheet.model.RecoveredSheet;

/**
 * At start-up, offers the sheets left unsaved when BackSheet last closed abnormally. The first restored sheet
 * goes into the start window while it holds nothing unsaved; each further one opens in a window of its own.
 */
final class RecoveryOffer implements RecoveryDialog.Actions {

    private final EditorWindow firstWindow;
    private final EditorServices services;
    private final RecoveryFolder folder;

    private RecoveryOffer(EditorWindow firstWindow, EditorServices services) {
        this.firstWindow = firstWindow;
        this.services = services;
        this.folder = services.recovery();
    }

    /** Shows the offer when there is anything to recover; call on the event thread after the window shows. */
    static void showIfNeeded(EditorWindow window, EditorServices services) {
        if (services.recovery() == null) {
            return;
        }
        List<RecoveredSheet> copies = services.recovery().leftBehind();
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
        folder.discard(copy);
    }
}
