package org.backsheet.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.backsheet.catalog.Catalog;
import org.backsheet.editor.EditorPreferences;
import org.backsheet.editor.HandoutMaker;
import org.backsheet.editor.JsonSheetStore;
import org.backsheet.editor.RendererHandoutMaker;
import org.backsheet.editor.SheetStore;
import org.backsheet.io.BuiltInCatalog;
import org.backsheet.io.UserDataFolders;
import org.backsheet.io.UserLibrary;
import org.backsheet.model.Problem;
import org.backsheet.render.HandoutRenderer;

/**
 * What an editor window works with: the catalog, how sheets are read and saved, how handouts are made, and
 * where preferences live. Tests pass their own (temp folders); the program uses {@link #standard()}.
 */
public record EditorServices(Catalog catalog, SheetStore store, HandoutMaker maker, EditorPreferences prefs,
                             List<Problem> libraryProblems) {

    public EditorServices {
        libraryProblems = libraryProblems == null ? List.of() : List.copyOf(libraryProblems);
    }

    /** The preferences file inside a user data folder. */
    public static Path preferencesFile(Path preferencesFolder) {
        return preferencesFolder.resolve("editor.properties");
    }

    /** The built-in catalog plus the clinic's own library, real files, and the user's preferences. */
    public static EditorServices standard() {
        return standard(standardPreferences());
    }

    /** Like {@link #standard()} with preferences already read. */
    public static EditorServices standard(EditorPreferences prefs) {
        List<Problem> problems = new ArrayList<>();
        Catalog catalog = UserLibrary.catalogWith(BuiltInCatalog.load(), UserDataFolders.library(), problems);
        EditorServices plain = withCatalog(catalog, prefs);
        return new EditorServices(catalog, plain.store(), plain.maker(), prefs, problems);
    }

    /** The user's editor preferences, in the user data folder. */
    public static EditorPreferences standardPreferences() {
        return new EditorPreferences(preferencesFile(UserDataFolders.preferences()));
    }

    /** Real files and the real renderer over {@code catalog}. */
    public static EditorServices withCatalog(Catalog catalog, EditorPreferences prefs) {
        return new EditorServices(catalog, new JsonSheetStore(),
                new RendererHandoutMaker(new HandoutRenderer(catalog, "BackSheet")), prefs, List.of());
    }
}
