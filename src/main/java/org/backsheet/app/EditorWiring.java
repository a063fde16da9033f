package org.backsheet.app;

import java.nio.file.Path;
import javax.swing.SwingUtilities;
import org.backsheet.catalog.Catalog;
import org.backsheet.editor.CarryingSheetStore;
import org.backsheet.editor.CatalogSource;
import org.backsheet.editor.EditorPreferences;
import org.backsheet.editor.EditorServices;
import org.backsheet.editor.JsonSheetStore;
import org.backsheet.editor.LiveHandoutMaker;
import org.backsheet.editor.PreferenceKeys;
import org.backsheet.editor.RecoveryFolder;
import org.backsheet.editor.RendererHandoutMaker;
import org.backsheet.io.BuiltInCatalog;
import org.backsheet.io.RecoveryStore;
import org.backsheet.io.UserDataFolders;
import org.backsheet.render.HandoutRenderer;
import org.backsheet.render.figure.FigurePictures;

/** The editor's real services: the built-in catalog and the user's folders, files and renderer. */
public final class EditorWiring {

    private EditorWiring() {}

    /** The built-in catalog plus the clinic's own library, real files, and the user's preferences. */
    public static EditorServices standard() {
        return standard(standardPreferences());
    }

    /** Like {@link #standard()} with preferences already read. */
    public static EditorServices standard(EditorPreferences prefs) {
        return withCatalog(BuiltInCatalog.load(), prefs)
                .withRecovery(new RecoveryFolder(RecoveryStore.inUserDataFolder()));
    }

    /** The user's editor preferences, in the user data folder. */
    public static EditorPreferences standardPreferences() {
        return new EditorPreferences(UserDataFolders.preferences().resolve("editor.properties"));
    }

    /**
     * Real files and the real renderer over {@code builtIn} plus the clinic's library folder: the one chosen in
     * the preferences, else the user's own ({@link UserDataFolders#library()}).
     */
    public static EditorServices withCatalog(Catalog builtIn, EditorPreferences prefs) {
        CatalogSource library = new CatalogSource(builtIn, libraryFolder(prefs), SwingUtilities::invokeLater);
        library.load();
        return new EditorServices(
                library,
                new CarryingSheetStore(new JsonSheetStore(), library::current),
                // The same producer as the command line's, so an exported handout is the same file from both.
                new LiveHandoutMaker(
                        library,
                        c -> new RendererHandoutMaker(
                                new HandoutRenderer(c, "BackSheet " + Version.get(), new FigurePictures()))),
                prefs);
    }

    private static Path libraryFolder(EditorPreferences prefs) {
        return prefs.getPath(PreferenceKeys.LIBRARY_FOLDER).orElseGet(UserDataFolders::library);
    }
}
