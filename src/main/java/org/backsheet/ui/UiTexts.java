package org.backsheet.ui;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The window's words from the {@code Editor} bundle; every text goes through MessageFormat. */
final class UiTexts {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.backsheet.ui.Editor");

    private UiTexts() {
    }

    static String get(String key, Object... args) {
        try {
            return new MessageFormat(BUNDLE.getString(key), BUNDLE.getLocale()).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
