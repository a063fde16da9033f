package org.backsheet.ui;

import java.awt.GraphicsEnvironment;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import javax.swing.SwingUtilities;
import org.backsheet.editor.EditorPreferences;

/** Opens the editor window: the look first, then the window on the event thread. */
public final class EditorLauncher {

    private EditorLauncher() {
    }

    /**
     * Called by the program's main when a display is available, with no arguments or with the one sheet file
     * to open (given by the file manager when a sheet is double-clicked) instead of the last one.
     */
    public static void launch(String[] args) {
        if (GraphicsEnvironment.isHeadless()) {
            throw new IllegalStateException("the editor needs a display");
        }
        // Our own HiDPI and text settings before any AWT class reads them.
        System.setProperty("awt.useSystemAAFontSettings", System.getProperty("awt.useSystemAAFontSettings", "on"));
        // The catalog loads on another core while the event thread sets up the look and feel.
        EditorPreferences prefs = EditorServices.standardPreferences();
        CompletableFuture<EditorServices> services =
                CompletableFuture.supplyAsync(() -> EditorServices.standard(prefs));
        SwingUtilities.invokeLater(() -> {
            Themes.install(prefs);
            EditorServices ready = services.join();
            EditorWindow window = withRecovery(new EditorWindow(ready), ready);
            if (args.length == 1) {
                window.openFile(Path.of(args[0]).toAbsolutePath());
            }
            window.setVisible(true);
            // After the window shows, so the offer appears over it; queued, so the window paints first.
            SwingUtilities.invokeLater(() -> RecoveryOffer.showIfNeeded(window, ready));
        });
    }

    /** Installs the remembered theme and builds the window (not yet shown); call on the event thread. */
    public static EditorWindow open(EditorServices services) {
        Themes.install(services.prefs());
        return withRecovery(new EditorWindow(services), services);
    }

    /** Starts keeping recovery copies of the window's unsaved work when the services name a place for them. */
    private static EditorWindow withRecovery(EditorWindow window, EditorServices services) {
        if (services.recovery() != null) {
            RecoveryHook.attach(window, services.recovery());
        }
        return window;
    }
}
