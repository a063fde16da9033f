package org.backsheet.editor;

import java.nio.file.Path;
import java.util.List;

/** The dialogs the file commands need; the Swing window implements it, tests answer with scripted values. */
public interface FileView {

    /** The answers to "Save changes?". */
    enum SaveChoice {
        SAVE,
        DISCARD,
        CANCEL
    }

    SaveChoice askSaveChanges(String documentName);

    /** The answers when the file was changed on disk by someone else since this window opened or saved it. */
    enum ChangedOnDiskChoice {
        OVERWRITE,
        SAVE_AS,
        CANCEL
    }

    /**
     * Asks what to do with a file that someone else changed since this window opened or saved it. A view that
     * cannot ask answers Cancel, so nobody's work is ever overwritten without a person deciding.
     */
    default ChangedOnDiskChoice askFileChangedOnDisk(String documentName) {
        return ChangedOnDiskChoice.CANCEL;
    }

    /** The file to open, or null when the user cancelled. */
    Path chooseFileToOpen(Path folder);

    /** The file to save to, or null when the user cancelled. */
    Path chooseFileToSave(Path folder, String suggestedName);

    /** Tells that {@code file} could not be opened, one line per problem. */
    void showOpenProblems(Path file, List<String> problems);

    void showError(String message);
}
