package org.backsheet.ui;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import javax.swing.UIManager;
import org.backsheet.editor.EditorPreferences;
import org.backsheet.editor.PreferenceKeys;

/** The two looks of the editor (FlatLaf light, the default, and dark) and remembering the choice. */
final class Themes {

    static final String LIGHT = "light";
    static final String DARK = "dark";

    private Themes() {}

    /** Sets the remembered look before the first window is built. */
    static void install(EditorPreferences prefs) {
        FlatLaf.registerCustomDefaultsSource("org.backsheet.ui.themes");
        apply(isDark(prefs));
    }

    static boolean isDark(EditorPreferences prefs) {
        return DARK.equals(prefs.get(PreferenceKeys.THEME, LIGHT));
    }

    /** Switches every open window to the chosen look and remembers it. */
    static void switchTo(boolean dark, EditorPreferences prefs) {
        prefs.put(PreferenceKeys.THEME, dark ? DARK : LIGHT);
        apply(dark);
        FlatLaf.updateUI();
    }

    private static void apply(boolean dark) {
        if (dark) {
            FlatDarkLaf.setup();
        } else {
            FlatLightLaf.setup();
        }
        UIManager.put("Component.arrowType", "chevron");
    }
}
