package org.backsheet.editor;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.backsheet.catalog.Catalog;
import org.backsheet.io.UserDataFolders;
import org.backsheet.model.Problem;

/**
 * What an editor window works with: the exercise library (built-in plus the clinic's own, kept current), how
 * sheets are read and saved, how handouts are made, where preferences live, where recovery copies of unsaved
 * work go (null: none kept), and the clock that says what day it is and when typing pauses. Tests pass their
 * own (temp folders, a fixed clock); the program's are wired in {@code app}.
 */
public record EditorServices(
        CatalogSource library,
        SheetStore store,
        HandoutMaker maker,
        EditorPreferences prefs,
        RecoveryFolder recovery,
        Clock clock) {

    /** Services on the computer's clock that keep no recovery copies (most tests). */
    public EditorServices(CatalogSource library, SheetStore store, HandoutMaker maker, EditorPreferences prefs) {
        this(library, store, maker, prefs, null, Clock.systemDefaultZone());
    }

    /** These services keeping recovery copies in {@code recoveryFolder}. */
    public EditorServices withRecovery(RecoveryFolder recoveryFolder) {
        return new EditorServices(library, store, maker, prefs, recoveryFolder, clock);
    }

    /** These services telling the time (today's date, when typing pauses) by {@code newClock}. */
    public EditorServices withClock(Clock newClock) {
        return new EditorServices(library, store, maker, prefs, recovery, newClock);
    }

    /** The library as it is now. */
    public Catalog catalog() {
        return library.current();
    }

    /** Files in the library folder that could not be used when it was last read (for the status line). */
    public List<Problem> libraryProblems() {
        return library.problems();
    }

    /** The user's data folder ({@code ~/.backsheet} or {@code $BACKSHEET_HOME}), where the clinic logo is kept. */
    public Path dataFolder() {
        return UserDataFolders.root();
    }

    /** The folder of the clinic's own templates. */
    public Path templatesFolder() {
        return UserDataFolders.templates();
    }
}
