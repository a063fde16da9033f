package org.backsheet.ui;

import java.awt.GraphicsEnvironment;
import javax.swing.SwingUtilities;

/** Opens the editor window: the look first, then the window on the event thread. */
public final class EditorLauncher {

    private EditorLauncher() {
    }

    /** Called by the program's main when it has no arguments and a display is available. */
    public static void launch(String[] args) {
        if (GraphicsEnvironment.isHeadless()) {
            throw new IllegalStateException("the editor needs a display");
        }
        // Our own HiDPI and text settings before any AWT class reads them.
        System.setProperty("awt.useSystemAAFontSettings", System.getProperty("awt.useSystemAAFontSettings", "on"));
        EditorServices services = EditorServices.standard();
        SwingUtilities.invokeLater(() -> open(services).setVisible(true));
    }

    /** Installs the remembered theme and builds the window (not yet shown); call on the event thread. */
    public static EditorWindow open(EditorServices services) {
        Themes.install(services.prefs());
        return new EditorWindow(services);
    }
}
