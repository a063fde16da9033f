package org.backsheet.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.backsheet.io.RecoveryStore;
import org.backsheet.model.RecoveredSheet;

/** The folder of recovery copies as the editor uses it: what was left behind, and a keeper per window. */
public final class RecoveryFolder {

    private final RecoveryStore store;

    public RecoveryFolder(RecoveryStore store) {
        this.store = store;
    }

    /** The folder itself, named in messages so the clinician can find the copies. */
    public Path folder() {
        return store.folder();
    }

    /** Copies left by windows that did not close normally, newest first (none that another BackSheet holds). */
    public List<RecoveredSheet> leftBehind() {
        try {
            return store.list();
        } catch (IOException unreadableFolder) {
            return List.of();
        }
    }

    /** Throws the copy away without showing it (the clinician chose Discard). */
    public void discard(RecoveredSheet copy) {
        try {
            store.remove(copy.sheetId());
        } catch (IOException e) {
            // The copy stays; it is offered again next time, which loses nothing.
        }
    }

    /** A keeper of recovery copies for one window's sheet; call {@link RecoveryController#start()} to begin. */
    public RecoveryController keeperFor(EditorController editor, Consumer<Exception> onFailure) {
        return new RecoveryController(editor, store, onFailure);
    }
}
