package org.backsheet.ui;

import java.awt.GraphicsEnvironment;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javax.swing.SwingUtilities;
import org.backsheet.editor.EditorPreferences;
import org.backsheet.editor.EditorServices;

/** Opens the editor window: the look first, then the window on the event thread. */
public final class EditorLauncher {

    private EditorLauncher() {}

    /**
     * Called by the program's main when a display is available, with the preferences already read and the
     * means to make the services (on another core, while the look is set up). {@code sheet}, when not null,
     * is opened instead of the last sheet: the file a file manager passes when a sheet is double-clicked.
     */
    public static void launch(EditorPreferences prefs, Supplier<EditorServices> makeServices, Path sheet) {
        if (GraphicsEnvironment.isHeadless()) {
            throw new IllegalStateException("the editor needs a display");
        }
        // Our own HiDPI and text settings before any AWT class reads them.
        System.setProperty("awt.useSystemAAFontSettings", System.getProperty("awt.useSystemAAFontSettings", "on"));
        // The catalog loads on another core while the event thread sets up the look and feel.
        CompletableFuture<EditorServices> services = CompletableFuture.supplyAsync(makeServices);
        SwingUtilities.invokeLater(() -> {
            Themes.install(prefs);
            EditorServices ready = services.join();
            EditorWindow window = withRecovery(new EditorWindow(ready), ready);
            if (sheet != null) {
                window.openFile(sheet.toAbsolutePath());
            }
            window.setVisible(true);
            // After the window shows, so the offer appears over it; queued, so the window paints first.
            SwingUtilities.invokeLater(() -> {
                RecoveryOffer.showIfNeeded(window, ready);
                WelcomePage.showIfFirstRun(window, ready.prefs());
            });
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
