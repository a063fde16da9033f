package org.backsheet.ui;

import java.nio.file.Path;
import java.util.List;
import javax.swing.SwingUtilities;
import org.backsheet.catalog.Catalog;
import org.backsheet.editor.CarryingSheetStore;
import org.backsheet.editor.CatalogSource;
import org.backsheet.editor.EditorPreferences;
import org.backsheet.editor.HandoutMaker;
import org.backsheet.editor.JsonSheetStore;
import org.backsheet.editor.LiveHandoutMaker;
import org.backsheet.editor.PreferenceKeys;
import org.backsheet.editor.RendererHandoutMaker;
import org.backsheet.editor.SheetStore;
import org.backsheet.io.BuiltInCatalog;
import org.backsheet.io.RecoveryStore;
import org.backsheet.io.UserDataFolders;
import org.backsheet.model.Problem;
import org.backsheet.render.HandoutRenderer;

/**
 * What an editor window works with: the exercise library (built-in plus the clinic's own, kept current), how
 * sheets are read and saved, how handouts are made, where preferences live, and where recovery copies of unsaved
 * work go (null: none kept). Tests pass their own (temp folders); the program uses {@link #standard()}.
 */
public record EditorServices(CatalogSource library, SheetStore store, HandoutMaker maker, EditorPreferences prefs,
                             RecoveryStore recovery) {

    /** Services that keep no recovery copies (most tests). */
    public EditorServices(CatalogSource library, SheetStore store, HandoutMaker maker, EditorPreferences prefs) {
        this(library, store, maker, prefs, null);
    }

    /** These services keeping recovery copies in {@code recoveryStore}. */
    public EditorServices withRecovery(RecoveryStore recoveryStore) {
        return new EditorServices(library, store, maker, prefs, recoveryStore);
    }

    /** The preferences file inside a user data folder. */
    public static Path preferencesFile(Path preferencesFolder) {
        return preferencesFolder.resolve("editor.properties");
    }

    /** The library as it is now. */
    public Catalog catalog() {
        return library.current();
    }

    /** Files in the library folder that could not be used when it was last read (for the status line). */
    public List<Problem> libraryProblems() {
        return library.problems();
    }

    /** The built-in catalog plus the clinic's own library, real files, and the user's preferences. */
    public static EditorServices standard() {
        return standard(standardPreferences());
    }

    /** Like {@link #standard()} with preferences already read. */
    public static EditorServices standard(EditorPreferences prefs) {
        return withCatalog(BuiltInCatalog.load(), prefs).withRecovery(RecoveryStore.inUserDataFolder());
    }

    /** The user's editor preferences, in the user data folder. */
    public static EditorPreferences standardPreferences() {
        return new EditorPreferences(preferencesFile(UserDataFolders.preferences()));
    }

    /**
     * Real files and the real renderer over {@code builtIn} plus the clinic's library folder: the one chosen in
     * the preferences, else the user's own ({@link UserDataFolders#library()}).
     */
    public static EditorServices withCatalog(Catalog builtIn, EditorPreferences prefs) {
        CatalogSource library = new CatalogSource(builtIn, libraryFolder(prefs), SwingUtilities::invokeLater);
        library.load();
        return new EditorServices(library, new CarryingSheetStore(new JsonSheetStore(), library::current),
                new LiveHandoutMaker(library, c -> new RendererHandoutMaker(new HandoutRenderer(c, "BackSheet"))),
                prefs);
    }

    /** The library folder the preferences name, else the user's own. */
    public static Path libraryFolder(EditorPreferences prefs) {
        return prefs.getPath(PreferenceKeys.LIBRARY_FOLDER).orElseGet(UserDataFolders::library);
    }
}
