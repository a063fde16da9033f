package org.backsheet.app;

import java.awt.GraphicsEnvironment;
import java.io.PrintStream;
import java.nio.file.Path;
import org.backsheet.editor.EditorPreferences;
import org.backsheet.ui.EditorLauncher;

/** Opens the editor window, or explains why it cannot when there is no display. */
final class EditorStart {

    static final String NO_DISPLAY = "BackSheet: the editor needs a display, and none was found. "
            + "The command line works without one: run 'java -jar backsheet.jar --help'.";

    private EditorStart() {}

    /**
     * Starts the editor; returns false (after saying why on {@code err}) when it cannot, in which case the
     * caller ends the process with exit code 1. On success the window's own threads keep the program alive.
     */
    static boolean open(String[] args, PrintStream err) {
        if (GraphicsEnvironment.isHeadless()) {
            err.println(NO_DISPLAY);
            return false;
        }
        EditorPreferences prefs = EditorWiring.standardPreferences();
        // StartArguments let at most one argument through: the sheet file to open.
        Path sheet = args.length == 1 ? Path.of(args[0]) : null;
        EditorLauncher.launch(prefs, () -> EditorWiring.standard(prefs), sheet);
        return true;
    }
}
