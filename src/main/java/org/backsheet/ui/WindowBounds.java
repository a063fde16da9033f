package org.backsheet.ui;

import java.awt.Frame;
import java.awt.Rectangle;
import org.backsheet.editor.EditorPreferences;
import org.backsheet.editor.PreferenceKeys;

/** Remembers the window's size and place between runs, and keeps it on a screen that exists. */
final class WindowBounds {

    private WindowBounds() {}

    static void restore(Frame frame, EditorPreferences prefs) {
        int w = prefs.getInt(PreferenceKeys.WINDOW_WIDTH, 1360);
        int h = prefs.getInt(PreferenceKeys.WINDOW_HEIGHT, 860);
        Rectangle screen = frame.getGraphicsConfiguration().getBounds();
        frame.setSize(Math.min(w, screen.width), Math.min(h, screen.height));
        int x = prefs.getInt(PreferenceKeys.WINDOW_X, Integer.MIN_VALUE);
        int y = prefs.getInt(PreferenceKeys.WINDOW_Y, Integer.MIN_VALUE);
        if (x != Integer.MIN_VALUE && screen.contains(x, y)) {
            frame.setLocation(x, y);
        } else {
            frame.setLocationRelativeTo(null);
        }
        if (Boolean.parseBoolean(prefs.get(PreferenceKeys.WINDOW_MAXIMIZED, "false"))) {
            frame.setExtendedState(Frame.MAXIMIZED_BOTH);
        }
    }

    static void remember(Frame frame, EditorPreferences prefs) {
        boolean maximized = (frame.getExtendedState() & Frame.MAXIMIZED_BOTH) != 0;
        prefs.put(PreferenceKeys.WINDOW_MAXIMIZED, Boolean.toString(maximized));
        if (!maximized) {
            prefs.put(PreferenceKeys.WINDOW_X, Integer.toString(frame.getX()));
            prefs.put(PreferenceKeys.WINDOW_Y, Integer.toString(frame.getY()));
            prefs.put(PreferenceKeys.WINDOW_WIDTH, Integer.toString(frame.getWidth()));
            prefs.put(PreferenceKeys.WINDOW_HEIGHT, Integer.toString(frame.getHeight()));
        }
    }
}
